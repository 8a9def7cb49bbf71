import type { BodyIn, Endpoint, ParamsIn, QueryIn, ResultOf } from '../../contracts/http';
import { ApiError, apiDownload, apiGet, apiSend, withQuery, type FieldError, type RequestOptions } from './client';
import { currentLang } from '../i18n';

/**
 * Calls an API endpoint through its contract (src/contracts): the path, the method and the
 * types of what goes in and comes out are the server's own, so the client never retypes them.
 */
export type CallArgs<E extends Endpoint> = {
  params?: ParamsIn<E>;
  query?: QueryIn<E>;
  body?: BodyIn<E>;
};

type QueryValue = string | number | boolean | null | undefined;

/** `/entities/:id` with `{ id }` → `/api/entities/<id>` (parameters URL-encoded). */
export function pathOf(e: Endpoint, params?: Record<string, unknown>): string {
  const path = e.path.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name} for ${e.path}`);
    return encodeURIComponent(String(value));
  });
  return `/api${path}`;
}

export function call<E extends Endpoint>(e: E, args: CallArgs<E> = {}, opts: RequestOptions = {}): Promise<ResultOf<E>> {
  const path = pathOf(e, args.params as Record<string, unknown> | undefined);
  const query = args.query as Record<string, QueryValue> | undefined;
  if (e.method === 'GET') return apiGet<ResultOf<E>>(path, query, opts);
  return apiSend<ResultOf<E>>(e.method, withQuery(path, query), args.body, opts);
}

/** Downloads a file endpoint (exports) with the same filters. */
export function download<E extends Endpoint>(e: E, args: CallArgs<E>, fallbackName: string): Promise<void> {
  return apiDownload(pathOf(e, args.params as Record<string, unknown> | undefined), (args.query ?? {}) as Record<string, QueryValue>, fallbackName);
}

/**
 * Sends a multipart endpoint (`multipart: true`, file uploads) its form data; answers like
 * `call`, problems as `ApiError`.
 */
export async function upload<E extends Endpoint>(e: E, args: CallArgs<E>, form: FormData): Promise<ResultOf<E>> {
  const res = await fetch(withQuery(pathOf(e, args.params as Record<string, unknown> | undefined), args.query as Record<string, QueryValue> | undefined), {
    method: e.method,
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLang() },
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    throw new ApiError({
      status: res.status,
      title: String(body.title ?? res.statusText),
      detail: typeof body.detail === 'string' ? body.detail : '',
      code: typeof body.code === 'string' ? body.code : undefined,
      errors: Array.isArray(body.errors) ? (body.errors as FieldError[]) : [],
    });
  }
  return body as ResultOf<E>;
}
