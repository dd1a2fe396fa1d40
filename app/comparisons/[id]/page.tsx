import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getComparisonById } from '@/lib/comparisons';
import { ComparisonView } from '@/components/comparison/comparison-view';
import { PendingComparisonView } from '@/components/comparison/pending-comparison';
import { blindText } from '@/lib/view/blind';
import { parseViewState, type SearchParams } from '@/lib/view/view-state';
import { hasServerAccess, requirePageAccess } from '@/lib/api/server-access';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  // Metadata is rendered apart from the page: it must not show a private comparison's title either.
  if (!(await hasServerAccess('read'))) return { title: 'Sign in' };
  const comparison = await getComparisonById({ id: (await params).id });
  if (!comparison) return { title: 'Comparison not found' };
  if (comparison.status !== 'done') return { title: `${comparison.title} (analysis ${comparison.status})` };
  const blind = parseViewState(await searchParams).blind;
  return { title: blind ? blindText(comparison.analysis, comparison.title) : comparison.title };
}

export default async function ComparisonPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageAccess(`/comparisons/${encodeURIComponent(id)}`);
  const comparison = await getComparisonById({ id });
  if (!comparison) notFound();
  if (comparison.status !== 'done') return <PendingComparisonView comparison={comparison} />;
  return <ComparisonView comparison={comparison} state={parseViewState(await searchParams)} />;
}
