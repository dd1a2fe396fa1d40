import { listComparisons } from '@/lib/comparisons';
import { ComparisonList } from '@/components/comparison-list';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = Number((await searchParams).page) || 1;
  const list = await listComparisons({ page, pageSize: 20 });
  return <ComparisonList {...list} />;
}
