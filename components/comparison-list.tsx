import Link from 'next/link';
import type { ComparisonSummary } from '@/lib/comparisons';

interface Props {
  items: ComparisonSummary[];
  total: number;
  page: number;
  pageSize: number;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function ComparisonList({ items, total, page, pageSize }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="page">
      <div className="page-title-row">
        <h1>Comparisons</h1>
        <Link className="button" href="/comparisons/new">New comparison</Link>
      </div>
      <p className="lede">Each comparison sets articles on one event side by side, claim by claim: what they share, what only one reports, and where they disagree.</p>
      {items.length === 0 ? (
        <p>No comparisons yet. <Link href="/comparisons/new">Paste two articles</Link> to make the first one.</p>
      ) : (
        <ul className="comparison-list">
          {items.map((item) => (
            <li key={item.id}>
              <h2><Link href={`/comparisons/${encodeURIComponent(item.id)}`}>{item.title}</Link></h2>
              <p className="meta">
                {item.outlets.length} sources: {item.outlets.join(', ')} · {item.claimCount} claims in {item.groupCount} groups ·{' '}
                <time dateTime={item.createdAt.toISOString()}>{dateFormat.format(item.createdAt)} UTC</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="pager">
          {page > 1 && <Link href={`/?page=${page - 1}`} rel="prev">Newer</Link>}
          <span>Page {page} of {pages}</span>
          {page < pages && <Link href={`/?page=${page + 1}`} rel="next">Older</Link>}
        </nav>
      )}
    </div>
  );
}
