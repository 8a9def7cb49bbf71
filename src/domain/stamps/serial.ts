/**
 * Stamp serials: 12 characters of Crockford base32 (no I, L, O, U, so they read aloud and
 * type without confusion) — 11 random characters (55 bits, so guessing a real one is hopeless)
 * and a check character that catches a mistyped or swapped character before any lookup.
 * Printed in groups of four: "7K3M-Q9TX-2FHB".
 */

export const SERIAL_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SERIAL_LENGTH = 12;
const BODY = SERIAL_LENGTH - 1;

function checkChar(body: string): string {
  // Weights 1..11 over the values, mod 31 (prime): any single change or adjacent swap moves the sum.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * SERIAL_ALPHABET.indexOf(body[i]);
  return SERIAL_ALPHABET[sum % 31];
}

/** A serial from random bytes (at least 11; one character per byte, 5 bits each). */
export function makeSerial(random: Uint8Array): string {
  if (random.length < BODY) throw new Error('makeSerial: need 11 random bytes');
  let body = '';
  for (let i = 0; i < BODY; i++) body += SERIAL_ALPHABET[random[i] & 31];
  return body + checkChar(body);
}

/**
 * The canonical form of a serial as typed or scanned: upper case, without spaces and hyphens,
 * with the look-alikes Crockford base32 maps (O → 0, I and L → 1); null when it cannot be one.
 */
export function normaliseSerial(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== SERIAL_LENGTH) return null;
  for (const ch of s) if (!SERIAL_ALPHABET.includes(ch)) return null;
  return checkChar(s.slice(0, BODY)) === s[BODY] ? s : null;
}

/** "7K3MQ9TX2FHB" → "7K3M-Q9TX-2FHB". */
export function formatSerial(serial: string): string {
  return serial.replace(/(.{4})(?=.)/g, '$1-');
}
