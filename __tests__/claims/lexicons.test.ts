// The claims stage's word lists are data: each file carries provenance, each entry an id, ids are unique.
import aliases from '@/lexicons/aliases.json';
import boilerplate from '@/lexicons/boilerplate.json';
import reportingVerbs from '@/lexicons/reporting-verbs.json';
import roles from '@/lexicons/roles.json';
import kinds from '@/lexicons/claims-kinds.json';
import entities from '@/lexicons/claims-entities.json';
import languages from '@/lexicons/claims-languages.json';

const FILES: Record<string, { source: string; licence: string; notes: string; entries: Array<{ id: string }> }> = {
  aliases,
  boilerplate,
  'reporting-verbs': reportingVerbs,
  roles,
  'claims-kinds': kinds,
  'claims-entities': entities,
  'claims-languages': languages,
};

describe('claims lexicons', () => {
  test.each(Object.entries(FILES))('%s has provenance and unique entry ids', (_name, file) => {
    expect(file.source.length).toBeGreaterThan(10);
    expect(file.licence.length).toBeGreaterThan(2);
    expect(file.notes.length).toBeGreaterThan(10);
    const ids = file.entries.map((e) => e.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('boilerplate patterns compile and each has a reason and a note', () => {
    for (const e of boilerplate.entries) {
      expect(() => new RegExp(e.pattern, e.flags)).not.toThrow();
      expect(e.reason).toBeTruthy();
      expect(e.note).toBeTruthy();
    }
  });

  test('no alias is listed under two identities', () => {
    const seen = new Map<string, string>();
    for (const e of aliases.entries as Array<{ id: string; aliases: string[]; caseSensitive?: string[] }>) {
      for (const a of e.aliases) {
        expect(seen.get(a.toLowerCase()) ?? e.id).toBe(e.id);
        seen.set(a.toLowerCase(), e.id);
      }
    }
  });
});
