import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CheckReportView } from '@/components/check/check-report-view';
import { checkReport } from '@/lib/check';
import { hasServerAccess, requirePageAccess } from '@/lib/api/server-access';
import { getComparisonById } from '@/lib/comparisons';
import { PendingComparisonView } from '@/components/comparison/pending-comparison';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await hasServerAccess('read'))) return { title: 'Sign in' };
  const comparison = await getComparisonById({ id: (await params).id });
  return { title: comparison ? `Check: ${comparison.title}` : 'Comparison not found' };
}

/** A saved comparison read as a draft check: its first article is the draft, the others its references. */
export default async function ComparisonCheckPage({ params }: Props) {
  const { id } = await params;
  await requirePageAccess(`/comparisons/${encodeURIComponent(id)}/check`);
  const comparison = await getComparisonById({ id });
  if (!comparison) notFound();
  if (comparison.status !== 'done') return <PendingComparisonView comparison={comparison} />;
  if (comparison.analysis.articles.length < 2) notFound();
  return <CheckReportView id={comparison.id} title={comparison.title} report={checkReport(comparison.analysis)} />;
}
