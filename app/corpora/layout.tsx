// Every page under /corpora reads stored data or leads to it: in private mode none renders for a
// reader who has not signed in (the proxy is one gate, this is another).
import { headers } from 'next/headers';
import { requirePageAccess } from '@/lib/api/server-access';

export const dynamic = 'force-dynamic';

export default async function CorporaLayout({ children }: { children: React.ReactNode }) {
  await requirePageAccess((await headers()).get('x-parallax-path') ?? '/corpora');
  return children;
}
