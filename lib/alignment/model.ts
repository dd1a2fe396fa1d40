// The fitted pair model: a logistic regression over explainable features of two claims, whose weights are data
// (lexicons/alignment-weights.json, fitted by scripts/train-alignment.ts on MSRP train, STS-B train and ECB+
// topics 1-35). Its output is the probability that the two claims report the same happening.
import weightsFile from '../../lexicons/alignment-weights.json';

/** What the model reads of a pair. Each is cheap to compute from two term vectors. */
export const PAIR_FEATURES = [
  /** Rarity-weighted lexical overlap (Dice moving to coverage of the shorter claim). */
  'lexical',
  /** Weighted Dice of the two claims' terms. */
  'dice',
  /** Dice on squared weights: rare words count at full strength. */
  'rareDice',
  /** Weighted Jaccard of the plain word keys of the whole claims (frame included), with full background rarity. */
  'plain',
  /** |content A − content B| / (A + B): one claim says much more than the other. */
  'lengthGap',
  /** Extra Dice when WordNet near-synonyms and derivations also count as shared. */
  'wordnet',
  /** Weight of the strongest shared event word (verb or nominalisation, exact or WordNet): the same trigger. */
  'trigger',
  /** Both claims name a happening with event words, and none of them match. */
  'triggerMismatch',
  /** Agreement of actors (people, organisations, places after alias normalisation), when both name some. */
  'participants',
  /** Both name actors, none shared. */
  'participantsMismatch',
  /** +1 the same numbers of the same thing, −1 different ones, 0 not comparable. */
  'numbers',
  /** +1 the same day/month/year, −1 different, 0 not comparable. */
  'dates',
  /** log(1 + shared content weight): the anchors of a happening. */
  'anchor',
  /** How much more alike the two claims' articles are as wholes than the comparison's articles on average. */
  'story',
  /** story × lexical: the same words in two tellings of one story. */
  'storyLexical',
  /** story × trigger. */
  'storyTrigger',
] as const;

/**
 * The weight vector's order: each pair feature, then the main ones again × context (how much of the rarity is judged within
 * the comparison: 0 for two sentences, 0.9 from 90 claims), then context itself. Two pre-selected sentences and two
 * claims of a long comparison are different questions; the context copies let one model answer both.
 */
const IN_CONTEXT = ['lexical', 'plain', 'trigger', 'participants', 'story', 'storyLexical', 'storyTrigger'] as const;
export const FEATURE_NAMES = [...PAIR_FEATURES, ...IN_CONTEXT.map((n) => `${n}InContext` as const), 'context'] as const;

export type FeatureName = (typeof PAIR_FEATURES)[number];
export type PairFeatureVector = Record<FeatureName, number>;

/** The weight-vector values of a pair, in FEATURE_NAMES order. */
export function modelInputs(x: PairFeatureVector, context: number, out: number[] = new Array<number>(FEATURE_NAMES.length)): number[] {
  const n = PAIR_FEATURES.length, m = IN_CONTEXT.length;
  for (let k = 0; k < n; k++) out[k] = x[PAIR_FEATURES[k]];
  for (let k = 0; k < m; k++) out[n + k] = x[IN_CONTEXT[k]] * context;
  out[n + m] = context;
  return out;
}

interface WeightsFile {
  features: string[];
  weights: number[];
  intercept: number;
  mean: number[];
  scale: number[];
}

const file = weightsFile as unknown as WeightsFile;
if (file.features.join() !== FEATURE_NAMES.join()) throw new Error('lexicons/alignment-weights.json does not match the features of lib/alignment/model.ts: rerun scripts/train-alignment.ts');

export interface PairModel {
  weights: number[];
  intercept: number;
  mean: number[];
  scale: number[];
}

export const FITTED_MODEL: PairModel = { weights: file.weights, intercept: file.intercept, mean: file.mean, scale: file.scale };

export function logit(inputs: number[], model: PairModel = FITTED_MODEL): number {
  let z = model.intercept;
  for (let k = 0; k < inputs.length; k++) z += model.weights[k] * ((inputs[k] - model.mean[k]) / model.scale[k]);
  return z;
}

export const probability = (inputs: number[], model: PairModel = FITTED_MODEL): number => 1 / (1 + Math.exp(-logit(inputs, model)));
