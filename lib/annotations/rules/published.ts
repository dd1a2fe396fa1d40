// Rule `published`: opinion words, hedges and factives from published lists (lexicons/annotations-published.json,
// built by scripts/lexicons/build-published.ts). Each finding has the entry's own kind (loaded, subjective, hedge,
// booster). Its ~6,000 single words are looked up in one map by form, lemma and plain singular; reporting verbs
// and words inside names are never matched. Listed after the hand rules: where they overlap, the hand entry wins.
import data from '../../../lexicons/annotations-published.json';
import type { AnnotationKind } from '../../contract/types';
import { validateLexicon, type LexiconEntry, type LexiconFile } from '../lexicon';
import { isReportingVerb } from '../reporting-lemmas';
import type { Token } from '../tokens';
import type { Finding, Rule } from '../types';

export interface PublishedEntry extends LexiconEntry {
  match: string;
  kind: AnnotationKind;
  polarity?: -1 | 1;
  strength?: 'strong' | 'weak';
}

const FILE = 'lexicons/annotations-published.json';
validateLexicon(FILE, data as unknown as LexiconFile);
const entries = (data as unknown as { entries: PublishedEntry[] }).entries;

const weakEntries = new Set(entries.filter((e) => e.strength === 'weak').map((e) => e.id));

/**
 * A weak opinion word (neither AFINN ±2 or more nor NPOV-listed: "shaky", "crowded") judges only in context: it is
 * shown where the claim's narrator-bias score is loaded (lib/annotations/index.ts), never on its own.
 */
export function needsLoadedClaim(entry: string): boolean {
  return weakEntries.has(entry);
}

/** First word → entries starting with it (phrases keep their other words to compare). */
const byFirstWord = new Map<string, { entry: PublishedEntry; words: string[] }[]>();
for (const entry of entries) {
  const words = entry.match.toLowerCase().split(' ');
  const list = byFirstWord.get(words[0]) ?? [];
  list.push({ entry, words });
  byFirstWord.set(words[0], list);
}

const capitalised = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value);

function candidates(t: Token) {
  const keys = new Set([t.lower, t.lemma]);
  if (t.lower.endsWith('s')) keys.add(t.lower.slice(0, -1));
  return [...keys].flatMap((k) => byFirstWord.get(k) ?? []);
}

// "wildly", "unabashedly", "famously", "angrily", "terribly": a manner or stance adverb made with -ly from an adjective
// a published list holds judges as its adjective does (morphology, not a list entry of its own).
const ADVERB_KINDS = new Set<AnnotationKind>(['loaded', 'subjective']);
function adverbBases(t: Token): string[] {
  if (t.pos !== 'ADV' || !t.lower.endsWith('ly') || t.lower.length < 6) return [];
  const stem = t.lower.slice(0, -2);
  const bases = [stem];
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`); // angrily → angry
  if (t.lower.endsWith('bly') || t.lower.endsWith('ply')) bases.push(`${t.lower.slice(0, -1)}e`); // terribly → terrible
  return bases;
}
function adverbFinding(t: Token): Finding | null {
  for (const base of adverbBases(t)) {
    const hit = (byFirstWord.get(base) ?? []).find(({ entry, words }) => words.length === 1 && ADVERB_KINDS.has(entry.kind));
    if (hit) {
      return {
        kind: hit.entry.kind,
        start: t.start,
        end: t.end,
        note: hit.entry.note,
        entry: hit.entry.id,
        source: `${FILE} (-ly adverb of "${base}", from: ${(hit.entry.lists ?? []).join(', ')})`,
      };
    }
  }
  return null;
}

export const published: Rule = ({ tokens, from, to }) => {
  const found: Finding[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (capitalised(t) || isReportingVerb(t)) continue;
    const before = found.length;
    for (const { entry, words } of candidates(t)) {
      const last = i + words.length;
      if (last > to) continue;
      if (words.slice(1).some((w, k) => tokens[i + 1 + k].lower !== w)) continue;
      if (entry.pos && !entry.pos.includes(t.pos)) continue;
      found.push({
        kind: entry.kind,
        start: t.start,
        end: tokens[last - 1].end,
        note: entry.note,
        entry: entry.id,
        source: `${FILE} (from: ${(entry.lists ?? []).join(', ')})`,
      });
      break;
    }
    if (found.length === before) {
      const adverb = adverbFinding(t);
      if (adverb) found.push(adverb);
    }
  }
  return found;
};
