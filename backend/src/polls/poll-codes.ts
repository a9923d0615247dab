import { POLL_CODE_ALPHABET, POLL_CODE_LENGTH } from '@ntm/shared';
import { createHash, randomInt } from 'node:crypto';

/** A fresh one-time code (about 40 bits of randomness). */
export function newPollCode(): string {
  return Array.from({ length: POLL_CODE_LENGTH }, () => POLL_CODE_ALPHABET[randomInt(POLL_CODE_ALPHABET.length)]).join('');
}

/** What is stored of a code (normalised first): its SHA-256. */
export function hashPollCode(code: string): string {
  return createHash('sha256').update(`ntm-poll:${code}`).digest('hex');
}
