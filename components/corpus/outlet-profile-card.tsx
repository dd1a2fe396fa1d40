// One outlet across the corpus: coverage, own voice, whom it quotes, frames, tone toward the top
// actors, claims only it reports, and week-by-week figures. Bars and columns are SVG; figures are text.
import type { CorpusStoryView, OutletProfile } from '@/lib/corpus';
import type { Bar } from '@/lib/view/profile-charts';
import { BarList } from '@/components/comparison/bar-list';
import { WeekChart } from './week-chart';

const bars = (entries: { label: string; value: number; display?: string }[]): Bar[] => {
  const top = Math.max(0, ...entries.map((e) => Math.abs(e.value)));
  return entries.map((e) => ({ label: e.label, value: e.value, display: e.display ?? String(e.value), fraction: top > 0 ? Math.abs(e.value) / top : 0 }));
};

export function OutletProfileCard({ profile, stories }: { profile: OutletProfile; stories: CorpusStoryView[] }) {
  const label = new Map(stories.map((s) => [s.key, s.label]));
  const id = `outlet-${profile.outlet.replace(/[^\w-]+/g, '-')}`;
  const total = profile.covered.length + profile.missed.length;
  const q = profile.quotes;
  return (
    <article className="profile outlet-profile" aria-labelledby={id} data-outlet={profile.outlet}>
      <h3 id={id}>{profile.outlet}</h3>
      <p className="meta">
        Covers <strong data-figure="covered">{profile.covered.length}</strong> of {total} stories ({profile.analysedStories} analysed) · {profile.claims} claims ·
        loaded wording in its own voice <strong data-figure="loaded-per-100">{profile.loadedNarratorPer100}</strong> per 100 words ({profile.loadedNarrator} in {profile.narratorWords} words) ·
        mean tone {profile.toneMean}
      </p>
      <BarList title="Coverage (stories)" bars={bars([{ label: 'covered', value: profile.covered.length }, { label: 'missed', value: profile.missed.length }, { label: 'blind spots', value: profile.blindSpots.length }])} />
      {profile.blindSpots.length > 0 && (
        <div className="blind-spots">
          <h4>Blind spots: stories most other outlets tell and it does not</h4>
          <ul>{profile.blindSpots.map((key) => <li key={key}>{label.get(key) ?? key}</li>)}</ul>
        </div>
      )}
      <BarList title="Who it quotes (claims)" bars={bars([{ label: 'named', value: q.named }, { label: 'unnamed', value: q.unnamed }, { label: 'officials', value: q.officials }, { label: 'own voice, no source', value: q.unattributed }])} />
      <BarList title="Whose side its sources speak for (claims)" bars={bars(q.sides.map((t) => ({ label: t.side, value: t.claims })))} empty="No quoted source names a country, party or body." />
      <BarList title="Most quoted (claims)" bars={bars(q.top.map((t) => ({ label: t.name, value: t.claims })))} empty="Nobody is quoted by name." />
      <BarList title="Frames (claims)" bars={bars(profile.frames.map((f) => ({ label: f.id, value: f.claims })))} empty="No frames detected." />
      <BarList title="Tone toward the top actors (mean score)" bars={bars(profile.actorTone.map((t) => ({ label: `${t.actor} (${t.claims})`, value: t.meanScore })))} empty="No top actor in its claims." />
      {profile.labels.length > 0 && (
        <p className="labels-used">
          Labels used: {profile.labels.slice(0, 12).map((l, i) => <span key={`${l.actor}-${l.label}`}>{i > 0 && '; '}{l.actor} → “{l.label}” ({l.count})</span>)}
        </p>
      )}
      <details className="unique-claims">
        <summary>Claims only it reports ({profile.uniqueClaimCount})</summary>
        <ul>{profile.uniqueClaims.map((u, i) => <li key={i}><q>{u.text}</q> <span className="note">({label.get(u.story) ?? u.story})</span></li>)}</ul>
      </details>
      <div className="week-charts">
        <WeekChart title="Stories per week" weeks={profile.weeks} measure="stories" unit="stories" />
        <WeekChart title="Loaded wording per week" weeks={profile.weeks} measure="loadedNarratorPer100" unit="per 100 words" />
        <WeekChart title="Officials quoted per week" weeks={profile.weeks} measure="officials" unit="claims" />
      </div>
    </article>
  );
}
