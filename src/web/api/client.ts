/**
 * A small typed fetch client for the OCOP API (same origin, cookie session).
 * Errors are RFC 9457 problem+json; they are turned into `ApiError`.
 */
import { currentLang } from '../i18n';
import type { Problem } from '../../contracts/common';

/** A field named by a problem's `errors` (RFC 9457 problem+json, src/contracts/common.ts). */
export type FieldError = Pick<NonNullable<Problem['errors']>[number], 'path' | 'message'>;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  /** The server's message key (e.g. "errors.conflict.stale"), when it sends one. */
  readonly code: string;
  readonly errors: FieldError[];

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    code?: string;
    errors?: FieldError[];
  }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail ?? '';
    this.type = init.type ?? 'about:blank';
    this.code = init.code ?? '';
    this.errors = init.errors ?? [];
  }

  /** The most useful single line to show a user. */
  get display(): string {
    return this.detail || this.title;
  }

  /** 409 because the record changed since it was read (version check), not another conflict. */
  get isStale(): boolean {
    if (this.status !== 409) return false;
    const key = this.code || this.type.replace(/^urn:ocop:problem:/, 'errors.');
    if (key === 'errors.conflict.stale') return true;
    // A conflict with no specific reason is treated as a version conflict.
    return !key || key === 'about:blank' || key === 'errors.conflict';
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Params = Record<string, string | number | boolean | null | undefined>;

/** Builds "path?a=1&b=2", leaving out empty parameters. */
export function withQuery(path: string, params?: Params): string {
  if (!params) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

let unauthorizedHandler: (() => void) | null = null;

/** Called (once per 401 response) so the app can send the user to /login. */
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  unauthorizedHandler = fn;
}

export interface RequestOptions {
  /** Do not trigger the global 401 → /login redirect (public pages, /api/me, login). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

function baseHeaders(): Record<string, string> {
  return {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLang() === 'en' ? 'en' : 'vi',
  };
}

function normalizeErrors(raw: unknown): FieldError[] {
  if (!Array.isArray(raw)) return [];
  const out: FieldError[] = [];
  for (const e of raw) {
    if (e && typeof e === 'object') {
      const o = e as Record<string, unknown>;
      const path = Array.isArray(o.path) ? o.path.join('.') : String(o.path ?? o.field ?? '');
      out.push({ path, message: String(o.message ?? '') });
    }
  }
  return out;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown;
  const ct = res.headers.get('content-type') ?? '';
  try {
    if (ct.includes('json')) body = await res.json();
    else {
      const text = await res.text();
      body = text ? { detail: text.slice(0, 300) } : null;
    }
  } catch {
    body = null;
  }
  const o = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return new ApiError({
    status: typeof o.status === 'number' ? o.status : res.status,
    title: typeof o.title === 'string' ? o.title : res.statusText || `HTTP ${res.status}`,
    detail: typeof o.detail === 'string' ? o.detail : typeof o.message === 'string' ? o.message : '',
    type: typeof o.type === 'string' ? o.type : undefined,
    code: typeof o.code === 'string' ? o.code : undefined,
    errors: normalizeErrors(o.errors),
  });
}

async function request<T>(method: string, path: string, body: unknown, opts: RequestOptions): Promise<T> {
  const headers = baseHeaders();
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: opts.signal };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError({ status: 0, title: 'network', detail: '' });
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && !opts.allowUnauthorized) unauthorizedHandler?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const ct = res.headers.get('content-type') ?? '';
  if (!ct.includes('json')) return undefined as T;
  return (await res.json()) as T;
}

/** GET a JSON resource. */
export function apiGet<T>(path: string, params?: Params, opts: RequestOptions = {}): Promise<T> {
  return request<T>('GET', withQuery(path, params), undefined, opts);
}

/** POST/PUT/PATCH/DELETE with an optional JSON body. */
export function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  return request<T>(method, path, body, opts);
}

/**
 * Downloads a file (e.g. an .xlsx export) through fetch so the session cookie and the
 * language header are sent and errors can be shown; then saves it via an object URL.
 */
export async function apiDownload(
  path: string,
  params: Params,
  fallbackName: string,
  /** Bytes received so far and the whole size when the server sends it (long exports show progress). */
  onProgress?: (received: number, total: number | null) => void,
): Promise<void> {
  const res = await fetch(withQuery(path, params), { credentials: 'same-origin', headers: baseHeaders() });
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401) unauthorizedHandler?.();
    throw err;
  }
  let blob: Blob;
  if (onProgress && res.body) {
    const total = Number(res.headers.get('content-length')) || null;
    const reader = res.body.getReader();
    const parts: Uint8Array[] = [];
    let received = 0;
    onProgress(0, total);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      received += value.length;
      onProgress(received, total);
    }
    blob = new Blob(parts as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' });
  } else {
    blob = await res.blob();
  }
  const cd = res.headers.get('content-disposition') ?? '';
  let name = fallbackName;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  if (star) name = decodeURIComponent(star[1]);
  else if (plain) name = plain[1];
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
