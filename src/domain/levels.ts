/** How much a person knows (step 6) and where they sit on the list (step 5). */
export const LEVELS = ['full', 'partial', 'emergency', 'none'] as const;
export type Level = (typeof LEVELS)[number];

export const CATEGORIES = ['primary', 'information', 'organisation', 'interpreter'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The guide suggests two or three people to call first. */
export const PRIMARY_RANGE = { min: 2, max: 3 } as const;
