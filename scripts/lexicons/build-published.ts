// Builds lexicons/annotations-published.json from the published word lists in ../shared/devdata/lexicons:
// Hu & Liu (2004) opinion words, the Recasens et al. (2013) NPOV bias lexicon, Hyland (2005) hedges, Hooper
// (1975) factives and assertives, Karttunen (1971) implicatives and the Recasens et al. report verbs.
//   npx tsx scripts/lexicons/build-published.ts
// Why generated: the hand lexicons fitted the development articles (issue 12: 45% of dev spans hold a listed
// word, 20% of held-out spans). Published lists were made without our data, so their coverage carries over.
// Single common words are facts (devdata/README.md); every entry cites its list and carries our own note.
// MPQA subjectivity clues (and the Riloff & Wiebe lists drawn from them) are GPL: not shipped, not read.
// Words already in a hand lexicon keep their hand entry (note, alternative) and are not repeated here;
// words in scripts/lexicons/published-exclusions.json are left out, each group saying why. Opinion words are
// matched as adjectives, adverbs and verbs only: news nouns from these lists mostly name things (resistance,
// enrichment, dissident), and the hand lexicons hold the judging nouns (massacre, regime).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LISTS = join(ROOT, '..', 'shared', 'devdata', 'lexicons');
const OUT = join(ROOT, 'lexicons', 'annotations-published.json');
const afinn = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'sentiment', 'languages', 'en', 'labels.json'), 'utf8')) as Record<string, number>;

function readList(file: string, encoding: BufferEncoding = 'utf8'): string[] {
  const words = readFileSync(join(LISTS, file), encoding)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith(';'));
  return [...new Set(words)].sort();
}

const LIST_INFO = [
  { id: 'huliu2004-negative', title: 'Opinion lexicon, negative words (Hu & Liu 2004)', source: 'Minqing Hu and Bing Liu. 2004. Mining and Summarizing Customer Reviews. KDD 2004. https://www.cs.uic.edu/~liub/FBS/sentiment-analysis.html', licence: 'Distributed freely by the authors for research and other use with citation; single words cited as facts' },
  { id: 'huliu2004-positive', title: 'Opinion lexicon, positive words (Hu & Liu 2004)', source: 'Minqing Hu and Bing Liu. 2004. Mining and Summarizing Customer Reviews. KDD 2004. https://www.cs.uic.edu/~liub/FBS/sentiment-analysis.html', licence: 'Distributed freely by the authors for research and other use with citation; single words cited as facts' },
  { id: 'recasens2013-npov', title: 'NPOV bias lexicon, 654 lemmas (Recasens et al. 2013)', source: 'Marta Recasens, Cristian Danescu-Niculescu-Mizil, Dan Jurafsky. 2013. Linguistic Models for Analyzing and Detecting Biased Language. ACL 2013.', licence: 'Research resource released by the authors with a request to cite; single words cited as facts' },
  { id: 'hyland2005-hedges', title: 'Hedges (Hyland 2005), as listed by Recasens et al. 2013', source: 'Ken Hyland. 2005. Metadiscourse: Exploring Interaction in Writing. Continuum.', licence: 'Academic word list; single common words cited as facts with attribution' },
  { id: 'hooper1975-factives', title: 'Factive verbs (Hooper 1975), as listed by Recasens et al. 2013', source: 'Joan B. Hooper. 1975. On assertive predicates. Syntax and Semantics 4, 91-124.', licence: 'Academic word list; single common words cited as facts with attribution' },
  { id: 'hooper1975-assertives', title: 'Assertive verbs (Hooper 1975), as listed by Recasens et al. 2013', source: 'Joan B. Hooper. 1975. On assertive predicates. Syntax and Semantics 4, 91-124.', licence: 'Academic word list; single common words cited as facts with attribution' },
  { id: 'karttunen1971-implicatives', title: 'Implicative verbs (Karttunen 1971), as listed by Recasens et al. 2013', source: 'Lauri Karttunen. 1971. Implicative verbs. Language 47(2), 340-358.', licence: 'Academic word list; single common words cited as facts with attribution' },
  { id: 'recasens2013-report-verbs', title: 'Report verbs (Recasens et al. 2013)', source: 'Marta Recasens, Cristian Danescu-Niculescu-Mizil, Dan Jurafsky. 2013. Linguistic Models for Analyzing and Detecting Biased Language. ACL 2013.', licence: 'Academic word list; single common words cited as facts with attribution' },
];

/** Single words and phrases of every hand lexicon, so that their entries (with our notes) stay the ones used. */
function handWords(): Set<string> {
  const words = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'lexicons'))) {
    if (!file.startsWith('annotations-') || file === 'annotations-published.json') continue;
    const data = JSON.parse(readFileSync(join(ROOT, 'lexicons', file), 'utf8'));
    for (const e of data.entries ?? []) if (typeof e.match === 'string') words.add(e.match.toLowerCase());
  }
  return words;
}

function exclusions(): Set<string> {
  const data = JSON.parse(readFileSync(join(__dirname, 'published-exclusions.json'), 'utf8'));
  return new Set((data.groups as { words: string[] }[]).flatMap((g) => g.words.map((w) => w.toLowerCase())));
}

// Only plain words and short phrases: the lists also hold emoticon-like and misspelt social-media forms.
const WORDLIKE = /^[a-z][a-z'-]*( [a-z][a-z'-]*){0,2}$/;
// Modal and grammatical hedges from Hyland are handled by the hand hedge lexicon with guards ("could not");
// prepositions and quantity words (about, around, often) hedge numbers too weakly to mark in news.
const HEDGE_TOO_PLAIN = new Set(['about', 'around', 'often', 'usually', 'generally', 'mostly', 'mainly', 'in general', 'on the whole', 'quite', 'rather', 'sometimes', 'assume', 'assumed', 'claim', 'claims', 'claimed', 'feel', 'feels', 'felt', 'find', 'found', 'think', 'thought', 'believe', 'believed', 'doubt', 'should', 'would', 'tend', 'tended to', 'tends to', 'may', 'might', 'could', 'must', 'indicate', 'indicated', 'indicates', 'suggest', 'suggested', 'suggests', 'propose', 'proposed', 'proposes', 'argue', 'argued', 'argues', 'postulate', 'postulated', 'postulates', 'speculate', 'speculated', 'speculates', 'suppose', 'supposed', 'supposes', 'suspect', 'suspects', 'estimate', 'estimated', 'estimates']);
// Factives that a news sentence mostly uses in their plain sense (know the way, find a body, see a film, note a fact).
const FACTIVE_TOO_PLAIN = new Set(['know', 'find', 'find out', 'see', 'note', 'notice', 'recall', 'learn', 'forget', 'remember', 'care', 'mind', 'bear in mind', 'make sense', 'resent', 'regret', 'grasp', 'discover', 'comprehend', 'bother', 'amuse', 'suffice', 'be odd', 'be strange', 'be interesting', 'be relevant', 'be sorry', 'be exciting', 'deplore', 'be aware']);

interface Entry {
  id: string;
  match: string;
  kind: 'loaded' | 'subjective' | 'hedge' | 'booster';
  polarity?: -1 | 1;
  /** Opinion words: 'strong' where AFINN-165 scores the word ±2 or more or the NPOV lexicon lists it, else 'weak'. */
  strength?: 'strong' | 'weak';
  note: string;
  lists: string[];
  pos?: string[];
}

const CONTENT_POS = ['ADJ', 'ADV', 'VERB'];
// Nouns too where AFINN-165 also scores the word: 'fiasco', 'smear' judge; 'resistance', 'enrichment' name things.
const CONTENT_POS_AND_NOUN = [...CONTENT_POS, 'NOUN'];

function main() {
  if (!existsSync(LISTS)) {
    console.log('build-published: ../shared/devdata/lexicons not found; lexicons/annotations-published.json left as it is.');
    return;
  }
  const negative = readList('negative_liu2005.txt', 'latin1');
  const positive = readList('positive_liu2005.txt');
  const npov = new Set(readList('npov_lexicon.txt'));
  const hedges = readList('hedges_hyland2005.txt');
  const factives = readList('factives_hooper1975.txt');
  const assertives = readList('assertives_hooper1975.txt');
  const implicatives = readList('implicatives_karttunen1971.txt');
  const reportVerbs = readList('report_verbs.txt').filter((w) => WORDLIKE.test(w));
  const hand = handWords();
  const excluded = exclusions();
  const reportSet = new Set(reportVerbs);
  const entries = new Map<string, Entry>();
  const skipped = { hand: 0, excluded: 0, reportVerb: 0, notWordlike: 0, positiveNotInAfinn: 0 };

  const add = (word: string, make: () => Entry) => {
    if (!WORDLIKE.test(word)) return void skipped.notWordlike++;
    if (hand.has(word)) return void skipped.hand++;
    if (excluded.has(word)) return void skipped.excluded++;
    if (entries.has(word)) return;
    entries.set(word, make());
  };
  const strengthOf = (word: string): 'strong' | 'weak' => (Math.abs(afinn[word] ?? 0) >= 2 || npov.has(word) ? 'strong' : 'weak');
  const withNpov = (word: string, lists: string[]) => (npov.has(word) ? [...lists, 'recasens2013-npov'] : lists);

  for (const word of negative) {
    // A report verb ("stressed", "insisted") reports speech: the reporting-verb rule judges it, never sentiment.
    if (reportSet.has(word)) { skipped.reportVerb++; continue; }
    add(word, () => ({
      id: `published:${word}`,
      match: word,
      kind: 'loaded',
      polarity: -1,
      strength: strengthOf(word),
      note: `'${word}' is a negative opinion word (Hu & Liu 2004)${npov.has(word) ? ', and Wikipedia editors removed it as biased (Recasens et al. 2013)' : ''}: it tells the reader what to think of what it describes. A neutral report states what happened.`,
      lists: withNpov(word, ['huliu2004-negative']),
      pos: word in afinn ? CONTENT_POS_AND_NOUN : CONTENT_POS,
    }));
  }
  for (const word of positive) {
    if (reportSet.has(word)) { skipped.reportVerb++; continue; }
    // Hu & Liu's positive words are mostly product-review praise (sleek, roomy); in news many are plain
    // description. Kept only where AFINN-165, made independently, also scores the word.
    if (!(word in afinn)) { skipped.positiveNotInAfinn++; continue; }
    add(word, () => ({
      id: `published:${word}`,
      match: word,
      kind: 'subjective',
      polarity: 1,
      strength: strengthOf(word),
      note: `'${word}' is a positive opinion word (Hu & Liu 2004)${npov.has(word) ? ', and Wikipedia editors removed it as biased (Recasens et al. 2013)' : ''}: praise in the writer's own words is a judgement, not a fact.`,
      lists: withNpov(word, ['huliu2004-positive']),
      pos: CONTENT_POS,
    }));
  }
  for (const word of hedges) {
    if (HEDGE_TOO_PLAIN.has(word)) continue;
    add(word, () => ({
      id: `published:${word}`,
      match: word,
      kind: 'hedge',
      note: `'${word}' is a hedge (Hyland 2005): it softens the claim, so the writer does not fully vouch for it.`,
      lists: ['hyland2005-hedges'],
    }));
  }
  for (const word of factives) {
    if (FACTIVE_TOO_PLAIN.has(word) || word.includes(' ')) continue;
    add(word, () => ({
      id: `published:${word}`,
      match: word,
      kind: 'booster',
      note: `'${word}' is a factive verb (Hooper 1975): it presents what follows as an established fact, not as someone's claim.`,
      lists: ['hooper1975-factives'],
      pos: ['VERB'],
    }));
  }

  const sorted = [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));
  const byKind = sorted.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.kind]: (acc[e.kind] ?? 0) + 1 }), {});
  const file = {
    source: 'Generated by scripts/lexicons/build-published.ts from published word lists (see `lists`); notes are ours.',
    licence: 'MIT (project data). The words come from the lists in `lists`, each credited; no MPQA (GPL) entries are included.',
    notes: `Each entry has the annotation \`kind\` it produces, its \`polarity\` and \`strength\` for opinion words (the sentiment stage scores only these words; a weak one, neither scored ±2 or more by AFINN-165 nor in the NPOV lexicon, is shown only in a claim whose narrator-bias score is loaded), the lists that hold it, and our note. Words of the hand lexicons are left out (their hand entry wins), and so are the words in scripts/lexicons/published-exclusions.json. \`reportVerbs\` (Recasens et al. report verbs) never count as sentiment. \`cues\`: NPOV bias lemmas, assertive and implicative verbs, counted as features by the narrator-bias model only (never annotations: the NPOV list is mostly topic words such as abortion, america, deal). Entries by kind: ${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')}. Rebuild: npx tsx scripts/lexicons/build-published.ts`,
    lists: LIST_INFO,
    reportVerbs,
    opinionWords: {
      negative: negative.filter((w) => WORDLIKE.test(w) && !excluded.has(w) && !reportSet.has(w)),
      positive: positive.filter((w) => WORDLIKE.test(w) && !excluded.has(w) && !reportSet.has(w) && w in afinn),
    },
    cues: {
      npov: [...npov].filter((w) => WORDLIKE.test(w) && !w.includes(' ')).sort(),
      assertive: assertives.filter((w) => WORDLIKE.test(w) && !w.includes(' ')),
      implicative: implicatives.filter((w) => WORDLIKE.test(w) && !w.includes(' ')),
    },
    entries: sorted,
  };
  writeFileSync(OUT, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${OUT}: ${sorted.length} entries (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')}); skipped ${JSON.stringify(skipped)}`);
}

main();
