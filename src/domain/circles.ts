/** The circles of people in a survivor's life (step 1 of the guide). */
export const CIRCLES = [
  'household',
  'family-residence',
  'family-origin',
  'friends-neighbours',
  'faith',
  'work-school-childcare',
  'community-organisations',
  'professionals',
] as const;
export type Circle = (typeof CIRCLES)[number];

/** Where a person lives, relative to the survivor. */
export const COUNTRIES = ['residence', 'origin'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The family circles already say which country a person is in. */
export function countryOfCircle(circle: Circle): Country | null {
  if (circle === 'family-residence') return 'residence';
  if (circle === 'family-origin') return 'origin';
  return null;
}
