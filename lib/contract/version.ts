// Bump ANALYZER_VERSION whenever a stage changes its output for the same input: stored comparisons made by
// another version are re-analysed from their stored texts when next read.
export const ANALYZER_VERSION = '1.3.0';
