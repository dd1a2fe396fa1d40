// A stretch of article text with its marks: annotation highlights (each with an accessible tooltip),
// quotations and the speaker's name. Text is only ever rendered as React text nodes.
import type { Annotation } from '@/lib/contract/types';
import { annotationKindInfo } from '@/lib/view/annotation-kinds';
import type { TextSegment } from '@/lib/view/segments';

interface Props {
  segments: TextSegment[];
  /** Makes tooltip ids unique on the page (e.g. the claim id). */
  idPrefix: string;
}

function TooltipItem({ annotation }: { annotation: Annotation }) {
  const info = annotationKindInfo(annotation.kind);
  return (
    <span className="tip-item">
      <span className="tip-kind">
        <span aria-hidden="true">{info.marker} </span>
        {info.label}
        <span className="tip-voice"> · {annotation.voice === 'quoted' ? 'inside a quotation (the speaker’s words)' : 'the outlet’s own words'}</span>
      </span>
      <span className="tip-note">{annotation.note}</span>
      {annotation.alternative && (
        <span className="tip-alt">Neutral alternative: <em>{annotation.alternative}</em></span>
      )}
    </span>
  );
}

function Plain({ segment }: { segment: TextSegment }) {
  let node: React.ReactNode = segment.text;
  if (segment.speaker) node = <span className="speaker-mark"><span className="visually-hidden">speaker: </span>{node}</span>;
  if (segment.quote) node = <span className="quote-mark">{node}</span>;
  return <>{node}</>;
}

export function AnnotatedText({ segments, idPrefix }: Props) {
  return (
    <>
      {segments.map((segment) => {
        if (segment.annotations.length === 0) return <Plain key={segment.start} segment={segment} />;
        const tipId = `tip-${idPrefix}-${segment.start}`;
        const kinds = segment.annotations.map((a) => a.kind);
        const markers = segment.annotations.map((a) => annotationKindInfo(a.kind).marker).join('');
        return (
          <span key={segment.start} className="hl-wrap">
            <mark
              className={`hl hl-${kinds[0]}${segment.quote ? ' in-quote' : ''}${segment.speaker ? ' speaker-mark' : ''}`}
              data-kinds={kinds.join(' ')}
              data-marker={markers}
              tabIndex={0}
              aria-describedby={tipId}
            >
              {segment.text}
            </mark>
            <span role="tooltip" id={tipId} className="tip">
              {segment.annotations.map((a, i) => (
                <TooltipItem key={`${a.entry}-${i}`} annotation={a} />
              ))}
            </span>
          </span>
        );
      })}
    </>
  );
}
