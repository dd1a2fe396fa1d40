// Fits the token-level loaded-wording model (lexicons/token-bias-model.json) on BASIL dev (../shared/devdata/basil):
// one example per content word (lib/bias/token-features.ts), positive when the word lies in a BASIL `lex` span (any
// voice). Logistic regression with L2, class-weighted (few positives), leave-one-event-out: each event's words are
// scored by a model fitted on the other events, and the figures below are computed on those held-out scores.
//   npx tsx scripts/train/token-bias.ts            # prints figures, writes lexicons/token-bias-model.json
//   npx tsx scripts/train/token-bias.ts --dry-run  # figures only
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/pipeline';
import { tokenize } from '../../lib/annotations/tokens';
import { quotedSpans } from '../../lib/annotations/voice';
import { isReportingVerb } from '../../lib/annotations/reporting-lemmas';
import { isCandidate, shortQuotations, tokenFeatures, TOKEN_FEATURES } from '../../lib/bias/token-features';
import type { Annotation } from '../../lib/contract/types';
import published from '../../lexicons/annotations-published.json';
import { basilAvailable, locatePhrase, readBasil } from '../eval/basil-data';

const OUT = join(__dirname, '../../lexicons/token-bias-model.json');
const LAMBDA = 1;
const ITERATIONS = 300;
const JUDGEMENT = new Set(['loaded', 'label', 'subjective', 'booster']);

// Annotations a lexicon made without our data would also give (as scripts/eval/framing.ts counts them).
const publishedWords = new Set<string>([...published.opinionWords.negative, ...published.opinionWords.positive, ...published.entries.map((e) => e.match)]);
function fromPublished(a: Annotation): boolean {
  if (a.entry.startsWith('published:') || a.kind === 'agentless') return true;
  if (/also in: .*(hyland|hooper|recasens|karttunen|huliu)/i.test(a.source)) return true;
  const word = a.text.toLowerCase();
  return publishedWords.has(word) || publishedWords.has(word.replace(/(es|s|ed|d|ing|ly)$/, '')) || publishedWords.has(word.replace(/s$/, ''));
}

interface Word { x: number[]; y: 0 | 1; start: number; end: number; quoted: boolean }
interface Span { start: number; end: number; covered: boolean; coveredAny: boolean; text: string }
interface Sentence { start: number; end: number; biased: boolean; judged: boolean }
interface Article { event: string; words: Word[]; spans: Span[]; sentences: Sentence[] }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function load(): Article[] {
  const out: Article[] = [];
  for (const b of readBasil()) {
    const sentences = b.sentences;
    const article = analyze([{ outlet: b.source, title: b.title, text: b.text }]).articles[0];
    // Without the token model's own annotations (the pipeline already runs the shipped model).
    const anns = article.claims.flatMap((c) => c.annotations).filter((a) => !a.entry.startsWith('model:'));
    const lex = b.phrases
      .filter((s) => s.bias === 'lex')
      .map((s) => {
        const span = locatePhrase(article.text, b, s);
        return span ? { ...span, sentence: Number(s.id.slice(1)) } : null;
      })
      .filter((s): s is { start: number; end: number; sentence: number } => !!s);
    const tokens = tokenize(article.text);
    const quoted = article.claims.flatMap((c) => quotedSpans(c));
    const short = article.claims.flatMap((c) => shortQuotations(c));
    const words: Word[] = [];
    tokens.forEach((t, i) => {
      if (!isCandidate(t) || isReportingVerb(t)) return;
      const q = quoted.some((s) => s.start <= t.start && t.end <= s.end);
      const sq = short.some((s) => s.start <= t.start && t.end <= s.end);
      words.push({ x: tokenFeatures(tokens, i, q, sq), y: lex.some((s) => overlaps(s, t)) ? 1 : 0, start: t.start, end: t.end, quoted: q });
    });
    out.push({
      event: b.event,
      words,
      spans: lex.map((s) => ({ start: s.start, end: s.end, text: `${article.text.slice(Math.max(0, s.start - 30), s.start)}[${article.text.slice(s.start, s.end)}]${article.text.slice(s.end, s.end + 30)}`.replace(/\s+/g, ' '), covered: anns.some((a) => overlaps(a, s) && fromPublished(a)), coveredAny: anns.some((a) => overlaps(a, s)) })),
      sentences: sentences.flatMap((s, k) => {
        const at = article.text.indexOf(s);
        if (at < 0 || !s.trim()) return [];
        const span = { start: at, end: at + s.length };
        return [{ ...span, biased: lex.some((x) => x.sentence === k), judged: anns.some((a) => a.voice === 'narrator' && JUDGEMENT.has(a.kind) && overlaps(a, span)) }];
      }),
    });
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
type Model = { intercept: number; weights: number[] };

function fit(words: Word[]): Model {
  const d = TOKEN_FEATURES.length;
  const n = words.length;
  const pos = words.filter((w) => w.y).length;
  // Class weights: positives and negatives count as much in all.
  const wPos = n / (2 * Math.max(1, pos)), wNeg = n / (2 * Math.max(1, n - pos));
  const mean = Array.from({ length: d }, (_, j) => words.reduce((s, e) => s + e.x[j], 0) / n);
  const sd = mean.map((m, j) => Math.sqrt(words.reduce((s, e) => s + (e.x[j] - m) ** 2, 0) / n) || 1);
  const z = words.map((e) => e.x.map((v, j) => (v - mean[j]) / sd[j]));
  let w = new Array(d).fill(0);
  let b = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const gw = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += z[i][j] * w[j];
      const err = (sigmoid(s) - words[i].y) * (words[i].y ? wPos : wNeg);
      gb += err;
      for (let j = 0; j < d; j++) gw[j] += err * z[i][j];
    }
    w = w.map((wj, j) => wj - 0.5 * (gw[j] / n + (LAMBDA * wj) / n));
    b -= 0.5 * (gb / n);
  }
  const weights = w.map((wj, j) => wj / sd[j]);
  return { intercept: b - weights.reduce((s, wj, j) => s + wj * mean[j], 0), weights };
}
const score = (m: Model, x: number[]) => sigmoid(m.intercept + x.reduce((s, v, j) => s + v * m.weights[j], 0));

/** Span recall (published ∪ model words ≥ threshold), words flagged per 100 candidates, sentence macro-F1. */
function figures(arts: Article[], scores: number[][], threshold: number) {
  let spans = 0, found = 0, foundAny = 0, flagged = 0, words = 0;
  const m = { tp: 0, fp: 0, fn: 0, tn: 0 };
  arts.forEach((a, k) => {
    const hits = a.words.filter((w, i) => scores[k][i] >= threshold);
    flagged += hits.length;
    words += a.words.length;
    for (const s of a.spans) {
      spans++;
      const byModel = hits.some((w) => overlaps(w, s));
      if (s.covered || byModel) found++;
      else if (process.env.SHOW_MISSES && threshold === Number(process.env.SHOW_MISSES)) console.log(`MISS ${a.event.slice(0, 8)} [${a.words.find((w) => overlaps(w, s)) ? 'candidate' : 'no candidate'}] …${s.text}…`);
      if (s.coveredAny || byModel) foundAny++;
    }
    for (const s of a.sentences) {
      const said = s.judged || hits.some((w) => !w.quoted && overlaps(w, s));
      if (said && s.biased) m.tp++; else if (said) m.fp++; else if (s.biased) m.fn++; else m.tn++;
    }
  });
  const f = (tp: number, fp: number, fn: number) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  // As on a BABE-like set (about half the sentences biased): neutral sentences weighted down to the biased count.
  const wn = (m.tp + m.fn) / Math.max(1, m.fp + m.tn);
  const balanced = (f(m.tp, wn * m.fp, m.fn) + f(wn * m.tn, m.fn, wn * m.fp)) / 2;
  return { recall: found / spans, recallAny: foundAny / spans, spans, flaggedPer100: (100 * flagged) / words, macroF1: (f(m.tp, m.fp, m.fn) + f(m.tn, m.fn, m.fp)) / 2, balanced, flaggedSentences: (m.tp + m.fp) / (m.tp + m.fp + m.fn + m.tn) };
}

function main() {
  if (!basilAvailable()) return console.log('token-bias: ../shared/devdata/basil not found, nothing fitted.');
  const arts = load();
  const events = [...new Set(arts.map((a) => a.event))];
  const all = arts.flatMap((a) => a.words);
  console.log(`${arts.length} articles, ${events.length} events, ${all.length} candidate words, ${all.filter((w) => w.y).length} in lex spans`);
  // Leave-one-event-out scores.
  const held: number[][] = arts.map(() => []);
  for (const e of events) {
    const model = fit(arts.filter((a) => a.event !== e).flatMap((a) => a.words));
    arts.forEach((a, k) => { if (a.event === e) held[k] = a.words.map((w) => score(model, w.x)); });
  }
  const full = fit(all);
  const dev = arts.map((a) => a.words.map((w) => score(full, w.x)));
  const base = figures(arts, arts.map((a) => a.words.map(() => 0)), 2);
  console.log(`published/grammar annotations alone: span recall ${(100 * base.recall).toFixed(1)}% of ${base.spans}, sentence macro-F1 ${base.macroF1.toFixed(3)} (balanced as BABE ${base.balanced.toFixed(3)}), ${(100 * base.flaggedSentences).toFixed(1)}% of sentences flagged`);
  const thresholds = [0.95, 0.9, 0.87, 0.8, 0.7];
  for (const t of thresholds) {
    const h = figures(arts, held, t), d = figures(arts, dev, t);
    console.log(`threshold ${t}: dev recall ${(100 * d.recall).toFixed(1)}% (any annotation ${(100 * d.recallAny).toFixed(1)}%), LOEO recall ${(100 * h.recall).toFixed(1)}% (any ${(100 * h.recallAny).toFixed(1)}%); LOEO words flagged ${h.flaggedPer100.toFixed(2)} per 100 candidates; LOEO sentence macro-F1 ${h.macroF1.toFixed(3)} (balanced as BABE ${h.balanced.toFixed(3)}), ${(100 * h.flaggedSentences).toFixed(1)}% flagged`);
  }
  console.log('weights:', TOKEN_FEATURES.map((f, j) => `${f} ${full.weights[j].toFixed(2)}`).join(', '), `intercept ${full.intercept.toFixed(2)}`);
  if (process.argv.includes('--dry-run')) return;
  const threshold = Number(process.env.THRESHOLD ?? 0.9);
  writeFileSync(OUT, JSON.stringify({
    source: 'Fitted by scripts/train/token-bias.ts on BASIL 2010–2012 (../shared/devdata/basil, Fan et al. 2019): one example per content word, positive inside a `lex` span; logistic regression, L2 1, class-weighted; threshold chosen from the leave-one-event-out figures in docs/framing.md.',
    licence: 'MIT (project data). Features are list memberships (Hu & Liu 2004, Recasens et al. 2013, Hooper 1975, Karttunen 1971, Hyland 2005), AFINN-165 strength and grammar; no MPQA data or weights.',
    notes: 'Weights per feature in lib/bias/token-features.ts order (TOKEN_FEATURES), in the features\' own units. A content word whose probability is at least `threshold` and that no other rule annotates is a `subjective` annotation with entry `model:token-bias` (lib/annotations/rules/token-model.ts).',
    features: [...TOKEN_FEATURES],
    intercept: Number(full.intercept.toFixed(4)),
    weights: full.weights.map((w) => Number(w.toFixed(4))),
    threshold,
    entries: [],
  }, null, 1) + '\n');
  console.log(`wrote ${OUT} (threshold ${threshold})`);
}

main();
