import { analyze } from '@/lib/pipeline';

const labelsOf = (text: string, title = '') => analyze([{ title, text }]).sources[0].labels;

describe('which actor a label names', () => {
  it('ties a label to the actor right next to it, not to one across a preposition', () => {
    const labels = labelsOf('Talks went ahead in Rome amid terrorism threats. Hamas terrorists fired rockets.');
    expect(labels).toContainEqual({ actor: 'Hamas', label: 'terrorists', count: 1 });
    expect(labels.find((l) => l.label === 'terrorism')?.actor).toBe('(unnamed)');
  });

  it('does not take a sentence opener or a title-case headline for a name', () => {
    const labels = labelsOf('The terrorists crossed the border at dawn, officials said.', 'Talks In Rome Amid Terrorism Threats');
    expect(labels.map((l) => l.actor)).not.toContain('The');
    expect(labels.map((l) => l.actor).some((actor) => actor.includes('Amid'))).toBe(false);
  });
});
