'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="page narrow">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Nothing you saved is lost.</p>
      <button type="button" className="button" onClick={reset}>Try again</button>
    </div>
  );
}
