// Chart data for the per-source profile panel: plain numbers laid out for small SVG bars.
import type { SourceProfile } from '../contract/types';

export interface Bar {
  label: string;
  value: number;
  /** Formatted value shown beside the bar. */
  display: string;
  /** Width as a fraction (0..1) of the widest bar in the same chart. */
  fraction: number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function bars(entries: { label: string; value: number; display?: string }[], max?: number): Bar[] {
  const top = max ?? Math.max(0, ...entries.map((e) => e.value));
  return entries.map((e) => ({ label: e.label, value: e.value, display: e.display ?? String(e.value), fraction: top > 0 ? Math.min(1, e.value / top) : 0 }));
}

export interface ProfileCharts {
  tone: Bar[];
  density: Bar[];
  frames: Bar[];
  quoted: Bar[];
  attribution: Bar[];
}

const MAX_ROWS = 6;

/** frameLabels: frame id → label (profiles carry ids only). Shared scales let sources be compared. */
export function profileCharts(profile: SourceProfile, frameLabels: Record<string, string>, scale: { density: number }): ProfileCharts {
  const toneTotal = profile.tone.negative + profile.tone.neutral + profile.tone.positive;
  const pct = (n: number) => (toneTotal ? `${Math.round((100 * n) / toneTotal)}%` : '0%');
  return {
    tone: bars([
      { label: 'Negative', value: profile.tone.negative, display: `${profile.tone.negative} (${pct(profile.tone.negative)})` },
      { label: 'Neutral', value: profile.tone.neutral, display: `${profile.tone.neutral} (${pct(profile.tone.neutral)})` },
      { label: 'Positive', value: profile.tone.positive, display: `${profile.tone.positive} (${pct(profile.tone.positive)})` },
    ], toneTotal),
    density: bars([
      { label: 'Own voice', value: profile.loadedDensity.narrator, display: `${round(profile.loadedDensity.narrator, 2)} per 100 words` },
      { label: 'In quotes', value: profile.loadedDensity.quoted, display: `${round(profile.loadedDensity.quoted, 2)} per 100 words` },
    ], scale.density),
    frames: bars(
      [...profile.frames].sort((a, b) => b.claims - a.claims).slice(0, MAX_ROWS).map((f) => ({ label: frameLabels[f.id] ?? f.id, value: f.claims })),
      profile.claims,
    ),
    quoted: bars(
      [...profile.quoted].sort((a, b) => b.claims - a.claims).slice(0, MAX_ROWS).map((q) => ({ label: q.name, value: q.claims })),
      profile.claims,
    ),
    attribution: bars([
      { label: 'Named source', value: profile.attribution.named },
      { label: 'Vague source', value: profile.attribution.vague },
      { label: 'Unattributed', value: profile.attribution.unattributed },
    ], profile.claims),
  };
}

/** The largest loaded-language density across sources, so every density chart uses the same scale. */
export function densityScale(profiles: SourceProfile[]): number {
  return Math.max(0, ...profiles.flatMap((p) => [p.loadedDensity.narrator, p.loadedDensity.quoted]));
}
