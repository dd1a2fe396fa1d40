// Values derived from an immutable object (a cached comparison): computed once per object and name,
// and dropped with the object when the LRU lets it go (a WeakMap holds no reference of its own).
const derivedValues = new WeakMap<object, Map<string, unknown>>();

export function derived<T>(owner: object, name: string, compute: () => T): T {
  let values = derivedValues.get(owner);
  if (!values) derivedValues.set(owner, (values = new Map()));
  if (values.has(name)) return values.get(name) as T;
  const value = compute();
  values.set(name, value);
  return value;
}
