// Join codes a teacher can write on the board, and the random secrets (credentials, tokens).
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O or 1/I/L: 31 symbols, about 887 million codes. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export async function newJoinCode(isTaken: (code: string) => boolean | Promise<boolean>): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!(await isTaken(code))) return code;
  }
  throw new Error('could not find a free join code');
}

/** Normalises what a student typed: case, spaces and dashes. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedCode(code: string): boolean {
  if (code.length !== CODE_LENGTH) return false;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return false;
  return true;
}

export function newSecret(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

export function newMatchID(): string {
  return randomBytes(9).toString('base64url');
}

/** Constant-time comparison of two secrets; false when either is missing. */
export function secretsEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
