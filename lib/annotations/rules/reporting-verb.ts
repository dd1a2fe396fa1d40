// Rule `reporting-verb`: verbs that characterise what someone said ("claimed", "admitted", "insisted")
// instead of the neutral "said", from lexicons/annotations-reporting-verb.json. Ambiguous verbs
// (`needs: speech`) count only in an active speech context: "were accused of" and "maintains control" report no speech.
import data from '../../../lexicons/annotations-reporting-verb.json';
import type { LexiconEntry } from '../lexicon';
import type { RuleContext } from '../types';
import { lexiconRule } from './lexicon-rule';

const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', ':']);
/** How many words after the verb a "that" or quotation mark may come ("warned on Thursday that"). */
const SPEECH_WINDOW = 4;

function isPassive({ tokens, from }: RuleContext, at: number): boolean {
  for (let k = at - 1; k >= from && at - k <= 2; k--) {
    if (BE_FORMS.has(tokens[k].lower)) return true;
    if (tokens[k].pos !== 'ADV') return false;
  }
  return false;
}

function inSpeechContext(context: RuleContext, at: number): boolean {
  const { tokens, from, to, claim } = context;
  const verb = tokens[at];
  if (claim.speaker && claim.speaker.verb.toLowerCase().split(/\s+/).includes(verb.lower)) return true;
  const before = at > from ? tokens[at - 1].value : '';
  if (before === ',' || QUOTE_MARKS.has(before)) return true;
  if (at + 1 >= to || tokens[at + 1].value === '.') return true;
  for (let k = at + 1; k < to && k - at <= SPEECH_WINDOW; k++) {
    if (tokens[k].lower === 'that' || QUOTE_MARKS.has(tokens[k].value)) return true;
  }
  return false;
}

export const reportingVerb = lexiconRule(
  'reporting-verb',
  'lexicons/annotations-reporting-verb.json',
  data,
  (entry: LexiconEntry & { needs?: string }, context, from) =>
    // "has been excoriated by" still characterises; only the ambiguous verbs need an active speech use.
    entry.needs !== 'speech' || (!isPassive(context, from) && inSpeechContext(context, from)),
);
