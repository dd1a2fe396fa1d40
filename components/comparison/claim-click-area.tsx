'use client';

// Reading mode: clicking anywhere on a claim (not on a highlight) opens its counterparts, like its link.
export function ClaimClickArea({ children }: { children: React.ReactNode }) {
  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, mark, button') || window.getSelection()?.toString()) return;
    target.closest('.read-claim')?.querySelector<HTMLAnchorElement>('a.claim-link')?.click();
  };
  return <div className="claim-click-area" onClick={onClick}>{children}</div>;
}
