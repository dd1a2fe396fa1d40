import { notFound } from 'next/navigation';
import { listComparisons } from '@/lib/comparisons';
import { ComparisonList } from '@/components/comparison-list';
import { requirePageAccess } from '@/lib/api/server-access';
import { MAX_LIST_PAGE } from '@/lib/api/limits';

export const dynamic = 'force-dynamic';

/** `?page=` as the list takes it: a whole number from 1 to MAX_LIST_PAGE, else no such page. */
function pageNumber(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_LIST_PAGE ? page : null;
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  await requirePageAccess(typeof params.page === 'string' ? `/?page=${encodeURIComponent(params.page)}` : '/');
  const page = pageNumber(params.page);
  if (page === null) notFound();
  const list = await listComparisons({ page, pageSize: 20 });
  return <ComparisonList {...list} />;
}
