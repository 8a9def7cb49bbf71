import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { api, ideaForm } from './cycle.helpers';

/**
 * Step 2 through the API: a producer files an idea, the commune receives and forwards it, the
 * province returns it with a reason, the producer revises and resubmits, the province accepts
 * it; every transition is on the timeline. Plus the refusals that matter (409 in the wrong
 * status, 403 for the wrong role, 400 without a reason, 404 outside the jurisdiction) and
 * idempotent creation.
 */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'commune.qn', 'province.qn', 'province.qng', 'central', 'trade.qn', 'admin']) c[u] = await t.login(u);
});
afterAll(() => t.close());

describe('idea journey producer → commune → province', () => {
  let id: string;
  let entityId: string;

  it('a producer registers an idea as a draft of this year’s cycle', async () => {
    entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
    const res = await a.post('/api/ideas', c['producer.qn'], ideaForm({ entityId }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'idea',
      status: 'draft',
      step: 2,
      entityId,
      ownerEntityId: entityId,
      unitCode: '06778',
      provinceCode: '22',
      productName: 'Mứt gừng Quang Hanh',
      filedByRole: 'producer',
      version: 1,
      contentVersion: 0,
    });
    expect(res.body.actions.map((x: { action: string }) => x.action)).toEqual(['submit', 'withdraw']);
    expect(res.body.timeline).toEqual([expect.objectContaining({ action: 'create', from: null, to: 'draft', by: expect.any(String) })]);
    expect(res.body.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    id = res.body.id;
  });

  it('the commune cannot submit a producer’s own draft, and nobody can forward a draft', async () => {
    const bySomeoneElse = await a.act('ideas', id, c['commune.qn'], 'submit');
    expect(bySomeoneElse.status).toBe(403);
    const forward = await a.act('ideas', id, c['commune.qn'], 'forward');
    expect(forward.status).toBe(409);
    expect(forward.headers['content-type']).toContain('application/problem+json');
    expect(forward.body.detail).toContain('Bản nháp');
    expect(forward.body.code).toBe('errors.cycle.notAllowed');
  });

  it('the producer files it; the commune receives and forwards it', async () => {
    const submit = await a.act('ideas', id, c['producer.qn'], 'submit');
    expect(submit.status).toBe(200);
    expect(submit.body).toMatchObject({ status: 'submitted', contentVersion: 1, waitingFor: ['commune'] });
    expect(submit.body.firstSubmittedAt).toBeTruthy();
    const receive = await a.act('ideas', id, c['commune.qn'], 'receive');
    expect(receive.body.status).toBe('received');
    const forward = await a.act('ideas', id, c['commune.qn'], 'forward', { version: receive.body.version });
    expect(forward.status).toBe(200);
    expect(forward.body).toMatchObject({ status: 'forwarded', waitingFor: ['province'] });
  });

  it('shows the appraiser possible look-alikes in the province, not the producer', async () => {
    const officer = await a.get(`/api/ideas/${id}`, c['province.qn']);
    expect(officer.body.lookAlikes).toBeTruthy();
    const similar = await a.post('/api/ideas', c['commune.qn'], ideaForm({ productName: 'Rượu ba kích tím', entityId, proposerName: 'Lê Văn Tám' }));
    expect(similar.status).toBe(201);
    const detail = await a.get(`/api/ideas/${similar.body.id}`, c['province.qn']);
    const names = detail.body.lookAlikes.products.map((p: { name: string }) => p.name);
    expect(names).toContain('Rượu ba kích đặc sản Quảng Ninh');
    expect((await a.get(`/api/ideas/${id}`, c['producer.qn'])).body.lookAlikes).toBeNull();
  });

  it('the commune may no longer act; the producer may not accept', async () => {
    const again = await a.act('ideas', id, c['commune.qn'], 'forward');
    expect(again.status).toBe(409);
    const producerAccept = await a.act('ideas', id, c['producer.qn'], 'accept');
    expect(producerAccept.status).toBe(403);
  });

  it('a return needs a reason', async () => {
    const noNote = await a.act('ideas', id, c['province.qn'], 'return', { note: '   ' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0]).toMatchObject({ path: 'note' });
    const en = await t.app.inject({ method: 'POST', url: `/api/ideas/${id}/transitions`, headers: { cookie: c['province.qn'], 'accept-language': 'en' }, payload: { action: 'return' } });
    expect(en.json().errors[0].message).toContain('reason');
  });

  it('the province returns it for revision with reasons', async () => {
    const res = await a.act('ideas', id, c['province.qn'], 'return', { note: 'Bổ sung nguồn nguyên liệu và phương án đóng gói.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'returned', lastNote: 'Bổ sung nguồn nguyên liệu và phương án đóng gói.' });
    const worklist = await a.get('/api/worklist', c['producer.qn']);
    const item = worklist.body.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ yourTurn: true, status: 'returned', actions: ['resubmit'], lastNote: expect.stringContaining('nguyên liệu') });
  });

  it('the producer revises the form (version checked) and resubmits; a second version is kept', async () => {
    const before = (await a.get(`/api/ideas/${id}`, c['producer.qn'])).body;
    const stale = await a.put(`/api/ideas/${id}`, c['producer.qn'], { ...ideaForm({ entityId }), version: before.version - 1 });
    expect(stale.status).toBe(409);
    const revised = await a.put(`/api/ideas/${id}`, c['producer.qn'], {
      ...ideaForm({ entityId, rawMaterials: [{ name: 'Gừng', origin: 'Hợp tác xã gừng Quang Hanh', local: true }] }),
      version: before.version,
    });
    expect(revised.status).toBe(200);
    expect(revised.body.form.rawMaterials[0].origin).toBe('Hợp tác xã gừng Quang Hanh');
    const resubmit = await a.act('ideas', id, c['producer.qn'], 'resubmit');
    expect(resubmit.body).toMatchObject({ status: 'submitted', contentVersion: 2 });
    expect(resubmit.body.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const v1 = await a.get(`/api/ideas/${id}/versions/1`, c['province.qn']);
    expect(v1.body.content.rawMaterials[0].origin).toBe('Hộ trồng tại Quang Hanh');
  });

  it('forwarded again and accepted by the province; the timeline tells the whole story', async () => {
    await a.act('ideas', id, c['commune.qn'], 'forward');
    const accept = await a.act('ideas', id, c['province.qn'], 'accept', { note: 'Ý tưởng đạt.' });
    expect(accept.body).toMatchObject({ status: 'accepted', stepStatus: 'finish', actions: [] });
    const timeline = accept.body.timeline.map((e: { action: string; from: string | null; to: string }) => [e.action, e.from, e.to]);
    expect(timeline).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['receive', 'submitted', 'received'],
      ['forward', 'received', 'forwarded'],
      ['return', 'forwarded', 'returned'],
      ['resubmit', 'returned', 'submitted'],
      ['forward', 'submitted', 'forwarded'],
      ['accept', 'forwarded', 'accepted'],
    ]);
    const entry = accept.body.timeline.at(-1);
    expect(entry).toMatchObject({ by: 'Văn phòng OCOP tỉnh Quảng Ninh', byRole: 'province', note: 'Ý tưởng đạt.' });
    expect(Date.parse(entry.at)).not.toBeNaN();
    // an ended idea cannot move any more
    expect((await a.act('ideas', id, c['province.qn'], 'reject', { note: 'x' })).status).toBe(409);
  });

  it('notified the producer and the officers who had to act', async () => {
    const producer = await a.get('/api/notifications?unread=true', c['producer.qn']);
    const mine = producer.body.items.filter((n: { itemId: string }) => n.itemId === id);
    expect(mine.map((n: { action: string }) => n.action)).toEqual(expect.arrayContaining(['accept', 'return', 'forward', 'receive']));
    expect(mine.every((n: { actorName: string }) => n.actorName !== 'Đại diện Công ty CP Bia - Rượu - NGK Quảng Ninh')).toBe(true);
    const province = await a.get('/api/notifications', c['province.qn']);
    expect(province.body.items.some((n: { itemId: string; action: string }) => n.itemId === id && n.action === 'forward')).toBe(true);
    const commune = await a.get('/api/notifications', c['commune.qn']);
    expect(commune.body.items.some((n: { itemId: string; action: string }) => n.itemId === id && n.action === 'submit')).toBe(true);
    const read = await a.post(`/api/notifications/${mine[0].id}/read`, c['producer.qn']);
    expect(read.body.read).toBe(true);
    expect((await a.post(`/api/notifications/${mine[0].id}/read`, c['commune.qn'])).status).toBe(404);
    const all = await a.post('/api/notifications/read-all', c['producer.qn']);
    expect(all.body.updated).toBeGreaterThan(0);
    expect((await a.get('/api/notifications', c['producer.qn'])).body.unread).toBe(0);
  });

  it('is out of scope (404) for another province, trade officers and other producers', async () => {
    expect((await a.get(`/api/ideas/${id}`, c['province.qng'])).status).toBe(404);
    expect((await a.get(`/api/ideas/${id}`, c['trade.qn'])).status).toBe(404);
    expect((await a.act('ideas', id, c['province.qng'], 'reject', { note: 'x' })).status).toBe(404);
    expect((await a.get(`/api/ideas/${id}`, c.central)).status).toBe(200);
    expect((await a.get(`/api/ideas/${id}`, null)).status).toBe(401);
    const list = await a.get('/api/ideas', c['province.qng']);
    expect(list.body.items.every((i: { provinceCode: string }) => i.provinceCode === '51')).toBe(true);
  });
});

describe('filing on a producer’s behalf and for a would-be entity', () => {
  it('the commune files for a cooperative to be founded in its commune; the commune’s turn after a return', async () => {
    const res = await a.post('/api/ideas', c['commune.qn'], {
      ...ideaForm({ productName: 'Chè dây Quang Hanh', groupCode: '1', subgroupCode: '1.5' }),
      proposedEntity: { name: 'Hợp tác xã Chè dây Quang Hanh', type: 'cooperative' },
      submit: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', entityId: null, ownerEntityId: null, unitCode: '06778', filedByRole: 'commune', proposedEntity: { name: 'Hợp tác xã Chè dây Quang Hanh', type: 'cooperative' } });
    const id = res.body.id;
    await a.act('ideas', id, c['commune.qn'], 'return', { note: 'Thiếu thông tin nguồn vốn.' });
    const queue = await a.get('/api/worklist', c['commune.qn']);
    expect(queue.body.items.find((i: { id: string }) => i.id === id)).toMatchObject({ yourTurn: true, actions: ['resubmit'] });
    // not visible to the producer account of another entity
    expect((await a.get(`/api/ideas/${id}`, c['producer.qn'])).status).toBe(404);
  });

  it('refuses a commune outside the officer’s unit and an entity outside the scope', async () => {
    const outside = await a.post('/api/ideas', c['commune.qn'], { ...ideaForm(), proposedEntity: { name: 'HTX X', type: 'cooperative' }, unitCode: '06781' });
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0]).toMatchObject({ path: 'unitCode' });
    const qngEntity = (await a.get('/api/entities?pageSize=1', c['province.qng'])).body.items[0].id;
    const foreign = await a.post('/api/ideas', c['producer.qn'], ideaForm({ entityId: qngEntity }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0]).toMatchObject({ path: 'entityId' });
  });

  it('validates the form field by field', async () => {
    const res = await a.post('/api/ideas', c['producer.qn'], { ...ideaForm(), productName: '', groupCode: '9', rawMaterials: [{ name: 'x' }] });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['productName', 'groupCode', 'rawMaterials.0.origin']));
    const both = await a.post('/api/ideas', c['producer.qn'], ideaForm());
    expect(both.status).toBe(400);
    expect(both.body.errors[0]).toMatchObject({ path: 'entityId' });
  });

  it('refuses to file in a province without a cycle for the year', async () => {
    const qngEntity = (await a.get('/api/entities?pageSize=1', c['province.qng'])).body.items[0];
    const res = await a.post('/api/ideas', c.admin, ideaForm({ entityId: qngEntity.id }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('errors.cycle.none');
  });
});

describe('repeated submissions', () => {
  it('a retried creation with the same Idempotency-Key returns the first idea', async () => {
    const entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
    const body = ideaForm({ entityId, productName: 'Kẹo lạc Cẩm Phả' });
    const first = await a.post('/api/ideas', c['producer.qn'], body, { 'idempotency-key': 'idea-keo-lac-1' });
    const second = await a.post('/api/ideas', c['producer.qn'], body, { 'idempotency-key': 'idea-keo-lac-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers['idempotent-replay']).toBe('true');
    const list = await a.get('/api/ideas?q=keo%20lac%20cam%20pha', c['producer.qn']);
    expect(list.body.total).toBe(1);
    // the same key for a different request is refused
    const other = await a.post('/api/ideas', c['producer.qn'], { ...body, productName: 'Kẹo gừng' }, { 'idempotency-key': 'idea-keo-lac-1' });
    expect(other.status).toBe(409);
    // without a key, the same idea in the same cycle is recognised as a duplicate
    const dup = await a.post('/api/ideas', c['producer.qn'], body);
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('errors.idea.duplicate');
  });

  it('20 identical parallel creations without a request id store one idea (issue 8, item 7)', async () => {
    const entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
    const body = ideaForm({ entityId, productName: 'Chè lam Cẩm Phả' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => a.post('/api/ideas', c['producer.qn'], body)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'errors.idea.duplicate')).toBe(true);
    const listed = (await a.get('/api/ideas?q=che%20lam%20cam%20pha&pageSize=100', c['producer.qn'])).body.items as Array<{ productName: string }>;
    expect(listed.filter((i) => i.productName === 'Chè lam Cẩm Phả')).toHaveLength(1);
  });

  it('a double-clicked transition (same requestId) applies once', async () => {
    const entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
    const idea = (await a.post('/api/ideas', c['producer.qn'], ideaForm({ entityId, productName: 'Bánh gai Quang Hanh' }))).body;
    const [x, y] = await Promise.all([
      a.act('ideas', idea.id, c['producer.qn'], 'submit', { requestId: 'submit-banh-gai' }),
      a.act('ideas', idea.id, c['producer.qn'], 'submit', { requestId: 'submit-banh-gai' }),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    const detail = await a.get(`/api/ideas/${idea.id}`, c['producer.qn']);
    expect(detail.body.timeline.filter((e: { action: string }) => e.action === 'submit')).toHaveLength(1);
    expect(detail.body.contentVersion).toBe(1);
  });

  it('lists ideas by status, cycle year and unit', async () => {
    const year = (await a.get('/api/cycles/current', c['province.qn'])).body.year;
    const forwarded = await a.get(`/api/ideas?status=forwarded&cycleYear=${year}&unit=06778`, c['province.qn']);
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.items.length).toBeGreaterThan(0);
    expect(forwarded.body.items.every((i: { status: string; unitCode: string; cycleYear: number }) => i.status === 'forwarded' && i.unitCode === '06778' && i.cycleYear === year)).toBe(true);
    const several = await a.get('/api/ideas?status=accepted,rejected', c['province.qn']);
    expect(new Set(several.body.items.map((i: { status: string }) => i.status))).toEqual(new Set(['accepted', 'rejected']));
    const bad = await a.get('/api/ideas?status=approved', c['province.qn']);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('status');
  });
});
