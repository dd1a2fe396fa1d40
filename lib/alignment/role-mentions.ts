// Who holds which role, as each claim states it: from the claims stage's speaker {name, role}, and from
// titled names in the text ("Foreign Ministry spokesman Esmaeil Khatib", "Iran's Foreign Minister Abbas Araghchi")
// so that a role stated outside the speaker slot is still seen.
import type { AnalyzedArticle } from '../contract/types';
import { MONTHS, ROLE_PAST, ROLE_QUALIFIERS, ROLE_SYNONYM, WEEKDAYS } from './lexicons';
import { normaliseWord } from './normalise';

export interface RoleMention {
  article: string;
  claim: string;
  name: string;
  /** The role as written ("Iranian Foreign Ministry spokesman"). */
  role: string;
  /** Office words, normalised ("foreign ministry spokesperson"). */
  office: string;
  /** Whose office, normalised and shortened ("iran" for Iranian / Iran's), or "" when not stated. */
  of: string;
  past: boolean;
}

const WORD = /[\p{L}][\p{L}'’.-]*/gu;
const MAX_TITLE_WORDS = 8;

export function roleMentions(articles: AnalyzedArticle[]): RoleMention[] {
  const out: RoleMention[] = [];
  const seen = new Set<string>();
  const push = (m: RoleMention | null) => {
    if (!m) return;
    const key = `${m.claim}|${m.name.toLowerCase()}|${m.office}`;
    if (!seen.has(key)) { seen.add(key); out.push(m); }
  };
  for (const article of articles) for (const claim of article.claims) {
    const s = claim.speaker;
    if (s?.name && s.role) push(mention(article.id, claim.id, s.name, s.role));
    for (const [role, name] of titledNames(claim.text)) push(mention(article.id, claim.id, name, role));
  }
  return out;
}

function mention(article: string, claim: string, name: string, role: string): RoleMention | null {
  const words = role.match(WORD) ?? [];
  const past = words.some((w) => ROLE_PAST.has(w.toLowerCase()));
  const ofWords: string[] = [];
  const office: string[] = [];
  words.forEach((w, i) => {
    const lower = w.toLowerCase();
    if (ROLE_PAST.has(lower) || ROLE_QUALIFIERS.has(normaliseWord(lower)) || ROLE_QUALIFIERS.has(lower)) return;
    if (i === 0 && isCountryWord(w)) { ofWords.push(countryKey(w)); return; }
    office.push(ROLE_SYNONYM.get(normaliseWord(lower)) ?? normaliseWord(lower));
  });
  if (!office.length) return null;
  // a role names an office: a known title word or a capitalised word ("aware of this" is no role)
  if (!words.some((w) => ROLE_SYNONYM.has(normaliseWord(w.toLowerCase())) || /^\p{Lu}/u.test(w))) return null;
  return { article, claim, name: name.trim(), role: role.trim(), office: office.join(' '), of: ofWords.join(' '), past };
}

/** "Iran's", "Iranian", "U.S.", "Israeli": a first word that only says whose office it is. */
function isCountryWord(w: string): boolean {
  return /^\p{Lu}/u.test(w) && (/['’]s$/.test(w) || /^(\p{Lu}\.?){2,}$/u.test(w) || /(ian|ese|i|ish|an)$/.test(w));
}
function countryKey(w: string): string {
  return w.toLowerCase().replace(/['’]s$/, '').replace(/\./g, '').slice(0, 4);
}

/** [role, name] pairs of titled names: a run of title words ending in a role word, then a capitalised full name. */
function titledNames(text: string): [string, string][] {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ t: m[0].replace(/[.,]$/, ''), start: m.index!, end: m.index! + m[0].length }));
  const isRole = (t: string) => ROLE_SYNONYM.has(normaliseWord(t.toLowerCase()));
  const isName = (t: string) => /^\p{Lu}\p{Ll}/u.test(t) && !isRole(t) && !WEEKDAYS.has(t.toLowerCase()) && !MONTHS.has(t.toLowerCase()) && !/['’]s$/.test(t);
  const out: [string, string][] = [];
  for (let k = 0; k < tokens.length - 2; k++) {
    if (!isRole(tokens[k].t) || !isName(tokens[k + 1].t)) continue;
    if (text.slice(tokens[k].end, tokens[k + 1].start).trim()) continue; // punctuation between title and name
    let e = k + 1;
    while (e + 1 < tokens.length && e - k < 4 && isName(tokens[e + 1].t) && !text.slice(tokens[e].end, tokens[e + 1].start).trim()) e++;
    if (e === k + 1) continue; // a full name has at least two words
    let b = k;
    // a title is a few words ("Iran's Deputy Foreign Minister"): the lookback is bounded so that a
    // long run of capitalised words is not rescanned from every role word in it
    while (b > 0 && k - b < MAX_TITLE_WORDS && !text.slice(tokens[b - 1].end, tokens[b].start).trim() && (/^\p{Lu}/u.test(tokens[b - 1].t) || isRole(tokens[b - 1].t) || tokens[b - 1].t === 'of')) b--;
    while (b < k && /^(the|of|The)$/.test(tokens[b].t)) b++;
    out.push([text.slice(tokens[b].start, tokens[k].end), text.slice(tokens[k + 1].start, tokens[e].end).replace(/[.,]$/, '')]);
  }
  return out;
}
