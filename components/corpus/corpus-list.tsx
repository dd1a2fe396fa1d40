import Link from 'next/link';
import type { CorpusSummary } from '@/lib/corpus';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function CorpusList({ corpora }: { corpora: CorpusSummary[] }) {
  return (
    <div className="page">
      <div className="page-title-row">
        <h1>Corpora</h1>
        <Link className="button" href="/corpora/new">Import a corpus</Link>
      </div>
      <p className="lede">A corpus is many articles from many outlets over weeks. Parallax finds its stories, compares each story told by two outlets or more, and profiles every outlet across them.</p>
      {corpora.length === 0 ? (
        <p>No corpus yet. <Link href="/corpora/new">Import one</Link>, or run <code>npx parallax import FILE|DIR</code>.</p>
      ) : (
        <ul className="comparison-list">
          {corpora.map((c) => (
            <li key={c.id}>
              <h2><Link href={`/corpora/${encodeURIComponent(c.id)}`}>{c.name}</Link></h2>
              <p className="meta">
                {c.articles} articles in {c.stories} stories · <time dateTime={c.createdAt.toISOString()}>{dateFormat.format(c.createdAt)} UTC</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
