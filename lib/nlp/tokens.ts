// One wink read per article text per analyze() call. The claims and annotations stages both need wink's view of
// the same clean text; reading it twice cost about a third of the pipeline. A TokenTable holds the read document
// and hands out its columns (read in bulk, once each, on first use); tables are shared only inside a
// `withTokenTables` scope, which analyze() opens and which is dropped when the call returns, so nothing grows
// across calls and every stage still works (reading afresh) when called on its own.
import { nlp, its } from './wink';

/** The per-token columns wink can read for a whole document at once. */
export type TokenColumn = 'value' | 'precedingSpaces' | 'pos' | 'lemma' | 'type';

export interface WinkEntity {
  type: string;
  /** Token indices, inclusive start, inclusive last. */
  first: number;
  last: number;
}

/** Longer than any word, number or address in prose. */
export const MAX_RUN_CHARS = 100;

/**
 * The text with a space put in place of one character every MAX_RUN_CHARS in any run of non-space
 * characters longer than that. wink's tokenizer tries its e-mail and URL patterns from every position
 * of a run, and its stemmer's suffix patterns do the same, so an 8,000-character "word" took seconds.
 * The copy has the same length, so every token offset still points into the original text, which is
 * what claims and annotations slice; only the tokens of such a run (never prose) differ.
 */
export function breakOverlongRuns(text: string): string {
  if (!/\S{101}/.test(text)) return text;
  return text.replace(/\S{101,}/g, (run) => {
    const chars = run.split('');
    for (let i = MAX_RUN_CHARS; i < chars.length; i += MAX_RUN_CHARS) {
      while (i < chars.length && /[\ud800-\udfff]/.test(chars[i])) i++; // a space in place of half a surrogate pair would orphan the other half
      if (i < chars.length) chars[i] = ' ';
    }
    return chars.join('');
  });
}

export class TokenTable {
  private readonly doc: ReturnType<typeof nlp.readDoc>;
  private readonly columns = new Map<TokenColumn, string[]>();
  private sentenceSpans: Array<[number, number]> | null = null;
  private entitySpans: WinkEntity[] | null = null;

  constructor(readonly text: string) {
    this.doc = nlp.readDoc(breakOverlongRuns(text));
  }

  /** One property of every token, in token order. Callers must not modify the array: it is shared. */
  column(name: TokenColumn): string[] {
    let values = this.columns.get(name);
    if (!values) {
      // wink's typings do not list every `its` helper as a collection reader; at run time they all work on one.
      const items = this.doc.tokens();
      values = (items.out as (f: unknown) => unknown)(its[name]) as string[];
      this.columns.set(name, values);
    }
    return values;
  }

  /** wink's sentences as token index ranges [first, last] inclusive. */
  sentences(): Array<[number, number]> {
    if (!this.sentenceSpans) {
      const spans: Array<[number, number]> = [];
      this.doc.sentences().each((s: any) => {
        const span = s.out(its.span) as [number, number];
        spans.push([span[0], span[1]]);
      });
      this.sentenceSpans = spans;
    }
    return this.sentenceSpans;
  }

  /** wink's entities (dates, numbers, ...) as token index ranges. */
  entities(): WinkEntity[] {
    if (!this.entitySpans) {
      const found: WinkEntity[] = [];
      this.doc.entities().each((e: any) => {
        const span = e.out(its.span) as [number, number];
        found.push({ type: e.out(its.type), first: span[0], last: span[1] });
      });
      this.entitySpans = found;
    }
    return this.entitySpans;
  }
}

/** The tables of the innermost open scope, keyed by text; null outside any scope. */
let scope: Map<string, TokenTable> | null = null;

/** Runs `work` with a fresh table cache, so each distinct text is read by wink once inside it. */
export function withTokenTables<T>(work: () => T): T {
  const outer = scope;
  scope = new Map();
  try {
    return work();
  } finally {
    scope = outer;
  }
}

/** wink's read of `text`: shared within a `withTokenTables` scope, otherwise read afresh. */
export function readTokenTable(text: string): TokenTable {
  if (!scope) return new TokenTable(text);
  let table = scope.get(text);
  if (!table) {
    table = new TokenTable(text);
    scope.set(text, table);
  }
  return table;
}
