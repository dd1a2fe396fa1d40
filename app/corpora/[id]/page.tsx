import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus, getCorpusSummary, pageFilter } from '@/lib/corpus';
import { CorpusView } from '@/components/corpus/corpus-view';
import { hasServerAccess } from '@/lib/api/server-access';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;
interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

const one = (params: SearchParams, key: string) => (typeof params[key] === 'string' && params[key] ? (params[key] as string) : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await hasServerAccess('read'))) return { title: 'Sign in' };
  const corpus = await getCorpusSummary({ id: (await params).id });
  return { title: corpus ? corpus.name : 'Corpus not found' };
}

export default async function CorpusPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const corpus = await getCorpus({ id: (await params).id, filter: pageFilter(query) });
  if (!corpus) notFound();
  return <CorpusView corpus={corpus} compare={{ a: one(query, 'a'), b: one(query, 'b') }} />;
}
