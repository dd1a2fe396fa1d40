import { annotate } from '@/lib/annotations';
import { profileSources } from '@/lib/profiles';
import type { ClaimGroup, Speaker } from '@/lib/contract/types';
import { buildArticle, span } from '../annotations/build-article';

const text = [
  'Hamas terrorists staged a massacre, officials said.',
  '“The regime will fall,” said Reza Pahlavi.',
  'The talks may resume reportedly on Friday.',
].join(' ');

function article() {
  return annotate(
    buildArticle(text, (claimText, start) => {
      if (!claimText.startsWith('“')) return {};
      const quote = span(text, '“The regime will fall,”');
      const speaker: Speaker = { name: 'Reza Pahlavi', role: null, verb: 'said', quote: 'direct', vague: false, content: quote };
      return { quotes: [quote], speaker };
    }),
  );
}

describe('profileSources', () => {
  const a = article();
  const groups: ClaimGroup[] = a.claims.map((c, i) => ({
    id: `g${i + 1}`, claims: [c.id], kind: 'unique', articles: ['a1'], members: [], discrepancies: [], tone: null, summary: '',
  }));
  const [profile] = profileSources([a], groups);

  it('counts narrator and quoted words apart, and loaded density per 100 words of each voice', () => {
    expect(profile.words).toEqual({ narrator: 17, quoted: 4 });
    // narrator: "massacre"; quoted: "regime"
    expect(profile.loadedDensity).toEqual({ narrator: Number((100 / 17).toFixed(2)), quoted: 25 });
    expect(profile.annotationCounts.loaded).toEqual({ narrator: 1, quoted: 1 });
  });

  it('gives hedge and booster rates per 100 narrator words', () => {
    expect(profile.hedgeRate).toBe(Number((200 / 17).toFixed(2)));
    expect(profile.boosterRate).toBe(0);
  });

  it('counts labels per actor, who is quoted, attribution, frames and unique claims', () => {
    expect(profile.labels).toEqual([{ actor: 'Hamas', label: 'terrorists', count: 1 }]);
    expect(profile.quoted).toEqual([{ name: 'Reza Pahlavi', claims: 1 }]);
    expect(profile.attribution).toEqual({ named: 1, vague: 0, unattributed: 2 });
    expect(profile.frames.map((f) => f.id)).toContain('security');
    expect(profile.uniqueClaims).toBe(3);
    expect(profile.tone.negative + profile.tone.neutral + profile.tone.positive).toBe(3);
  });
});
