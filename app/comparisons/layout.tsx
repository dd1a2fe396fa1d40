// Every page under /comparisons reads stored data or leads to it: in private mode none renders for a
// reader who has not signed in, whatever reached it (the proxy is one gate, this is another, and each
// page checks again with its exact address to come back to).
import { headers } from 'next/headers';
import { requirePageAccess } from '@/lib/api/server-access';

export const dynamic = 'force-dynamic';

export default async function ComparisonsLayout({ children }: { children: React.ReactNode }) {
  await requirePageAccess((await headers()).get('x-parallax-path') ?? '/');
  return children;
}
