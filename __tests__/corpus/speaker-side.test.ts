// The side a quoted speaker speaks for, read from the analysis of real text (the seed articles and
// short reports), through the alias table that normalises the claim's entities.
import { analyze } from '@/lib/pipeline';
import { speakerSide } from '@/lib/corpus/speaker-side';

function sidesOf(text: string) {
  const analysis = analyze([{ outlet: 'Wire', text }]);
  return analysis.articles[0].claims.filter((c) => c.speaker).map((c) => ({ speaker: c.speaker!.name ?? c.speaker!.role, side: speakerSide(c.speaker!, c.entities) }));
}

describe('speakerSide', () => {
  test('a role naming a country or a demonym gives that country, by its canonical name', () => {
    const sides = sidesOf(
      "Iran's Deputy Foreign Minister Kazem Gharibabadi said the talks would go on. Senior US officials said no date had been set. The Iranian Foreign Ministry said Oman would host the talks.",
    );
    expect(sides.map((s) => s.side?.side)).toEqual(['Iran', 'United States', 'Iran']);
    expect(sides[1].side?.from).toBe('US');
  });

  test('a body named as the speaker is its own side; a party through its alias', () => {
    const sides = sidesOf('The Kremlin said it welcomed the talks. Republican leaders said the bill would fail.');
    expect(sides.map((s) => s.side?.side)).toEqual(['Russia', 'Republican Party']);
  });

  test('a speaker whose role and name hold no country, party or body has no side', () => {
    const sides = sidesOf('Kaspersky, a cybersecurity company, said the code was old.');
    expect(sides).toHaveLength(1);
    expect(sides[0].side).toBeNull();
  });
});
