/** The guided steps, in the order the guide suggests. Any can be opened at any time. */
export const STEPS = ['circles', 'screening', 'organisations', 'list', 'current'] as const;
export type Step = (typeof STEPS)[number];
