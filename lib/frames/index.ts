// Frames: which of the fixed frames (adapted from the Media Frames Corpus dimensions) a claim invokes,
// from the cue lexicon lexicons/frames.json, with the cues found. One matcher per frame, compiled once,
// so a word can cue two frames ("treaty": legality and diplomacy).
import data from '../../lexicons/frames.json';
import type { Frame } from '../contract/types';
import { compileLexicon, matchPhrases, type LexiconEntry } from '../annotations/lexicon';
import type { Token } from '../annotations/tokens';

const FILE = 'lexicons/frames.json';
type CueEntry = LexiconEntry & { frame: string };
const cues = data.entries as CueEntry[];

export const FRAMES: { id: string; label: string; description: string }[] = data.frames;

const matchers = FRAMES.map((frame) => ({
  frame,
  matcher: compileLexicon(FILE, { ...data, entries: cues.filter((c) => c.frame === frame.id) }),
}));
for (const cue of cues) {
  if (!FRAMES.some((f) => f.id === cue.frame)) throw new Error(`parallax lexicon ${FILE}: ${cue.id} names unknown frame ${cue.frame}`);
}

/** Frames of the claim whose tokens are `[from, to)` of `tokens`, in the lexicon's frame order. */
export function detectFrames(text: string, tokens: Token[], from: number, to: number): Frame[] {
  const frames: Frame[] = [];
  for (const { frame, matcher } of matchers) {
    const found = matchPhrases(matcher, tokens, from, to);
    if (found.length === 0) continue;
    const words = [...new Set(found.map((m) => text.slice(m.start, m.end).toLowerCase()))];
    frames.push({ id: frame.id, label: frame.label, cues: words });
  }
  return frames;
}
