import type { Endpoint, ParamsIn, QueryIn, ResultOf } from '../../contracts/http';
import { currentLang } from './i18n';

/**
 * GET through an API contract (src/contracts), like the back office's `call`, without its
 * session handling: the portal only reads public endpoints. The contract is named by its type
 * (`get<typeof products.list>('/products', …)`): the compiler checks the path and the shapes,
 * and the bundle carries none of the contracts' schemas (zod stays out of the portal).
 */
export function apiPath<E extends Endpoint>(route: E['path'], params?: ParamsIn<E>, query?: QueryIn<E>): string {
  const p = (params ?? {}) as Record<string, unknown>;
  const path = `/api${route.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => encodeURIComponent(String(p[name])))}`;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export async function get<E extends Endpoint>(route: E['path'], args: { params?: ParamsIn<E>; query?: QueryIn<E> } = {}, signal?: AbortSignal): Promise<ResultOf<E>> {
  const res = await fetch(apiPath<E>(route, args.params, args.query), {
    signal,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': currentLang() },
  });
  if (!res.ok) throw new HttpError(res.status);
  return (await res.json()) as ResultOf<E>;
}

/** The data the server wrote into the page (`<script id="portal-data">`), read once. */
let pageData: Record<string, unknown> | null | undefined;
export function takePageData<T>(key: string): T | undefined {
  if (pageData === undefined) {
    const el = document.getElementById('portal-data');
    try {
      pageData = el?.textContent ? (JSON.parse(el.textContent) as Record<string, unknown>) : null;
    } catch {
      pageData = null;
    }
  }
  const value = pageData?.[key] as T | undefined;
  if (pageData) delete pageData[key];
  return value;
}
