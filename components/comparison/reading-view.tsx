// Reading mode: one article in full with its marks; choosing a claim shows its counterparts in the
// other sources (and near misses: similar claims that were not grouped with it).
import Link from 'next/link';
import type { AnalyzedArticle } from '@/lib/contract/types';
import { articleParagraphs, counterparts } from '@/lib/view/reading';
import { segmentClaim } from '@/lib/view/segments';
import { viewHref } from '@/lib/view/view-state';
import { AnnotatedText } from './annotated-text';
import { ClaimCard } from './claim-card';
import { ClaimClickArea } from './claim-click-area';
import { RemovedBoilerplate } from './removed-boilerplate';
import type { ViewContext } from './view-context';

function Counterparts({ ctx, article }: { ctx: ViewContext; article: AnalyzedArticle }) {
  const { analysis, labels, state, base } = ctx;
  const selected = state.claim ? counterparts(analysis, state.claim) : null;
  if (!selected || selected.claim.articleId !== article.id) {
    return <p className="hint">Choose a claim in the article (click it, or use its ⇄ link) to see how the other sources report the same happening.</p>;
  }
  const articles = new Map(analysis.articles.map((a) => [a.id, a]));
  const readHref = (articleId: string, claimId: string) => viewHref(base, { blind: state.blind, mode: 'read', article: articleId, claim: claimId }, `claim-${claimId}`);
  return (
    <>
      <p className="selected-claim">
        <span className="meta">Selected claim {selected.claim.index + 1}{selected.group && <> · group: {selected.group.summary}</>}</span>
      </p>
      <blockquote className="selected-text">{selected.claim.text}</blockquote>
      {selected.group?.tone?.note && <p className="group-tone">Relative tone: {selected.group.tone.note}</p>}
      {selected.group?.discrepancies.slice(0, 5).map((d, i) => <p key={i} className="conflict-note"><span className="badge badge-conflict">Conflict</span> {d.note}</p>)}
      {selected.others.map((other) => (
        <section key={other.article} className="counterpart" aria-label={`In ${labels[other.article]}`}>
          <h3>{labels[other.article]}</h3>
          {other.claims.length === 0 ? (
            <p className="not-reported">Not reported</p>
          ) : (
            other.claims.map((c) => (
              <div key={c.id}>
                <ClaimCard claim={c} article={articles.get(c.articleId)!} anchor={false} idPrefix="cp"
                  adds={selected.group?.members.find((m) => m.claim === c.id)?.adds} />
                <Link href={readHref(c.articleId, c.id)} prefetch={false}>Read it in {labels[c.articleId]}</Link>
              </div>
            ))
          )}
        </section>
      ))}
      {selected.nearMisses.length > 0 && (
        <section className="near-misses" aria-labelledby="near-heading">
          <h3 id="near-heading">Similar claims not grouped with it</h3>
          <ul>
            {selected.nearMisses.map(({ link, claim }) => (
              <li key={claim.id}>
                <Link href={readHref(claim.articleId, claim.id)} prefetch={false}>{labels[claim.articleId]}: {claim.text}</Link>{' '}
                <span className="meta">similarity {Math.round(link.score * 100)}%{link.features.length ? ` · ${link.features.join('; ')}` : ''}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function ReadingView({ ctx }: { ctx: ViewContext }) {
  const { analysis, labels, state, base } = ctx;
  const fromClaim = state.claim ? analysis.articles.find((a) => a.claims.some((c) => c.id === state.claim)) : undefined;
  const article = analysis.articles.find((a) => a.id === state.article) ?? fromClaim ?? analysis.articles[0];
  if (!article) return null;
  return (
    <div className="reading">
      <nav aria-label="Article to read" className="article-tabs">
        {analysis.articles.map((a) => (
          <Link key={a.id} href={viewHref(base, { blind: state.blind, mode: 'read', article: a.id })} aria-current={a.id === article.id ? 'page' : undefined} prefetch={false}>
            {labels[a.id]}
          </Link>
        ))}
      </nav>
      <div className="reading-columns">
        <article className="reading-article" aria-labelledby="reading-heading">
          <h2 id="reading-heading">{labels[article.id]}{article.title && <>: <span className="source-title">{article.title}</span></>}</h2>
          <RemovedBoilerplate article={article} label={labels[article.id]} />
          <ClaimClickArea>
            {articleParagraphs(article).map((p) => (
              <p key={p.start}>
                {p.pieces.map((piece) =>
                  piece.type === 'text' ? (
                    <span key={`t${piece.start}`}>{piece.text}</span>
                  ) : (
                    <span key={piece.claim.id} id={`claim-${piece.claim.id}`} className={`read-claim${piece.claim.id === state.claim ? ' selected' : ''}`}>
                      <AnnotatedText segments={segmentClaim(article.text, piece.claim)} idPrefix={`r-${piece.claim.id}`} />
                      <Link className="claim-link" prefetch={false} scroll={false}
                        href={viewHref(base, { blind: state.blind, mode: 'read', article: article.id, claim: piece.claim.id }, `claim-${piece.claim.id}`)}
                        aria-label={`Compare claim ${piece.claim.index + 1} with the other sources`}>⇄</Link>
                    </span>
                  ),
                )}
              </p>
            ))}
          </ClaimClickArea>
        </article>
        <aside className="counterparts panel" aria-labelledby="counterparts-heading">
          <h2 id="counterparts-heading">In the other sources</h2>
          <Counterparts ctx={ctx} article={article} />
        </aside>
      </div>
    </div>
  );
}
