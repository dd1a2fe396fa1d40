// The fitted pair model: a logistic regression over explainable features of two claims, whose weights are data
// (lexicons/alignment-weights.json, fitted by scripts/train-alignment.ts on MSRP train, STS-B train and ECB+
// topics 1-35). Its output is the probability that the two claims report the same happening.
import weightsFile from '../../lexicons/alignment-weights.json';

/** Feature names, in the order of the weight vector. Each is cheap to compute from two term vectors. */
export const FEATURE_NAMES = [
  /** Rarity-weighted lexical overlap (Dice moving to coverage of the shorter claim). */
  'lexical',
  /** Weighted Dice of the two claims' terms. */
  'dice',
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
  /** How much of the comparison's rarity is judged within it (0 for two sentences, 0.9 for 90+ claims). */
  'context',
  /** lexical × context: the same words mean more in a small comparison of pre-selected sentences. */
  'lexicalInContext',
  /** trigger × context. */
  'triggerInContext',
  /** participants × context. */
  'participantsInContext',
  /** How much more alike the two claims' articles are as wholes than the comparison's articles on average, × context. */
  'story',
  /** story × lexical: the same words in two tellings of one story. */
  'storyLexical',
  /** story × trigger. */
  'storyTrigger',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type PairFeatureVector = Record<FeatureName, number>;

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

export function logit(x: PairFeatureVector, model: PairModel = FITTED_MODEL): number {
  let z = model.intercept;
  for (let k = 0; k < FEATURE_NAMES.length; k++) z += model.weights[k] * ((x[FEATURE_NAMES[k]] - model.mean[k]) / model.scale[k]);
  return z;
}

export const probability = (x: PairFeatureVector, model: PairModel = FITTED_MODEL): number => 1 / (1 + Math.exp(-logit(x, model)));
