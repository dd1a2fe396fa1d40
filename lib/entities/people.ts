// People named in one article: a full name seen once lets later surname-only mentions resolve to it
// ("Grossi" → "Rafael Grossi", "Mr. Steele" → "Michael Steele").
import { HONORIFICS } from './lexicon';

export interface Person {
  name: string;
  role: string | null;
}

export class PersonRegistry {
  private bySurname = new Map<string, Person>();
  private byName = new Map<string, Person>();

  register(name: string, role: string | null): Person {
    const existing = this.byName.get(name) ?? this.resolve(name);
    if (existing) {
      // Keep the fullest title seen ("Director General" → "IAEA Director General").
      if (role && (!existing.role || (role.length > existing.role.length && role.includes(existing.role)))) existing.role = role;
      return existing;
    }
    const person: Person = { name, role };
    this.byName.set(name, person);
    const parts = name.split(' ');
    if (parts.length > 1) this.bySurname.set(parts[parts.length - 1], person);
    return person;
  }

  /** The registered person a mention refers to: same full name, or same surname for a one-word/honorific mention. */
  resolve(mention: string): Person | null {
    const direct = this.byName.get(mention);
    if (direct) return direct;
    const parts = mention.split(' ').filter((p) => !HONORIFICS.has(p.toLowerCase()));
    if (parts.length === 0) return null;
    const surnameHit = this.bySurname.get(parts[parts.length - 1]);
    if (surnameHit && (parts.length === 1 || surnameHit.name.startsWith(parts[0]))) return surnameHit;
    return null;
  }

  has(mention: string): boolean {
    return this.resolve(mention) !== null;
  }
}
