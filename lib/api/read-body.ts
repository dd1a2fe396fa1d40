// Request bodies: the size limit enforced while reading (not trusting Content-Length alone), strict
// UTF-8, and JSON parse errors reported with their position.
import { AppError } from '../errors';
import { MAX_BODY_BYTES } from './limits';
import { decodeUtf8 } from './text-problem';

export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

export async function readBodyBytes(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Uint8Array> {
  const tooLarge = () => new AppError('TOO_LARGE', `The request body is larger than ${maxBytes / 1024 / 1024} MB.`, 413);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The body as JSON; 415 for another media type, 400 for an empty body, bad UTF-8 or bad JSON. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = mediaType(request);
  if (type !== 'application/json' && !type.endsWith('+json'))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send the body as JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : 'no Content-Type'}).`, 415);
  const bytes = await readBodyBytes(request, maxBytes);
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', 'The request body is empty: send a JSON object.', 400);
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) throw new AppError('INVALID_INPUT', `The request body ${decoded.error}.`, 400);
  try {
    return JSON.parse(decoded.text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new AppError('INVALID_INPUT', `The request body is not valid JSON: ${(error as Error).message}.`, 400);
  }
}
