import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getComparisonById } from '@/lib/comparisons';
import { ComparisonView } from '@/components/comparison/comparison-view';
import { blindText } from '@/lib/view/blind';
import { parseViewState, type SearchParams } from '@/lib/view/view-state';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const comparison = await getComparisonById({ id: (await params).id });
  if (!comparison) return { title: 'Comparison not found' };
  const blind = parseViewState(await searchParams).blind;
  return { title: blind ? blindText(comparison.analysis, comparison.title) : comparison.title };
}

export default async function ComparisonPage({ params, searchParams }: Props) {
  const comparison = await getComparisonById({ id: (await params).id });
  if (!comparison) notFound();
  return <ComparisonView comparison={comparison} state={parseViewState(await searchParams)} />;
}
