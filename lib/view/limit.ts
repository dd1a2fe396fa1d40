// Caps long lists in the view (a pathological group can carry thousands of discrepancies), keeping
// the count of what was left out so the page can say so.
export interface Limited<T> {
  shown: T[];
  hidden: number;
}

export function limit<T>(items: T[], max: number): Limited<T> {
  return items.length <= max ? { shown: items, hidden: 0 } : { shown: items.slice(0, max), hidden: items.length - max };
}
