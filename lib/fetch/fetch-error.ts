// Fetch failures as AppErrors: the status says whose problem it is (the address given, the page, the site).
import { AppError } from '../errors';

export const refused = (message: string) => new AppError('FETCH_FAILED', message, 400, { reason: 'refused' });
export const unsupported = (message: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', message, 415);
export const tooLarge = (message: string) => new AppError('TOO_LARGE', message, 413);
export const upstream = (message: string) => new AppError('FETCH_FAILED', message, 502);
export const timedOut = (message: string) => new AppError('FETCH_FAILED', message, 504, { reason: 'timeout' });
