// Reading corpus files into records: each format's edge cases, and a bad record named, never fatal.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCorpusContent, readCorpusPath } from '@/lib/corpus';
import { splitTextTitle } from '@/lib/corpus/read-corpus-path';

describe('CSV', () => {
  test('quoted fields hold commas, doubled quotes and line breaks; columns in any order and case; a row names its first line', () => {
    const csv = 'Text,OUTLET,id\r\n"One, two ""three""\nfour",Wire,a\r\nplain text,Daily,b\r\n"never closed,Daily,c\n';
    expect(readCorpusContent('x.csv', csv)).toEqual([
      { where: 'x.csv:2', record: { id: 'a', outlet: 'Wire', text: 'One, two "three"\nfour' } },
      { where: 'x.csv:4', record: { id: 'b', outlet: 'Daily', text: 'plain text' } },
      { where: 'x.csv:5', error: 'a quoted field is never closed' },
    ]);
  });

  test('a header without an outlet or text column is one error naming the header row', () => {
    expect(readCorpusContent('x.csv', 'title,body\nA,B\n')).toEqual([{ where: 'x.csv:1', error: expect.stringMatching(/"outlet" column and a "text" or "html" column/) }]);
  });
});

describe('feeds', () => {
  test('a document that is not a feed, or not XML at all, is one error line', () => {
    expect(readCorpusContent('x.xml', '<html><body>hi</body></html>')).toEqual([{ where: 'x.xml', error: 'neither an RSS <channel> nor an Atom <feed>' }]);
    expect(readCorpusContent('x.rss', '<rss><channel><item><title>a</rss>')[0]).toEqual({ where: 'x.rss', error: expect.stringMatching(/^not a well-formed feed/) });
  });

  test('an entity-expansion bomb is not expanded', () => {
    const lol = ['<!ENTITY l0 "lollollollollollollollollollol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss><channel><title>X</title><item><title>&l9;</title><description>t</description></item></channel></rss>`;
    const started = Date.now();
    const results = readCorpusContent('bomb.xml', bomb);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(results).length).toBeLessThan(1000);
  });

  test('an RSS item without a body is named by its position', () => {
    const rss = '<rss><channel><title>Wire</title><item><title>Only a title</title></item></channel></rss>';
    expect(readCorpusContent('w.rss', rss)).toEqual([{ where: 'w.rss#item1', error: expect.stringMatching(/"text" or "html"/) }]);
  });
});

describe('text files and folders', () => {
  test('a first line standing alone is the title, unless it reads as a sentence', () => {
    expect(splitTextTitle('Dam opens\n\nThe dam opened.')).toEqual({ title: 'Dam opens', text: 'The dam opened.' });
    expect(splitTextTitle('The dam opened on Tuesday.\n\nIt rained.')).toEqual({ text: 'The dam opened on Tuesday.\n\nIt rained.' });
    expect(splitTextTitle('One paragraph only.')).toEqual({ text: 'One paragraph only.' });
  });

  test('in a folder the outlet is the first folder under it; a file that is not UTF-8 is named; other files are passed over', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-corpus-'));
    mkdirSync(path.join(dir, 'Wire', '2026'), { recursive: true });
    writeFileSync(path.join(dir, 'Wire', '2026', 'a.txt'), 'Dam opens\n\nThe dam opened on Tuesday.');
    writeFileSync(path.join(dir, 'Wire', 'b.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    writeFileSync(path.join(dir, 'notes.docx'), 'x');
    expect(readCorpusPath(dir)).toEqual([
      { where: path.join('Wire', '2026', 'a.txt'), record: { id: path.join('Wire', '2026', 'a.txt'), outlet: 'Wire', title: 'Dam opens', text: 'The dam opened on Tuesday.' } },
      { where: path.join('Wire', 'b.txt'), error: 'not valid UTF-8' },
    ]);
    // the outlet's own folder imported: its files at the top take its name
    writeFileSync(path.join(dir, 'Wire', 'c.txt'), 'Dam closes\n\nThe dam closed on Friday.');
    expect(readCorpusPath(path.join(dir, 'Wire')).find((r) => r.where === 'c.txt')).toMatchObject({ record: { outlet: 'Wire', title: 'Dam closes' } });
  });
});
