// Articles → stories (the same event), incrementally: articles are taken in date order (then by id), and each joins the story whose centroid its TF-IDF vector is closest to, when the
// cosine reaches the fitted threshold, or starts a story. Joining a centroid, not a single member,
// keeps one broad article from chaining two stories together. Candidate stories come from an inverted
// index of the article's rarest terms, so an article is scored against a few stories, never all.
import thresholds from '../../lexicons/stories-thresholds.json';
import { storyTermCounts, type StoryInput } from './story-terms';

export const JOIN_THRESHOLD: number = thresholds.join.value;
/** Beyond this many days apart two articles are not one event, whatever their words. */
export const DATE_WINDOW_DAYS: number = thresholds.dateWindowDays.value;
const CANDIDATE_TERMS = 12;
const MAX_POSTINGS = 400;
/** Stories scored in full per article: those sharing the most rare-term weight with it. */
const SHORTLIST = 40;

export interface Story {
  id: string;
  articles: string[];
  /** The terms that most hold the story together, as its label and its explanation. */
  terms: string[];
  /** Per article after the first: the cosine with which it joined and the terms it shared. */
  joins: { article: string; score: number; shared: string[] }[];
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

interface Cluster {
  id: string;
  articles: string[];
  /** Sum of the members' unit vectors: its cosine with an article is the mean's, and it updates in the article's terms only. */
  centroid: Map<string, number>;
  squaredNorm: number;
  firstDay: number | null;
  lastDay: number | null;
  joins: Story['joins'];
}

const day = (date: string | undefined) => {
  const ms = date ? Date.parse(date) : NaN;
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : null;
};

export interface GroupOptions {
  threshold?: number;
  dateWindowDays?: number;
  /**
   * Stories already found (a stored corpus): their articles stay where they are and rebuild the
   * stories' centroids; only the other inputs are placed, joining these stories or starting new ones.
   * A seed's `joins` are not repeated in the result: it lists the joins of the new articles only.
   */
  seeds?: { id: string; articles: string[] }[];
}

export function groupStories(inputs: StoryInput[], options: GroupOptions = {}): Story[] {
  const threshold = options.threshold ?? JOIN_THRESHOLD;
  const windowDays = options.dateWindowDays ?? DATE_WINDOW_DAYS;
  const counts = inputs.map(storyTermCounts);
  const documentFrequency = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((1 + inputs.length) / (1 + (documentFrequency.get(term) ?? 0)));
  const vectors: Vector[] = counts.map((c) => {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [term, n] of c) {
      const w = (1 + Math.log(n)) * idf(term);
      if (w <= 0) continue;
      weights.set(term, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) || 1 };
  });

  // date order, then id order: the same articles give the same stories whatever order they come in
  const order = inputs
    .map((_, i) => i)
    .sort((a, b) => (day(inputs[a].publishedAt) ?? 0) - (day(inputs[b].publishedAt) ?? 0) || (inputs[a].id < inputs[b].id ? -1 : inputs[a].id > inputs[b].id ? 1 : a - b));
  const clusters: Cluster[] = [];
  const postings = new Map<string, number[]>();
  const addTo = (index: number, i: number) => {
    const target = clusters[index];
    const vector = vectors[i];
    const when = day(inputs[i].publishedAt);
    target.articles.push(inputs[i].id);
    if (when !== null) {
      target.firstDay = target.firstDay === null ? when : Math.min(target.firstDay, when);
      target.lastDay = target.lastDay === null ? when : Math.max(target.lastDay, when);
    }
    let dot = 0;
    for (const [term, w] of vector.weights) {
      const unit = w / vector.norm;
      const before = target.centroid.get(term);
      if (before === undefined) (postings.get(term) ?? postings.set(term, []).get(term)!).push(index);
      dot += unit * (before ?? 0);
      target.centroid.set(term, (before ?? 0) + unit);
    }
    target.squaredNorm += 2 * dot + 1;
  };
  const newCluster = (id: string) => {
    clusters.push({ id, articles: [], centroid: new Map(), squaredNorm: 0, firstDay: null, lastDay: null, joins: [] });
    return clusters.length - 1;
  };
  const position = new Map(inputs.map((a, i) => [a.id, i]));
  const seeded = new Set<number>();
  const usedIds = new Set<string>();
  for (const seed of options.seeds ?? []) {
    const members = seed.articles.map((id) => position.get(id)).filter((i): i is number => i !== undefined && !seeded.has(i));
    if (!members.length) continue;
    const index = newCluster(seed.id);
    usedIds.add(seed.id);
    for (const i of members) {
      seeded.add(i);
      addTo(index, i);
    }
  }
  let nextId = 1;
  const freshId = () => {
    while (usedIds.has(`s${nextId}`)) nextId++;
    usedIds.add(`s${nextId}`);
    return `s${nextId}`;
  };
  for (const i of order) {
    if (seeded.has(i)) continue;
    const vector = vectors[i];
    const when = day(inputs[i].publishedAt);
    const rare = [...vector.weights.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATE_TERMS).map(([t]) => t);
    // Every story holding one of the rare terms gets the article's weight for it; only the stories with
    // the most such weight are scored in full, so the work per article stays bounded however full the
    // postings are.
    const overlap = new Map<number, number>();
    for (const term of rare) {
      const list = postings.get(term);
      if (!list) continue;
      const w = vector.weights.get(term)!;
      for (let k = Math.max(0, list.length - MAX_POSTINGS); k < list.length; k++) {
        const c = list[k];
        const cluster = clusters[c];
        if (when !== null && cluster.firstDay !== null && (when < cluster.firstDay - windowDays || when > cluster.lastDay! + windowDays)) continue;
        overlap.set(c, (overlap.get(c) ?? 0) + w);
      }
    }
    const shortlist = [...overlap.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SHORTLIST)
      .map(([c]) => c);
    let best: { cluster: number; score: number } | null = null;
    for (const c of shortlist) {
      const cluster = clusters[c];
      let dot = 0;
      for (const [term, w] of vector.weights) dot += w * (cluster.centroid.get(term) ?? 0);
      const score = dot / (vector.norm * Math.sqrt(cluster.squaredNorm));
      if (!best || score > best.score || (score === best.score && c < best.cluster)) best = { cluster: c, score };
    }
    if (best && best.score >= threshold) {
      const target = clusters[best.cluster];
      const shared = [...vector.weights.keys()].filter((t) => target.centroid.has(t)).sort((a, b) => (vector.weights.get(b)! - vector.weights.get(a)!)).slice(0, 5);
      target.joins.push({ article: inputs[i].id, score: Number(best.score.toFixed(3)), shared });
      addTo(best.cluster, i);
    } else addTo(newCluster(freshId()), i);
  }
  return clusters.map((c) => ({
    id: c.id,
    articles: c.articles,
    terms: [...c.centroid.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t]) => t),
    joins: c.joins,
  }));
}
