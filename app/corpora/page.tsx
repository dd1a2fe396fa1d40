import type { Metadata } from 'next';
import { listCorpora } from '@/lib/corpus';
import { CorpusList } from '@/components/corpus/corpus-list';

export const metadata: Metadata = { title: 'Corpora' };
export const dynamic = 'force-dynamic';

export default async function CorporaPage() {
  return <CorpusList corpora={await listCorpora()} />;
}
