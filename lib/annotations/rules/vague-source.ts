// Rule `vague-source`: unnamed or generalised sourcing. Fixed phrases ("media reports", "it is believed")
// match anywhere; a generalised source noun ("officials", "intelligence services") is annotated when the
// sentence makes it a source: subject of a reporting verb ("officials said"), after "according to", or the
// by-agent of an attribution passive ("widely recognized by ... intelligence services"). A speaker the
// claims stage marked vague is annotated too. Words: lexicons/annotations-vague-source.json.
import data from '../../../lexicons/annotations-vague-source.json';
import { compileLexicon, matchPhrases, type LexiconEntry } from '../lexicon';
import type { Token } from '../tokens';
import type { Span } from '../../contract/types';
import type { Finding, Rule, RuleContext } from '../types';

const FILE = 'lexicons/annotations-vague-source.json';
type VagueEntry = LexiconEntry & { role: string };
const entries = data.entries as VagueEntry[];
const ofRole = (role: string) => ({ ...data, entries: entries.filter((e) => e.role === role) });

const phrases = compileLexicon(FILE, ofRole('phrase'));
const nouns = compileLexicon(FILE, ofRole('noun'));
const intros = compileLexicon(FILE, ofRole('intro'));
const reportingLemmas = new Set(entries.filter((e) => e.role === 'verb').map((e) => String(e.match)));
const passiveLemmas = new Set(entries.filter((e) => e.role === 'passive').map((e) => String(e.match)));
const speakerEntry = entries.find((e) => e.role === 'speaker');
const MAX_MENTION_WORDS = 8;

/** Words that may stand in a source's noun phrase before its head ("both Israeli and Western", "senior US"). */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'CCONJ', 'NOUN']);
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);
/** "officials are believed to": a be-passive makes the noun the topic, not the source. */
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);

function finding(entry: LexiconEntry, start: number, end: number): Finding {
  return {
    kind: 'vague-source',
    start,
    end,
    note: entry.note,
    ...(entry.alternative ? { alternative: entry.alternative } : {}),
    entry: entry.id,
    source: FILE,
  };
}

const isVerb = (t: Token | undefined, lemmas: Set<string>) =>
  !!t && (t.pos === 'VERB' || t.pos === 'AUX') && (lemmas.has(t.lemma) || lemmas.has(t.lower));

/** Start index of the noun phrase ending at `head`, walking left over modifiers; never starts on "and". */
function nounPhraseStart(tokens: Token[], head: number, floor: number): number {
  let start = head;
  while (start - 1 >= floor && head - start < 6 && NOUN_PHRASE_POS.has(tokens[start - 1].pos)) start--;
  while (start < head && tokens[start].pos === 'CCONJ') start++;
  return start;
}

function sourceNounFindings({ tokens, from, to }: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const m of matchPhrases(nouns, tokens, from, to)) {
    // "official Jane Doe said": the source is named right after the noun.
    if (tokens[m.to]?.pos === 'PROPN') continue;
    const npStart = nounPhraseStart(tokens, m.from, from);
    // (a) subject of a reporting verb: "officials said", "critics have long argued".
    let v = m.to;
    while (v < to && v - m.to < 2 && BETWEEN_SUBJECT_AND_VERB.has(tokens[v].pos) && !BE_FORMS.has(tokens[v].lower) && !isVerb(tokens[v], reportingLemmas)) v++;
    if (v < to && isVerb(tokens[v], reportingLemmas)) {
      found.push(finding(m.entry, tokens[npStart].start, tokens[v].end));
      continue;
    }
    // (a') inverted: ", said a senior official".
    if (npStart - 1 >= from && isVerb(tokens[npStart - 1], reportingLemmas) && tokens[npStart - 1].lemma === 'say') {
      found.push(finding(m.entry, tokens[npStart - 1].start, m.end));
      continue;
    }
    // (b) "according to (Western) officials".
    const intro = matchPhrases(intros, tokens, Math.max(from, npStart - 2), npStart).find((i) => i.to === npStart);
    if (intro) {
      found.push(finding(m.entry, intro.start, m.end));
      continue;
    }
    // (c) attribution passive with the noun as agent: "(widely) recognized by ... intelligence services".
    const by = npStart - 1;
    if (by - 1 >= from && tokens[by].lower === 'by' && isVerb(tokens[by - 1], passiveLemmas)) {
      let first = by - 1;
      while (first - 1 >= from && tokens[first - 1].pos === 'ADV') first--;
      found.push(finding(m.entry, tokens[first].start, m.end));
    }
  }
  return found;
}

/** A speaker mention is a short noun phrase outside the reported content; anything else is not shown as a source. */
function isPlausibleMention(mention: Span | null | undefined, content: Span | null | undefined): boolean {
  if (!mention) return false;
  if (content && mention.start < content.end && content.start < mention.end) return false;
  return (mention.text.match(/\S+/g) ?? []).length <= MAX_MENTION_WORDS;
}

export const vagueSource: Rule = (context) => {
  const found = matchPhrases(phrases, context.tokens, context.from, context.to).map((m) => finding(m.entry, m.start, m.end));
  found.push(...sourceNounFindings(context));
  const speaker = context.claim.speaker;
  if (speaker?.vague && speakerEntry && isPlausibleMention(speaker.mention, speaker.content)) {
    found.push(finding(speakerEntry, speaker.mention!.start, speaker.mention!.end));
  }
  return found;
};
