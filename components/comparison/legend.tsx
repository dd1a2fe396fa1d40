import { ANNOTATION_KINDS } from '@/lib/view/annotation-kinds';

/** Explains every mark: each annotation kind's underline and marker, quotations and speakers. */
export function Legend() {
  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">How to read the highlights</h2>
      <p className="hint">Hover over or tab to a highlighted word to see what it is, why it matters and a neutral alternative. Press Escape to close the note.</p>
      <ul className="legend-list">
        {ANNOTATION_KINDS.map((k) => (
          <li key={k.kind}>
            <span className="hl-sample"><mark className={`hl hl-${k.kind}`} data-marker={k.marker}>{k.label}</mark></span>
            <span className="legend-text"> — {k.underline} underline, marker “{k.marker}”. {k.explanation}</span>
          </li>
        ))}
        <li><span className="quote-mark">“Quoted words”</span><span className="legend-text"> — a quotation: the speaker’s words, not the outlet’s.</span></li>
        <li><span className="speaker-mark">Speaker name</span><span className="legend-text"> — who the claim is credited to.</span></li>
      </ul>
    </section>
  );
}
