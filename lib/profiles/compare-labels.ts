// The same actor's labels across sources ("Hamas": a1 'terrorists', a2 'militants'), from the profiles' label
// counts. A pure helper for views and exports: only actors that more than one source labels are listed.
import type { SourceProfile } from '../contract/types';

export interface ActorLabels {
  actor: string;
  bySource: { article: string; outlet: string; labels: { label: string; count: number }[] }[];
  /** True when the sources name the actor with different labels. */
  differs: boolean;
}

export function compareLabels(sources: SourceProfile[]): ActorLabels[] {
  const actors = new Map<string, ActorLabels>();
  for (const source of sources) {
    for (const { actor, label, count } of source.labels) {
      if (actor === '(unnamed)') continue;
      const row = actors.get(actor) ?? { actor, bySource: [], differs: false };
      let entry = row.bySource.find((s) => s.article === source.article);
      if (!entry) row.bySource.push((entry = { article: source.article, outlet: source.outlet, labels: [] }));
      entry.labels.push({ label, count });
      actors.set(actor, row);
    }
  }
  const compared = [...actors.values()].filter((a) => a.bySource.length > 1);
  for (const a of compared) {
    const sets = a.bySource.map((s) => s.labels.map((l) => l.label).sort().join('|'));
    a.differs = new Set(sets).size > 1;
  }
  return compared.sort((a, b) => a.actor.localeCompare(b.actor));
}
