'use client';

import { useEffect } from 'react';

/**
 * Prints the page. On the grid with closed rows (`fullHref` given) it first opens the full view, which
 * prints itself on arrival (`#print`): a printout shows every claim.
 */
export function PrintButton({ fullHref }: { fullHref?: string }) {
  useEffect(() => {
    if (fullHref || window.location.hash !== '#print') return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    window.print();
  }, [fullHref]);
  return (
    <button type="button" className="linklike" onClick={() => (fullHref ? window.location.assign(`${fullHref}#print`) : window.print())}>
      Print
    </button>
  );
}
