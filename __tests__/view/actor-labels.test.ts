import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ActorLabels } from '@/components/comparison/actor-labels';
import type { ViewContext } from '@/components/comparison/view-context';
import type { Analysis } from '@/lib/contract/types';
import { toMarkdown } from '@/lib/export';
import { blindAnalysis } from '@/lib/view/blind';
import { sourceLabels } from '@/lib/view/source-labels';
import { parseViewState } from '@/lib/view/view-state';
import { fixtureAnalysis } from './fixtures/analysis';

/** The fixture with only Example Times (a2) labelling Hamas, and Daily Example (a1) never mentioning it. */
function analysis(): Analysis {
  const base = fixtureAnalysis();
  return { ...base, sources: base.sources.map((s) => (s.article === 'a1' ? { ...s, labels: [] } : s)) };
}

function render(a: Analysis): string {
  const ctx: ViewContext = { analysis: a, labels: sourceLabels(a), state: parseViewState({}), base: '/comparisons/x' };
  return renderToStaticMarkup(createElement(ActorLabels, { ctx }));
}

const cells = (html: string) => [...html.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));

describe('ActorLabels', () => {
  it('is a table with a column per source and a cell per actor and source', () => {
    const html = render(analysis());
    expect(html).toContain('How each source names the actors');
    expect(cells(html)).toEqual([
      'Actor', 'Daily Example', 'Example Times',
      'Hamas', 'does not mention it', '“terrorists” ×1Labelling term for an armed group.',
    ]);
    expect(html).toContain('scope="row"');
  });

  it("gives each label its annotation's note as a focusable tooltip", () => {
    const html = render(analysis());
    const described = /<span tabindex="0" aria-describedby="([^"]+)"/.exec(html);
    expect(described).not.toBeNull();
    expect(html).toContain(`<span role="tooltip" id="${described![1]}" class="tip"><span class="tip-note">Labelling term for an armed group.</span>`);
  });

  it('shows the neutral source names in blind mode', () => {
    const html = render(blindAnalysis(analysis()));
    expect(cells(html).slice(0, 3)).toEqual(['Actor', 'Source A', 'Source B']);
    expect(html).not.toMatch(/Daily Example|Example Times/);
  });

  it('says so when no source labels a named actor', () => {
    const base = analysis();
    const html = render({ ...base, sources: base.sources.map((s) => ({ ...s, labels: [] })) });
    expect(html).toContain('No source puts a label');
    expect(html).not.toContain('<table');
  });
});

describe('Markdown handout', () => {
  it('has a section on how each source names the actors, blind when asked', () => {
    expect(toMarkdown(analysis())).toContain(
      ['## How each source names the actors', '', '| Actor | Daily Example | Example Times |', '|---|---|---|', '| Hamas | does not mention it | “terrorists” ×1 |'].join('\n'),
    );
    const blind = toMarkdown(analysis(), { blind: true });
    expect(blind).toContain('| Actor | Source A | Source B |');
    expect(blind).not.toMatch(/Daily Example|Example Times/);
  });
});
