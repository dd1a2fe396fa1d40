// The editor's check as a page: one panel per list, each with its summary line. Every text from the
// articles is rendered as React text (never as HTML).
import Link from 'next/link';
import type { CheckReport, WordChange } from '@/lib/check';

function Diff({ diff, reference }: { diff: WordChange[]; reference: string }) {
  return (
    <p className="check-diff">
      {diff.map((change, i) =>
        change.op === 'same' ? <span key={i}>{change.text} </span>
          : change.op === 'draft' ? <del key={i} title="in the draft only">{change.text} </del>
            : <ins key={i} title={`in ${reference} only`}>{change.text} </ins>,
      )}
    </p>
  );
}

function Section({ id, title, summary, count, children }: { id: string; title: string; summary: string; count: number; children: React.ReactNode }) {
  return (
    <section className="panel check-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title} <span className="count">({count})</span></h2>
      <p className="note">{summary}</p>
      {count > 0 && children}
    </section>
  );
}

export function CheckReportView({ id, title, report }: { id: string; title: string; report: CheckReport }) {
  return (
    <div className="page check-report">
      <div className="page-title-row">
        <h1>{title}</h1>
        <p>
          <Link href={`/check?from=${encodeURIComponent(id)}`}>Edit and re-run the check</Link> ·{' '}
          <Link href={`/comparisons/${encodeURIComponent(id)}`}>Side by side</Link>
        </p>
      </div>
      <p className="lede">
        The draft ({report.draft.outlet}, {report.draft.claims} claims) against {report.references.map((r) => `${r.outlet} (${r.claims} claims)`).join(', ')}.
      </p>
      <Section id="missing" title="Missing from the draft" summary={report.summary.missing} count={report.missing.length}>
        <ol className="check-list">
          {report.missing.map((m) => (
            <li key={m.claim}>
              <strong>{m.outlet}</strong>{m.carriedBy > 1 && <span className="badge badge-some"> {m.carriedBy} references</span>}
              <blockquote>{m.text}</blockquote>
              {m.closest && <p className="note">Closest in the draft ({Math.round(m.closest.overlap * 100)}% of its words): {m.closest.text}</p>}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="conflicts" title="Stated differently" summary={report.summary.conflicts} count={report.conflicts.length}>
        <ul className="check-list">
          {report.conflicts.map((c, i) => (
            <li key={i}>
              <span className="badge badge-conflict">{c.kind}</span> <strong>{c.note}</strong>
              <blockquote>Draft: {c.draft.text}</blockquote>
              {c.references.map((r) => <blockquote key={r.claim}>{r.outlet}: {r.text}</blockquote>)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="draft-only" title="Only in the draft" summary={report.summary.draftOnly} count={report.draftOnly.length}>
        <ul className="check-list">
          {report.draftOnly.map((d) => (
            <li key={d.claim}>
              <blockquote>{d.text}</blockquote>
              <p className="note">{d.sourcing === 'named' ? `Named source: ${d.speaker}` : d.sourcing === 'vague' ? 'Vague source' : 'No source given'}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="quotes" title="Quotations" summary={report.summary.quotes} count={report.quotes.length}>
        <ul className="check-list">
          {report.quotes.map((q, i) => (
            <li key={i}>
              <p>{q.note}</p>
              {q.diff ? <Diff diff={q.diff} reference={q.reference.outlet} /> : <blockquote>{q.reference.outlet}: “{q.reference.quote}”</blockquote>}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="wording" title="The draft's own wording" summary={report.summary.wording} count={report.wording.length}>
        <ul className="check-list">
          {report.wording.map((w, i) => (
            <li key={i}>
              <mark>{w.word.text}</mark> <span className="badge">{w.kind}</span> {w.note}
              {w.alternative && <span> Neutral: {w.alternative}.</span>}
              {w.references.length > 0 && <p className="note">References write: {w.references.map((r) => `${r.outlet} “${r.text}”`).join(', ')}</p>}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
