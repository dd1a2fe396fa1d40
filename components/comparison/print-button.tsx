'use client';

export function PrintButton() {
  return (
    <button type="button" className="linklike" onClick={() => window.print()}>
      Print
    </button>
  );
}
