// The speaker sources pass: which frame speaks for each part, and what of the part is that speaker's content.
// A part with a frame speaks for itself. One without speaks for the frame of the quotation it is in, of the clause it
// was split from, of the frame that opened its quotation, or of a frame that closes its quotation later on.
// Only positions are decided here; who the speaker is (name, role) is the people pass's work.
import type { Span } from '../contract/types';
import type { Token } from './tokens';
import type { Quotation } from './quotes';
import type { Part } from './parts';
import type { PartFrames } from './frames';
import { isDirect, type PartQuotes } from './quote-placement';
import { opensWithQuote } from './frames';
import { isFiniteVerb } from './clauses';
import { firstTokenFrom } from '../nlp/token-search';

export interface SpeakerSource {
  /** The part whose frame names the speaker. */
  part: number;
  /** True for that part's opening frame ("… he said:"), false for its own frame. */
  opener: boolean;
}

export interface Attribution {
  source: SpeakerSource;
  content: Span | null;
  quote: 'direct' | 'indirect';
  /** True when the source's frame comes after the part ("“A. B,” he said": A learns its speaker from B's frame). */
  late: boolean;
}

export interface PartSpeaker {
  speaker: Attribution | null;
  /** True when this part's opening frame was taken up as the speaker of a quotation to come. */
  opens: boolean;
}

// Only a coordinator right after the frame carries the paraphrase on; "while", "although" introduce the reporter's aside.
const COORDINATED_AFTER_FRAME = /^\s*,\s*(and|but|yet)\s+$/i;

export function speakerSources(text: string, tokens: Token[], parts: Part[], frames: PartFrames[], quotes: Quotation[], placed: PartQuotes[]): PartSpeaker[] {
  const result: PartSpeaker[] = [];
  const quoteSource = new Map<number, SpeakerSource>();
  const chain = new ChainSources(quotes, quoteSource);
  // Parts whose paraphrased content comes before a frame at their end ("Memories have faded, he said").
  const framedAtEnd = new Uint8Array(parts.length);
  // The frame that introduces the next part's quotation.
  let opened: { source: SpeakerSource; paragraph: number } | null = null;
  const attribute = (source: SpeakerSource, k: number, start: number, end: number): Attribution => {
    const content = { start, end, text: text.slice(start, end) };
    return { source, content, quote: isDirect(content, quotes, placed[k]) ? 'direct' : 'indirect', late: false };
  };
  // Reported content that is a clause (it has a finite verb), not just a topic, carries on into a split-off clause.
  const clausal = (span: Span) => {
    for (let i = firstTokenFrom(tokens, span.start); i < tokens.length && tokens[i].start < span.end; i++) if (isFiniteVerb(tokens, i)) return true;
    return false;
  };

  parts.forEach((part, k) => {
    const { frame, opener } = frames[k];
    const start = part.textStart;
    const contentEnd = trimEndPunctuation(text, start, part.textEnd);
    let speaker: Attribution | null = null;
    let opens = false;
    if (frame) {
      const cs = Math.max(start, frame.contentStart);
      const ce = Math.min(part.textEnd, frame.contentEnd);
      speaker = ce > cs ? attribute({ part: k, opener: false }, k, cs, ce) : { source: { part: k, opener: false }, content: null, quote: 'indirect', late: false };
      // "Memories have faded, he said": paraphrase before a frame that closes the part, which a coordinated clause may go on.
      if (frame.contentStart === start && frame.contentEnd <= tokens[frame.speakerFirst].start && speaker.quote === 'indirect') framedAtEnd[k] = 1;
    } else if (!part.headline) {
      const previous = k > 0 ? result[k - 1].speaker : null;
      const previousPart = parts[k - 1];
      const q = placed[k].around;
      if (q >= 0) {
        const quote = quotes[q];
        let source = quoteSource.get(q) ?? chain.before(q);
        if (!source && quote.start === start && previous && previousPart.paragraph === part.paragraph) source = previous.source;
        if (!source && quote.start < start && previous && previousPart.textEnd > quote.start) source = previous.source;
        if (source) speaker = attribute(source, k, start, Math.min(contentEnd, quote.end));
      }
      if (!speaker && part.continuation && previous?.content && previous.content.end >= previousPart.textEnd - 1 && clausal(previous.content)) {
        speaker = attribute(previous.source, k, start, contentEnd);
      }
      // "Memories have faded, he said, and Wal-Mart has moved on.": the paraphrase goes on after the frame.
      const framed = k > 0 && framedAtEnd[k - 1] ? previous : null;
      if (!speaker && part.continuation && framed?.content && clausal(framed.content) && COORDINATED_AFTER_FRAME.test(text.slice(previousPart.textEnd, start))) {
        speaker = attribute(framed.source, k, start, contentEnd);
      }
      if (!speaker && opened && opensWithQuote(text, part) && part.paragraph - opened.paragraph <= 1) speaker = attribute(opened.source, k, start, contentEnd);
      opened = null;
      if (!speaker && opener) {
        opened = { source: { part: k, opener: true }, paragraph: part.paragraph };
        opens = true;
      }
    }
    if (speaker?.content) {
      for (let q = placed[k].first; q < placed[k].end; q++) if (quotes[q].start < speaker.content.end && speaker.content.start < quotes[q].end) quoteSource.set(q, speaker.source);
    }
    result.push({ speaker, opens });
  });
  attributeEarlierQuoteSentences(text, parts, quotes, placed, quoteSource, result);
  return result;
}

// "“Expect more of this. The Democrats were given a chance …,” he said.": the frame comes at the end of a quotation
// that spans sentences (or paragraphs), so the earlier sentences learn their speaker only afterwards.
function attributeEarlierQuoteSentences(text: string, parts: Part[], quotes: Quotation[], placed: PartQuotes[], quoteSource: Map<number, SpeakerSource>, result: PartSpeaker[]) {
  for (let q = quotes.length - 1; q >= 0; q--) {
    const source = quoteSource.get(q);
    const earlier = quotes[q].continues;
    if (source && earlier >= 0 && earlier < q && !quoteSource.has(earlier)) quoteSource.set(earlier, source);
  }
  parts.forEach((part, k) => {
    const q = placed[k].around;
    const source = q >= 0 ? quoteSource.get(q) : undefined;
    if (result[k].speaker || part.headline || !source) return;
    const start = part.textStart;
    const end = Math.min(trimEndPunctuation(text, start, part.textEnd), quotes[q].end);
    const content = { start, end, text: text.slice(start, end) };
    result[k].speaker = { source, content, quote: isDirect(content, quotes, placed[k]) ? 'direct' : 'indirect', late: true };
  });
}

/** The speaker of the nearest earlier quotation that a quotation continues (across paragraphs). By the time a part
 * asks, those earlier quotations lie behind it and can gain no speaker, so each chain is walked once. */
class ChainSources {
  private readonly known = new Map<number, SpeakerSource | null>();
  constructor(
    private readonly quotes: Quotation[],
    private readonly sources: Map<number, SpeakerSource>,
  ) {}

  before(q: number): SpeakerSource | undefined {
    const walked: number[] = [];
    let found: SpeakerSource | null = null;
    // Each step goes to an earlier quotation, so the walk ends whatever the indices say.
    for (let at = q, up = this.quotes[q].continues; up >= 0 && up < at; at = up, up = this.quotes[up].continues) {
      walked.push(at);
      const memo = this.known.get(at);
      if (memo !== undefined) {
        found = memo;
        walked.pop();
        break;
      }
      const source = this.sources.get(up);
      if (source) {
        found = source;
        break;
      }
    }
    for (const at of walked) this.known.set(at, found);
    return found ?? undefined;
  }
}

function trimEndPunctuation(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && /[.!?]/.test(text[e - 1])) e--;
  return e;
}
