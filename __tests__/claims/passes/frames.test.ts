// The frames pass on its own: each part's reporting frame, or the frame at its end that opens the next quotation.
import { runPasses, partWith } from './run-passes';

const framesOf = (text: string) => {
  const run = runPasses(text);
  const words = (first: number, end: number) => run.read.tokens.slice(first, end).map((t) => t.value).join(' ');
  return {
    run,
    frame: (fragment: string) => {
      const f = run.frames[partWith(run, fragment)].frame;
      return f && { verb: f.verbText, speaker: words(f.speakerFirst, f.speakerEnd), content: text.slice(f.contentStart, f.contentEnd) };
    },
    opener: (fragment: string) => {
      const f = run.frames[partWith(run, fragment)].opener;
      return f && { verb: f.verbText, speaker: words(f.speakerFirst, f.speakerEnd) };
    },
  };
};

describe('frames pass', () => {
  test('"X said that …", "“…,” X said" and "according to X": speaker tokens and content', () => {
    const { frame } = framesOf('Foreign Ministry spokesperson Esmaeil Baghaei said Thursday that the talks would go ahead. “We will not negotiate under pressure,” Araghchi said. The talks were in doubt, according to diplomats.');
    expect(frame('go ahead')).toEqual({ verb: 'said', speaker: 'Foreign Ministry spokesperson Esmaeil Baghaei', content: 'the talks would go ahead' });
    expect(frame('pressure')).toEqual({ verb: 'said', speaker: 'Araghchi', content: '“We will not negotiate under pressure,”' });
    expect(frame('doubt')).toEqual({ verb: 'according to', speaker: 'diplomats', content: 'The talks were in doubt' });
  });

  test('a part with no frame has none; a headline is never read for one', () => {
    const run = runPasses('Iran says talks will move\n\nOman will host the talks.', 'Iran says talks will move'.length);
    expect(run.frames.map((f) => f.frame)).toEqual([null, null]);
  });

  test('a frame at the end of a part opens the next part\'s quotation, and only when that part opens with a quote mark', () => {
    const { opener } = framesOf('As the prime minister continues.\n\n“We will not stop.”\n\nAs the minister continues. Oman agreed.');
    expect(opener('prime minister')).toEqual({ verb: 'continues', speaker: 'the prime minister' });
    expect(opener('As the minister')).toBeNull();
  });
});
