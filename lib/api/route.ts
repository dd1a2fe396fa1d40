// The wrapper every route handler goes through: access check, write rate limit, errors → problem+json.
// Route handlers stay thin: parse with their sibling zod schema, call lib/, return JSON.
import { authorize, credentialOf, readAuthSettings, type Access } from './auth';
import { clientKeyFrom } from './client-key';
import { errorResponse } from './problem';
import { limitWrite } from './rate-limit';

export interface RouteOptions {
  access: Access;
  /** Counts against the per-client write limit (creating, deleting, fetching, analysing). */
  limited?: boolean;
}

export interface RouteContext {
  /** The rate-limit key of the caller (lib/api/client-key). */
  client: string;
  /** Whether the caller proved it holds the admin token. */
  signedIn: boolean;
}

type Handler<C> = (request: Request, context: C, caller: RouteContext) => Promise<Response>;

export function apiRoute<C = unknown>(options: RouteOptions, handler: Handler<C>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      const settings = readAuthSettings();
      // An open route that is limited (analyse) still tells a signed-in caller apart, for its bucket.
      const credential = authorize(request, options.access, settings) ?? (options.limited ? credentialOf(request.headers, settings) : null);
      const caller = { client: clientKeyFrom(request.headers), signedIn: credential !== null };
      if (options.limited) limitWrite(caller.client, caller.signedIn);
      return await handler(request, context, caller);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
