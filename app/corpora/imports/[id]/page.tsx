import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getImportProgress } from '@/lib/corpus';
import { ImportProgressView } from '@/components/corpus/import-progress-view';

export const metadata: Metadata = { title: 'Importing a corpus' };
export const dynamic = 'force-dynamic';

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const progress = await getImportProgress((await params).id);
  if (!progress) notFound();
  return <ImportProgressView progress={progress} />;
}
