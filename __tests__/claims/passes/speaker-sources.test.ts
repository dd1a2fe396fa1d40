// The speaker sources pass on its own: which part's frame speaks for each part, and what of the part is its content.
import { runPasses, partWith } from './run-passes';

function sourcesOf(text: string) {
  const run = runPasses(text);
  return (fragment: string) => {
    const s = run.speakers[partWith(run, fragment)].speaker;
    return s && { from: run.text.slice(run.parts[s.source.part].textStart, run.parts[s.source.part].textEnd), opener: s.source.opener, content: s.content?.text ?? null, quote: s.quote, late: s.late };
  };
}

describe('speaker sources pass', () => {
  test('a part with a frame speaks for itself; one without a frame or a quotation has no speaker', () => {
    const source = sourcesOf('Iran said the talks would resume. Oman will host them.');
    expect(source('Iran said')).toEqual({ from: 'Iran said the talks would resume.', opener: false, content: 'the talks would resume', quote: 'indirect', late: false });
    expect(source('Oman')).toBeNull();
  });

  test('a new quotation right after a quoted frame in the same paragraph keeps its speaker', () => {
    const source = sourcesOf('“We agree,” Araghchi said. “We will sign next week.”');
    expect(source('sign')).toMatchObject({ from: '“We agree,” Araghchi said.', content: '“We will sign next week.”', quote: 'direct', late: false });
  });

  test('a clause split from a paraphrase goes on with its speaker', () => {
    const source = sourcesOf('Officials said the talks would resume on Monday, and the venue would move to Rome.');
    expect(source('venue')).toMatchObject({ from: 'Officials said the talks would resume on Monday', content: 'the venue would move to Rome', quote: 'indirect' });
  });

  test('"…, he said, and …": the paraphrase before a closing frame carries on after a coordinator', () => {
    const source = sourcesOf('Memories have faded, he said, and Wal-Mart has moved on.');
    expect(source('Wal-Mart')).toMatchObject({ from: 'Memories have faded, he said', content: 'Wal-Mart has moved on' });
  });

  test('the frame that opens a quotation speaks for the quotation in the next paragraph', () => {
    const run = runPasses('As the prime minister continues.\n\n“We will not stop.”');
    expect(run.speakers[0]).toEqual({ speaker: null, opens: true });
    expect(run.speakers[1].speaker).toMatchObject({ source: { part: 0, opener: true }, content: { text: '“We will not stop.”' }, quote: 'direct' });
  });

  test('sentences of a quotation before its frame learn their speaker from it, marked late', () => {
    const source = sourcesOf('“Expect more of this. The Democrats were given a chance,” he said.');
    expect(source('Expect')).toEqual({ from: 'The Democrats were given a chance,” he said.', opener: false, content: '“Expect more of this', quote: 'direct', late: true });
  });

  test('a quotation that runs on across paragraphs keeps the speaker of where it began', () => {
    const text = '“We will talk,” Araghchi said. “We will sign.\n\n' + '“And we will go on.\n\n'.repeat(200) + '“And we will end.”';
    const source = sourcesOf(text);
    expect(source('end')).toMatchObject({ from: '“We will talk,” Araghchi said.', quote: 'direct' });
  });
});
