import Link from 'next/link';
import { connection } from 'next/server';

// Rendered per request, not prerendered: the page CSP (proxy.ts) only lets scripts run that carry
// the request's nonce, and Next puts that nonce on its scripts only when it renders per request.
export default async function NotFound() {
  await connection();
  return (
    <div className="page narrow">
      <h1>Page not found</h1>
      <p><Link href="/">Back to the comparisons</Link></p>
    </div>
  );
}
