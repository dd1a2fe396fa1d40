// The analysis contract: the one JSON shape shared by the pipeline, storage, the API, the CLI and the UI.
// docs/analysis.schema.json is the JSON Schema of `Analysis`; bump SCHEMA_VERSION when the shape changes.

export const SCHEMA_VERSION = '1.0.0';

/** What a user brings: one article. Only `text` is required. */
export interface ArticleInput {
  outlet?: string;
  title?: string;
  text: string;
  url?: string;
  publishedAt?: string;
  byline?: string;
}

/** A character range `[start, end)` of `AnalyzedArticle.text`; `text.slice(start, end) === span.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Page furniture taken out of the raw input: kept so that nothing is lost silently. */
export interface RemovedText {
  text: string;
  /** Machine-readable reason, e.g. `share-prompt`, `related-teaser`, `byline`, `caption`. */
  reason: string;
  /** Plain-words explanation for a reader. */
  note: string;
  /** Offsets into the raw input (`ArticleInput.text`). */
  rawStart: number;
  rawEnd: number;
}

export interface LanguageInfo {
  /** ISO 639-1 code of the detected language, or `und` when unknown. */
  code: string;
  /** The pipeline's word lists and rules are English: anything else is flagged, not analysed as English. */
  supported: boolean;
  note?: string;
}

export type ClaimKind = 'headline' | 'statement' | 'event' | 'background' | 'opinion';

export interface Speaker {
  /** Person or body named as the source ("Esmaeil Baghaei"); null when unnamed ("officials"). */
  name: string | null;
  /** Role or title ("Foreign Ministry spokesperson"), or null. */
  role: string | null;
  /** Reporting verb as written ("said", "wrote", "according to"). */
  verb: string;
  quote: 'direct' | 'indirect';
  /** True when the source is unnamed or generalised ("officials", "a source familiar with"). */
  vague: boolean;
  /** Where the speaker is named in the text, when it is named in this claim or resolved from an earlier one. */
  mention?: Span | null;
  /** The reported content: the part of the claim that is the speaker's (quoted or paraphrased), not the outlet's. */
  content?: Span | null;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'actor' | 'date' | 'number' | 'money' | 'percent';

export interface Entity extends Span {
  kind: EntityKind;
  /** Normalised identity: "Iran" for Tehran/Iranian, "United States" for Washington/U.S.; dates as written. */
  canonical: string;
  /** Extra normalised detail: a country for a capital, the counted noun for a number, an ISO date. */
  detail?: string;
  /** Which alias-table entry produced the normalisation, if any. */
  entry?: string;
}

export type AnnotationKind =
  | 'loaded'
  | 'label'
  | 'hedge'
  | 'booster'
  | 'reporting-verb'
  | 'vague-source'
  | 'subjective'
  | 'agentless';

export interface Annotation extends Span {
  kind: AnnotationKind;
  /** Plain-words explanation for a student. */
  note: string;
  /** A more neutral wording, where one exists. */
  alternative?: string;
  /** `quoted`: inside a quotation or attributed content (the speaker's words); `narrator`: the outlet's own voice. */
  voice: 'narrator' | 'quoted';
  /** The lexicon entry or rule that produced it, e.g. `loaded:massacre`. */
  entry: string;
  /** The lexicon or rule file it came from, with its provenance in that file. */
  source: string;
}

export interface Frame {
  /** One of the fixed frame ids (security, legality, morality, diplomacy, economy, humanitarian, politics, ...). */
  id: string;
  label: string;
  /** The cue words found in the claim. */
  cues: string[];
}

export interface SentimentWord {
  word: string;
  score: number;
}

export interface ActorTone {
  actor: string;
  score: number;
  words: SentimentWord[];
}

export interface Sentiment {
  /** AFINN-165 sum from the `sentiment` package. */
  score: number;
  /** score per token. */
  comparative: number;
  label: 'negative' | 'neutral' | 'positive';
  words: SentimentWord[];
  actorTone: ActorTone[];
}

/** A word that moved a claim's narrator-bias score, with what it added to the model's sum (log-odds). */
export interface BiasWord extends Span {
  /** The model feature the word counts toward, e.g. `narrator:loaded`, `tone:negative`, `cue:npov`. */
  feature: string;
  weight: number;
}

/** Narrator bias: how likely the outlet's own wording in the claim is loaded (a fitted model, lib/bias). */
export interface ClaimBias {
  /** Probability 0–1 (logistic regression, lexicons/bias-model.json). */
  score: number;
  /** True when the score reaches the model's threshold. */
  loaded: boolean;
  /** The words that drove the score, strongest first (at most 6). */
  words: BiasWord[];
}

export interface CheckWorthiness {
  score: number;
  features: string[];
}

export interface Claim extends Span {
  /** Unique within the analysis: `<articleId>c<index>`. */
  id: string;
  articleId: string;
  index: number;
  /** Index of the paragraph of `article.text` the claim is in. */
  paragraph: number;
  kind: ClaimKind;
  checkworthiness: CheckWorthiness;
  speaker: Speaker | null;
  /** Direct quotations inside the claim (quote marks included), also when a quotation runs on from an earlier sentence. */
  quotes: Span[];
  entities: Entity[];
  sentiment: Sentiment;
  /** Narrator-bias score with the words behind it; absent for text the word lists do not cover (other languages). */
  bias?: ClaimBias;
  annotations: Annotation[];
  frames: Frame[];
}

export interface AnalyzedArticle {
  /** `a1`, `a2`, … in input order. */
  id: string;
  outlet: string;
  title: string;
  byline: string | null;
  dateline: string | null;
  publishedAt: string | null;
  url: string | null;
  language: LanguageInfo;
  /** The clean text: every offset in this article points into it. */
  text: string;
  wordCount: number;
  removed: RemovedText[];
  claims: Claim[];
}

export type GroupKind = 'shared' | 'unique' | 'conflict';

export interface GroupMember {
  claim: string;
  /** `same`: equivalent to the group's core; `related`: same happening, different detail. */
  relation: 'same' | 'related';
  /** Details only this member states ("fifth round", "reluctantly", "Friday"). */
  adds: string[];
}

export interface DiscrepancyValue {
  claim: string;
  value: string;
}

export interface GroupDiscrepancy {
  kind: 'number' | 'date' | 'polarity' | 'actor';
  values: DiscrepancyValue[];
  note: string;
}

export interface ToneComparison {
  /** Most negative article in the group, or null when the tone is level. */
  moreNegative: string | null;
  /** Score difference between the most negative and the most positive member. */
  difference: number;
  note: string;
}

export interface ClaimGroup {
  id: string;
  /** Claim ids; every claim of the analysis is in exactly one group. */
  claims: string[];
  kind: GroupKind;
  /** Article ids that have a claim in the group, in article order. */
  articles: string[];
  members: GroupMember[];
  discrepancies: GroupDiscrepancy[];
  tone: ToneComparison | null;
  /** Short label of what the group is about. */
  summary: string;
}

export interface ComparisonDiscrepancyValue {
  article: string;
  value: string;
  claims: string[];
}

export interface ComparisonDiscrepancy {
  kind: 'role-holder' | 'actor-role' | string;
  /** What the values disagree about ("Iranian Foreign Ministry spokesman"). */
  subject: string;
  values: ComparisonDiscrepancyValue[];
  note: string;
}

export interface ClaimLink {
  a: string;
  b: string;
  /** Similarity in 0..1, symmetric. */
  score: number;
  /** Plain-words reasons, named after the pair model's features ("same happening: hold/held", "shared words talks/negotiations", "same people: Iran, United States", "same day Friday"). */
  features: string[];
}

export interface SourceProfile {
  article: string;
  outlet: string;
  claims: number;
  words: { narrator: number; quoted: number };
  /** Loaded-language annotations per 100 words, narrator and quoted voice counted apart. */
  loadedDensity: { narrator: number; quoted: number };
  annotationCounts: Partial<Record<AnnotationKind, { narrator: number; quoted: number }>>;
  hedgeRate: number;
  boosterRate: number;
  attribution: { named: number; vague: number; unattributed: number };
  quoted: { name: string; claims: number }[];
  labels: { actor: string; label: string; count: number }[];
  frames: { id: string; claims: number }[];
  tone: { negative: number; neutral: number; positive: number; mean: number };
  uniqueClaims: number;
}

export interface Analysis {
  schemaVersion: string;
  articles: AnalyzedArticle[];
  groups: ClaimGroup[];
  discrepancies: ComparisonDiscrepancy[];
  links: ClaimLink[];
  sources: SourceProfile[];
}
