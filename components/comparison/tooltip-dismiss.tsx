'use client';

// WCAG 1.4.13: a tooltip shown on hover or focus can be dismissed with Escape without moving focus.
import { useEffect } from 'react';

export function TooltipDismiss() {
  useEffect(() => {
    const root = document.documentElement;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') root.dataset.tips = 'off';
    };
    const reset = (event: Event) => {
      if (root.dataset.tips && (event.target as Element | null)?.closest?.('.hl-wrap')) delete root.dataset.tips;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', reset);
    document.addEventListener('pointerover', reset);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', reset);
      document.removeEventListener('pointerover', reset);
    };
  }, []);
  return null;
}
