// The Porter stems of the direction lexicon's words, worked out ahead of time: until V8 has
// optimised it, the stemmer costs tens of microseconds a word, and a short document's run would
// spend some of its milliseconds on the lexicon. This file is a placeholder: `npm run build`
// replaces its compiled form with the stems (scripts/freeze-tables.mjs). A word it does not hold
// is stemmed at run time.
export const FROZEN_STEMS: Readonly<Record<string, string>> | null = null;
