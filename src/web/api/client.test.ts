import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet, apiSend, withQuery } from './client';
import { pathToName } from '../components/formErrors';

afterEach(() => vi.unstubAllGlobals());

function problem(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

describe('api client', () => {
  it('builds query strings without empty parameters', () => {
    expect(withQuery('/api/products', { q: 'rượu', page: 2, unit: undefined, group: '' })).toBe('/api/products?q=r%C6%B0%E1%BB%A3u&page=2');
  });

  it('parses problem+json into ApiError with field errors', async () => {
    vi.stubGlobal('fetch', async () =>
      problem(400, { type: 'urn:ocop:problem:validation', title: 'Dữ liệu không hợp lệ', status: 400, detail: 'Vui lòng sửa', errors: [{ path: 'taxCode', message: 'Sai' }] }),
    );
    const err = (await apiSend('POST', '/api/entities', {}).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.errors).toEqual([{ path: 'taxCode', message: 'Sai' }]);
  });

  it('tells a stale-version conflict from other conflicts', async () => {
    vi.stubGlobal('fetch', async () => problem(409, { type: 'urn:ocop:problem:conflict.stale', title: 'x', status: 409, code: 'errors.conflict.stale' }));
    expect(((await apiGet('/api/x').catch((e: unknown) => e)) as ApiError).isStale).toBe(true);
    vi.stubGlobal('fetch', async () => problem(409, { type: 'urn:ocop:problem:conflict.taxCode', title: 'x', status: 409, code: 'errors.conflict.taxCode' }));
    expect(((await apiGet('/api/x').catch((e: unknown) => e)) as ApiError).isStale).toBe(false);
  });

  it('sends Accept-Language and same-origin credentials', async () => {
    let init: RequestInit | undefined;
    vi.stubGlobal('fetch', async (_: string, i: RequestInit) => {
      init = i;
      return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await apiGet('/api/me');
    expect(init?.credentials).toBe('same-origin');
    expect((init?.headers as Record<string, string>)['Accept-Language']).toBe('vi');
  });
});

describe('server error paths → form field names', () => {
  it('handles dotted, pointer and array paths', () => {
    expect(pathToName('taxCode')).toEqual(['taxCode']);
    expect(pathToName('/address')).toEqual(['address']);
    expect(pathToName('certifications.0')).toEqual(['certifications', 0]);
  });
});
