// The passes are pure: run again on the same inputs they give the same data, and they leave their inputs as they were.
import { runPasses } from './run-passes';
import { speakerSources } from '@/lib/claims/speaker-sources';
import { readPeople } from '@/lib/claims/people';
import { claimRecords } from '@/lib/claims/claim-records';
import { extractClaims } from '@/lib/claims';
import { ingest } from '@/lib/ingest';
import type { IngestedArticle } from '@/lib/contract/stages';

const TEXT = [
  'Foreign Ministry spokesperson Esmaeil Baghaei said Thursday that Araghchi traveled to Moscow.',
  '“FM Araghchi visits the Russian Federation,” Baghaei wrote on X. He added that Tehran and Moscow enjoy “excellent relations.”',
  'As the minister continues.',
  '“We will not stop. We will go on,” he said, and the talks would resume.',
].join('\n\n');

const snapshot = (value: unknown) => JSON.stringify(value, (_k, v) => (v instanceof Uint8Array || v instanceof Int32Array ? Array.from(v) : v));

describe('claims passes assembled', () => {
  test('each later pass, run twice on the same inputs, gives the same data and changes none of them', () => {
    const run = runPasses(TEXT);
    const inputs = snapshot({ read: run.read, quotations: run.quotations, parts: run.parts, placed: run.placed, frames: run.frames });
    const speakers = speakerSources(TEXT, run.read.tokens, run.parts, run.frames, run.quotations.list, run.placed);
    expect(snapshot(speakers)).toBe(snapshot(run.speakers));
    const people = readPeople(TEXT, run.read, run.parts, run.frames, speakers);
    expect(snapshot(people)).toBe(snapshot(run.people));
    const article = { id: 'a1', text: TEXT, language: { code: 'en', supported: true } } as IngestedArticle;
    const records = (p: typeof people) => claimRecords(article, { tokens: run.read.tokens, inQuote: run.quotations.inQuote, wink: run.read.entities, ...run, speakers, people: p });
    expect(snapshot(records(people))).toBe(snapshot(records(run.people)));
    expect(snapshot({ read: run.read, quotations: run.quotations, parts: run.parts, placed: run.placed, frames: run.frames })).toBe(inputs);
  });

  test('extractClaims is the passes in order: the same claims as the records pass gives', () => {
    const article = ingest({ text: TEXT }, 'a1');
    const run = runPasses(article.text);
    const records = claimRecords(article, { tokens: run.read.tokens, inQuote: run.quotations.inQuote, wink: run.read.entities, ...run });
    expect(extractClaims(article).claims).toEqual(records);
  });
});
