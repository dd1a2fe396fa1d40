'use strict';
// One analysis worker thread (started by ./analysis-pool.ts): analyses, and HTML pages to read. Plain JavaScript, so Node starts it as it is
// under `next start`, the CLI and jest alike; tsx's require hook then loads the TypeScript pipeline from
// lib/, the same code every face runs. Loading it (the NLP model included) happens before "ready", so an
// analysis's deadline counts only the analysis.
const path = require('node:path');
const { parentPort } = require('node:worker_threads');
require('tsx/cjs/api').register();
const { analyze } = require(path.join(__dirname, '..', 'pipeline.ts'));
const { htmlToArticle } = require(path.join(__dirname, '..', 'ingest', 'html', 'index.ts'));

const tell = (message) => parentPort.postMessage(message);

// Each stage start is told to the pool, so an analysis stopped at its deadline can say where it was.
const run = (work) =>
  work.kind === 'html' ? htmlToArticle(work.html, work.options) : analyze(work.articles, (stage, article) => tell({ type: 'stage', stage, article }));

parentPort.on('message', (work) => {
  let result;
  try {
    result = run(work);
  } catch (error) {
    tell({ type: 'failed', message: String((error && error.message) || error), stack: error && error.stack });
    return;
  }
  tell({ type: 'done', result });
});

tell({ type: 'ready' });
