// The token model's "short quotation in narration" feature (issue 12, third pass): a few quoted words inside the
// outlet's sentence, not a quoted sentence that opens the claim.
import { ingest } from '@/lib/ingest';
import { extractClaims } from '@/lib/claims';
import { annotate } from '@/lib/annotations';
import { shortQuotations, TOKEN_FEATURES } from '@/lib/bias/token-features';
import model from '@/lexicons/token-bias-model.json';

const claimsOf = (text: string) => extractClaims(ingest({ text }, 'a1')).claims;

describe('short quotations', () => {
  test('a few quoted words inside a sentence count; a quoted sentence opening the claim, or a long quotation, does not', () => {
    const [called] = claimsOf('Mr. Santorum described what he called the “phony theology” of the agenda.');
    expect(shortQuotations(called).map((q) => q.text)).toEqual(['“phony theology”']);
    const [opening] = claimsOf('“We will win,” he said.');
    expect(shortQuotations(opening)).toEqual([]);
    const [long] = claimsOf('He said the plan was “a fair deal for every family in the state and the country.”');
    expect(shortQuotations(long)).toEqual([]);
  });

  test('the shipped model has the feature, in the features\' order, and an evaluative quoted fragment is marked as quoted voice', () => {
    expect(model.features).toEqual([...TOKEN_FEATURES]);
    const article = annotate(extractClaims(ingest({ text: 'The senator called the bill “utterly irresponsible” on Monday.' }, 'a1')));
    const found = article.claims.flatMap((c) => c.annotations).find((a) => a.text === 'utterly');
    expect(found?.voice).toBe('quoted');
  });
});
