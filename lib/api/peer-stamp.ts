// Writes each request's socket peer address into PEER_HEADER before Next sees the request, replacing
// any value the client sent, so the rate limits key on an address the client cannot choose.
import http from 'node:http';
import https from 'node:https';
import { markPeerStamping, PEER_HEADER } from './client-key';

const state = globalThis as unknown as { parallaxPeerStampInstalled?: boolean };

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

function patch(prototype: { emit: Emit }) {
  const original = prototype.emit;
  prototype.emit = function emit(this: unknown, event, ...args) {
    if (event === 'request' || event === 'checkContinue' || event === 'checkExpectation') {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return original.call(this, event, ...args);
  };
}

export function stampPeerAddresses(): void {
  if (state.parallaxPeerStampInstalled) return;
  state.parallaxPeerStampInstalled = true;
  patch(http.Server.prototype as unknown as { emit: Emit });
  if ((https.Server.prototype as unknown as { emit: Emit }).emit !== (http.Server.prototype as unknown as { emit: Emit }).emit)
    patch(https.Server.prototype as unknown as { emit: Emit });
  markPeerStamping();
}
