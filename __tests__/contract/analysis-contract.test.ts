// The contract every face relies on: real pipeline output validates against the JSON Schema, offsets
// slice exactly, every claim sits in exactly one group, and the analysis is deterministic.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../docs/analysis.schema.json';
import { analyze } from '../../lib/pipeline';
import { readSeedArticles } from '../../lib/comparisons/seed-articles';
import type { Analysis } from '../../lib/contract/types';
import { contractProblems } from '../../lib/contract/problems';

const seeds = readSeedArticles(path.join(__dirname, '..', '..', 'seeds'), readFileSync);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function expectContract(analysis: Analysis) {
  const ok = validate(JSON.parse(JSON.stringify(analysis)));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);

  expect(contractProblems(analysis)).toEqual([]);
}

describe('the analysis contract', () => {
  it('holds on the seed comparison', () => {
    const analysis = analyze(seeds.articles);
    expectContract(analysis);
    expect(analysis.articles).toHaveLength(2);
    expect(analysis.sources).toHaveLength(2);
    expect(analysis.articles.every((a) => a.claims.length > 5)).toBe(true);
  });

  it('holds for a single article, where nothing can be aligned', () => {
    const analysis = analyze([{ outlet: 'Alone', text: 'Only one outlet reported the storm. It hit the coast on Monday.' }]);
    expectContract(analysis);
    expect(analysis.groups.every((g) => g.kind === 'unique')).toBe(true);
  });

  it('rejects output that breaks the schema', () => {
    const broken = JSON.parse(JSON.stringify(analyze(seeds.articles)));
    broken.articles[0].claims[0].kind = 'rumour';
    delete broken.groups[0].claims;
    expect(validate(broken)).toBe(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyze(seeds.articles))).toBe(JSON.stringify(analyze(seeds.articles)));
  });
});
