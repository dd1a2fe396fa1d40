// Dates as written → a comparable detail: ISO where the text gives one, weekday/month names otherwise.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  let i = MONTHS.indexOf(w);
  if (i < 0) i = MONTH_ABBR.indexOf(w.slice(0, 3) === 'sep' && w.startsWith('sept') ? 'sep' : w);
  return i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateDetail(written: string): string | undefined {
  const words = written.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  let year: number | null = null;
  let month = 0;
  let day: number | null = null;
  let weekday: string | null = null;
  let decade: string | null = null;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (/^(1[89]|20)\d\d$/.test(word)) year = Number(word);
    else if (/^(1[89]|20)\d0s$/.test(lower)) decade = lower;
    else if (monthOf(word) > 0 && /^\p{Lu}/u.test(word)) month = monthOf(word);
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(lower)) day = Number(lower.replace(/\D/g, ''));
    else if (WEEKDAYS.includes(lower)) weekday = lower;
  }
  if (year && month && day) return `${year}-${pad(month)}-${pad(day)}`;
  if (year && month) return `${year}-${pad(month)}`;
  if (month && day) return `--${pad(month)}-${pad(day)}`;
  if (year) return String(year);
  if (decade) return decade;
  if (month) return `month:${MONTHS[month - 1]}`;
  if (weekday) return `weekday:${weekday}`;
  return undefined;
}
