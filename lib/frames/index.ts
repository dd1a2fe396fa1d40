// Frames: which of the fixed frames (adapted from the Media Frames Corpus dimensions) a claim invokes,
// from the cue lexicon lexicons/frames.json, with the cues found. One matcher for all cues, compiled once;
// overlapping matches are all kept, so a word can cue two frames ("treaty": legality and diplomacy).
import data from '../../lexicons/frames.json';
import type { Frame } from '../contract/types';
import { compileLexicon, matchPhrases, type LexiconEntry } from '../annotations/lexicon';
import type { Token } from '../annotations/tokens';

const FILE = 'lexicons/frames.json';
type CueEntry = LexiconEntry & { frame: string };
const cues = data.entries as CueEntry[];

export const FRAMES: { id: string; label: string; description: string }[] = data.frames;

const matcher = compileLexicon(FILE, { ...data, entries: cues });
for (const cue of cues) {
  if (!FRAMES.some((f) => f.id === cue.frame)) throw new Error(`parallax lexicon ${FILE}: ${cue.id} names unknown frame ${cue.frame}`);
}

/** Frames of the claim whose tokens are `[from, to)` of `tokens`, in the lexicon's frame order. */
export function detectFrames(text: string, tokens: Token[], from: number, to: number): Frame[] {
  const cuesByFrame = new Map<string, Set<string>>();
  for (const m of matchPhrases(matcher, tokens, from, to, true)) {
    const found = cuesByFrame.get(m.entry.frame) ?? new Set<string>();
    found.add(text.slice(m.start, m.end).toLowerCase());
    cuesByFrame.set(m.entry.frame, found);
  }
  const frames: Frame[] = [];
  for (const frame of FRAMES) {
    const found = cuesByFrame.get(frame.id);
    if (found) frames.push({ id: frame.id, label: frame.label, cues: [...found] });
  }
  return frames;
}
