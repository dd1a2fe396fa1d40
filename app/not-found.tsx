import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="page narrow">
      <h1>Page not found</h1>
      <p><Link href="/">Back to the comparisons</Link></p>
    </div>
  );
}
