// RSS 2.0 and Atom feed files, read with fast-xml-parser (a maintained XML parser: the feed's XML is
// never parsed by us). Each <item>/<entry> is one article: its outlet is the channel's or feed's title
// (or the file name), its body the content:encoded / content / description / summary as HTML.
import { XMLParser } from 'fast-xml-parser';
import { toRecord, type ReadResult } from './record';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true });

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const textOf = (x: unknown): string | undefined => {
  if (x === undefined || x === null) return undefined;
  if (typeof x === 'string' || typeof x === 'number') return String(x);
  if (typeof x === 'object' && '#text' in (x as object)) return String((x as Record<string, unknown>)['#text']);
  return undefined;
};
const isoDate = (x: string | undefined) => {
  const ms = x ? Date.parse(x) : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : x;
};

export function parseFeed(content: string, file: string, fallbackOutlet: string): ReadResult[] {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(content, true);
  } catch (error) {
    return [{ where: file, error: `not a well-formed feed (${(error as Error).message.split('\n')[0]})` }];
  }
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel;
  if (channel) {
    const outlet = textOf(channel.title)?.trim() || fallbackOutlet;
    const items = list(doc.rss?.channel?.item ?? doc['rdf:RDF']?.item);
    return items.map((item: Record<string, unknown>, i: number) =>
      toRecord(
        {
          id: textOf(item.guid) ?? textOf(item.link),
          outlet,
          title: textOf(item.title),
          html: textOf(item['content:encoded']) ?? textOf(item.description),
          url: textOf(item.link),
          publishedAt: isoDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
        },
        `${file}#item${i + 1}`,
        `${file}#item${i + 1}`,
      ),
    );
  }
  const feed = doc.feed;
  if (feed) {
    const outlet = textOf(feed.title)?.trim() || fallbackOutlet;
    return list(feed.entry).map((entry: Record<string, any>, i: number) => {
      const links = list(entry.link) as Record<string, string>[];
      const link = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'];
      return toRecord(
        {
          id: textOf(entry.id) ?? link,
          outlet,
          title: textOf(entry.title),
          html: textOf(entry.content) ?? textOf(entry.summary),
          url: link,
          publishedAt: isoDate(textOf(entry.published) ?? textOf(entry.updated)),
        },
        `${file}#entry${i + 1}`,
        `${file}#entry${i + 1}`,
      );
    });
  }
  return [{ where: file, error: 'neither an RSS <channel> nor an Atom <feed>' }];
}
