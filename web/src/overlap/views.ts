/** The sub-views of Overlap (`?view=…`); the first is the default. */
export const OVERLAP_VIEWS = ['overlap', 'drukte', 'verandering', 'dekking', 'bruggen', 'gemeenschappen'] as const;
export type OverlapViewId = (typeof OVERLAP_VIEWS)[number];
