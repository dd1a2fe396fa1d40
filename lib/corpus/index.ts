// Corpus mode (issue 16): import, stored stories, outlet profiles across a corpus. One verb per file.
export { readCorpusPath, readCorpusContent } from './read-corpus-path';
export { importCorpus, type ImportReport } from './import-corpus';
export { updateCorpusStories } from './update-corpus-stories';
export { getCorpus, filterStories, type CorpusView, type CorpusFilter, type CorpusStoryView } from './get-corpus';
export { listCorpora, type CorpusSummary } from './list-corpora';
export { profileOutlets, topActors, weekOf, type OutletProfile, type CorpusStory, type WeekFigures } from './profile-outlets';
export { corpusCsv, corpusJson, CORPUS_CSV_COLUMNS, type CorpusExportFormat } from './export-corpus';
export { isOfficialSpeaker } from './official-speaker';
export { corpusQuery, pageFilter, filterQuery } from './corpus-query';
export { startTrackedImport, type ImportProgress } from './track-import';
export { getImportProgress } from './get-import-progress';
export { getCorpusSummary } from './get-corpus-summary';
export { summariseStory, summarySourceKey, type StorySummary } from './summarise-story';
