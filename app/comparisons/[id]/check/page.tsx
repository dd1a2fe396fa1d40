import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CheckReportView } from '@/components/check/check-report-view';
import { checkReport } from '@/lib/check';
import { getComparisonById } from '@/lib/comparisons';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await getComparisonById({ id: (await params).id });
  return { title: comparison ? `Check: ${comparison.title}` : 'Comparison not found' };
}

/** A saved comparison read as a draft check: its first article is the draft, the others its references. */
export default async function ComparisonCheckPage({ params }: Props) {
  const comparison = await getComparisonById({ id: (await params).id });
  if (!comparison || comparison.analysis.articles.length < 2) notFound();
  return <CheckReportView id={comparison.id} title={comparison.title} report={checkReport(comparison.analysis)} />;
}
