// The contract every face relies on: real pipeline output validates against the JSON Schema, offsets
// slice exactly, every claim sits in exactly one group, and the analysis is deterministic.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../docs/analysis.schema.json';
import { analyze } from '../../lib/pipeline';
import { readSeedArticles } from '../../lib/comparisons/seed-articles';
import type { Analysis } from '../../lib/contract/types';

const seeds = readSeedArticles(path.join(__dirname, '..', '..', 'seeds'), readFileSync);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function expectContract(analysis: Analysis) {
  const ok = validate(JSON.parse(JSON.stringify(analysis)));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);

  const claimIds = analysis.articles.flatMap((a) => a.claims.map((c) => c.id));
  expect(new Set(claimIds).size).toBe(claimIds.length);
  const grouped = analysis.groups.flatMap((g) => g.claims);
  expect([...grouped].sort()).toEqual([...claimIds].sort());

  for (const article of analysis.articles) {
    for (const claim of article.claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
      for (const item of [...claim.entities, ...claim.annotations, ...claim.quotes]) {
        expect(article.text.slice(item.start, item.end)).toBe(item.text);
      }
      for (const span of [claim.speaker?.mention, claim.speaker?.content]) {
        if (span) expect(article.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  }
  const known = new Set(claimIds);
  for (const link of analysis.links) {
    expect(known.has(link.a) && known.has(link.b)).toBe(true);
  }
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
