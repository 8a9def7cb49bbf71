import type { TestContext } from '../support/test-app';

/** Helpers of the annual-cycle API tests (ideas, business plans, dossiers, work queues). */

export type Kind = 'ideas' | 'business-plans' | 'dossiers';

export function api(t: TestContext) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, cookie: string | null, payload?: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url, headers: { ...(cookie ? { cookie } : {}), ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });
    return { status: res.statusCode, body: res.body ? (res.json() as Record<string, any>) : ({} as Record<string, any>), headers: res.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  return {
    call,
    get: (url: string, cookie: string | null) => call('GET', url, cookie),
    post: (url: string, cookie: string | null, payload?: unknown, headers?: Record<string, string>) => call('POST', url, cookie, payload ?? {}, headers),
    put: (url: string, cookie: string | null, payload?: unknown) => call('PUT', url, cookie, payload ?? {}),
    act: (kind: Kind, id: string, cookie: string, action: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
      call('POST', `/api/${kind}/${id}/transitions`, cookie, { action, ...extra }, headers),
  };
}

/** A valid idea form for the producer's own entity (or another entity / a would-be one). */
export function ideaForm(overrides: Record<string, unknown> = {}) {
  return {
    proposerName: 'Nguyễn Văn Hùng',
    productName: 'Mứt gừng Quang Hanh',
    description: 'Mứt gừng dẻo từ gừng trồng tại địa phương, đóng hộp quà.',
    groupCode: '1',
    subgroupCode: '1.3',
    rawMaterials: [{ name: 'Gừng', origin: 'Hộ trồng tại Quang Hanh', local: true }],
    targetMarket: 'Khách du lịch và quà Tết.',
    resources: { labour: 4, capitalVnd: 200_000_000 },
    supportWanted: ['packaging', 'market'],
    ...overrides,
  };
}

export function planForm(overrides: Record<string, unknown> = {}) {
  return {
    product: { name: 'Mứt gừng Quang Hanh', description: 'Mứt gừng dẻo, hộp 300 g.', groupCode: '1', subgroupCode: '1.3', expectedPriceVnd: 85_000 },
    marketAndCustomers: { targetCustomers: 'Khách du lịch, quà biếu', marketArea: 'Cẩm Phả, Hạ Long' },
    production: { rawMaterials: 'Gừng của các hộ trong phường', process: 'Sơ chế, sên đường, sấy, đóng hộp', capacity: '5 tấn/năm' },
    organisation: { form: 'enterprise', employees: 6, management: 'Giám đốc và tổ sản xuất' },
    finance: {
      investmentVnd: 300_000_000,
      expectedRevenueVnd: 600_000_000,
      expectedCostVnd: 450_000_000,
      expectedProfitVnd: 150_000_000,
      breakEvenMonths: 18,
      capitalBySource: { own: 200_000_000, credit: 100_000_000 },
    },
    ...overrides,
  };
}

/** Minimal files whose content is what their name says. */
export const FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8ffff3f0005fe02fedccc59e70000000049454e44ae426082', 'hex'),
  notPdf: Buffer.from('This is plain text pretending to be a PDF document.'),
};

/** A multipart/form-data body with one file. */
export function multipart(fileName: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----ocop' + Math.random().toString(16).slice(2);
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(t: TestContext, url: string, cookie: string, fileName: string, content: Buffer) {
  const m = multipart(fileName, content);
  const res = await t.app.inject({ method: 'POST', url, headers: { cookie, ...m.headers }, payload: m.body });
  return { status: res.statusCode, body: res.json() as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
