import type { WeekFigures } from '@/lib/corpus';

type Measure = 'stories' | 'claims' | 'loadedNarratorPer100' | 'officials';

/** Week-by-week columns: the SVG only illustrates; every figure is in the table beside it. */
export function WeekChart({ title, weeks, measure, unit }: { title: string; weeks: WeekFigures[]; measure: Measure; unit: string }) {
  if (weeks.length === 0) return <p className="hint">{title}: no dated articles.</p>;
  const top = Math.max(0, ...weeks.map((w) => w[measure]));
  const width = 12;
  return (
    <figure className="week-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${weeks.length * width} 40`} preserveAspectRatio="none" aria-hidden="true" focusable="false" className="week-bars">
        {weeks.map((w, i) => {
          const height = top > 0 ? (w[measure] / top) * 38 : 0;
          return <rect key={w.week} x={i * width + 1} y={40 - height} width={width - 2} height={height} className="bar-fill" />;
        })}
      </svg>
      <table className="week-table">
        <thead>
          <tr>
            <th scope="col">week of</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <td><time dateTime={w.week}>{w.week}</time></td>
              <td>{w[measure]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
