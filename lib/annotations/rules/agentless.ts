// Rule `agentless`: passives that hide the actor ("were killed", "was violated"): a form of be/get,
// optional adverbs, a past participle, and no "by" agent before the clause ends.
// Words (auxiliaries, irregular participles, stative exceptions): lexicons/annotations-agentless.json.
import data from '../../../lexicons/annotations-agentless.json';
import { validateLexicon, type LexiconEntry } from '../lexicon';
import type { Token } from '../tokens';
import type { Finding, Rule } from '../types';

const FILE = 'lexicons/annotations-agentless.json';
type AgentlessEntry = LexiconEntry & { role: string; forms?: string[] };
validateLexicon(FILE, data);
const entries = data.entries as AgentlessEntry[];

const auxiliaryByForm = new Map<string, AgentlessEntry>();
for (const e of entries.filter((x) => x.role === 'auxiliary')) for (const form of e.forms ?? []) auxiliaryByForm.set(form, e);
const irregularParticiples = new Set(entries.filter((e) => e.role === 'participle').flatMap((e) => e.forms ?? []));
const stative = new Set(entries.filter((e) => e.role === 'stative').map((e) => String(e.match)));

/** How far past the participle an agent ("by …") is looked for, in tokens, within the clause. */
const AGENT_WINDOW = 8;
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')']);

function isParticiple(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
  if (stative.has(t.lower)) return false;
  if (irregularParticiples.has(t.lower)) return true;
  return t.pos === 'VERB' && /[a-z]ed$/.test(t.lower) && t.lemma !== t.lower;
}

function hasAgent(tokens: Token[], after: number, to: number): boolean {
  for (let k = after; k < to && k - after < AGENT_WINDOW; k++) {
    if (tokens[k].lower === 'by') return true;
    if (CLAUSE_END.has(tokens[k].value)) return false;
  }
  return false;
}

export const agentless: Rule = ({ tokens, from, to }) => {
  const found: Finding[] = [];
  for (let i = from; i < to; i++) {
    const aux = auxiliaryByForm.get(tokens[i].lower);
    if (!aux || (tokens[i].pos !== 'AUX' && tokens[i].pos !== 'VERB')) continue;
    let p = i + 1;
    while (p < to && p - i <= 3 && (tokens[p].pos === 'ADV' || tokens[p].pos === 'PART' || auxiliaryByForm.has(tokens[p].lower))) p++;
    if (p >= to || !isParticiple(tokens[p]) || hasAgent(tokens, p + 1, to)) continue;
    // "is said to be", "are believed to have": a hedge on a claim (the hedge lexicon), not a hidden doer.
    if (tokens[p + 1]?.lower === 'to' && p + 1 < to) continue;
    found.push({
      kind: 'agentless',
      start: tokens[i].start,
      end: tokens[p].end,
      note: `${aux.note} Here: '${tokens[p].value}' by whom?`,
      ...(aux.alternative ? { alternative: `${aux.alternative}: '<who> ${tokens[p].value} …'` } : {}),
      entry: aux.id,
      source: FILE,
    });
    i = p;
  }
  return found;
};
