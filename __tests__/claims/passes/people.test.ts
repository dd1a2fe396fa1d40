// The people pass on its own: who each frame's speaker is and the entities of each part, read in text order.
import { runPasses, partWith } from './run-passes';

function peopleOf(text: string) {
  const run = runPasses(text);
  return {
    run,
    speaker: (fragment: string) => run.people.frameSpeakers[partWith(run, fragment)],
    entities: (fragment: string) => run.people.entities[partWith(run, fragment)].map((e) => ({ text: e.text, kind: e.kind, canonical: e.canonical, detail: e.detail })),
  };
}

describe('people pass', () => {
  test('a surname resolves to the full name an earlier sentence gave, in the speaker and in the entities', () => {
    const { speaker, entities } = peopleOf('Foreign Minister Abbas Araghchi arrived in Rome. Araghchi said the talks went well.');
    expect(speaker('went well')).toEqual({ name: 'Abbas Araghchi', role: 'Foreign Minister', vague: false, mention: { start: 49, end: 57, text: 'Araghchi' } });
    expect(entities('went well')).toEqual([{ text: 'Araghchi', kind: 'person', canonical: 'Abbas Araghchi', detail: 'Foreign Minister' }]);
  });

  test('a role given in an appositive frame is the role later mentions of the person carry', () => {
    const { entities } = peopleOf('Michael Steele, chairman of the committee, said the vote was fair. Steele left early.');
    expect(entities('left early')).toEqual([{ text: 'Steele', kind: 'person', canonical: 'Michael Steele', detail: 'chairman of the committee' }]);
  });

  test('"he" is the last person named, and points to where that person was last mentioned', () => {
    const { speaker } = peopleOf('Rafael Grossi visited Tehran on Monday. He said the inspections would resume.');
    expect(speaker('inspections')).toMatchObject({ name: 'Rafael Grossi', vague: false, mention: { text: 'Rafael Grossi', start: 0 } });
  });

  test('"the minister" is the last named speaker whose role holds that word; an unnamed group stays vague', () => {
    const { speaker } = peopleOf('Foreign Minister Abbas Araghchi said the talks went well. Officials said a deal was close. The minister said more talks were needed.');
    expect(speaker('deal was close')).toMatchObject({ name: null, role: 'Officials', vague: true });
    expect(speaker('more talks')).toMatchObject({ name: 'Abbas Araghchi', role: 'Foreign Minister' });
  });

  test('an opening frame that a quotation takes up gets its speaker; a frame nobody takes up gets none', () => {
    const { run } = peopleOf('Foreign Minister Abbas Araghchi told reporters:\n\n“We will not stop.”\n\nAs the minister continues. Oman agreed.');
    expect(run.people.openerSpeakers[0]).toEqual({ name: 'Abbas Araghchi', role: 'Foreign Minister', vague: false, mention: { start: 0, end: 31, text: 'Foreign Minister Abbas Araghchi' } });
    expect(run.people.openerSpeakers.slice(1)).toEqual([null, null, null]);
  });
});
