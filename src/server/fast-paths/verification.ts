import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { Db } from '../../db/client';
import { verifyCodeJson } from '../../services/verification.service';
import { verifyStampJson } from '../../services/stamps/stamp-verification';

/**
 * The two public verification calls — every scan of every stamp and certificate QR code — answered
 * straight from Node's request event, before Fastify's request lifecycle (cookies, language,
 * session, same-origin and input guards, schema validation, serialisation: three quarters of a
 * check's CPU against a bare route's).
 *
 * Only requests whose answer cannot depend on what that lifecycle does take this path: GET, a
 * path parameter and query values of plain URL-safe characters (nothing to decode, nothing the
 * input guard or the schemas could refuse), each query key at most once. Everything else — HEAD,
 * percent-encoded or over-long values, a bad province, unknown keys, any error while answering —
 * goes on to the Fastify routes of `verify.routes.ts` / `stamps.routes.ts`, which stay the
 * documented, validated implementation of the same contracts; test/api/verify-fast-path.test.ts
 * checks that both answer byte for byte the same. What is skipped here is request logging.
 */

export interface FastPathOptions {
  db: Db;
  /** The security headers every answer carries (plugins/security-headers.ts). */
  securityHeaders: Record<string, string>;
  /** Fastify's trustProxy setting, to name the client's address as `request.ip` does. */
  trustProxy: boolean | string | ((address: string, hop: number) => boolean);
}

export interface FastPath {
  /** True when this path answers the request (`fallback` hands it to Fastify if answering fails). */
  (req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean;
  /** Answers sent by this path so far (the benchmark and the tests check it was taken). */
  answered: number;
}

const PREFIX = '/api/verify/';
// Base64url, dots of a compact JWS, hyphens of a certificate number: nothing to percent-decode.
const SAFE = /^[A-Za-z0-9._~-]+$/;
const SERIAL = /^[A-Za-z0-9-]{1,64}$/;
const PROVINCE = /^\d{2}$/;
const MAX_CODE = 2000;

function trustFunction(trust: FastPathOptions['trustProxy']): ((address: string, hop: number) => boolean) | null {
  if (trust === false) return null;
  if (trust === true) return () => true;
  if (typeof trust === 'function') return trust;
  return proxyAddr.compile(trust.split(',').map((s) => s.trim()));
}

/** `t` and `province` of a stamp check, or null when the query is anything else. */
function stampQuery(query: string): { t?: string; province?: string } | null {
  const out: { t?: string; province?: string } = {};
  if (!query) return out;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return null;
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (key === 't') {
      if (out.t !== undefined || value.length > MAX_CODE || !SAFE.test(value)) return null;
      out.t = value;
    } else if (key === 'province') {
      if (out.province !== undefined || !PROVINCE.test(value)) return null;
      out.province = value;
    } else return null;
  }
  return out;
}

export function verificationFastPath(opts: FastPathOptions): FastPath {
  const trust = trustFunction(opts.trustProxy);
  // writeHead's flat [name, value, …] form, content-length last (filled in per answer).
  const headers = [...Object.entries({ ...opts.securityHeaders, 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' }).flat(), 'content-length', ''];
  const clientAddress = (req: IncomingMessage): string => {
    if (!trust) return req.socket.remoteAddress ?? '';
    const all = proxyAddr.all(req, trust);
    return all[all.length - 1];
  };
  const send = (res: ServerResponse, text: string) => {
    const h = headers.slice();
    h[h.length - 1] = String(Buffer.byteLength(text));
    res.writeHead(200, h);
    res.end(text);
    fastPath.answered++;
  };

  const fastPath: FastPath = Object.assign((req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean => {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined || !url.startsWith(PREFIX)) return false;
    const at = url.indexOf('?');
    const rest = at < 0 ? url.slice(PREFIX.length) : url.slice(PREFIX.length, at);
    const query = at < 0 ? '' : url.slice(at + 1);
    if (rest.startsWith('stamps/')) {
      const serial = rest.slice('stamps/'.length);
      const q = SERIAL.test(serial) ? stampQuery(query) : null;
      if (!q) return false;
      verifyStampJson(opts.db, serial, { token: q.t, province: q.province, address: clientAddress(req) })
        .then(
          (result) => send(res, result),
          // Fastify answers it again, with its error handling (problem+json) if it fails there too.
          () => fallback(),
        )
        .catch((e: Error) => res.destroy(e));
      return true;
    }
    // `/api/verify/keys` and `/api/verify/{code}/qr.svg` are other routes; the code route takes no query.
    if (at >= 0 || rest === 'keys' || rest.length > MAX_CODE || !SAFE.test(rest)) return false;
    verifyCodeJson(opts.db, rest)
      .then(
        (result) => send(res, result),
        () => fallback(),
      )
      .catch((e: Error) => res.destroy(e));
    return true;
  }, { answered: 0 });
  return fastPath;
}
