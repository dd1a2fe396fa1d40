import type { Metadata } from 'next';
import { ImportForm } from '@/components/corpus/import-form';
import { importCorpusAction } from './actions';

export const metadata: Metadata = { title: 'Import a corpus' };
export const dynamic = 'force-dynamic';

export default async function NewCorpusPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { problem } = await searchParams;
  return (
    <div className="page narrow">
      <h1>Import a corpus</h1>
      <p className="lede">Upload an export of many articles. Parallax stores each article once, groups them into stories, and queues the comparison of every story told by two outlets or more.</p>
      <ImportForm action={importCorpusAction} problem={typeof problem === 'string' ? problem.slice(0, 300) : undefined} />
    </div>
  );
}
