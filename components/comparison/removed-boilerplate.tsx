import type { AnalyzedArticle } from '@/lib/contract/types';

/** What ingest took out of the article (share prompts, teasers, captions), collapsed by default. */
export function RemovedBoilerplate({ article, label }: { article: AnalyzedArticle; label: string }) {
  if (article.removed.length === 0) return null;
  return (
    <details className="removed">
      <summary>
        Removed page furniture ({article.removed.length})<span className="visually-hidden"> from {label}</span>
      </summary>
      <ul>
        {article.removed.map((r, i) => (
          <li key={`${r.rawStart}-${i}`}>
            <q>{r.text}</q> <span className="meta">— {r.note || r.reason}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
