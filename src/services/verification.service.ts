import crypto from 'node:crypto';
import { calculateJwkThumbprint, CompactSign, compactVerify, decodeProtectedHeader, errors as joseErrors, type JWK } from 'jose';
import type { Db, Executor } from '../db/client';
import * as repo from '../db/repositories/certificates.repository';
import { AppError } from '../domain/errors';
import { certificateStatus, parseCertificateNumber } from '../domain/certificates';
import { isIsoDate } from '../domain/dates';
import * as clock from './clock';
import { expiringSoonDays } from './certificate-settings';
import type { TokenPayload, Verification } from '../contracts/verification';
import { Lru } from './lru';
import { currentEpoch } from './verification-cache';

/**
 * Verifiable QR codes (SPEC C4 "Verification"). Each certificate carries a compact JWS signed
 * with Ed25519 (alg EdDSA) whose short payload names the certificate, product, entity, class,
 * validity and issuer, so anyone holding the published key (GET /api/verify/keys) can check it
 * without a connection. Online, /api/verify/{code} also reports revocation and expiry.
 *
 * Keys are generated on first use and live only in the database (table signing_keys); the
 * private key is PKCS#8, encrypted with SIGNING_KEY_PASSPHRASE when that is set.
 */

export const TOKEN_ALG = 'EdDSA';
export const TOKEN_TYPE = 'ocop-cert';

class SigningKeyError extends AppError {
  constructor() {
    super(500, 'errors.verify.keyLocked');
  }
}

function passphrase(): string | undefined {
  return process.env.SIGNING_KEY_PASSPHRASE || undefined;
}

// Key material never changes once created: caching it by kid is safe across requests.
const privateKeys = new Map<string, crypto.KeyObject>();
const publicKeys = new Map<string, crypto.KeyObject>();

/** The active signing key, generated and stored on first use (safe when processes race). */
export async function activeSigningKey(db: Executor): Promise<{ kid: string; key: crypto.KeyObject }> {
  let row = await repo.activeSigningKey(db);
  if (!row) {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
    const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
    const kid = await calculateJwkThumbprint(jwk as JWK);
    const secret = passphrase();
    const pem = secret
      ? (privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: secret }) as string)
      : (privateKey.export({ format: 'pem', type: 'pkcs8' }) as string);
    await repo.insertActiveSigningKeyIfNone(db, {
      kid,
      alg: TOKEN_ALG,
      publicJwk: { ...jwk, kid, alg: TOKEN_ALG, use: 'sig' },
      privateKeyPem: pem,
      encrypted: !!secret,
      status: 'active',
    });
    row = await repo.activeSigningKey(db);
    if (!row) throw new Error('no active signing key after insert');
  }
  let key = privateKeys.get(row.kid);
  if (!key) {
    try {
      key = row.encrypted ? crypto.createPrivateKey({ key: row.privateKeyPem, passphrase: passphrase() ?? '' }) : crypto.createPrivateKey(row.privateKeyPem);
    } catch {
      throw new SigningKeyError();
    }
    privateKeys.set(row.kid, key);
  }
  return { kid: row.kid, key };
}

/** Signs a certificate's payload; returns the compact JWS and the key id. */
export async function signCertificateToken(db: Executor, payload: Omit<TokenPayload, 'v'>): Promise<{ token: string; kid: string }> {
  const { kid, key } = await activeSigningKey(db);
  const body = new TextEncoder().encode(JSON.stringify({ v: 1, ...payload }));
  const token = await new CompactSign(body).setProtectedHeader({ alg: TOKEN_ALG, kid, typ: TOKEN_TYPE }).sign(key);
  return { token, kid };
}

export const STAMP_TOKEN_TYPE = 'ocop-stamp';

/** The signed payload of a stamp's QR token: short keys keep the QR code small. */
export interface StampTokenPayload {
  v: 1;
  k: 's';
  /** serial */
  sn: string;
  /** certificate number */
  n: string;
  /** lot */
  l: string;
  /** production date */
  d: string;
}

/**
 * Signs stamp tokens with the same active key as certificates (one key lookup for a batch).
 * Offline verifiers check them with the same published keys.
 */
export async function stampTokenSigner(db: Executor): Promise<{ kid: string; sign: (p: Omit<StampTokenPayload, 'v' | 'k'>) => Promise<string> }> {
  const { kid, key } = await activeSigningKey(db);
  return {
    kid,
    sign: (payload) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify({ v: 1, k: 's', ...payload }))).setProtectedHeader({ alg: TOKEN_ALG, kid, typ: STAMP_TOKEN_TYPE }).sign(key),
  };
}

/** The payload of a genuinely signed stamp token, or null (forged, altered, unknown key, not a stamp token). */
export async function verifyStampToken(db: Executor, token: string): Promise<StampTokenPayload | null> {
  if (token.split('.').length !== 3) return null;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== TOKEN_ALG || header.typ !== STAMP_TOKEN_TYPE || typeof header.kid !== 'string') return null;
    const key = await publicKey(db, header.kid);
    if (!key) return null;
    const { payload } = await compactVerify(token, key, { algorithms: [TOKEN_ALG] });
    const p = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    if (p.v !== 1 || p.k !== 's' || typeof p.sn !== 'string' || typeof p.n !== 'string' || typeof p.l !== 'string' || !isIsoDate(p.d)) return null;
    return p as unknown as StampTokenPayload;
  } catch {
    return null;
  }
}

/** The public keys (JWKS) verifiers use offline; retired keys stay listed so old QR codes still verify. */
export async function publishedKeys(db: Db): Promise<{ keys: Array<Record<string, string>> }> {
  let rows = await repo.listSigningKeys(db);
  if (rows.length === 0) {
    await activeSigningKey(db);
    rows = await repo.listSigningKeys(db);
  }
  return { keys: rows.map((r) => r.publicJwk) };
}

async function publicKey(db: Executor, kid: string): Promise<crypto.KeyObject | undefined> {
  const cached = publicKeys.get(kid);
  if (cached) return cached;
  const row = await repo.findSigningKey(db, kid);
  if (!row) return undefined;
  const key = crypto.createPublicKey({ key: row.publicJwk, format: 'jwk' } as crypto.JsonWebKeyInput);
  publicKeys.set(kid, key);
  return key;
}

function isPayload(value: unknown): value is TokenPayload {
  const p = value as Record<string, unknown>;
  return (
    !!p &&
    typeof p === 'object' &&
    p.v === 1 &&
    typeof p.n === 'string' &&
    typeof p.p === 'string' &&
    typeof p.e === 'string' &&
    typeof p.i === 'string' &&
    Number.isInteger(p.s) &&
    isIsoDate(p.f) &&
    isIsoDate(p.u)
  );
}

const invalid = (reason: NonNullable<Verification['reason']>, checkedOn: string, signature: Verification['signature'] = 'invalid'): Verification => ({
  status: 'invalid',
  signature,
  reason,
  certificate: null,
  checkedOn,
});

// Verification is the busiest public call: the outcome of a token's signature check never
// changes (keys are never altered, retired keys stay valid), and certificate rows are kept
// until the next change to certificates (verification-cache.ts), so a repeated scan costs no
// cryptography and no database round trip. Statuses are still computed from today's date.
type SignatureCheck = { ok: true; payload: TokenPayload } | { ok: false; reason: NonNullable<Verification['reason']> };
const signatureChecks = new Lru<string, SignatureCheck>(50_000);
const certificatesByNumber = new Lru<string, { epoch: number; row: repo.CertificateRow | null }>(50_000);

async function certificateByNumber(db: Db, number: string): Promise<repo.CertificateRow | undefined> {
  const epoch = currentEpoch();
  const hit = certificatesByNumber.get(number);
  if (hit && hit.epoch === epoch) return hit.row ?? undefined;
  const row = await repo.findCertificateByNumber(db, number);
  certificatesByNumber.set(number, { epoch, row: row ?? null });
  return row;
}

async function checkSignature(db: Db, token: string): Promise<SignatureCheck> {
  const hit = signatureChecks.get(token);
  if (hit) return hit;
  const check = await checkSignatureUncached(db, token);
  // An unknown key may be published later (a restored database): only cache definite answers.
  if (check.ok || check.reason !== 'unknown-key') signatureChecks.set(token, check);
  return check;
}

async function checkSignatureUncached(db: Db, token: string): Promise<SignatureCheck> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== TOKEN_ALG || typeof header.kid !== 'string') return { ok: false, reason: 'malformed' };
    kid = header.kid;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const key = await publicKey(db, kid);
  if (!key) return { ok: false, reason: 'unknown-key' };
  let payload: unknown;
  try {
    const verified = await compactVerify(token, key, { algorithms: [TOKEN_ALG] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload));
  } catch (e) {
    return { ok: false, reason: e instanceof joseErrors.JWSSignatureVerificationFailed ? 'bad-signature' : 'malformed' };
  }
  return isPayload(payload) ? { ok: true, payload } : { ok: false, reason: 'malformed' };
}

// The whole answer as JSON text, per code, while nothing it depends on changes: the epoch (any
// change to certificates), the day and the "expiring soon" setting. The fast path of
// GET /api/verify/{code} sends it as it is (server/fast-paths/verification.ts).
const answers = new Lru<string, { key: string; text: string }>(50_000);

/** `verifyCode`'s answer as JSON text (the same answer; kept between identical scans). */
export async function verifyCodeJson(db: Db, code: string): Promise<string> {
  const key = `${currentEpoch()}|${clock.today()}|${expiringSoonDays()}`;
  const hit = answers.get(code);
  if (hit && hit.key === key) return hit.text;
  const result = await verifyCode(db, code);
  const text = JSON.stringify(result);
  // A key unknown today may be published later (a restored database): such answers are not kept.
  if (result.reason !== 'unknown-key') answers.set(code, { key, text });
  return text;
}

/**
 * Checks a QR code (the compact JWS) or a typed certificate number. A token whose signature
 * does not verify — forged, altered, signed with an unknown key — is always 'invalid'.
 */
export async function verifyCode(db: Db, code: string): Promise<Verification> {
  const today = clock.today();
  const trimmed = code.trim();
  if (parseCertificateNumber(trimmed)) {
    const row = await certificateByNumber(db, trimmed.toUpperCase());
    if (!row) return invalid('not-found', today, 'none');
    return fromRow(row, today, 'none');
  }
  if (trimmed.split('.').length !== 3) return invalid('malformed', today);
  const check = await checkSignature(db, trimmed);
  if (!check.ok) return invalid(check.reason, today);
  const payload = check.payload;

  const row = await certificateByNumber(db, payload.n);
  if (!row) {
    // Genuinely signed, but this registry has no such certificate (e.g. a restored database).
    return unknownCertificate(payload, today);
  }
  const same = row.stars === payload.s && row.issuedOn === payload.f && row.validUntil === payload.u && row.productName === payload.p && row.entityName === payload.e;
  if (!same) return invalid('mismatch', today, 'valid');
  return fromRow(row, today, 'valid');
}

function unknownCertificate(payload: TokenPayload, today: string): Verification {
  return {
    status: 'unknown',
    signature: 'valid',
    reason: null,
    certificate: { number: payload.n, productName: payload.p, entityName: payload.e, stars: payload.s, validFrom: payload.f, validUntil: payload.u, issuer: payload.i, productId: null, decisionNumber: null, decisionDate: null, revokedOn: null, revokedReason: null, supersededOn: null },
    checkedOn: today,
  };
}

function fromRow(row: repo.CertificateRow, today: string, signature: Verification['signature']): Verification {
  const status = today < row.issuedOn ? 'valid' : certificateStatus(row, today, expiringSoonDays());
  return {
    status,
    signature,
    reason: null,
    certificate: {
      number: row.number,
      productName: row.productName,
      entityName: row.entityName,
      stars: row.stars,
      validFrom: row.issuedOn,
      validUntil: row.validUntil,
      issuer: row.issuerName,
      productId: row.productId,
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate,
      revokedOn: row.revokedOn,
      revokedReason: row.revokedOn ? row.revokedReason : null,
      supersededOn: row.supersededOn,
    },
    checkedOn: today,
  };
}

/** The address a QR code opens: `${origin}/v/${token}`. */
export function verifyUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/v/${token}`;
}
