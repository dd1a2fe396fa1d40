import type { Bar } from '@/lib/view/profile-charts';

/** A small horizontal bar chart: the figures are text, the SVG bars only illustrate them. */
export function BarList({ title, bars, empty = 'None found.' }: { title: string; bars: Bar[]; empty?: string }) {
  return (
    <div className="chart">
      <h4>{title}</h4>
      {bars.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="bars">
          {bars.map((bar) => (
            <li key={bar.label}>
              <span className="bar-label">{bar.label}</span>
              <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect width="100" height="10" className="bar-track" />
                <rect width={Math.max(0, Math.round(bar.fraction * 1000) / 10)} height="10" className="bar-fill" />
              </svg>
              <span className="bar-value">{bar.display}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
