// The wrapper every route handler goes through: access check, write rate limit, errors → problem+json.
// Route handlers stay thin: parse with their sibling zod schema, call lib/, return JSON.
import { authorize, type Access } from './auth';
import { errorResponse } from './problem';
import { clientKey, writeLimiter } from './rate-limit';

export interface RouteOptions {
  access: Access;
  /** Counts against the per-client write limit (creating, deleting, fetching, analysing). */
  limited?: boolean;
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function apiRoute<C = unknown>(options: RouteOptions, handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      authorize(request, options.access);
      if (options.limited) writeLimiter().take(clientKey(request));
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
