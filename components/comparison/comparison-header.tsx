import type { AnalyzedArticle } from '@/lib/contract/types';
import { coverageSummary } from '@/lib/view/coverage';
import { viewHref } from '@/lib/view/view-state';
import Link from 'next/link';
import { CoverageBar } from './coverage-bar';
import { RemovedBoilerplate } from './removed-boilerplate';
import type { ViewContext } from './view-context';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function SourceItem({ article, ctx }: { article: AnalyzedArticle; ctx: ViewContext }) {
  const url = safeUrl(article.url);
  return (
    <li className="source">
      <h2 className="source-label">{ctx.labels[article.id]}</h2>
      {article.title && <p className="source-title">{article.title}</p>}
      <p className="meta">
        {article.wordCount.toLocaleString('en')} words · {article.claims.length} claims
        {article.publishedAt && <> · {article.publishedAt}</>}
        {url && <> · <a href={url} rel="noopener noreferrer nofollow">original</a></>}
        {' · '}
        <Link href={viewHref(ctx.base, { blind: ctx.state.blind, mode: 'read', article: article.id })} prefetch={false}>
          Read in full<span className="visually-hidden">: {ctx.labels[article.id]}</span>
        </Link>
      </p>
      {!article.language.supported && (
        <p className="warning">Language “{article.language.code}”: the word lists are English, so highlights are not shown for this text.</p>
      )}
      <RemovedBoilerplate article={article} label={ctx.labels[article.id]} />
    </li>
  );
}

export function ComparisonHeader({ title, createdAt, ctx }: { title: string; createdAt: Date; ctx: ViewContext }) {
  const { analysis } = ctx;
  const claims = analysis.articles.reduce((n, a) => n + a.claims.length, 0);
  return (
    <header className="comparison-header">
      <h1>{title}</h1>
      <p className="meta">
        {analysis.articles.length} sources · {claims} claims · created <time dateTime={createdAt.toISOString()}>{dateFormat.format(createdAt)}</time>
        {ctx.state.blind && <> · <strong>Blind mode</strong>: outlet names are hidden</>}
      </p>
      <ul className="sources" aria-label="Sources">
        {analysis.articles.map((article) => <SourceItem key={article.id} article={article} ctx={ctx} />)}
      </ul>
      <CoverageBar summary={coverageSummary(analysis)} labels={ctx.labels} />
    </header>
  );
}
