// Corpus mode (issue 16): import, stored stories, outlet profiles across a corpus. One verb per file.
export { readCorpusPath, readCorpusContent } from './read-corpus-path';
export { importCorpus, type ImportReport } from './import-corpus';
export { updateCorpusStories } from './update-corpus-stories';
