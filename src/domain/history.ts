/** A private note of how the survivor's decisions about a person changed. */
import { z } from 'zod';
import { longTextSchema, recordIdSchema, timestampSchema } from './common';

export const historyEntrySchema = z.object({
  id: recordIdSchema,
  personId: recordIdSchema,
  at: timestampSchema,
  field: z.enum(['level', 'category']),
  from: z.string().max(40).nullable(),
  to: z.string().max(40).nullable(),
  /** Why, in the survivor's words, if they wanted to say. */
  reason: longTextSchema.default(''),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
