// The people pass: who each frame's speaker is, and the entities of each part, read in text order.
// Speakers and entities are one walk because each resolves names against the people the other has met so far:
// "Baghaei said" needs the "Esmaeil Baghaei" an earlier sentence named, and "Michael Steele, chairman of the
// committee, said" gives the person the role his later mentions carry; "he" means the last person either named.
// This pass owns that memory (the person registry, the recent speakers and mentions); nothing else sees it.
import type { Entity, Span } from '../contract/types';
import type { ReadText, WinkEntity } from './tokens';
import type { Part } from './parts';
import type { PartFrames } from './frames';
import type { PartSpeaker, SpeakerSource } from './speaker-sources';
import { avoidSelfMention, identifySpeaker, newSpeakerMemory, notePerson, rememberSpeaker, type SpeakerIdentity, type SpeakerMemory } from './speakers';
import { findEntities, PersonRegistry, type EntityScope } from '../entities';
import { ROLE_WORDS } from '../entities/lexicon';
import roleLexicon from '../../lexicons/roles.json';
import type { Token } from './tokens';

export interface NamedSpeaker {
  name: string | null;
  role: string | null;
  vague: boolean;
  /** Where the speaker is named: in the frame, or for a pronoun the latest mention of the person it stands for. */
  mention: Span | null;
}

export interface People {
  /** The speaker of each part's own frame. */
  frameSpeakers: Array<NamedSpeaker | null>;
  /** The speaker of each part's opening frame, when it was taken up. */
  openerSpeakers: Array<NamedSpeaker | null>;
  entities: Entity[][];
}

export function readPeople(text: string, read: ReadText, parts: Part[], frames: PartFrames[], speakers: PartSpeaker[]): People {
  const { tokens } = read;
  const winkAt = new Map<number, WinkEntity>();
  for (const e of read.entities) winkAt.set(e.first, e);
  const people = new PersonRegistry();
  const scope: EntityScope = { text, tokens, winkAt, people };
  const memory = newSpeakerMemory();
  // The latest mention of each person by canonical name: what a pronoun speaker points to.
  const mentions = new Map<string, Span>();
  const found: People = { frameSpeakers: [], openerSpeakers: [], entities: [] };
  // Who last put out each kind of text ("The Romney campaign retorted with an ad of its own"): "the ad says" is theirs.
  const authors = new Map<string, { identity: SpeakerIdentity; noun: string }>();
  const spanOf = (first: number, end: number): Span => ({ start: tokens[first].start, end: tokens[end - 1].end, text: text.slice(tokens[first].start, tokens[end - 1].end) });
  const nameOf = (source: SpeakerSource) => (source.opener ? found.openerSpeakers : found.frameSpeakers)[source.part]?.name ?? null;

  parts.forEach((part, k) => {
    const { frame, opener } = frames[k];
    let frameSpeaker: NamedSpeaker | null = null;
    let openerSpeaker: NamedSpeaker | null = null;
    if (frame) {
      const pronoun = frame.speakerEnd - frame.speakerFirst === 1 && tokens[frame.speakerFirst].pos === 'PRON';
      let identity = identifySpeaker(text, tokens, frame.speakerFirst, frame.speakerEnd, people, memory);
      if (pronoun) identity = avoidSelfMention(identity, text.slice(frame.contentStart, frame.contentEnd), memory);
      if (!identity.name) identity = documentAuthor(tokens, frame.speakerFirst, frame.speakerEnd, authors) ?? identity;
      const mention = pronoun ? latestMention(mentions, identity) : spanOf(frame.speakerFirst, frame.speakerEnd);
      frameSpeaker = named(identity, mention);
      rememberSpeaker(memory, identity);
      if (mention && identity.name && !pronoun) mentions.set(identity.name, mention);
    } else if (opener && speakers[k].opens) {
      const identity = identifySpeaker(text, tokens, opener.speakerFirst, opener.speakerEnd, people, memory);
      const pronoun = opener.speakerEnd - opener.speakerFirst === 1 && tokens[opener.speakerFirst].pos === 'PRON';
      openerSpeaker = named(identity, pronoun ? latestMention(mentions, identity) : spanOf(opener.speakerFirst, opener.speakerEnd));
      rememberSpeaker(memory, identity);
    }
    found.frameSpeakers.push(frameSpeaker);
    found.openerSpeakers.push(openerSpeaker);
    const entities = findEntities(scope, part.first, part.end, part.headline);
    found.entities.push(entities);
    // A speaker known by now (not one a later frame gives) keeps "he" from moving to a person the claim only mentions.
    const speaker = speakers[k].speaker;
    // "The congressman also expressed concern about his wife, Huma Abedin": a subject that is a title refers back to
    // the person who holds it, who stays the one "he" means, not the person the predicate names.
    const subject = frame ? null : titledSubject(text, tokens, part.first, part.end, people, memory);
    if (subject) notePerson(memory, subject);
    if (!part.headline) noteDocuments(text, tokens, part.first, part.end, entities, authors);
    rememberEntities(memory, mentions, entities, subject ? subject.name : speaker && !speaker.late ? nameOf(speaker.source) : null);
  });
  return found;
}

// "The congressman", "the Texas governor", "The former senator" opening a claim, before its verb: the person with that
// title named earlier (the look-up of "the minister said"), or null.
const TITLE_REACH = 4;
function titledSubject(text: string, tokens: Token[], first: number, end: number, people: PersonRegistry, memory: SpeakerMemory): SpeakerIdentity | null {
  if (tokens[first]?.lower !== 'the') return null;
  for (let h = first + 1; h < end && h <= first + TITLE_REACH; h++) {
    if (!ROLE_WORDS.has(tokens[h].lower)) continue;
    let v = h + 1;
    while (v < end && tokens[v].pos === 'ADV') v++;
    if (v >= end || (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX')) return null;
    const identity = identifySpeaker(text, tokens, first, h + 1, people, memory);
    return identity.name && identity.person ? identity : null;
  }
  return null;
}

// Nouns for a text that speaks for its author (lexicons/roles.json, type `document`), by word → kind of text.
const DOCUMENTS = new Map(
  (roleLexicon.entries as Array<{ type: string; word: string; sameAs?: string }>).filter((e) => e.type === 'document').map((e) => [e.word, e.sameAs ?? e.word]),
);
const AUTHOR_REACH = 8;
const INTRODUCES = new Set(['a', 'an', 'another']);

// "The NAACP adopted a resolution", "The Romney campaign retorted with an ad of its own", "He sent a letter": a text
// introduced (an indefinite article within three words before its noun) after the clause's subject and verb is the
// subject's. One pass over the part's tokens.
function noteDocuments(text: string, tokens: Token[], first: number, end: number, entities: Entity[], authors: Map<string, { identity: SpeakerIdentity; noun: string }>) {
  let verb = -1;
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    if (verb < 0) {
      if (i - first > AUTHOR_REACH) return;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && i > first) verb = i;
      continue;
    }
    const kind = DOCUMENTS.get(t.lower) ?? DOCUMENTS.get(t.lemma);
    if (!kind || t.pos !== 'NOUN') continue;
    const introduced = [1, 2, 3].some((k) => i - k > verb && INTRODUCES.has(tokens[i - k].lower));
    const own = tokens[i + 1]?.lower === 'of' && ['its', 'their', 'his', 'her'].includes(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'own';
    if (!introduced && !own) continue;
    // The author: the person, organisation or actor named in the subject, before the verb.
    const author = entities.find((e) => e.start < tokens[verb].start && (e.kind === 'person' || e.kind === 'organization' || e.kind === 'actor'));
    if (!author) return;
    // "Close to three dozen House Democrats sent a letter": a capitalised word after the name makes it part of a
    // group's description (an unnamed group), not the author; "The Romney campaign" keeps Romney.
    const rest = text.slice(author.end, tokens[verb - 1].end);
    if (/\p{Lu}/u.test(rest)) return;
    const identity: SpeakerIdentity = { name: author.canonical, role: author.kind === 'person' ? author.detail ?? null : null, vague: false, person: author.kind === 'person' };
    authors.set(kind, { identity, noun: text.slice(tokens[first].start, tokens[verb - 1].end) });
    return;
  }
}

// "the ad says", "The resolution initially said": a definite text noun as the speaker → the author noted for that kind
// of text, with the text in the role ("Romney campaign ad").
function documentAuthor(tokens: Token[], first: number, end: number, authors: Map<string, { identity: SpeakerIdentity; noun: string }>): SpeakerIdentity | null {
  const head = tokens[end - 1];
  const kind = DOCUMENTS.get(head.lower) ?? DOCUMENTS.get(head.lemma);
  if (!kind || tokens[first].lower !== 'the') return null;
  const author = authors.get(kind);
  if (!author) return null;
  const by = author.noun.replace(/^(the|a|an)\s+/i, '');
  return { ...author.identity, role: `${by} ${head.lower}` };
}

function named(identity: SpeakerIdentity, mention: Span | null): NamedSpeaker {
  return { name: identity.name, role: identity.role, vague: identity.vague, mention };
}

function latestMention(mentions: Map<string, Span>, identity: SpeakerIdentity): Span | null {
  return identity.name ? mentions.get(identity.name) ?? null : null;
}

// "He"/"she" in the next claim most likely means this claim's subject: its speaker, else its first person named;
// "it" its first actor or organisation.
function rememberEntities(memory: SpeakerMemory, mentions: Map<string, Span>, entities: Entity[], speakerName: string | null) {
  for (const e of entities) if (e.kind === 'person') mentions.set(e.canonical, { start: e.start, end: e.end, text: e.text });
  const person = entities.find((e) => e.kind === 'person');
  if (person && !(speakerName && memory.lastPerson?.name === speakerName)) {
    notePerson(memory, { name: person.canonical, role: person.detail ?? null, vague: false, person: true });
  }
  const thing = entities.find((e) => e.kind === 'actor' || e.kind === 'organization');
  if (thing) memory.lastThing = { name: thing.canonical, role: null, vague: false, person: false };
}
