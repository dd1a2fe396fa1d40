// The coverage summary drawn as one stacked SVG bar, with the same figures as text beside it.
import { coverageBar, type CoverageSummary } from '@/lib/view/coverage';

const FILLS: Record<string, string> = { conflict: 'url(#hatch-conflict)', all: '#1d4e89', some: '#5b8fc7' };
const UNIQUE_FILLS = ['#c9a227', '#8f6bb3', '#3f8f6f', '#c26a4a', '#6f7f8f', '#b5577f', '#4b8a9e', '#8c8c3a'];

export function CoverageBar({ summary, labels }: { summary: CoverageSummary; labels: Record<string, string> }) {
  const segments = coverageBar(summary, labels);
  const fill = (key: string, i: number) => FILLS[key] ?? UNIQUE_FILLS[i % UNIQUE_FILLS.length];
  const uniqueIndex = (key: string) => summary.uniqueBySource.findIndex((u) => `unique-${u.article}` === key);
  return (
    <figure className="coverage">
      <figcaption>
        <strong>{summary.total}</strong> happenings (claim groups): {summary.sharedByAll} shared by all, {summary.sharedBySome} by some,{' '}
        {summary.conflict} in conflict, {summary.uniqueBySource.reduce((n, u) => n + u.count, 0)} reported by one source only.
      </figcaption>
      <svg className="coverage-bar" viewBox="0 0 1000 28" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="hatch-conflict" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#b3261e" />
            <rect width="3" height="8" fill="#7a1712" />
          </pattern>
        </defs>
        {segments.map((s) => (
          <rect key={s.key} x={s.x * 1000} y={0} width={Math.max(s.width * 1000 - 2, 1)} height={28} fill={fill(s.key, uniqueIndex(s.key))} />
        ))}
      </svg>
      <ul className="coverage-legend">
        {segments.map((s) => (
          <li key={s.key}>
            <svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill={s.key === 'conflict' ? '#b3261e' : fill(s.key, uniqueIndex(s.key))} /></svg>
            {s.label}: {s.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
