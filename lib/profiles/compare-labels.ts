// How each source names the actors: for every actor that at least one source labels ("Hamas": 'terrorists'),
// what every source does with it: its labels, a mention with no label, or no mention at all. Silence and
// plain naming are part of the comparison: one outlet's 'terrorists' reads differently next to another's
// plain "Hamas" than next to an outlet that never mentions the group. A pure helper for views and exports.
import type { AnalyzedArticle, EntityKind, SourceProfile } from '../contract/types';

export interface ActorLabel {
  label: string;
  count: number;
  /** The plain-words note of the first label annotation with this wording in the source, when there is one. */
  note?: string;
}

export type ActorUse = 'labels' | 'unlabelled' | 'absent';

export interface SourceActorLabels {
  article: string;
  outlet: string;
  /** `labels`: the source labels the actor; `unlabelled`: mentions it without a label; `absent`: never mentions it. */
  use: ActorUse;
  /** The source's labels for the actor, most used first; empty unless `use` is `labels`. */
  labels: ActorLabel[];
  /** Claims of the source whose entities name the actor. */
  mentions: number;
}

export interface ActorLabels {
  actor: string;
  /** One entry per source, in the sources' order. */
  bySource: SourceActorLabels[];
  /** True when at least two sources mention the actor and do not name it with the same set of labels. */
  differs: boolean;
}

/** Entity kinds that can be an actor; dates and figures never are. */
const NAMING_KINDS = new Set<EntityKind>(['person', 'organization', 'place', 'actor']);
const UNNAMED = '(unnamed)';
const key = (name: string) => name.trim().toLowerCase();

/** Claims per actor name in one article, by the entities' canonical names (their text when there is none). */
function mentionsByActor(article: AnalyzedArticle | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const claim of article?.claims ?? []) {
    const named = new Set(claim.entities.filter((e) => NAMING_KINDS.has(e.kind)).map((e) => key(e.canonical || e.text)));
    for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The note of the first label annotation per lower-cased wording, in text order. */
function labelNotes(article: AnalyzedArticle | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  for (const claim of article?.claims ?? []) {
    for (const a of claim.annotations) {
      const wording = a.text.toLowerCase();
      if (a.kind === 'label' && !notes.has(wording)) notes.set(wording, a.note);
    }
  }
  return notes;
}

const labelSet = (s: SourceActorLabels) => s.labels.map((l) => l.label).sort().join('\u0000');

export function compareLabels(sources: SourceProfile[], articles: AnalyzedArticle[]): ActorLabels[] {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const actors = new Map<string, string>();
  for (const source of sources) {
    for (const { actor } of source.labels) if (actor !== UNNAMED && !actors.has(key(actor))) actors.set(key(actor), actor);
  }
  const perSource = sources.map((source) => ({
    source,
    mentions: mentionsByActor(articleById.get(source.article)),
    notes: labelNotes(articleById.get(source.article)),
  }));

  const rows = [...actors.entries()].map(([actorKey, actor]): ActorLabels => {
    const bySource = perSource.map(({ source, mentions, notes }): SourceActorLabels => {
      const labels = source.labels
        .filter((l) => key(l.actor) === actorKey)
        .map((l): ActorLabel => {
          const note = notes.get(l.label.toLowerCase());
          return note ? { label: l.label, count: l.count, note } : { label: l.label, count: l.count };
        })
        .sort((x, y) => y.count - x.count || x.label.localeCompare(y.label));
      const mentioned = mentions.get(actorKey) ?? 0;
      const use: ActorUse = labels.length ? 'labels' : mentioned ? 'unlabelled' : 'absent';
      return { article: source.article, outlet: source.outlet, use, labels, mentions: mentioned };
    });
    const present = bySource.filter((s) => s.use !== 'absent');
    const differs = present.length > 1 && new Set(present.map(labelSet)).size > 1;
    return { actor, bySource, differs };
  });
  // Differences first: they are what the table is for; then by name, so the order never depends on input order.
  return rows.sort((a, b) => Number(b.differs) - Number(a.differs) || a.actor.localeCompare(b.actor));
}

/** One source's cell in plain words, for exports and screen readers: "“terrorists” ×2, “militants” ×1". */
export function actorUseText(source: SourceActorLabels): string {
  if (source.use === 'labels') return source.labels.map((l) => `“${l.label}” ×${l.count}`).join(', ');
  if (source.use === 'unlabelled') return `mentions it without a label (${source.mentions} ${source.mentions === 1 ? 'claim' : 'claims'})`;
  return 'does not mention it';
}
