import { annotate } from '@/lib/annotations';
import { FRAMES } from '@/lib/frames';
import { buildArticle } from '../annotations/build-article';

const framesOf = (text: string) => annotate(buildArticle(text)).claims[0].frames;

describe('frames', () => {
  it('gives a claim every frame whose cues occur in it, with the cues shown', () => {
    expect(framesOf('Diplomats resumed talks on sanctions as the missile threat grew.')).toEqual([
      { id: 'security', label: 'Security and defence', cues: ['missile', 'threat'] },
      { id: 'diplomacy', label: 'Diplomacy and international reputation', cues: ['diplomats', 'talks', 'sanctions'] },
    ]);
  });

  it('gives no frame to a claim without cues', () => {
    expect(framesOf('The weather was mild on Tuesday.')).toEqual([]);
  });

  it('uses the fixed frame set adapted from the Media Frames Corpus', () => {
    expect(FRAMES.map((f) => f.id)).toEqual([
      'security', 'legality', 'morality', 'diplomacy', 'economy', 'humanitarian', 'politics', 'public-opinion', 'crime', 'health', 'cultural-identity',
    ]);
  });
});
