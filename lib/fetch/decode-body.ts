// Response bytes → text: the charset from the Content-Type header, else from a <meta charset> in the
// first bytes of an HTML page, else UTF-8 (undecodable bytes become U+FFFD rather than failing).

function charsetOf(contentType: string, bytes: Buffer, isHtml: boolean): string {
  const header = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (header) return header;
  if (isHtml) {
    const head = bytes.subarray(0, 2048).toString('latin1');
    const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    if (meta) return meta;
  }
  return 'utf-8';
}

export function decodeBody(bytes: Buffer, contentType: string, isHtml: boolean): string {
  const charset = charsetOf(contentType, bytes, isHtml);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: UTF-8 is the web's default
  }
  return decoder.decode(bytes).replace(/^\ufeff/, '');
}
