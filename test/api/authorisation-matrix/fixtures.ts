import sharp from 'sharp';
import type { TestContext } from '../../support/test-app';
import { FILES, ideaForm, multipart, planForm } from '../cycle.helpers';
import { answersForTotal, todayVn } from '../evaluation.helpers';
import { CALLERS, WHERE, type Caller, type Fixture, type Fixtures, type Where } from './expectations';

/**
 * The records the matrix acts on, created through the API the way users create them: in
 * Quang Hanh (06778: producer.qn's own entity, commune.qn's commune), in the neighbouring
 * Cửa Ông (06781) and in Quảng Ngãi (21025, another province). Each kind gets one record per
 * place (`Fixtures[kind][where]`); unlocated kinds (users, criteria sets, notifications) one.
 */

export const PLACES: Record<Where, string> = { inside: '06778', neighbour: '06781', outside: '21025' };

export interface Api {
  /** Cookie header of a caller (null: no session). */
  cookie(caller: Caller): string | null;
  call(caller: Caller, method: string, url: string, payload?: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The same call that must succeed (setup): throws with the answer otherwise. */
  ok(caller: Caller | string, method: string, url: string, payload?: unknown): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  upload(caller: Caller | string, url: string, file?: 'pdf' | 'png' | Buffer): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Starts an import of `kind` with `file` (default: the kind's own Excel template). */
  startImport(caller: Caller | string, kind: string, file?: Buffer): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function makeApi(t: TestContext): Promise<Api> {
  const cookies = new Map<string, string>();
  // Accounts sign in on first use (some are created by the fixtures).
  const cookieOf = async (who: string) => {
    if (who === 'anon') return null;
    if (!cookies.has(who)) cookies.set(who, await t.login(who));
    return cookies.get(who)!;
  };
  for (const c of CALLERS) await cookieOf(c);
  const send = async (who: string, method: string, url: string, payload?: unknown) => {
    const cookie = await cookieOf(who);
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: cookie ? { cookie } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    let body: unknown = null;
    if ((res.headers['content-type'] ?? '').toString().includes('json') && res.body) body = res.json();
    return { status: res.statusCode, body: body as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  return {
    cookie: (c) => cookies.get(c) ?? null,
    call: send,
    async ok(who, method, url, payload) {
      const res = await send(who, method, url, payload);
      if (res.status >= 300) throw new Error(`setup ${who} ${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async upload(who, url, file = 'pdf') {
      const m =
        file === 'pdf' ? multipart('ho-so.pdf', FILES.pdf, 'application/pdf') : file === 'png' ? multipart('nhan.png', FILES.png, 'image/png') : multipart('anh.png', file, 'image/png');
      const cookie = await cookieOf(who);
      const res = await t.app.inject({ method: 'POST', url, headers: { ...(cookie ? { cookie } : {}), ...m.headers }, payload: m.body });
      return { status: res.statusCode, body: res.body ? res.json() : null };
    },
    async startImport(who, kind, file) {
      const cookie = await cookieOf(who);
      const template = file ?? (await t.app.inject({ url: `/api/imports/templates/${kind}.xlsx`, headers: { cookie: cookie! } })).rawPayload;
      const boundary = '----matrix' + Math.random().toString(16).slice(2);
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        template,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { cookie: cookie!, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
      return { status: res.statusCode, body: res.body ? res.json() : null };
    },
  };
}

type Per<T> = Record<Where, T>;
const perPlace = async <T>(make: (where: Where) => Promise<T>): Promise<Per<T>> => {
  const out = {} as Per<T>;
  for (const w of WHERE) out[w] = await make(w);
  return out;
};

/** Creates every record kind the expectations name. */
export async function buildFixtures(api: Api): Promise<Fixtures> {
  const a = api.ok;
  const me = await a('producer.qn', 'GET', '/api/me');
  const producerEntity: string = me.entityId;
  const ids = async (username: string) => (await a(username, 'GET', '/api/me')).id as string;

  /* ---------------------------------------- registry ---------------------------------------- */
  const entity = await perPlace(async (w) =>
    w === 'inside'
      ? producerEntity
      : (await a('admin', 'POST', '/api/entities', { type: 'household', name: `Hộ ma trận ${w}`, representative: 'Lê Văn A', address: 'x', unitCode: PLACES[w] })).id as string,
  );
  const newProduct = async (w: Where, name: string) => (await a('admin', 'POST', '/api/products', { entityId: entity[w], name: `${name} ${w}`, groupCode: '1', subgroupCode: '1.3' })).id as string;
  const product = await perPlace((w) => newProduct(w, 'Sản phẩm ma trận'));
  for (const w of WHERE) await a('admin', 'PUT', `/api/products/${product[w]}/figures/2025`, { revenueVnd: 1_000_000_000, costVnd: 600_000_000 });

  /* ---------------------------------------- evaluation ---------------------------------------- */
  // Quảng Ngãi's council: two council accounts of the province (the demo has none).
  for (const n of ['1', '2']) {
    await a('admin', 'POST', '/api/users', { username: `council.qng${n}`, displayName: `Hội đồng Quảng Ngãi ${n}`, password: 'ocop2026', role: 'council', unitCode: '51' });
  }
  const id = {
    council: await ids('council.qn'), council2: await ids('council.qn2'), council3: await ids('council.qn3'), trade: await ids('trade.qn'),
    qng1: await ids('council.qng1'), qng2: await ids('council.qng2'),
  };
  const qnCouncil = [
    { userId: id.council2, role: 'chair' }, { userId: id.council, role: 'member' }, { userId: id.council3, role: 'member' }, { userId: id.trade, role: 'advisor' },
  ];
  const qngCouncil = [{ userId: id.qng1, role: 'chair' }, { userId: id.qng2, role: 'member' }];
  const newRound = async (organiser: string, province: string, productIds: string[]) =>
    (await a(organiser, 'POST', '/api/evaluation-rounds', { level: 'province', unitCode: province, date: todayVn(), members: province === '22' ? qnCouncil : qngCouncil, productIds })).id as string;
  const sheet = async (member: string, round: string, productId: string, total: number) => {
    const s = await a(member, 'GET', `/api/evaluation-rounds/${round}/sheets/${productId}`);
    const set = (await a('admin', 'GET', `/api/criteria-sets/${s.criteriaSetCode}`)).definition;
    await a(member, 'PUT', `/api/evaluation-rounds/${round}/sheets/${productId}`, { answers: answersForTotal(set, total) });
  };

  // What approval requires of products added directly (domain/ranking/approval-checks): the
  // office's dossier check and, where the procedure has one, the commune's pre-assessment.
  const meetApprovalChecks = async (organiser: string, round: string) => {
    const base = `/api/evaluation-rounds/${round}`;
    const r = (await a(organiser, 'GET', base)) as { products: Array<{ productId: string; dossier: { status: string }; communePreAssessment: { recorded: boolean } | null }> };
    for (const p of r.products) {
      if (p.dossier.status === 'unchecked') {
        const checklist = (await a(organiser, 'GET', `${base}/products/${p.productId}/dossier-checklist`)) as { items: Array<{ code: string; required: boolean }> };
        await a(organiser, 'PUT', `${base}/products/${p.productId}/dossier`, { present: checklist.items.filter((i) => i.required).map((i) => i.code) });
      }
      if (p.communePreAssessment && !p.communePreAssessment.recorded) {
        await a(organiser, 'PUT', `${base}/products/${p.productId}/pre-assessment`, { answers: {}, proposed: true });
      }
    }
  };

  // An approved round per province: its certificates are the certificate records.
  const certified = await perPlace((w) => newProduct(w, 'Sản phẩm được công nhận'));
  const approvedRound: Per<string> = {} as Per<string>;
  for (const [province, places, organiser, scorers, chair] of [
    ['22', ['inside', 'neighbour'], 'province.qn', ['council.qn2', 'council.qn', 'council.qn3'], 'council.qn2'],
    ['51', ['outside'], 'province.qng', ['council.qng1', 'council.qng2'], 'council.qng1'],
  ] as const) {
    const round = await newRound(organiser, province, places.map((w) => certified[w]));
    await meetApprovalChecks(organiser, round);
    for (const m of scorers) for (const w of places) await sheet(m, round, certified[w], 75);
    await a(chair, 'POST', `/api/evaluation-rounds/${round}/close`);
    await a(organiser, 'POST', `/api/evaluation-rounds/${round}/approve`, { decisionNumber: `99/QĐ-${province}`, decisionDate: todayVn() });
    for (const w of places) approvedRound[w] = round;
  }
  const certs = (await a('admin', 'GET', '/api/certificates?pageSize=200')).items as Array<{ id: string; number: string; productId: string; version: number }>;
  const certificate = await perPlace(async (w) => {
    const c = certs.find((x) => x.productId === certified[w]);
    if (!c) throw new Error(`no certificate for ${w}`);
    return { id: c.id, code: c.number };
  });

  // An open round per province with a product of each place; council.qn has begun its sheets.
  const inRound = await perPlace((w) => newProduct(w, 'Sản phẩm đang đánh giá'));
  const qnOpen = await newRound('province.qn', '22', [inRound.inside, inRound.neighbour]);
  const qngOpen = await newRound('province.qng', '51', [inRound.outside]);
  const openRound: Per<string> = { inside: qnOpen, neighbour: qnOpen, outside: qngOpen };
  for (const w of WHERE) await sheet(w === 'outside' ? 'council.qng2' : 'council.qn', openRound[w], inRound[w], 40);

  /* ---------------------------------------- others ---------------------------------------- */
  const user = await a('admin', 'POST', '/api/users', { username: 'matrix.user', displayName: 'Tài khoản ma trận', password: 'ocop2026', role: 'commune', unitCode: '06781' });
  const base = (await a('admin', 'GET', '/api/criteria-sets/1489-2025')).definition;
  const draftDefinition = { ...base, code: 'MATRIX-2027', ruleVersion: '1489-2025', effectiveFrom: '2027-01-01', effectiveTo: null, toBeConfirmed: false, decision: { ...base.decision, number: '98/QĐ-TTg', signedOn: '2026-12-01' } };
  const draft = await a('admin', 'POST', '/api/criteria-sets?basedOn=1489-2025', draftDefinition);
  const published = await a('admin', 'GET', '/api/criteria-sets/148-2023');


  /* ---------------------------------------- the annual cycle ---------------------------------------- */
  // Quảng Ninh's open 2026 cycle (demo) inside and next door; Quảng Ngãi plans and opens its own.
  const qnCycle = (await a('admin', 'GET', '/api/cycles?year=2026&province=22')).items[0];
  const qngCycle = await a('province.qng', 'POST', '/api/cycles', { year: 2026 });
  await a('province.qng', 'POST', `/api/cycles/${qngCycle.id}/transitions`, { action: 'open' });
  const cycle: Per<Fixture> = { inside: { id: qnCycle.id }, neighbour: { id: qnCycle.id }, outside: { id: qngCycle.id } };

  // Items are filed by the producer for its own entity, by admin for the other two places.
  const filer = (w: Where) => (w === 'inside' ? 'producer.qn' : 'admin');
  let n = 0;
  const newIdea = async (w: Where) =>
    (await a(filer(w), 'POST', '/api/ideas', ideaForm({ entityId: entity[w], productName: `Ý tưởng ma trận ${w} ${++n}`, submit: true }))).id as string;
  const act = (kind: string, id: string, action: string, note?: string) => a('admin', 'POST', `/api/${kind}/${id}/transitions`, { action, ...(note ? { note } : {}) });
  const acceptedIdea = async (w: Where) => {
    const id = await newIdea(w);
    await act('ideas', id, 'forward');
    await act('ideas', id, 'accept');
    return id;
  };
  const newPlan = async (w: Where) => {
    const ideaId = await acceptedIdea(w);
    return { ideaId, id: (await a(filer(w), 'POST', '/api/business-plans', planForm({ ideaId, submit: true }))).id as string };
  };

  // Returned to the filer: editable, with a filed version 1.
  const idea = await perPlace(async (w) => {
    const id = await newIdea(w);
    await act('ideas', id, 'return', 'Bổ sung thông tin');
    return { id, number: '1', entityId: entity[w] };
  });
  const draftIdea = await perPlace(async (w) => ({
    id: (await a(filer(w), 'POST', '/api/ideas', ideaForm({ entityId: entity[w], productName: `Bản nháp ma trận ${w}` }))).id as string,
    entityId: entity[w],
  }));
  const businessPlan = await perPlace(async (w) => {
    const plan = await newPlan(w);
    await act('business-plans', plan.id, 'return', 'Bổ sung thông tin');
    return { id: plan.id, number: '1', ideaId: plan.ideaId };
  });
  // An accepted plan is in implementation (step 4).
  const implementation = await perPlace(async (w) => {
    const plan = await newPlan(w);
    await act('business-plans', plan.id, 'forward');
    await act('business-plans', plan.id, 'accept');
    return {
      id: plan.id,
      year: '2026',
      fresh: {
        support: async () => ({ supportId: (await a('admin', 'POST', `/api/business-plans/${plan.id}/implementation/support`, { kind: 'training', date: '2026-11-02', provider: 'Sở Công Thương' })).id }),
        capital: async () => {
          await a('admin', 'PUT', `/api/business-plans/${plan.id}/implementation/capital/2026`, { own: 10_000_000 });
          return {};
        },
      },
    };
  });
  // An evaluation dossier of the registered product, with every required item, filed and returned.
  const dossier = await perPlace(async (w) => {
    const d = await a(filer(w), 'POST', '/api/dossiers', { entryPath: 'existing-product', productId: product[w] });
    for (const code of d.completeness.required as string[]) {
      const url = `/api/dossiers/${d.id}/files?itemCode=${code}`;
      const res = await api.upload(filer(w), url);
      if (res.status !== 201 && (await api.upload(filer(w), url, 'png')).status !== 201) throw new Error(`setup: upload ${code}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await a(filer(w), 'POST', `/api/dossiers/${d.id}/transitions`, { action: 'submit' });
    await act('dossiers', d.id, 'return', 'Bổ sung hồ sơ');
    const criterionCode = (await a('admin', 'GET', `/api/dossiers/${d.id}/evidence`)).criteria[0].code as string;
    return { id: d.id, number: '1', itemCode: d.completeness.required[0] as string, criterionCode };
  });
  const uploadTo = async (dossierId: string) => {
    const res = await api.upload('admin', `/api/dossiers/${dossierId}/files?itemCode=${(await a('admin', 'GET', `/api/dossiers/${dossierId}`)).completeness.required[0]}`);
    if (res.status !== 201) throw new Error(`setup: upload ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const file = await perPlace(async (w) => ({ id: await uploadTo(dossier[w].id), fresh: { file: async () => ({ id: await uploadTo(dossier[w].id) }) } }));
  // Evidence (a file) for a criterion of each dossier; removed by the matrix: each request gets a new one.
  const attachEvidence = async (d: { id: string; criterionCode: string }) => {
    const res = await api.upload('admin', `/api/dossiers/${d.id}/evidence/files?criterionCode=${d.criterionCode}`);
    if (res.status !== 201) throw new Error(`setup: evidence ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const evidence = await perPlace(async (w) => ({ id: await attachEvidence(dossier[w]), fresh: { evidence: async () => ({ id: await attachEvidence(dossier[w]) }) } }));

  // Step 1 logs of each place (deleted by the matrix: each request gets a new one).
  const activity = (kind: 'communication' | 'training') =>
    perPlace(async (w) => {
      const make = async () =>
        (kind === 'communication'
          ? await a('admin', 'POST', '/api/communication', { kind: 'article', count: 1, unitCode: PLACES[w], year: 2026, date: '2026-11-02' })
          : await a('admin', 'POST', '/api/training-classes', { topic: 'OCOP', participants: 10, unitCode: PLACES[w], date: '2026-11-02' })
        ).id as string;
      return { id: await make(), fresh: { [kind]: async () => ({ id: await make() }) } };
    });
  const communication = await activity('communication');
  const training = await activity('training');

  /* ---------------------------------------- reports ---------------------------------------- */
  // A report is about a unit: the commune of each place (product-growth: the registered product).
  const report = perWhere((w) => ({ code: 'funnel', unit: PLACES[w] }));
  const publicReport = perWhere((w) => ({ code: 'products-by-star', unit: PLACES[w] }));
  const growthReport = perWhere((w) => ({ code: 'product-growth', product: product[w] }));

  /* ---------------------------------------- trade promotion ---------------------------------------- */
  // Recorded by admin in each place, each with the place's recognised product.
  const trade = (path: string, body: (w: Where) => object) => perPlace(async (w) => ({ id: (await a('admin', 'POST', `/api/${path}`, body(w))).id as string }));
  const fair = await trade('fairs', (w) => ({
    name: `Hội chợ ma trận ${w}`, organiser: 'Sở Công Thương', startsOn: '2026-12-10', endsOn: '2026-12-14', place: 'Nhà văn hoá', level: 'provincial', unitCode: PLACES[w], productIds: [certified[w]],
  }));
  const salesPoint = await trade('sales-points', (w) => ({ name: `Điểm bán ma trận ${w}`, address: 'Tổ 1', unitCode: PLACES[w], funding: 'state', productIds: [certified[w]] }));
  const tradeContract = await trade('contracts', (w) => ({ title: `Hợp đồng ma trận ${w}`, parties: ['Bên A', 'Bên B'], unitCode: PLACES[w], productIds: [certified[w]] }));
  const listing = await trade('listings', (w) => ({ platform: 'shopee', url: `https://shopee.vn/ma-tran-${w}`, productId: certified[w], priceVnd: 100_000 }));
  const giftCombo = await trade('gift-combos', (w) => ({ name: `Combo ma trận ${w}`, occasion: 'tet', priceVnd: 500_000, unitCode: PLACES[w], productIds: [certified[w]] }));

  /* ---------------------------------------- product photos ---------------------------------------- */
  // Each upload a different picture (the same one again is the photo already stored).
  let shade = 0;
  const picture = () => sharp({ create: { width: 400, height: 300, channels: 3, background: { r: ++shade % 256, g: 90, b: Math.floor(shade / 256) } } }).png().toBuffer();
  const addPhoto = async (productId: string) => {
    const res = await api.upload('admin', `/api/products/${productId}/photos`, await picture());
    if (res.status !== 201) throw new Error(`setup: photo ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const photo = await perPlace(async (w) => ({
    id: product[w],
    photoId: await addPhoto(product[w]),
    fresh: { photo: async () => ({ photoId: await addPhoto(product[w]) }) },
  }));
  const photoFile = await perPlace(async (w) => ({ id: photo[w].photoId, variant: 'w320.webp' }));
  const publicPhotoFile = await perPlace(async (w) => ({ id: await addPhoto(certified[w]), variant: 'w320.webp' }));

  /* ---------------------------------------- stamps ---------------------------------------- */
  // A batch of stamps per place for the recognised product.
  const stampBatch = await perPlace(async (w) => {
    const b = await a('admin', 'POST', `/api/products/${certified[w]}/stamp-batches`, { lot: `MT-${w}`, producedOn: '2026-11-20', bestBefore: '2027-11-20', count: 2 });
    return { id: b.id as string, serial: b.stamps[0].serial as string };
  });

  /* ---------------------------------------- inspections (hậu kiểm) ---------------------------------------- */
  // A planned inspection of each place's certificate, with a photo taken on the visit.
  const inspection = await perPlace(async (w) => ({ id: (await a('admin', 'POST', '/api/inspections', { certificateId: certificate[w].id, plannedOn: todayVn() })).id as string }));
  const inspectionPhotoFile = await perPlace(async (w) => {
    const res = await api.upload('admin', `/api/inspections/${inspection[w].id}/photos`, await picture());
    if (res.status !== 201) throw new Error(`setup: inspection photo ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id as string, variant: 'w320.webp' };
  });
  // a photo to remove per request (each removal consumes one)
  const addInspectionPhoto = async (id: string) => {
    const res = await api.upload('admin', `/api/inspections/${id}/photos`, await picture());
    if (res.status !== 201) throw new Error(`setup: inspection photo ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const inspectionPhoto = await perPlace(async (w) => ({
    id: inspection[w].id,
    photoId: await addInspectionPhoto(inspection[w].id),
    fresh: { inspectionPhoto: async () => ({ photoId: await addInspectionPhoto(inspection[w].id) }) },
  }));

  /* ---------------------------------------- registers: programme documents and targets ---------------------------------------- */
  const document = await perPlace(async (w) => {
    const id = (await a('admin', 'POST', '/api/documents', { number: `${w.length}/KH-MT`, issuedOn: '2026-01-05', unitCode: PLACES[w], kind: 'plan', title: `Kế hoạch ma trận ${w}` })).id as string;
    // with its attached file, for the download operation
    const res = await api.upload('admin', `/api/documents/${id}/file?version=1`);
    if (res.status !== 200) throw new Error(`setup: attach a document's file: ${res.status} ${JSON.stringify(res.body)}`);
    return { id };
  });
  const target = await perPlace(async (w) => ({ id: (await a('admin', 'POST', '/api/targets', { year: 2026, unitCode: PLACES[w], values: { products: 3 } })).id as string }));

  /* ---------------------------------------- buyers and their demand ---------------------------------------- */
  // Buyers sit in a province: Quảng Ninh's inside and next door, Quảng Ngãi's outside. Each
  // registers (pending, for the approval) and has an approved account posting a demand.
  const buyerPlace = (w: Where) => (w === 'outside' ? '51' : '22');
  const registration = (w: Where, email: string) => ({ email, password: 'ocop2026', organisation: `Siêu thị ma trận ${w}`, contactName: 'Phạm Minh', kind: 'supermarket', provinceCode: buyerPlace(w), phone: '0203 3800 800' });
  const buyer = await perPlace(async (w) => {
    const email = `cho.duyet.${w}@matran.vn`;
    await a('anon', 'POST', '/api/buyers/register', registration(w, email));
    const pending = ((await a('admin', 'GET', '/api/buyers?pageSize=200')).items as Array<{ id: string; email: string }>).find((b) => b.email === email);
    if (!pending) throw new Error(`setup: no pending buyer ${email}`);
    return { id: pending.id };
  });
  const demand = {} as Per<Fixture>;
  for (const w of ['inside', 'outside'] as const) {
    const email = `mua.hang.${w}@matran.vn`;
    await a('admin', 'POST', '/api/buyers', registration(w, email));
    const d = await a(email, 'POST', '/api/demands', { title: `Cần mua ma trận ${w}`, groupCode: '1', subgroupCode: '1.3', quantity: 10, quantityUnit: 'chai', deliveryProvinceCode: buyerPlace(w) });
    demand[w] = { id: d.id as string, productId: certified[w] };
  }
  demand.neighbour = { id: demand.inside.id, productId: certified.neighbour };

  /* ---------------------------------------- imports ---------------------------------------- */
  // An import sits in its province: Quảng Ninh's (by its office) inside and next door, Quảng Ngãi's
  // outside. Its file is no spreadsheet, so it settles as failed: nothing to map or commit, ever.
  const startImport = async (who: string) => {
    const res = await api.startImport(who, 'products', Buffer.from('không phải bảng tính'));
    if (res.status !== 201) throw new Error(`setup: import ${res.status} ${JSON.stringify(res.body)}`);
    for (let i = 0; i < 200; i++) {
      if ((await a(who, 'GET', `/api/imports/${res.body.id}`)).status !== 'parsing') return res.body.id as string;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('setup: the import did not settle');
  };
  const qnImport = await startImport('province.qn');
  const qngImport = await startImport('province.qng');
  const importRecord = perWhere((w) => ({ id: w === 'outside' ? qngImport : qnImport }));

  // The producer was told its idea came back: a notification of its own.
  const notification = (await a('producer.qn', 'GET', '/api/notifications?pageSize=1')).items[0];
  if (!notification) throw new Error('setup: producer.qn has no notification');

  // A report export of province.qn's and a backup, both run to the end by the job worker.
  const until = async <T>(get: () => Promise<T>, done: (v: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const v = await get();
      if (done(v) || Date.now() > deadline) return v;
      await new Promise((r) => setTimeout(r, 50)); // poll interval while waiting for the condition
    }
  };
  const exp = await a('province.qn', 'POST', '/api/report-exports', { code: 'funnel', unit: '22', from: 2022, to: 2022, format: 'csv' });
  await until(() => a('province.qn', 'GET', `/api/report-exports/${exp.id}`), (v) => v.status === 'done');
  const backupJob = await a('admin', 'POST', '/api/backups');
  const backupDone = await until(() => a('admin', 'GET', `/api/backups/jobs/${backupJob.id}`), (v) => v.status === 'done' || v.status === 'failed');
  if (backupDone.status !== 'done') throw new Error(`setup: backup ${JSON.stringify(backupDone)}`);

  const fx: Fixtures = {
    entity: per(entity, (id) => ({ id })),
    product: per(product, (id) => ({ id, year: '2025' })),
    publicProduct: per(certified, (id) => ({ id })),
    roundProduct: per(inRound, (id) => ({ id })),
    unit: per(PLACES, (code) => ({ structure: 'current', code })),
    certificate: per(certificate, (c) => ({ id: c.id, code: c.code })),
    openRound: perWhere((w) => ({ id: openRound[w], members: w === 'outside' ? qngCouncil : qnCouncil })),
    roundEntry: perWhere((w) => ({ id: openRound[w], productId: inRound[w] })),
    approvedRound: perWhere((w) => ({ id: approvedRound[w], productId: certified[w], decisionNumber: `99/QĐ-${w === 'outside' ? '51' : '22'}`, decisionDate: todayVn() })),
    user: { only: { id: user.id, version: user.version } },
    draftCriteriaSet: { only: { code: draft.code, version: draft.version, definition: draftDefinition } },
    publishedCriteriaSet: { only: { code: '148-2023', version: published.version } },
    cycle,
    idea,
    draftIdea,
    businessPlan,
    implementation,
    dossier,
    file,
    evidence,
    communication,
    training,
    notification: { only: { id: notification.id } },
    report,
    publicReport,
    growthReport,
    fair,
    salesPoint,
    tradeContract,
    listing,
    giftCombo,
    photo,
    photoFile,
    publicPhotoFile,
    stampBatch,
    inspection,
    inspectionPhoto,
    inspectionPhotoFile,
    document,
    target,
    buyer,
    demand,
    importTemplate: { only: { kind: 'products' } },
    import: importRecord,
    reportExport: { only: { id: exp.id } },
    backup: { only: { id: backupJob.id, name: backupDone.name } },
  };
  return fx;
}

function per<T>(values: Per<T>, f: (v: T) => Fixture): Record<Where, Fixture> {
  return { inside: f(values.inside), neighbour: f(values.neighbour), outside: f(values.outside) };
}
function perWhere(f: (w: Where) => Fixture): Record<Where, Fixture> {
  return { inside: f('inside'), neighbour: f('neighbour'), outside: f('outside') };
}
