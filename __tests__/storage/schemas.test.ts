// Each provider's schema is generated from prisma/models.prisma: a committed one out of date fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectedSchemas } from '../../scripts/db/generate-schemas';
import { databaseProvider } from '../../lib/db/provider';

const ROOT = path.join(__dirname, '..', '..');

describe('provider schemas', () => {
  it.each([...expectedSchemas()])('%s is up to date with prisma/models.prisma (npm run db:schemas)', (file, expected) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(expected);
  });

  it('picks the provider from the DATABASE_URL scheme, and names an unknown one', () => {
    expect(databaseProvider('file:./data/dev.db')).toBe('sqlite');
    expect(databaseProvider('postgresql://u@h:5432/db')).toBe('postgresql');
    expect(databaseProvider('postgres://u@h/db')).toBe('postgresql');
    expect(() => databaseProvider('mysql://u@h/db')).toThrow(/the scheme "mysql".*file:.*postgresql:\/\//);
    expect(() => databaseProvider('./dev.db')).toThrow(/no scheme/);
  });
});
