// Who said what in one claim: the reporting frame ("X said (that) …", "…, X said.", "“…,” X said", "according to X",
// "X wrote on X", "X told reporters", "X called on Y to …") and the span of the reported content.
import type { Token } from './tokens';
import { VERB_BY_FORM, type ReportingVerb } from './verbs';
import { NAME_CONNECTORS, ROLE_WORDS } from '../entities/lexicon';

export interface Frame {
  verb: ReportingVerb;
  /** The verb as written ("said", "according to", "called on"). */
  verbText: string;
  /** Token range of the speaker phrase. */
  speakerFirst: number;
  speakerEnd: number;
  /** Character span of the reported content inside the claim. */
  contentStart: number;
  contentEnd: number;
}

interface Context {
  text: string;
  tokens: Token[];
  /** 1 for tokens inside a DATE/TIME entity. */
  dateToken: Uint8Array;
  /** 1 for tokens inside a quotation (after its opening mark). */
  inQuote: Uint8Array;
  /** Running counts over the token table, so a frame's lead (the tokens before its subject) is read in constant time. */
  lead: LeadCounts;
}

/** Prefix counts: `count.x[i]` is the number of tokens before index i with property x. */
export interface LeadCounts {
  quoteMark: Int32Array;
  /** A finite verb or auxiliary (not an -ing form, not after "to"). */
  finite: Int32Array;
  coordinator: Int32Array;
  /** What a list of modifiers before a subject is made of ("Leading Israeli, American, and allied officials"). */
  modifier: Int32Array;
  /** A connective ("and", "also", a comma). */
  connective: Int32Array;
}

export function leadCounts(tokens: Token[]): LeadCounts {
  const n = tokens.length + 1;
  const counts: LeadCounts = { quoteMark: new Int32Array(n), finite: new Int32Array(n), coordinator: new Int32Array(n), modifier: new Int32Array(n), connective: new Int32Array(n) };
  tokens.forEach((t, i) => {
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    counts.quoteMark[i + 1] = counts.quoteMark[i] + (isQuoteMark(t) ? 1 : 0);
    counts.finite[i + 1] = counts.finite[i] + (verb && !/ing$/.test(t.lower) && tokens[i - 1]?.lower !== 'to' ? 1 : 0);
    counts.coordinator[i + 1] = counts.coordinator[i] + (t.pos === 'CCONJ' ? 1 : 0);
    const modifier = t.pos === 'ADJ' || t.pos === 'PROPN' || t.value === ',' || t.pos === 'CCONJ' || t.pos === 'DET' || (t.pos === 'VERB' && /ing$/.test(t.lower));
    counts.modifier[i + 1] = counts.modifier[i] + (modifier ? 1 : 0);
    counts.connective[i + 1] = counts.connective[i] + (t.pos === 'CCONJ' || t.pos === 'ADV' || t.value === ',' ? 1 : 0);
  });
  return counts;
}

const countIn = (counts: Int32Array, first: number, end: number) => counts[end] - counts[first];

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const INNER_ADP = new Set(['of', 'to', 'for', 'with', 'at', 'on', 'in', 'from']);
const PLATFORMS = new Set(['x', 'twitter', 'facebook', 'telegram', 'instagram', 'truth', 'social', 'linkedin', 'bluesky', 'threads', 'youtube', 'tiktok', 'media', 'his', 'her', 'their', 'its', 'account', 'the', 'a', 'website', 'blog', 'page', 'channel', 'x.']);
// Verbs that can come before their subject at the end of a quotation: "…,” said the minister.
// Not "tell": the noun phrase after "told" is its addressee ("…,” Rep. Nadler, D-N.Y., told The Washington Post.").
const INVERTING = new Set(['say', 'add', 'write', 'report', 'note', 'explain', 'ask', 'reply', 'state', 'insist', 'warn', 'claim']);
const RELATIVE = new Set(['who', 'which', 'that']);
const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'if', 'while', 'because', 'although', 'though', 'since', 'once', 'until', 'whereas', 'whether', 'unless', 'where']);
// Subordinators after which a subject and its reporting verb report (not "if", "unless", "whether": those suppose).
const SUBORDINATE_FRAME = new Set(['when', 'as', 'after', 'before', 'while', 'because', 'although', 'though', 'since', 'once', 'until', 'whereas']);
const STATEMENT_NOUNS = new Set(['statement', 'interview', 'post', 'speech', 'briefing', 'conference', 'letter', 'message', 'address', 'tweet', 'video', 'op-ed', 'remarks', 'meeting', 'television', 'tv', 'broadcast', 'call']);

const isQuoteMark = (t: Token | undefined) => !!t && (t.value === '”' || t.value === '"');
const isSeparator = (t: Token) => t.value === ',' || t.value === '”' || t.value === '"' || t.value === '—' || t.value === '–' || t.value === ':';

export type FrameContext = Context;

/** A frame that introduces what follows it: no content of its own. */
export type OpenFrame = Omit<Frame, 'contentStart' | 'contentEnd'>;

export function findFrame(ctx: Context, first: number, end: number): Frame | null {
  const { tokens } = ctx;
  let last = end - 1;
  while (last > first && /^[.!?]$/.test(tokens[last].value)) last--;
  for (let v = first; v <= last; v++) {
    const t = tokens[v];
    if (ctx.inQuote[v]) continue;
    if (t.lower === 'what') {
      const named = whatTheyCalled(ctx, first, last, v);
      if (named) return named;
      continue;
    }
    if (NAMING_AS.has(t.lower) && t.pos !== 'NOUN') {
      const named = namedAs(ctx, first, last, v);
      if (named) return named;
    }
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const frame = accordingTo(ctx, first, last, v);
      if (frame) return frame;
      continue;
    }
    const verb = VERB_BY_FORM.get(t.lower);
    if (!verb || verb.type === 'according') continue;
    // wink tags some verbs as nouns ("notes", "says"); before "that" or a quotation they are verbs.
    const next = tokens[v + 1];
    const verbLike = t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && v > first && !!next && (next.lower === 'that' || ((next.value === ',' || next.value === ':') && /^["“]/.test(tokens[v + 2]?.value ?? ''))));
    if (!verbLike) continue;
    if (verb.type === 'call' && next?.lower !== 'on') continue;
    // "Asked whether …, Mr. Santorum said": a question put to the speaker opens the sentence; it is no frame.
    if (v === first && verb.lemma === 'ask' && /ed$/.test(t.lower)) continue;
    // "Accusing the extreme-right of …, the Coalition declared": an opening participle is no inverted frame.
    if (v === first && /^\p{Lu}/u.test(t.value) && verb.type !== 'after-quote' && !/ing$/.test(t.lower)) {
      const inverted = openingInverted(ctx, first, last, v, verb);
      if (inverted) return inverted;
    }
    // An after-quote verb ("retorted", "quipped") opens content only when a colon or "that" says so: "Biden retorted: “…”".
    const opens = verb.type !== 'after-quote' || next?.value === ':' || next?.lower === 'that';
    // "…, saying the week was wasted" is never "…, said X" turned round: a participle closes no frame.
    const closes = !/ing$/.test(t.lower);
    // ", accusing …" is a participle clause: its subject is the clause's, never the phrase before the comma.
    const participleClause = !closes && tokens[v - 1]?.value === ',';
    if (participleClause && !reportsClause(ctx, v, last, verb)) continue;
    const opening = !opens ? null : participleClause ? participleFrame(ctx, first, last, v, verb) ?? frameFirst(ctx, first, last, v, verb) : frameFirst(ctx, first, last, v, verb) ?? participleFrame(ctx, first, last, v, verb);
    const frame = opening ?? (closes ? frameLast(ctx, first, last, v, verb) : null);
    if (frame) return frame;
  }
  return null;
}

/** Subject phrase ending just before `v` (after skipping "on Thursday", "also"): [start, end) or null. */
function subjectBefore(ctx: Context, first: number, v: number): [number, number] | null {
  const { tokens, dateToken } = ctx;
  let j = v - 1;
  // "Biden was quick to retort": "be <adjective> to" before the verb belongs to the verb, not the subject.
  if (j - 2 >= first && tokens[j].lower === 'to' && tokens[j - 1].pos === 'ADJ' && tokens[j - 2].pos === 'AUX') j -= 2;
  while (j >= first && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || dateToken[j] || (tokens[j].lower === 'on' && dateToken[j + 1]))) j--;
  if (j > first && tokens[j].value === ',') return appositiveBefore(ctx, first, j);
  const npEnd = j + 1;
  // "Sen. Mitch McConnell (R-Ky.) said": step over a parenthesis right before the verb.
  if (j > first && tokens[j].value === ')') {
    let k = j - 1;
    while (k > first && tokens[k].value !== '(' && j - k < 10) k--;
    if (tokens[k].value === '(' && k > first) j = k - 1;
  }
  if (j >= first && PRONOUNS.has(tokens[j].lower) && tokens[j].pos === 'PRON') return [j, npEnd];
  // "the Log Cabin Republicans, a gay rights group, which said": the relative pronoun stands for the phrase before it.
  if (j > first && RELATIVE.has(tokens[j].lower) && tokens[j - 1].value === ',') return appositiveBefore(ctx, first, j - 1, true) ?? nameBefore(ctx, first, j - 1);
  let count = 0;
  while (j >= first && count < 16) {
    const t = tokens[j];
    const inner = j < npEnd - 1 && j > first;
    const ok =
      NP_POS.has(t.pos) ||
      t.value === '’s' || t.value === "'s" ||
      NAME_CONNECTORS.has(t.value) ||
      ((t.value === '(' || t.value === ')') && inner) ||
      (t.value === '-' && inner && t.start === tokens[j - 1].end) ||
      (INNER_ADP.has(t.lower) && inner && j + 1 < npEnd && tokens[j - 1] && (NP_POS.has(tokens[j - 1].pos)) && tokens[j - 1].pos !== 'DET') ||
      (t.lower === 'and' && inner && /^\p{Lu}/u.test(tokens[j - 1]?.value ?? '') && /^\p{Lu}/u.test(tokens[j + 1].value));
    // "allied officials", "exiled dissidents": a participle right before a noun is an adjective.
    const participle =
      (t.pos === 'VERB' && /ed$/.test(t.lower) && j + 1 < npEnd && tokens[j + 1].pos === 'NOUN') ||
      // "a memo detailing the findings reads": a noun modified by an -ing phrase.
      (t.pos === 'VERB' && /ing$/.test(t.lower) && j + 1 < npEnd && j > first && tokens[j - 1].pos === 'NOUN');
    if (!participle && (!ok || t.pos === 'VERB')) break;
    j--;
    count++;
  }
  let start = j + 1;
  // An "of/to/with" left dangling at the start is not part of the subject.
  while (start < npEnd && (INNER_ADP.has(tokens[start].lower) || tokens[start].value === ')')) start++;
  if (start >= npEnd) return null;
  if (!tokens.slice(start, npEnd).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || /^\p{Lu}/u.test(t.value))) return null;
  return [start, npEnd];
}

// "Symantec, another security company, confirmed" / "Michael Steele, chairman of the committee, said":
// a name, a comma, a lower-case description, a comma, the verb.
/** `afterDeterminer`: the name may follow "the" ("by the Log Cabin Republicans, a group, which said"). */
function appositiveBefore(ctx: Context, first: number, comma: number, afterDeterminer = false): [number, number] | null {
  const { tokens } = ctx;
  let right = comma;
  // Walk back over up to three comma-separated descriptions ("Rep. Kevin McCarthy, R-Calif., the No. 3 Republican,").
  for (let hops = 0; hops < 3; hops++) {
    let k = right - 1;
    // A description may hold a relative clause ("a Democrat who represents the district").
    while (k > first && tokens[k].value !== ',' && !isQuoteMark(tokens[k]) && right - k < 25) k--;
    if (k <= first || tokens[k].value !== ',' || ctx.inQuote[k]) return null;
    // "A spokesman for the committee, Brad Woodhouse, said": the name is the last segment, the description before it.
    if (hops === 0 && tokens.slice(k + 1, right).every((_, x) => isNameToken(tokens, k + 1 + x)) && tokens.slice(k + 1, right).some((t) => t.pos === 'PROPN')) {
      let d = k - 1;
      while (d - 1 >= first && tokens[d - 1].value !== ',' && !isQuoteMark(tokens[d - 1]) && tokens[d - 1].pos !== 'VERB' && tokens[d - 1].pos !== 'AUX' && k - d < 14) d--;
      // "Obama's current campaign press secretary, Ben LaBolt,": a description may open with a name, when it ends in a
      // common noun; it may follow the closing mark of a quotation ("“…,” the coalition's executive director, Matt Brooks, said").
      const described = tokens[d].pos === 'DET' || /^\p{Ll}/u.test(tokens[d].value) || (tokens[k - 1].pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k - 1].value));
      if (described && (d === first || tokens[d - 1].value === ',' || isQuoteMark(tokens[d - 1]))) return [d, comma];
    }
    let n = k - 1;
    while (n - 1 >= first && isNameToken(tokens, n - 1)) n--;
    const nameRun = n <= k - 1 && isNameToken(tokens, n) && /^\p{Lu}/u.test(tokens[n].value);
    const opens = n === first || tokens[n - 1].value === ',' || tokens[n - 1].pos === 'CCONJ' || tokens[n - 1].pos === 'ADV' || isQuoteMark(tokens[n - 1]) || (afterDeterminer && tokens[n - 1].pos === 'DET');
    // A party-and-state tag ("R-Calif.") is a description, not the name: keep walking back.
    const partyTag = /^[RDI]-\p{Lu}[\p{L}.]*$/u.test(ctx.text.slice(tokens[n].start, tokens[k - 1].end));
    if (nameRun && opens && !partyTag && tokens.slice(n, k).some((t) => t.pos === 'PROPN')) return [n, comma];
    right = k;
  }
  return null;
}

function nameBefore(ctx: Context, first: number, comma: number): [number, number] | null {
  let n = comma;
  while (n - 1 >= first && isNameToken(ctx.tokens, n - 1)) n--;
  if (!(n < comma && ctx.tokens.slice(n, comma).some((t) => t.pos === 'PROPN'))) return null;
  // "Sheriff Joe Arpaio of Maricopa County, Ariz., who": a short place tag after a comma belongs to the name before it.
  if (comma - n <= 2 && n - 1 > first && ctx.tokens[n - 1].value === ',') {
    const earlier = nameBefore(ctx, first, n - 1);
    if (earlier && earlier[1] - earlier[0] > 2) return earlier;
  }
  return [n, comma];
}

// "Added Gibbs: “…”" / "Said the minister, “…”": the verb opens the claim, the speaker follows, then the content.
function openingInverted(ctx: Context, first: number, last: number, v: number, verb: ReportingVerb): Frame | null {
  const { tokens } = ctx;
  let k = v + 1;
  while (k <= last && k < v + 10 && tokens[k].value !== ':' && tokens[k].value !== ',') k++;
  if (k >= last || k === v + 1) return null;
  return { verb, verbText: tokens[v].value, speakerFirst: v + 1, speakerEnd: k, contentStart: tokens[k + 1].start, contentEnd: tokens[last].end };
}

function isNameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.type === 'word' && /^\p{Lu}/u.test(t.value)) return true;
  // "Darrell Issa of California"
  if (t.lower === 'of' && i > 0 && tokens[i - 1].cap && tokens[i + 1]?.cap) return true;
  return (NAME_CONNECTORS.has(t.value) || t.value === '-' || t.value === '.') && i > 0 && tokens[i - 1].type === 'word';
}

function contentAfter(ctx: Context, v: number, last: number, verb: ReportingVerb): number {
  const { tokens, dateToken } = ctx;
  let c = v + 1;
  if (verb.type === 'call') c++;
  const skip = () => {
    let moved = true;
    while (moved && c <= last) {
      moved = false;
      const t = tokens[c];
      if (t.pos === 'ADV' && t.lower !== 'not' || dateToken[c] || (t.lower === 'on' && dateToken[c + 1])) { c++; moved = true; continue; }
      if (verb.type === 'write' || verb.lemma === 'write' || verb.lemma === 'post') {
        if (t.lower === 'on' && PLATFORMS.has(tokens[c + 1]?.lower ?? '')) {
          c += 2;
          while (c <= last && PLATFORMS.has(tokens[c].lower)) c++;
          moved = true;
          continue;
        }
      }
      if ((t.lower === 'in' || t.lower === 'during' || t.lower === 'at') && c + 3 <= last) {
        // "in a statement", "in a televised interview", "at a news conference"
        let k = c + 1;
        while (k <= last && k < c + 5 && tokens[k].pos !== 'NOUN') k++;
        if (k <= last && STATEMENT_NOUNS.has(tokens[k].lower)) { c = k + 1; moved = true; continue; }
      }
      if (t.lower === 'to' && (tokens[c + 1]?.lower === 'reporters' || tokens[c + 1]?.lower === 'journalists')) { c += 2; moved = true; continue; }
    }
  };
  skip();
  if (verb.type === 'tell' && c <= last && tokens[c].lower !== 'that' && !isSeparator(tokens[c])) {
    // The addressee: "told the Wall Street Journal that", "told reporters".
    let k = c;
    while (k <= last && k < c + 8 && tokens[k].lower !== 'that' && (NP_POS.has(tokens[k].pos) || tokens[k].value === '’s' || (tokens[k].lower === 'of' && k > c)) && tokens[k].pos !== 'VERB') k++;
    c = k;
    skip();
  }
  while (c <= last && (tokens[c].value === ',' || tokens[c].value === ':' || tokens[c].lower === 'that')) c++;
  return c;
}

function frameFirst(ctx: Context, first: number, last: number, v: number, verb: ReportingVerb): Frame | null {
  const subject = subjectBefore(ctx, first, v);
  if (!subject) return null;
  // The frame opens the claim (maybe after a connective or an introductory phrase ending in a comma).
  // The lead: tokens [first, leadEnd) before the subject, read through the running counts.
  const leadEnd = subject[0];
  const leadLength = leadEnd - first;
  const { lead: counts } = ctx;
  // "“…,” Rep. Jesse Jackson Jr., D-Ill., said on the floor": a quotation before the frame is the content.
  if (countIn(counts.quoteMark, first, leadEnd) > 0) return null;
  // "The talks will resume, diplomats said, after a pause": a lead with its own finite verb is the content.
  // A subordinate opener ("When the audience finished laughing, he asked") is an introduction, not content.
  // So is a participial or prepositional opener ("Batting down allegations that …, the report said").
  const opener = ctx.tokens[first];
  const subordinate =
    leadLength > 0 && (opener.pos === 'SCONJ' || opener.pos === 'ADP' || SUBORDINATORS.has(opener.lower) || (opener.pos === 'VERB' && /(ing|ed)$/.test(opener.lower)));
  // "Ben Labolt issued a statement shortly after Santorum told voters that …": a subject right after a subordinator
  // opens a clause of its own, whose frame it is, whatever the main clause before it did.
  // Only mid-sentence (a clause opening the sentence, "Though Weiner said …, the former official said", leaves the
  // frame to the main clause), only a named subject that says or tells in the active voice: not "when she tweeted a
  // photo", "after it was posted", "as a way to argue", "even though Mitt Romney and Mr. Ryan say".
  const clauseOpener = leadLength > 1 && SUBORDINATE_FRAME.has(ctx.tokens[leadEnd - 1].lower) && subordinateFrameSubject(ctx, subject, v, verb);
  // "The key vote could belong to Justice Anthony Kennedy, who said he was troubled …", "The ad was denounced by the
  // Log Cabin Republicans, a gay group, which said it was “…”": a relative frame after the main clause's verb reports
  // its antecedent's words to the end of the claim, whatever the main clause did. Only say/tell with a clause to report
  // ("a movie …, which told the pinup's story" reports nothing).
  const relative = relativeFrame(ctx, subject, v, last, verb);
  if (!subordinate && !clauseOpener && !relative && countIn(counts.finite, first, leadEnd) > 0) return null;
  // "Leading Israeli, American, and allied officials said": a list of modifiers belongs to the subject.
  const pronounSubject = subject[1] - subject[0] === 1 && ctx.tokens[subject[0]].pos === 'PRON';
  if (leadLength > 1 && !pronounSubject && countIn(counts.coordinator, first, leadEnd) > 0 && countIn(counts.modifier, first, leadEnd) === leadLength) subject[0] = first;
  const leadLast = ctx.tokens[leadEnd - 1];
  if (leadLength > 0 && subject[0] !== first && !clauseOpener && !relative && !(leadLast.value === ',' || leadLast.value === ':' || countIn(counts.connective, first, leadEnd) === leadLength)) return null;
  let c = contentAfter(ctx, v, last, verb);
  if (last - c < 1) return null;
  const { tokens } = ctx;
  // "said in Washington that …", "said of the ruling: “…”": skip the adverbial to the content; "tweeted about her
  // opposition" has no content at all, only a topic.
  if (tokens[c].pos === 'ADP' && verb.type !== 'call' && verb.type !== 'directive' && verb.type !== 'tell') {
    let k = c;
    while (k <= last && k < c + 12 && !(tokens[k].lower === 'that' || tokens[k].value === ':' || tokens[k].value === '“' || tokens[k].value === '"' || (tokens[k].value === ',' && /^["“]/.test(tokens[k + 1]?.value ?? '')))) k++;
    if (k > last || k >= c + 12) return null;
    c = tokens[k].value === '“' || tokens[k].value === '"' ? k : k + 1;
    while (c <= last && tokens[c].value === ',') c++;
    if (last - c < 1) return null;
  }
  return {
    verb,
    verbText: ctx.text.slice(tokens[v].start, tokens[verb.type === 'call' ? v + 1 : v].end),
    speakerFirst: subject[0],
    speakerEnd: subject[1],
    contentStart: tokens[c].start,
    contentEnd: tokens[last].end,
  };
}

// "Mr. Santorum did not back down, saying, “…”", "Romney released a statement late Tuesday saying: “…”": the
// clause's subject speaks through a participle that opens the content (after a comma, or before a comma, a colon,
// "that" or a quotation).
function participleFrame(ctx: Context, first: number, last: number, v: number, verb: ReportingVerb): Frame | null {
  const { tokens } = ctx;
  if (v === first || !/ing$/.test(tokens[v].lower) || verb.type === 'call') return null;
  const next = tokens[v + 1];
  const opensContent = !!next && (next.value === ',' || next.value === ':' || next.lower === 'that' || next.value === '“' || next.value === '"');
  // ", saying" and ",” saying" (the comma of a quotation that ends just before).
  const afterComma = tokens[v - 1].value === ',' || (isQuoteMark(tokens[v - 1]) && tokens[v - 2]?.value === ',');
  if (!opensContent && !afterComma) return null;
  if (!reportsClause(ctx, v, last, verb)) return null;
  const subject = openingSubject(ctx, first, v) ?? (EXPLETIVES.has(tokens[first].lower) && tokens[first + 1]?.pos === 'VERB' ? subordinateSubject(ctx, first, v) : null);
  if (!subject) return null;
  const c = contentAfter(ctx, v, last, verb);
  if (last - c < 1) return null;
  return {
    verb,
    verbText: ctx.text.slice(tokens[v].start, tokens[v].end),
    speakerFirst: subject[0],
    speakerEnd: subject[1],
    contentStart: tokens[c].start,
    contentEnd: tokens[last].end,
  };
}

const CLAUSE_REACH = 5;
function relativeFrame(ctx: Context, subject: [number, number], v: number, last: number, verb: ReportingVerb): boolean {
  const { tokens } = ctx;
  if (verb.type !== 'say' && verb.type !== 'tell') return false;
  // subjectBefore ends the antecedent at the comma before "who"/"which" (adverbs may stand before the verb).
  let r = v - 1;
  while (r > subject[1] && tokens[r].pos === 'ADV') r--;
  if (r !== subject[1] + 1 || !RELATIVE.has(tokens[r].lower) || tokens[r].lower === 'that' || tokens[subject[1]]?.value !== ',') return false;
  // The content is a clause: "that …", a quotation, or a subject with its finite verb within a few words ("said he
  // was troubled", "told reporters he …"), not an object ("wrote several letters to Congress", "claimed the prize").
  const c = contentAfter(ctx, v, last, verb);
  if (c > last) return false;
  const opener = tokens[c - 1];
  if (opener?.lower === 'that' || opener?.value === ':' || tokens[c].value === '“' || tokens[c].value === '"') return true;
  return countIn(ctx.lead.finite, c + 1, Math.min(last + 1, c + CLAUSE_REACH)) > 0 && ['PRON', 'DET', 'PROPN'].includes(tokens[c].pos);
}

function subordinateFrameSubject(ctx: Context, subject: [number, number], v: number, verb: ReportingVerb): boolean {
  const { tokens } = ctx;
  if (verb.type !== 'say' && verb.type !== 'tell') return false;
  const before = tokens[v - 1];
  if (before.lower === 'to' || before.lemma === 'be' || before.lemma === 'get') return false;
  // Beyond "say" and "tell", only content a reporting verb cannot be read without: "insisted “…”", "warned that":
  // not "as the Bluejays added a point", "as head coach Andy Kennedy denied charges".
  const next = tokens[v + 1];
  const reports = verb.lemma === 'say' || verb.lemma === 'tell' || next?.lower === 'that' || next?.value === '“' || next?.value === '"' || next?.value === ':';
  const words = tokens.slice(subject[0], subject[1]);
  // "after 9 a.m. Lyons said": a subject opens with a name or a determiner, not a number.
  const opens = words[0].pos === 'PROPN' || words[0].pos === 'DET' || /^\p{Lu}/u.test(words[0].value);
  return reports && opens && words.some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value)) && !words.some((t) => t.pos === 'PRON' || t.pos === 'CCONJ');
}

const EXPLETIVES = new Set(['it', 'there', 'this', 'that']);

// "It came after Boehner publicly chided Obama on Friday …, accusing the president of …": when the main clause has no
// subject that speaks (an expletive), the participle goes on from the last subordinate clause before it.
// A fixed reach back from the participle, so a long claim of participles costs no more than a window each.
const SUBORDINATE_REACH = 40;
function subordinateSubject(ctx: Context, first: number, v: number): [number, number] | null {
  const { tokens } = ctx;
  for (let k = v - 2; k > first && k >= v - SUBORDINATE_REACH; k--) {
    if (ctx.inQuote[k]) continue;
    if (SUBORDINATE_FRAME.has(tokens[k].lower) && (tokens[k].pos === 'SCONJ' || tokens[k].pos === 'ADP')) return openingSubject(ctx, k + 1, v);
  }
  return null;
}

// ", saying demand fell" reports a clause, as do ", saying:", ", saying that", ", saying “…”" and ", accusing X of …";
// ", adding three years to his sentence" has only an object.
function reportsClause(ctx: Context, v: number, last: number, verb: ReportingVerb): boolean {
  const next = ctx.tokens[v + 1];
  const opensContent = !!next && (next.value === ',' || next.value === ':' || next.lower === 'that' || next.value === '“' || next.value === '"');
  return opensContent || verb.type === 'directive' || countIn(ctx.lead.finite, v + 1, last + 1) > 0;
}

/**
 * The clause's opening noun phrase, right before its finite verb (with "on Sunday" or an adverb allowed in between),
 * after a participial opener such as "Asked whether …,": [start, end), or null when the clause opens otherwise.
 */
// In words: "The St. Louis Tea Party Coalition" is six words and seven tokens.
const MAX_OPENING_SUBJECT = 6;
const OPENING_PHRASE = 10;
function openingSubject(ctx: Context, first: number, before: number): [number, number] | null {
  const { tokens, dateToken } = ctx;
  let start = first;
  // "In his interview with Fox News, Ryan also hammered …": an opening prepositional phrase before a comma.
  if (tokens[first].pos === 'ADP' && tokens[first].lower !== 'of') {
    let c = first + 1;
    while (c < before && c - first < OPENING_PHRASE && tokens[c].value !== ',' && tokens[c].pos !== 'VERB' && tokens[c].pos !== 'AUX') c++;
    if (c < before && tokens[c].value === ',') return openingSubject(ctx, c + 1, before);
  }
  if (tokens[first].pos === 'VERB' && /(ed|ing)$/.test(tokens[first].lower)) {
    start = first + 1;
    while (start < before && tokens[start].value !== ',') start++;
    start++;
  }
  let s = start;
  let words = 0;
  // "Gov. Rick Perry of Texas is broadcasting": "of" between capitalised words belongs to the name.
  const ofInName = (k: number) => tokens[k].lower === 'of' && k > start && /^\p{Lu}/u.test(tokens[k - 1].value) && /^\p{Lu}/u.test(tokens[k + 1]?.value ?? '');
  while (s < before && (NP_POS.has(tokens[s].pos) || (tokens[s].value === '.' && s > start) || (s === start && tokens[s].pos === 'PRON') || ofInName(s))) {
    if (tokens[s].value !== '.') words++;
    s++;
  }
  if (s === start || s >= before || words > MAX_OPENING_SUBJECT) return null;
  const end = s;
  while (s < before && (tokens[s].pos === 'ADV' || dateToken[s] || (tokens[s].lower === 'on' && dateToken[s + 1]))) s++;
  if (tokens[s].pos !== 'VERB' && tokens[s].pos !== 'AUX') return null;
  // "It came after …": an expletive subject speaks for no one.
  if (end - start === 1 && EXPLETIVES.has(tokens[start].lower)) return null;
  return [start, end];
}

// "Santorum described what he called the “phony theology”", "vows to end what he calls “Obama's war on religion”":
// the quotation right after "what X called" is X's words. X is the clause's subject when "he"/"she" stands for it.
const NAMING = new Set(['called', 'calls', 'call', 'termed', 'terms', 'dubbed', 'dubs', 'labeled', 'labelled']);
const NAMING_VERB: ReportingVerb = { id: 'verb:call', lemma: 'call', type: 'say' };
const QUOTE_REACH = 4;
function whatTheyCalled(ctx: Context, first: number, last: number, v: number): Frame | null {
  const { tokens } = ctx;
  const who = tokens[v + 1];
  const verb = tokens[v + 2];
  if (!who || !verb || who.pos !== 'PRON' || !PRONOUNS.has(who.lower) || !NAMING.has(verb.lower)) return null;
  let open = v + 3;
  while (open <= last && open < v + 3 + QUOTE_REACH && tokens[open].value !== '“' && tokens[open].value !== '"') open++;
  if (open > last || (tokens[open].value !== '“' && tokens[open].value !== '"')) return null;
  let close = open + 1;
  while (close <= last && !isQuoteMark(tokens[close])) close++;
  if (close > last) close = last;
  const subject = (who.lower === 'he' || who.lower === 'she') ? openingSubject(ctx, first, v) : null;
  const [speakerFirst, speakerEnd] = subject && !(subject[1] - subject[0] === 1 && tokens[subject[0]].pos === 'PRON') ? subject : [v + 1, v + 2];
  return {
    verb: NAMING_VERB,
    verbText: verb.value,
    speakerFirst,
    speakerEnd,
    contentStart: tokens[open].start,
    contentEnd: tokens[close].end,
  };
}

// "He called Steele's comments “unacceptable”", "Weiner referred to a reporter in the scrum as a “jackass”", "The
// congressman, who described the incident as “mischief”", "he released an ad describing himself as a “man of faith”":
// a subject, a naming verb, its object (a short noun phrase), then a quotation: the quotation is the subject's words.
// "called for", "called on", a passive ("referred to as a “score”", "labeled “birthers”") or a quotation that is not
// right after the object is no such frame.
const NAMING_AS = new Set(['called', 'calls', 'call', 'calling', 'termed', 'terms', 'dubbed', 'dubs', 'labeled', 'labelled', 'labels', 'branded', 'brands', 'described', 'describes', 'describing', 'referred', 'refers', 'referring']);
const NAMING_OBJECT = 8;
function namedAs(ctx: Context, first: number, last: number, v: number): Frame | null {
  const { tokens } = ctx;
  const verb = tokens[v];
  let o = v + 1;
  const refer = verb.lower.startsWith('refer');
  if (refer) {
    if (tokens[o]?.lower !== 'to') return null;
    o++;
  }
  const next = tokens[o];
  if (!next || next.lower === 'for' || next.lower === 'on' || next.lower === 'as' || next.lower === 'upon' || isQuoteMark(next) || next.value === '“') return null;
  // The object: a noun phrase (a possessive, "in the scrum" allowed) up to the quotation.
  let open = o;
  let sawAs = false;
  while (open <= last && open < o + NAMING_OBJECT && tokens[open].value !== '“' && tokens[open].value !== '"') {
    const t = tokens[open];
    if (t.lower === 'as') sawAs = true;
    else if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' && t.value !== '’s' && t.value !== "'s" || t.pos === 'CCONJ' || t.pos === 'SCONJ') return null;
    open++;
  }
  if (open > last || open === o || (tokens[open].value !== '“' && tokens[open].value !== '"')) return null;
  // "describe" and "refer to" name through "as"; "call", "label", "dub", "brand", "term" take it directly.
  if ((refer || verb.lower.startsWith('describ')) && !sawAs) return null;
  let close = open + 1;
  while (close <= last && !isQuoteMark(tokens[close])) close++;
  if (close > last) close = last;
  const subject = /ing$/.test(verb.lower) ? openingSubject(ctx, first, v) ?? participleSubject(ctx, first, v) : subjectBefore(ctx, first, v);
  if (!subject) return null;
  return {
    verb: NAMING_VERB,
    verbText: verb.value,
    speakerFirst: subject[0],
    speakerEnd: subject[1],
    contentStart: tokens[open].start,
    contentEnd: tokens[close].end,
  };
}

// "he released another ad in Iowa describing himself as …": the clause's opening subject before its finite verb.
function participleSubject(ctx: Context, first: number, v: number): [number, number] | null {
  const { tokens } = ctx;
  for (let k = first; k < v; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return openingSubject(ctx, first, k + 1 > v ? v : k);
  return null;
}

// "…, Baghaei wrote on X." / "“…,” he said." / "…,” said an article titled …"
function frameLast(ctx: Context, first: number, last: number, v: number, verb: ReportingVerb): Frame | null {
  const { tokens } = ctx;
  if (verb.type === 'call' || verb.type === 'directive' || verb.type === 'describe') return null;
  let sep = -1;
  let speaker: [number, number] | null = null;
  const nounAfter = ['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM'].includes(tokens[v + 1]?.pos ?? '');
  const canInvert = v - 1 > first && isSeparator(tokens[v - 1]) && (INVERTING.has(verb.lemma) || verb.type === 'after-quote');
  // A subject before the verb wins unless a noun phrase follows ("…,” said the minister.").
  const before = canInvert && nounAfter ? null : subjectBefore(ctx, first, v);
  if (before && before[0] - 1 > first && isSeparator(tokens[before[0] - 1])) {
    speaker = before;
    sep = before[0] - 1;
  } else if (canInvert) {
    // Inverted: "…,” said the minister."
    sep = v - 1;
    let k = v + 1;
    while (k <= last && tokens[k].value !== ',' && k < v + 12 && !(tokens[k].pos === 'VERB' && k > v + 1)) k++;
    if (k === v + 1) return null;
    // "said in an email to The Huffington Post" is no speaker: a name does not open with a preposition.
    if (tokens[v + 1].pos === 'ADP') return null;
    speaker = [v + 1, invertedDescriptionEnd(ctx, k, last)];
  } else return null;
  // "…,” the Texas governor continues.": these verbs report speech only right after a closing quotation mark.
  if (verb.type === 'after-quote' && !isQuoteMark(tokens[sep]) && !isQuoteMark(tokens[sep - 1])) return null;
  // What follows the frame: nothing, adverbials, a clause after a comma, or a resumed quotation. After a closing
  // quote mark anything may follow ("“…,” Mr. Steele said in a speech in which he …").
  const inverted = speaker[0] > v;
  const after = inverted ? speaker[1] : contentAfter(ctx, v, last, verb);
  const tail = after <= last;
  const resumes = tail && (tokens[after].value === '“' || tokens[after].value === '"');
  const quoted = tokens[sep].value === '”' || tokens[sep].value === '"';
  if (tail && !resumes && !quoted && tokens[after].value !== ',' && tokens[after - 1]?.value !== ',' && last - after > 5) return null;
  let contentEnd = tokens[sep].end;
  if (tokens[sep].value === ',' || tokens[sep].value === ':' || tokens[sep].value === '—' || tokens[sep].value === '–') contentEnd = tokens[sep - 1].end;
  if (resumes) contentEnd = tokens[last].end;
  return {
    verb,
    verbText: tokens[v].value,
    speakerFirst: speaker[0],
    speakerEnd: speaker[1],
    contentStart: tokens[first].start,
    contentEnd,
  };
}

// "…,” said Anita L. Russell, president of the Kansas City, Mo., branch of the NAACP, which introduced the resolution." /
// "…,” said Jeri Thompson, advisory board member for Secure America Now.": a description after the inverted name is its
// appositive (a role), up to a relative clause, a verb or a quotation. `comma` is the comma after the name; returns
// the speaker's end (the comma itself when no description follows).
const DESCRIPTION_REACH = 25;
function invertedDescriptionEnd(ctx: Context, comma: number, last: number): number {
  const { tokens } = ctx;
  if (comma > last || tokens[comma].value !== ',') return comma;
  const opener = tokens[comma + 1];
  // A description opens with a determiner, a noun, or an adjective before a noun ("local journalist"): not "ready to move".
  const nounNext = tokens[comma + 2]?.pos === 'NOUN' || tokens[comma + 2]?.pos === 'PROPN' || ROLE_WORDS.has(opener?.lower ?? '');
  const describes = opener && (opener.pos === 'DET' || ((opener.pos === 'NOUN' || (opener.pos === 'ADJ' && nounNext)) && /^\p{Ll}/u.test(opener.value)));
  if (!describes || RELATIVE.has(opener.lower) || opener.lower === 'whose') return comma;
  let k = comma + 1;
  for (; k <= last && k - comma < DESCRIPTION_REACH; k++) {
    const t = tokens[k];
    // A capitalised "verb" is part of a name ("co-chair of Strengthen Social Security").
    const verb = (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.value);
    if (isQuoteMark(t) || t.value === '“' || RELATIVE.has(t.lower) || t.lower === 'whose' || verb || t.value === ';' || t.value === ':') break;
    // ", to the news Web site …", ", a 300-member coalition …": an adverbial or a second description ends the first.
    const after = tokens[k + 1];
    if (t.value === ',' && (!after || RELATIVE.has(after.lower) || after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADP' || after.pos === 'DET' || isQuoteMark(after) || after.value === '“')) break;
  }
  if (k - comma >= DESCRIPTION_REACH) return comma;
  // A verb inside it ("a spokesman reached by phone") makes it a clause, not a title.
  if (k <= last && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !/^\p{Lu}/u.test(tokens[k].value)) return comma;
  // A relative clause without a comma ("a Democrat who …") ends the description before it; so does a trailing comma.
  while (k > comma + 1 && tokens[k - 1].value === ',') k--;
  return k > comma + 1 ? k : comma;
}

function accordingTo(ctx: Context, first: number, last: number, v: number): Frame | null {
  const { tokens } = ctx;
  const verb = VERB_BY_FORM.get('according to')!;
  let k = v + 2;
  while (k <= last && tokens[k].value !== ',' && k < v + 16) k++;
  if (k === v + 2) return null;
  const base = { verb, verbText: ctx.text.slice(tokens[v].start, tokens[v + 1].end), speakerFirst: v + 2, speakerEnd: k };
  const leadOk = countIn(ctx.lead.connective, first, v) === v - first;
  if (leadOk && k < last) return { ...base, contentStart: tokens[k + 1].start, contentEnd: tokens[last].end };
  // "…, according to X." closes the claim; "The A.G., according to the Times, said …" is a parenthesis around another frame.
  if (v - 1 > first && tokens[v - 1].value === ',' && k > last) return { ...base, contentStart: tokens[first].start, contentEnd: tokens[v - 2].end };
  return null;
}

/** A frame that ends its claim and introduces the quotation that follows:
 * "… as the prime minister continues." / "Araghchi told reporters:" then "“…”". */
export function findOpenFrame(ctx: Context, first: number, end: number): OpenFrame | null {
  const { tokens } = ctx;
  let last = end - 1;
  while (last > first && /^[.!?:]$/.test(tokens[last].value)) last--;
  for (let v = last; v > first && v >= last - 6; v--) {
    const verb = VERB_BY_FORM.get(tokens[v].lower);
    if (!verb || ctx.inQuote[v] || verb.type === 'according' || (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX')) continue;
    if (contentAfter(ctx, v, last, verb) <= last) return null;
    const subject = subjectBefore(ctx, first, v);
    if (!subject) return null;
    return { verb, verbText: tokens[v].value, speakerFirst: subject[0], speakerEnd: subject[1] };
  }
  return null;
}
