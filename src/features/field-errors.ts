/** A refused save's message on the field it is about, keyed by the record's field (`fullName`, `email`). */
export type FieldErrors = Readonly<Partial<Record<string, string>>>;

/** The errors left once the survivor has changed some fields: a changed field is no longer marked. */
export function withoutFields(errors: FieldErrors, changed: readonly string[]): FieldErrors {
  if (!changed.some((field) => errors[field] !== undefined)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !changed.includes(field)));
}
