// Language detection: script blocks first, then function-word shares among Latin-script languages.
import lexicon from '../../lexicons/claims-languages.json';
import type { LanguageInfo } from '../contract/types';

interface ScriptEntry { id: string; code: string; name: string; pattern: RegExp }

const STOPWORDS = new Map<string, Set<string>>();
const SCRIPTS: ScriptEntry[] = [];
interface LanguageEntry { id: string; type: string; code: string; words?: string[]; pattern?: string; name?: string }
for (const entry of lexicon.entries as LanguageEntry[]) {
  if (entry.type === 'stopwords' && entry.words) STOPWORDS.set(entry.code, new Set(entry.words));
  if (entry.type === 'script' && entry.pattern) {
    SCRIPTS.push({ id: entry.id, code: entry.code, name: entry.name ?? entry.code, pattern: new RegExp(entry.pattern) });
  }
}

const LETTER = /\p{L}/u;
const SAMPLE = 4000;

export function detectLanguage(text: string): LanguageInfo {
  const sample = text.slice(0, SAMPLE);
  let letters = 0;
  const scriptCounts = new Map<ScriptEntry, number>();
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // ASCII letters are by far the most common: count them without a regular expression.
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++;
      continue;
    }
    if (code < 0xc0) continue;
    const ch = sample[i];
    if (!LETTER.test(ch)) continue;
    letters++;
    if (code < 0x370) continue;
    const script = SCRIPTS.find((s) => s.pattern.test(ch));
    if (script) scriptCounts.set(script, (scriptCounts.get(script) ?? 0) + 1);
  }
  if (letters === 0) return { code: 'und', supported: false, note: 'No letters found: nothing to analyse as language.' };
  for (const [script, count] of scriptCounts) {
    if (count / letters > 0.3) {
      return {
        code: script.code,
        supported: false,
        note: `Mostly ${script.name}; Parallax's word lists and rules are English only, so claims are split but not attributed or annotated.`,
      };
    }
  }
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  let best = 'und';
  let bestShare = 0;
  for (const [code, list] of STOPWORDS) {
    let hits = 0;
    for (const word of words) if (list.has(word)) hits++;
    const share = hits / Math.max(1, words.length);
    if (share > bestShare) {
      best = code;
      bestShare = share;
    }
  }
  // Headlines and one-liners have few function words: treat short Latin text as English unless another language clearly wins.
  if (best === 'en' || (words.length < 8 && bestShare < 0.25)) return { code: 'en', supported: true };
  if (bestShare < 0.08) return { code: 'en', supported: true, note: 'Few function words found; assumed English.' };
  return {
    code: best,
    supported: false,
    note: `Detected language "${best}" (function words); Parallax's word lists and rules are English only, so claims are split but not attributed or annotated.`,
  };
}
