import type { Metadata } from 'next';
import { NewComparisonForm } from '@/components/new-comparison-form';
import { createComparisonAction } from './actions';
import { requirePageAccess } from '@/lib/api/server-access';

export const metadata: Metadata = { title: 'New comparison' };

// Rendered per request, not prerendered: the page CSP (proxy.ts) only lets scripts run that carry
// the request's nonce, and Next puts that nonce on its scripts only when it renders the page per request.
export const dynamic = 'force-dynamic';

export default async function NewComparisonPage() {
  await requirePageAccess('/comparisons/new');
  return (
    <div className="page narrow">
      <h1>New comparison</h1>
      <p className="lede">Paste two to eight articles about the same event. Parallax splits them into claims, lines up the claims that report the same happening, and marks the wording worth a closer look.</p>
      <NewComparisonForm action={createComparisonAction} />
    </div>
  );
}
