// One claim in the grid or in reading mode: its annotated text, speaker, tone, narrator bias, frames, and what it adds.
import type { AnalyzedArticle, Claim, ClaimKind } from '@/lib/contract/types';
import { segmentClaim } from '@/lib/view/segments';
import { AnnotatedText } from './annotated-text';
import { ToneChip } from './tone-chip';
import { BiasChip } from './bias-chip';

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  headline: 'Headline',
  statement: 'Reported statement',
  event: 'Event',
  background: 'Background',
  opinion: 'Opinion or analysis',
};

export function SpeakerLine({ claim }: { claim: Claim }) {
  const speaker = claim.speaker;
  if (!speaker) return null;
  const who = speaker.name ?? 'an unnamed source';
  return (
    <p className="speaker-line">
      <span className="speaker-icon" aria-hidden="true">❝</span>
      <span className="visually-hidden">Speaker: </span>
      <strong>{who}</strong>
      {speaker.role && <>, {speaker.role}</>} · “{speaker.verb}” · {speaker.quote === 'direct' ? 'direct quotation' : 'paraphrase'}
      {speaker.vague && <span className="flag"> · vague source</span>}
    </p>
  );
}

interface Props {
  claim: Claim;
  article: AnalyzedArticle;
  adds?: string[];
  /** Link to the claim in reading mode; omitted in reading mode itself. */
  contextHref?: string;
  idPrefix?: string;
  /** Whether the card carries the `claim-<id>` anchor (only one element per claim may). */
  anchor?: boolean;
}

export function ClaimCard({ claim, article, adds = [], contextHref, idPrefix = 'g', anchor = true }: Props) {
  return (
    <div className="claim" id={anchor ? `claim-${claim.id}` : undefined}>
      <p className="claim-text">
        <AnnotatedText segments={segmentClaim(article.text, claim)} idPrefix={`${idPrefix}-${claim.id}`} />
      </p>
      <SpeakerLine claim={claim} />
      <p className="claim-meta">
        <ToneChip sentiment={claim.sentiment} />
        <BiasChip bias={claim.bias} />
        <span className="kind">{CLAIM_KIND_LABELS[claim.kind] ?? claim.kind}</span>
        {claim.frames.map((f) => (
          <span key={f.id} className="frame" title={f.cues.length ? `Cues: ${f.cues.join(', ')}` : undefined}>{f.label}</span>
        ))}
      </p>
      {adds.length > 0 && (
        <div className="adds">
          <span className="adds-label">Only here:</span>
          <ul>{adds.map((a) => <li key={a}>{a}</li>)}</ul>
        </div>
      )}
      {contextHref && <a className="context-link" href={contextHref}>Read in context<span className="visually-hidden"> (claim {claim.index + 1} of {article.outlet})</span></a>}
    </div>
  );
}
