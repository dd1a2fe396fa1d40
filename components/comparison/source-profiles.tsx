// Per-source profile: tone, loaded wording by voice, frames, who is quoted, how claims are attributed.
import { framesInUse } from '@/lib/view/grid';
import { densityScale, profileCharts } from '@/lib/view/profile-charts';
import { BarList } from './bar-list';
import type { ViewContext } from './view-context';

const round = (n: number) => Math.round(n * 100) / 100;

export function SourceProfiles({ ctx }: { ctx: ViewContext }) {
  const { analysis, labels } = ctx;
  const frameLabels = Object.fromEntries(framesInUse(analysis).map((f) => [f.id, f.label]));
  const scale = { density: densityScale(analysis.sources) };
  return (
    <section className="profiles" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Source profiles</h2>
      <div className="profile-cards">
        {analysis.sources.map((profile) => {
          const charts = profileCharts(profile, frameLabels, scale);
          return (
            <article key={profile.article} className="profile" aria-labelledby={`profile-${profile.article}`}>
              <h3 id={`profile-${profile.article}`}>{labels[profile.article] ?? profile.outlet}</h3>
              <p className="meta">
                {profile.claims} claims, {profile.uniqueClaims} reported by no other source · {profile.words.narrator + profile.words.quoted} words,{' '}
                {profile.words.quoted} of them quoted · hedge rate {round(profile.hedgeRate)}, booster rate {round(profile.boosterRate)}
              </p>
              <BarList title="Tone of its claims" bars={charts.tone} />
              <BarList title="Loaded wording (per 100 words)" bars={charts.density} />
              <BarList title="Frames (claims)" bars={charts.frames} empty="No frames detected." />
              <BarList title="Who is quoted (claims)" bars={charts.quoted} empty="Nobody is quoted by name." />
              <BarList title="Attribution (claims)" bars={charts.attribution} />
              {profile.labels.length > 0 && (
                <p className="labels-used">
                  Labels used:{' '}
                  {profile.labels.map((l, i) => <span key={`${l.actor}-${l.label}`}>{i > 0 && '; '}{l.actor} → “{l.label}” ({l.count})</span>)}
                </p>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
