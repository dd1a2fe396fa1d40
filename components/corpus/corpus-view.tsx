// The corpus page: its stories with their outlets, GET-form filters (date, outlet, actor) and two
// outlets side by side that work without JavaScript, the outlet profiles, and the exports. While
// story analyses are pending the page shows their progress and reloads itself, as a pending comparison does.
import Link from 'next/link';
import { filterQuery, type CorpusView as Corpus, type CorpusStoryView, type OutletProfile } from '@/lib/corpus';
import { OutletProfileCard } from './outlet-profile-card';

export const CORPUS_REFRESH_SECONDS = 5;

function StoryItem({ story }: { story: CorpusStoryView }) {
  return (
    <li className="story" data-story={story.key}>
      <h3>{story.comparisonId ? <Link href={`/comparisons/${encodeURIComponent(story.comparisonId)}`}>{story.label}</Link> : story.label}</h3>
      <p className="meta">
        {story.firstDate ? <time dateTime={story.firstDate}>{story.firstDate.slice(0, 10)}</time> : 'undated'} ·{' '}
        {story.outlets.length < 2 ? <span className="badge badge-unique">one outlet only: {story.outlets[0]}</span> : <>{story.outlets.length} outlets: {story.outlets.join(', ')}</>}
        {story.status && story.status !== 'done' ? <> · analysis {story.status}</> : null}
      </p>
      <details>
        <summary>{story.articles.length} articles, and why they are one story</summary>
        <ul>
          {story.articles.map((a) => (
            <li key={a.inputId}>
              {a.outlet}: {a.url ? <a href={a.url} rel="noreferrer noopener">{a.title || a.inputId}</a> : a.title || a.inputId}
            </li>
          ))}
        </ul>
        <p className="note">
          Shared terms: {story.why.terms.join(', ')}.{' '}
          {story.why.joins.map((j) => `${j.article.split('/').pop()} joined at cosine ${j.score} (${j.shared.join(', ')})`).join('; ')}
        </p>
      </details>
    </li>
  );
}

function SideBySide({ corpus, a, b }: { corpus: Corpus; a: OutletProfile | null; b: OutletProfile | null }) {
  const select = (name: string, value: string | undefined) => (
    <select name={name} id={`compare-${name}`} defaultValue={value ?? ''}>
      <option value="">choose an outlet</option>
      {corpus.outlets.map((o) => <option key={o} value={o}>{o}</option>)}
    </select>
  );
  const hidden = Object.entries(corpus.filter).filter(([k, v]) => v && k !== 'outlet');
  const both = a && b ? corpus.stories.filter((s) => a.covered.includes(s.key) && b.covered.includes(s.key)) : [];
  const onlyOf = (x: OutletProfile, y: OutletProfile) => corpus.stories.filter((s) => x.covered.includes(s.key) && !y.covered.includes(s.key));
  return (
    <section className="panel side-by-side" aria-labelledby="side-heading">
      <h2 id="side-heading">Two outlets side by side</h2>
      <form method="get" className="filter-form">
        {hidden.map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <div className="field"><label htmlFor="compare-a">Outlet</label>{select('a', a?.outlet)}</div>
        <div className="field"><label htmlFor="compare-b">and outlet</label>{select('b', b?.outlet)}</div>
        <div className="form-actions"><button className="button" type="submit">Compare</button></div>
      </form>
      {a && b ? (
        <>
          <p className="meta" data-figure="side-by-side-counts">
            Both tell {both.length} stories; only {a.outlet} {onlyOf(a, b).length}; only {b.outlet} {onlyOf(b, a).length}.
          </p>
          <div className="two-up">
            <OutletProfileCard profile={a} stories={corpus.stories} />
            <OutletProfileCard profile={b} stories={corpus.stories} />
          </div>
        </>
      ) : null}
    </section>
  );
}

export function CorpusView({ corpus, compare }: { corpus: Corpus; compare: { a?: string; b?: string } }) {
  const { counts, filter } = corpus;
  const pending = counts.pending > 0;
  const comparable = counts.stories - counts.oneOutlet;
  const exportBase = `/api/corpora/${encodeURIComponent(corpus.id)}`;
  const profileOf = (name?: string) => (name ? corpus.profiles.find((p) => p.outlet === name) ?? null : null);
  return (
    <div className="page corpus-page">
      {pending ? <meta httpEquiv="refresh" content={String(CORPUS_REFRESH_SECONDS)} /> : null}
      <h1>{corpus.name}</h1>
      <p className="lede">
        {corpus.articleCount} articles from {corpus.outlets.length} outlets in {counts.stories} stories{Object.values(filter).some(Boolean) ? ' (filtered)' : ''};{' '}
        {counts.oneOutlet} told by one outlet only.
      </p>
      <div role="status" className="analysis-progress">
        <label htmlFor="analysis-progress">
          Stories analysed: <strong data-figure="analysed">{counts.analysed}</strong> of {comparable} with two outlets or more
          {counts.failed ? `, ${counts.failed} failed` : ''}
          {pending ? ` (${counts.pending} waiting; this page reloads every ${CORPUS_REFRESH_SECONDS} seconds)` : ''}
        </label>{' '}
        <progress id="analysis-progress" max={Math.max(1, comparable)} value={counts.analysed} />
      </div>

      <form method="get" className="filter-form panel" aria-label="Filter the stories">
        <div className="field"><label htmlFor="from">From</label><input type="date" id="from" name="from" defaultValue={filter.from ?? ''} /></div>
        <div className="field"><label htmlFor="to">To</label><input type="date" id="to" name="to" defaultValue={filter.to ?? ''} /></div>
        <div className="field">
          <label htmlFor="outlet">Outlet</label>
          <select id="outlet" name="outlet" defaultValue={filter.outlet ?? ''}>
            <option value="">all outlets</option>
            {corpus.outlets.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="actor">Actor</label>
          <input type="text" id="actor" name="actor" list="actors" defaultValue={filter.actor ?? ''} />
          <datalist id="actors">{corpus.actors.map((a) => <option key={a} value={a} />)}</datalist>
        </div>
        <div className="form-actions">
          <button className="button" type="submit">Filter</button>
          <Link href={`/corpora/${encodeURIComponent(corpus.id)}`}>Clear</Link>
        </div>
      </form>

      <p className="exports">
        Export these figures: <a href={`${exportBase}${filterQuery(filter, { format: 'csv' })}`}>CSV</a> ·{' '}
        <a href={`${exportBase}${filterQuery(filter, { format: 'json', download: '1' })}`}>JSON</a>
      </p>

      <SideBySide corpus={corpus} a={profileOf(compare.a)} b={profileOf(compare.b)} />

      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading">Stories <span className="count">({corpus.stories.length})</span></h2>
        {corpus.stories.length === 0 ? <p>No story matches these filters.</p> : <ol className="story-list">{corpus.stories.map((s) => <StoryItem key={s.id} story={s} />)}</ol>}
      </section>

      <section className="profiles" aria-labelledby="outlets-heading">
        <h2 id="outlets-heading">Outlet profiles</h2>
        <div className="profile-cards">{corpus.profiles.map((p) => <OutletProfileCard key={p.outlet} profile={p} stories={corpus.stories} />)}</div>
      </section>
    </div>
  );
}
