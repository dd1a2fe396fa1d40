// Similarity of two claims in 0..1, symmetric: rarity-weighted overlap of their terms (synonyms joined),
// blended with agreement of actors, numbers and dates. Each part is measured on the development data
// (docs/alignment.md); `explainPair` says in plain words what made two claims alike or different.
import { isFunctionTerm, type ClaimFeatures, type Quantity } from './claim-features';
import { ATTRIBUTION, EVENT_KEYS, SENSE_CLASSES } from './lexicons';
import type { TermWeights } from './weights';
import { ACTOR, WORD, type TermVector } from './vectors';
import { FITTED_MODEL, modelInputs, probability, type PairFeatureVector, type PairModel } from './model';

/** Knobs of the lexical overlap the pair model reads. `lexical`, `actors`, `numbers`, `dates` are the weights of the
 *  scorer before the fitted model (lib/alignment/model.ts) and no longer change the score; kept for the eval script. */
export interface SimilarityParams {
  /** Weight of the lexical overlap (the main signal). */
  lexical: number;
  /** Weight of actor agreement, counted only when both claims name actors. */
  actors: number;
  /** Weight of number agreement, counted only when both claims state numbers. */
  numbers: number;
  /** Weight of date agreement, counted only when both claims state dates. */
  dates: number;
  /** 0: weighted Dice only; 1: overlap over the shorter claim only. */
  coverage: number;
  /** Pseudo-weight added to the actor union: sharing only a very common actor says little. */
  actorPrior: number;
}

export const DEFAULT_PARAMS: SimilarityParams = { lexical: 1, actors: 0, numbers: 1, dates: 0.3, coverage: 0.2, actorPrior: 0.5 };

/** Claims whose weights differ less than this ratio are compared as equals (Dice); beyond it, containment counts more. */
const LENGTH_RATIO_FREE = 1.5;
const LENGTH_RATIO_SPAN = 2;
const CONTAINMENT_SHARE = 0.6;
/** Shared actors count at most this much as anchors: the same actors recur across a whole comparison. */
const ACTOR_ANCHOR_CAP = 1;
/** A shared place counts this much (one distinctive word) as evidence of the same happening, however often the comparison names it. */
const PLACE_EVIDENCE = 1;
/** A WordNet match counts this share of a word as evidence: senses are looser than the same word (remain ≈ continue). */
const SENSE_EVIDENCE_SHARE = 0.5;
/** A claim with less content weight than this (about three ordinary words) is too short to be "covered". */
const MIN_CONTENT_FOR_COVERAGE = 2.5;

export interface PairParts {
  lexical: number;
  /** Weighted Dice of the two claims' terms: high only when they say about as much as each other. */
  dice: number;
  /** Weight of the content words (not function words) both claims share, actors capped: the anchors of a happening. */
  sharedContent: number;
  actors: number | null;
  numbers: number | null;
  dates: number | null;
  /** Weight of the content words shared exactly or through WordNet, actors left out: evidence of the same happening itself. */
  evidence: number;
  /** The two share the happening's trigger (an event word, exact or WordNet) or its place. */
  sameHappening: boolean;
  /** What the fitted model read (lib/alignment/model.ts). */
  model: PairFeatureVector;
  /** The model's probability that the two report the same happening. */
  score: number;
}

export function comparePair(a: ClaimFeatures, b: ClaimFeatures, va: TermVector, vb: TermVector, w: TermWeights, p: SimilarityParams = DEFAULT_PARAMS, model: PairModel = FITTED_MODEL, story = 0): PairParts {
  let shared = 0, sharedSquared = 0, sharedContent = 0, sharedActorWeight = 0, trigger = 0;
  for (let x = 0, y = 0; x < va.ids.length && y < vb.ids.length;) {
    const ix = va.ids[x], iy = vb.ids[y];
    if (ix < iy) x++;
    else if (iy < ix) y++;
    else {
      const both = Math.min(va.weights[x], vb.weights[y]);
      shared += both;
      sharedSquared += both * both;
      if (va.kinds[x] === ACTOR) sharedActorWeight += both;
      else if (va.kinds[x] === WORD) sharedContent += both;
      if (va.events[x] && vb.events[y] && both > trigger) trigger = both;
      x++;
      y++;
    }
  }
  // WordNet: a content word of one claim whose sense class the other claim has (convicted ≈ condemned, quake ≈ earthquake)
  const viaSenses = (u: TermVector, v: TermVector): number => {
    if (!v.senseSet.size) return 0;
    let sum = 0;
    for (let x = 0, y = 0; x < u.ids.length; x++) {
      const senses = u.senses[x];
      while (y < v.ids.length && v.ids[y] < u.ids[x]) y++; // both sorted: is the same term in v?
      if (!senses || (y < v.ids.length && v.ids[y] === u.ids[x])) continue;
      if (sharesClass(senses, v.senseSet)) {
        sum += u.weights[x];
        // the same trigger only when both matched words are event words ("dismantle" ≉ "high-level")
        if (u.events[x] && u.weights[x] > trigger && sharesClass(senses, v.eventSenseSet)) trigger = u.weights[x];
      }
    }
    return sum;
  };
  const senseShared = (viaSenses(va, vb) + viaSenses(vb, va)) / 2;
  let plainShared = 0;
  for (let x = 0, y = 0; x < va.plainIds.length && y < vb.plainIds.length;) {
    if (va.plainIds[x] < vb.plainIds[y]) x++;
    else if (vb.plainIds[y] < va.plainIds[x]) y++;
    else { plainShared += va.plainWeights[x]; x++; y++; }
  }
  const plainUnion = va.plainTotal + vb.plainTotal - plainShared;
  const sumA = va.total, sumB = vb.total, contentA = va.content, contentB = vb.content;
  const dice = sumA + sumB > 0 ? (2 * shared) / (sumA + sumB) : 0;
  const softDice = sumA + sumB > 0 ? Math.min(1, (2 * (shared + senseShared)) / (sumA + sumB)) : 0;
  // coverage of the shorter claim counts content words only, and only as far as that claim has content
  const shorter = Math.min(contentA, contentB);
  const cover = shorter > 0 ? ((sharedContent + sharedActorWeight) / shorter) * Math.min(1, shorter / MIN_CONTENT_FOR_COVERAGE) : 0;
  // A short claim inside a long one ("talks in Rome" within a sentence that also gives the date and mediator)
  // is judged by how much of the short one is covered; claims of similar length by both.
  const ratio = Math.max(contentA, contentB) / Math.max(1e-9, Math.min(contentA, contentB));
  const containment = Math.min(1, Math.max(0, (ratio - LENGTH_RATIO_FREE) / LENGTH_RATIO_SPAN)) * CONTAINMENT_SHARE;
  const coverage = p.coverage + (1 - p.coverage) * containment;
  const lexical = (1 - coverage) * dice + coverage * Math.min(1, cover);

  const actors = a.actors.size && b.actors.size ? actorAgreement(a, b, w, p.actorPrior) : null;
  const numbers = a.quantities.length && b.quantities.length && comparableNumbers(a, b) ? quantityAgreement(a, b) : null;
  const dates = a.dates.length && b.dates.length && comparableDates(a, b) ? setAgreement(a.dates.map((d) => d.value), b.dates.map((d) => d.value)) : null;

  // the same place is part of the same happening (talks in Rome): it counts as evidence, one word's worth
  let samePlace = 0;
  if (a.places.size && b.places.size) for (const key of a.places) if (b.places.has(key)) samePlace = PLACE_EVIDENCE;
  // what the pair shares as evidence of one happening: who is involved counts, but at most about two words' worth
  const anchor = sharedContent + Math.min(sharedActorWeight, ACTOR_ANCHOR_CAP);
  const context = w.comparisonShare;
  const participants = actors ?? 0;
  const features: PairFeatureVector = {
    lexical,
    dice,
    plain: plainUnion > 0 ? plainShared / plainUnion : 0,
    rareDice: va.squared + vb.squared > 0 ? (2 * sharedSquared) / (va.squared + vb.squared) : 0,
    lengthGap: contentA + contentB > 0 ? Math.abs(contentA - contentB) / (contentA + contentB) : 0,
    wordnet: softDice - dice,
    trigger,
    triggerMismatch: va.hasEvent && vb.hasEvent && trigger === 0 ? 1 : 0,
    participants,
    participantsMismatch: actors !== null && actors === 0 ? 1 : 0,
    numbers: numbers === null ? 0 : 2 * numbers - 1,
    dates: dates === null ? 0 : 2 * dates - 1,
    anchor: Math.log1p(anchor),
    story,
    storyLexical: story * lexical,
    storyTrigger: story * trigger,
  };
  const score = probability(modelInputs(features, context, inputs), model);
  return { lexical, dice, sharedContent: anchor, evidence: sharedContent + SENSE_EVIDENCE_SHARE * senseShared + samePlace, sameHappening: trigger > 0 || samePlace > 0, actors, numbers, dates, model: features, score };
}

function sharesClass(classes: readonly number[], set: Set<number>): boolean {
  if (!set.size) return false;
  for (let k = 0; k < classes.length; k++) if (set.has(classes[k])) return true;
  return false;
}

/** Model inputs of the pair being scored: one buffer, filled and read in turn (scoring is synchronous). */
const inputs: number[] = [];

/** The same value of the same thing; a value whose counted noun is unknown matches on the value alone. */
const sameQuantity = (q: Quantity, r: Quantity) => q.value === r.value && (q.unit === r.unit || q.unit === '' || r.unit === '');

/** Numbers are compared only when the claims count the same thing or share a value: "two countries" vs "fifth round" says nothing. */
function comparableNumbers(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.quantities.some((q) => b.quantities.some((r) => sameQuantity(q, r) || (q.unit !== '' && q.unit === r.unit)));
}

/** Share of the two claims' quantities that the other states too. */
function quantityAgreement(a: ClaimFeatures, b: ClaimFeatures): number {
  const matchedA = a.quantities.filter((q) => b.quantities.some((r) => sameQuantity(q, r))).length;
  const matchedB = b.quantities.filter((r) => a.quantities.some((q) => sameQuantity(q, r))).length;
  return (matchedA + matchedB) / (a.quantities.length + b.quantities.length);
}

/** Dates are compared only when both give one of the same kind (a weekday with a weekday, a year with a year). */
function comparableDates(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.dates.some((d) => b.dates.some((e) => e.type === d.type));
}

function actorAgreement(a: ClaimFeatures, b: ClaimFeatures, w: TermWeights, prior: number): number {
  let shared = 0, union = 0;
  for (const key of a.actors.keys()) {
    const weight = w.base(`@${key}`);
    union += weight;
    if (b.actors.has(key)) shared += weight;
  }
  for (const key of b.actors.keys()) if (!a.actors.has(key)) union += w.base(`@${key}`);
  return shared / (union + prior);
}

function setAgreement(a: string[], b: string[]): number {
  const A = new Set(a), B = new Set(b);
  let both = 0;
  for (const x of A) if (B.has(x)) both++;
  return both / (A.size + B.size - both);
}

/** Shown in explanations at most, per kind. */
const MAX_SHOWN = 6;

/**
 * Plain-words reasons for a link, named after the model's features: "same happening: convicted ≈ condemned",
 * "shared words talks/negotiations, Rome", "same people: Warren Jeffs", "same place: Rome", "same day Friday".
 */
export function explainPair(a: ClaimFeatures, b: ClaimFeatures, parts: PairParts, w: TermWeights): string[] {
  const out: string[] = [];
  const content = (k: string) => !k.startsWith('@') && !isFunctionTerm(k) && !ATTRIBUTION.has(k) && !a.frameTerms.has(k) && !b.frameTerms.has(k);
  const byWeight = (x: string, y: string) => w.base(y) - w.base(x);
  const shared = [...a.terms.keys()].filter((k) => b.terms.has(k) && content(k)).sort(byWeight);
  // WordNet matches: a word of one claim whose sense class the other has (not the same key)
  const senseMatches: { from: string; to: string; event: boolean }[] = [];
  for (const k of [...a.terms.keys()].filter((x) => content(x) && !b.terms.has(x)).sort(byWeight)) {
    const classes = SENSE_CLASSES.get(k);
    if (!classes) continue;
    const partner = [...b.terms.keys()].find((m) => content(m) && !a.terms.has(m) && SENSE_CLASSES.get(m)?.some((c) => classes.includes(c)));
    if (partner) senseMatches.push({ from: a.terms.get(k)!.split('/')[0], to: b.terms.get(partner)!.split('/')[0], event: EVENT_KEYS.has(k) && EVENT_KEYS.has(partner) });
  }
  const happening = [
    ...shared.filter((k) => EVENT_KEYS.has(k)).map((k) => joinSurfaces(a.terms.get(k)!, b.terms.get(k)!)),
    ...senseMatches.filter((m) => m.event).map((m) => `${m.from} ≈ ${m.to}`),
  ].slice(0, MAX_SHOWN);
  if (happening.length) out.push(`same happening: ${happening.join(', ')}`);
  const words = shared.filter((k) => !EVENT_KEYS.has(k)).slice(0, MAX_SHOWN).map((k) => joinSurfaces(a.terms.get(k)!, b.terms.get(k)!));
  if (words.length) out.push(`shared words ${words.join(', ')}`);
  const similar = senseMatches.filter((m) => !m.event).slice(0, MAX_SHOWN).map((m) => `${m.from} ≈ ${m.to}`);
  if (similar.length) out.push(`similar words: ${similar.join(', ')}`);
  const sameActors = [...a.actors.keys()].filter((k) => b.actors.has(k));
  const people = sameActors.filter((k) => !(a.places.has(k) || b.places.has(k))).map((k) => a.actors.get(k)!);
  const places = sameActors.filter((k) => a.places.has(k) || b.places.has(k)).map((k) => a.actors.get(k)!);
  if (people.length) out.push(`same people: ${people.join(', ')}`);
  if (places.length) out.push(`same place: ${places.join(', ')}`);
  const onlyA = [...a.actors.keys()].filter((k) => !b.actors.has(k)).map((k) => a.actors.get(k)!);
  const onlyB = [...b.actors.keys()].filter((k) => !a.actors.has(k)).map((k) => b.actors.get(k)!);
  if (parts.actors !== null && !sameActors.length) out.push(`different people: ${onlyA.join(', ')} vs ${onlyB.join(', ')}`);
  if (parts.numbers !== null) {
    const same = a.quantities.filter((q) => b.quantities.some((r) => r.value === q.value)).map((q) => q.text);
    out.push(same.length ? `same numbers ${[...new Set(same)].join(', ')}` : `different numbers ${a.quantities.map((q) => q.text).join(', ')} vs ${b.quantities.map((q) => q.text).join(', ')}`);
  }
  if (parts.dates !== null) {
    const same = a.dates.filter((d) => b.dates.some((e) => e.value === d.value));
    const unit = same.length && same.every((d) => d.type === 'weekday') ? 'day' : 'date';
    out.push(same.length ? `same ${unit} ${[...new Set(same.map((d) => d.text))].join(', ')}` : `different dates ${a.dates.map((d) => d.text).join(', ')} vs ${b.dates.map((d) => d.text).join(', ')}`);
  }
  if (parts.model.story * w.comparisonShare > STORY_SHOWN) out.push('articles tell the same story');
  return out;
}

/** Story feature (relative article likeness × context) above which the link says so. */
const STORY_SHOWN = 0.1;

function joinSurfaces(x: string, y: string): string {
  const forms: string[] = [];
  for (const f of [...x.split('/'), ...y.split('/')]) if (!forms.some((g) => g.toLowerCase() === f.toLowerCase())) forms.push(f);
  return forms.join('/');
}
