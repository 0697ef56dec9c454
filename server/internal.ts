// A per-process secret that marks the server's own requests to itself (the facilitator creating and
// seating its tables through the lobby routes), which the per-IP limits do not count.
import { newSecret } from './codes.ts';

export const INTERNAL_HEADER = 'x-ceasefire-internal';
export const INTERNAL_TOKEN = newSecret(24);

export const isInternal = (headers: Record<string, unknown>): boolean =>
  headers[INTERNAL_HEADER] === INTERNAL_TOKEN;
