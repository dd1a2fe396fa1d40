// Numbers as values: "1,200" → 1200, "$6 billion" → 6000000000, "five" → 5, "fifth" → 5.
import { NUMBER_WORDS } from './lexicon';

const SCALE: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

export interface NumberValue {
  value: number | null;
  currency: string | null;
}

export function parseNumber(written: string): NumberValue {
  const lower = written.toLowerCase().replace(/[‐–-]/g, ' ');
  let currency: string | null = null;
  for (const symbol of Object.keys(CURRENCY)) if (lower.includes(symbol)) currency = CURRENCY[symbol];
  if (/\b(dollars?|usd)\b/.test(lower)) currency ??= 'USD';
  if (/\b(euros?)\b/.test(lower)) currency ??= 'EUR';
  let value: number | null = null;
  let pending = 0;
  for (const word of lower.match(/[\d.,]+|[a-z]+/g) ?? []) {
    if (/^\d/.test(word)) {
      const n = Number(word.replace(/,/g, '').replace(/\.$/, ''));
      if (!Number.isNaN(n)) pending += n;
    } else if (SCALE[word]) {
      pending = (pending || 1) * SCALE[word];
      if (SCALE[word] >= 1e3) {
        value = (value ?? 0) + pending;
        pending = 0;
      }
    } else if (NUMBER_WORDS.has(word)) {
      pending += NUMBER_WORDS.get(word)!;
    } else if (/^(\d+)(st|nd|rd|th)$/.test(word)) {
      pending += Number(word.replace(/\D/g, ''));
    }
  }
  if (pending || value !== null) value = (value ?? 0) + pending;
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(lower.trim());
  if (ordinal) value = Number(ordinal[1]);
  return { value, currency };
}

/** Numbers as plain text for comparison: 6000000000, 1.5, 5. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
