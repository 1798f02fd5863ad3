/** The sub-views of Tafels (`?view=…`); the first is the default. */
export const TABLES_VIEWS = ['dubbel', 'belasting'] as const;
