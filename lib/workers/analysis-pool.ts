// analyze() (lib/pipeline) and HTML extraction (lib/ingest/html) off the calling thread: a pool of
// worker threads, each task under a deadline. A worker past its deadline is terminated (a thread stuck
// in a loop can be; a process whose only thread is stuck cannot even be stopped by SIGTERM) and
// replaced, and the caller gets an AppError that names the article and stage that ran out of time. The
// web app shares one pool per process (`runAnalysis`, `runHtmlExtraction`); the CLI makes its own.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, ArticleInput } from '../contract/types';
import type { HtmlArticle, HtmlToArticleOptions } from '../ingest/html';
import { AppError } from '../errors';
import type { StageName } from '../pipeline';
import { analysisDeadlineMs, analysisWorkerCount, htmlDeadlineMs } from './analysis-settings';

/** Seconds a client is asked to wait (Retry-After) after a deadline or a full queue. */
export const RETRY_AFTER_SECONDS = 30;
const DEFAULT_MAX_QUEUE = 64;
const ENTRY = 'analysis-worker.js';

type ToWorker = { kind: 'analyze'; articles: ArticleInput[] } | { kind: 'html'; html: string; options: HtmlToArticleOptions };

type FromWorker =
  | { type: 'ready' }
  | { type: 'stage'; stage: StageName; article?: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; message: string; stack?: string };

type Position = { stage: StageName; article?: number } | null;

interface Task {
  work: ToWorker;
  deadlineMs: number;
  /** The error for this task past its deadline, given where it was. */
  overdue: (at: Position) => AppError;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  /** The stage the current task last reported. */
  at: Position;
  timer: NodeJS.Timeout | null;
  error: Error | null;
}

export interface AnalysisPoolOptions {
  size: number;
  /** Analyses waiting for a worker beyond which a new one is refused (503 ANALYSIS_BUSY). */
  maxQueue?: number;
}

export interface RunAnalysisOptions {
  /** Default: analysisDeadlineMs(articles), from PARALLAX_ANALYSIS_TIMEOUT_MS. */
  deadlineMs?: number;
}

function workerEntry(): string {
  // Under tsx and jest this file runs from lib/workers. Bundled into the Next server, __dirname is the
  // bundle's, and the source tree is found from the project root, where `next start` runs.
  const candidates = [...(typeof __dirname === 'string' ? [join(__dirname, ENTRY)] : []), join(process.cwd(), 'lib', 'workers', ENTRY)];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`parallax: the analysis worker was not found (looked for ${candidates.join(' and ')})`);
  return found;
}

const articleName = (articles: ArticleInput[], index: number) => `article ${index + 1}${articles[index]?.outlet ? ` (${articles[index].outlet})` : ''}`;

/**
 * Past the deadline: 503 with Retry-After (the time may have gone to a busy machine). `details.reason`
 * is the finding alone, for faces (the CLI) that give their own advice.
 */
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function analysisOverdue(articles: ArticleInput[], deadlineMs: number, at: Position): AppError {
  const within = `the analysis did not finish within its ${seconds(deadlineMs)} deadline`;
  const advice = `Nothing was stored. The server may be busy: try again in ${RETRY_AFTER_SECONDS} s, or shorten the text.`;
  const details = { retryAfter: RETRY_AFTER_SECONDS, deadlineMs, stage: at?.stage ?? null };
  if (at?.article !== undefined) {
    const finding = `${within} (it was in the ${at.stage} stage)`;
    const reason = `${articleName(articles, at.article)}: ${finding}`;
    return new AppError('ANALYSIS_TIMEOUT', `${reason}. ${advice}`, 503, {
      ...details,
      reason,
      articles: [{ index: at.article, message: `${finding}. ${advice}`, code: 'ANALYSIS_TIMEOUT' }],
    });
  }
  const where = at ? `it was in the ${at.stage} stage, across all ${articles.length} articles` : 'it had not started';
  const reason = `${within.replace(/^t/, 'T')} (${where})`;
  return new AppError('ANALYSIS_TIMEOUT', `${reason}. ${advice}`, 503, { ...details, reason });
}

/** Callers that read several pages (lib/api/resolve-articles) prefix the article number. */
function htmlOverdue(deadlineMs: number): AppError {
  const reason = `reading the page's HTML did not finish within its ${seconds(deadlineMs)} deadline`;
  return new AppError('ANALYSIS_TIMEOUT', `${reason}. Nothing was stored. Try again in ${RETRY_AFTER_SECONDS} s, or paste the article's text instead.`, 503, {
    retryAfter: RETRY_AFTER_SECONDS,
    deadlineMs,
    stage: 'html',
    reason,
  });
}

export class AnalysisPool {
  readonly size: number;
  readonly maxQueue: number;
  /** Workers started so far, replacements included. */
  started = 0;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor({ size, maxQueue = DEFAULT_MAX_QUEUE }: AnalysisPoolOptions) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`parallax: an analysis pool needs at least one worker (got ${size})`);
    this.size = size;
    this.maxQueue = maxQueue;
  }

  /** The Analysis of `articles`, as analyze() gives it; rejects with ANALYSIS_TIMEOUT past the deadline. */
  run(articles: ArticleInput[], { deadlineMs = analysisDeadlineMs(articles) }: RunAnalysisOptions = {}): Promise<Analysis> {
    return this.submit({ kind: 'analyze', articles }, deadlineMs, (at) => analysisOverdue(articles, deadlineMs, at)) as Promise<Analysis>;
  }

  /** htmlToArticle(html, options), as lib/ingest/html gives it; Readability on a hostile page can be slow. */
  extractHtml(html: string, options: HtmlToArticleOptions = {}, { deadlineMs = htmlDeadlineMs(html) }: RunAnalysisOptions = {}): Promise<HtmlArticle> {
    return this.submit({ kind: 'html', html, options }, deadlineMs, () => htmlOverdue(deadlineMs)) as Promise<HtmlArticle>;
  }

  private submit(work: ToWorker, deadlineMs: number, overdue: Task['overdue']): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('parallax: the analysis pool is closed'));
    if (this.queue.length >= this.maxQueue)
      return Promise.reject(
        new AppError('ANALYSIS_BUSY', `The server has ${this.queue.length} analyses waiting already: try again in ${RETRY_AFTER_SECONDS} s.`, 503, {
          retryAfter: RETRY_AFTER_SECONDS,
        }),
      );
    return new Promise<unknown>((resolve, reject) => {
      this.queue.push({ work, deadlineMs, overdue, resolve, reject });
      // Workers start on first use, so importing the pool costs nothing.
      while (this.slots.length < this.size) this.slots.push(this.spawn());
      this.dispatch();
    });
  }

  /** The live workers' thread ids (a replaced worker's id is gone). */
  get threadIds(): number[] {
    return this.slots.map((slot) => slot.worker.threadId);
  }

  /** Analyses running now. */
  get running(): number {
    return this.slots.filter((slot) => slot.task).length;
  }

  /** Stops every worker; analyses still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('parallax: the analysis pool was closed');
    for (const task of this.queue.splice(0)) task.reject(stopped);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        this.finish(slot)?.reject(stopped);
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry());
    const slot: Slot = { worker, ready: false, task: null, at: null, timer: null, error: null };
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', (code) => this.onExit(slot, code));
    this.started++;
    this.updateRefs();
    return slot;
  }

  private onMessage(slot: Slot, message: FromWorker) {
    if (message.type === 'ready') slot.ready = true;
    else if (message.type === 'stage') slot.at = { stage: message.stage, article: message.article };
    else if (message.type === 'done') this.finish(slot)?.resolve(message.result);
    else {
      const error = new Error(message.message);
      if (message.stack) error.stack = message.stack;
      this.finish(slot)?.reject(error);
    }
    this.dispatch();
  }

  /** Detaches the slot's task (if any) and stops its clock. */
  private finish(slot: Slot): Task | null {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    slot.at = null;
    return task;
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift() as Task;
      slot.task = task;
      slot.timer = setTimeout(() => this.expire(slot), task.deadlineMs);
      slot.worker.postMessage(task.work);
    }
    this.updateRefs();
  }

  private expire(slot: Slot) {
    const at = slot.at;
    const task = this.finish(slot);
    this.retire(slot);
    void slot.worker.terminate();
    if (task) task.reject(task.overdue(at));
    if (!this.closed) this.slots.push(this.spawn());
    this.dispatch();
  }

  /** A worker that died on its own (a crash, out of memory): its task fails; one that never got ready fails the queue. */
  private onExit(slot: Slot, code: number) {
    if (!this.retire(slot)) return;
    const reason = slot.error ?? new Error(`parallax: an analysis worker stopped (exit code ${code})`);
    this.finish(slot)?.reject(reason);
    // A worker that could not even load would fail again at once: report it rather than restart forever.
    if (!slot.ready) for (const task of this.queue.splice(0)) task.reject(reason);
    else if (!this.closed) this.slots.push(this.spawn());
    this.dispatch();
  }

  private retire(slot: Slot): boolean {
    const index = this.slots.indexOf(slot);
    if (index === -1) return false;
    this.slots.splice(index, 1);
    return true;
  }

  /** Idle workers do not keep the process alive (a CLI or a script exits when its work is done). */
  private updateRefs() {
    const busy = this.queue.length > 0 || this.slots.some((slot) => slot.task);
    for (const slot of this.slots) {
      if (busy) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}

// One pool per server process, kept on globalThis so that reloading modules in development does not
// start a new set of workers each time.
const shared = globalThis as unknown as { parallaxAnalysisPool?: AnalysisPool };

/** The process's shared pool (PARALLAX_ANALYSIS_WORKERS workers, read when it is first used). */
export function sharedAnalysisPool(): AnalysisPool {
  shared.parallaxAnalysisPool ??= new AnalysisPool({ size: analysisWorkerCount('server') });
  return shared.parallaxAnalysisPool;
}

/** Analyses `articles` in the shared pool, under the deadline for their size. */
export function runAnalysis(articles: ArticleInput[], options: RunAnalysisOptions = {}): Promise<Analysis> {
  return sharedAnalysisPool().run(articles, options);
}

/** htmlToArticle in the shared pool, under the deadline for the page's size. */
export function runHtmlExtraction(html: string, options: HtmlToArticleOptions = {}): Promise<HtmlArticle> {
  return sharedAnalysisPool().extractHtml(html, options);
}

/** Stops the shared pool (tests, scripts); the next runAnalysis starts a new one. */
export async function closeAnalysisPool(): Promise<void> {
  const pool = shared.parallaxAnalysisPool;
  delete shared.parallaxAnalysisPool;
  await pool?.close();
}
