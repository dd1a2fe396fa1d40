// Whether a claim's speaker holds public office or is a public body: a word of its role, or the head
// noun ending its name ("Police", "the Foreign Ministry"), is in lexicons/corpus-official-roles.json.
import lexicon from '../../lexicons/corpus-official-roles.json';
import type { Speaker } from '../contract/types';

const PHRASES = lexicon.words.map((w) => w.toLowerCase());
if (new Set(PHRASES).size !== PHRASES.length) throw new Error('parallax: lexicons/corpus-official-roles.json lists a word twice');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALTERNATIVES = PHRASES.map(escape).join('|');
const IN_ROLE = new RegExp(`(?:^|[^\\p{L}])(?:${ALTERNATIVES})(?![\\p{L}])`, 'u');
const ENDS_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${ALTERNATIVES})$`, 'u');

export function isOfficialSpeaker(speaker: Pick<Speaker, 'name' | 'role'>): boolean {
  return (!!speaker.role && IN_ROLE.test(speaker.role.toLowerCase())) || (!!speaker.name && ENDS_NAME.test(speaker.name.toLowerCase().trim()));
}
