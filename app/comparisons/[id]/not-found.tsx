import Link from 'next/link';

export default function ComparisonNotFound() {
  return (
    <div className="page narrow">
      <h1>Comparison not found</h1>
      <p>There is no comparison at this address. It may have been deleted. <Link href="/">See all comparisons</Link>.</p>
    </div>
  );
}
