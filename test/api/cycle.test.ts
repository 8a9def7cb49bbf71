import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { api } from './cycle.helpers';

/** The provincial cycle (calendar, status), step-1 logs and the API documentation of the cycle. */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'commune.qn', 'province.qn', 'province.qng', 'central', 'admin']) c[u] = await t.login(u);
});
afterAll(() => t.close());

describe('the provincial cycle', () => {
  it('Quảng Ninh’s demo cycle is open, with its six-step calendar and counts', async () => {
    const res = await a.get('/api/cycles/current', c['commune.qn']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provinceCode: '22', status: 'open', canEdit: false, actions: [] });
    expect(res.body.calendar.map((e: { step: number }) => e.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(res.body.calendar[1]).toMatchObject({ code: 'idea-registration', name: 'Đăng ký – nhận ý tưởng sản phẩm' });
    expect(res.body.counts.ideas.submitted).toBeGreaterThan(0);
    expect(res.body.counts.communication.count).toBeGreaterThan(0);
    expect(res.body.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'open']);
    const list = await a.get('/api/cycles', c['province.qn']);
    // this year's cycle is the only open one; last year's and the Cẩm Phả history years (2017–2019) are closed
    const statuses = list.body.items.map((x: { status: string }) => x.status);
    expect(statuses.filter((s: string) => s === 'open')).toHaveLength(1);
    expect(statuses.filter((s: string) => s !== 'open').every((s: string) => s === 'closed')).toBe(true);
    expect(list.body.items.map((x: { year: number }) => x.year)).toEqual(expect.arrayContaining([2017, 2018, 2019, 2025, 2026]));
    expect((await a.get('/api/cycles/current', c['province.qng'])).status).toBe(404);
    expect((await a.get(`/api/cycles/${res.body.id}`, c['province.qng'])).status).toBe(404);
  });

  it('a province plans next year’s cycle, edits its calendar (version checked) and opens it', async () => {
    const year = (await a.get('/api/cycles/current', c['province.qn'])).body.year + 1;
    expect((await a.post('/api/cycles', c['commune.qn'], { year })).status).toBe(403);
    const created = await a.post('/api/cycles', c['province.qn'], { year });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ year, status: 'planning', canEdit: true, actions: ['open'] });
    expect(created.body.calendar[0]).toMatchObject({ opensOn: `${year}-02-01`, deadline: `${year}-02-${year % 4 === 0 ? 29 : 28}` });
    expect((await a.post('/api/cycles', c['province.qn'], { year })).status).toBe(409);
    const calendar = created.body.calendar.map((e: { step: number; opensOn: string; deadline: string }) => ({ step: e.step, opensOn: e.opensOn, deadline: e.deadline }));
    calendar[1].deadline = `${year}-04-15`;
    const bad = await t.app.inject({ method: 'PATCH', url: `/api/cycles/${created.body.id}`, headers: { cookie: c['province.qn'] }, payload: { version: 1, calendar: [{ ...calendar[0], deadline: `${year}-01-01` }, ...calendar.slice(1)] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('calendar.0.deadline');
    const ok = await t.app.inject({ method: 'PATCH', url: `/api/cycles/${created.body.id}`, headers: { cookie: c['province.qn'] }, payload: { version: 1, calendar, settings: { refuseLateSteps: ['idea-registration'], responseDays: { commune: 5 } } } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().calendar[1].deadline).toBe(`${year}-04-15`);
    expect(ok.json().settings).toEqual({ responseDays: { commune: 5, appraisal: 15, revision: 14 }, refuseLateSteps: ['idea-registration'] });
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/cycles/${created.body.id}`, headers: { cookie: c['province.qn'] }, payload: { version: 1, calendar } });
    expect(stale.statusCode).toBe(409);
    // filing is refused while the cycle is being planned
    const entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
    const idea = await a.post('/api/ideas', c['producer.qn'], {
      cycleYear: year, entityId, proposerName: 'A', productName: 'Thử', description: 'x', groupCode: '1', targetMarket: 'x',
    });
    expect(idea.status).toBe(201);
    const submit = await a.act('ideas', idea.body.id, c['producer.qn'], 'submit');
    expect(submit.status).toBe(409);
    expect(submit.body.code).toBe('errors.cycle.notOpen');
    const open = await a.post(`/api/cycles/${created.body.id}/transitions`, c['province.qn'], { action: 'open' });
    expect(open.body).toMatchObject({ status: 'open', actions: ['close'] });
    const reopenNoNote = await a.post(`/api/cycles/${created.body.id}/transitions`, c['province.qn'], { action: 'reopen' });
    expect(reopenNoNote.status).toBe(409);
    expect((await a.act('ideas', idea.body.id, c['producer.qn'], 'submit')).status).toBe(200);
  });
});

describe('step 1 — communication and training', () => {
  it('lists this year’s logs of the province and sums them against last year', async () => {
    const year = (await a.get('/api/cycles/current', c['province.qn'])).body.year;
    const list = await a.get(`/api/communication?year=${year}`, c['province.qn']);
    expect(list.body.communication.length).toBeGreaterThan(3);
    expect(list.body.training.length).toBeGreaterThan(1);
    const commune = await a.get(`/api/communication?year=${year}`, c['commune.qn']);
    expect(commune.body.communication.every((x: { unitCode: string }) => x.unitCode === '06778')).toBe(true);
    const summary = await a.get(`/api/communication/summary?year=${year}`, c['province.qn']);
    const conferences = summary.body.communication.find((x: { kind: string }) => x.kind === 'conference');
    expect(conferences.count).toMatchObject({ current: 3, previous: 2, change: 1, changePercent: 50 });
    expect(summary.body.training.participants.previous).toBe(117);
  });

  it('officers log activity in their jurisdiction; producers cannot', async () => {
    const entry = { kind: 'loudspeaker', count: 10, budgetVnd: 500_000, unitCode: '06778', year: 2026, date: '2026-03-02', title: 'Loa phường' };
    const ok = await a.post('/api/communication', c['commune.qn'], entry);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'loudspeaker', count: 10, unitName: 'Phường Quang Hanh', unitLevel: 'commune' });
    expect((await a.post('/api/communication', c['commune.qn'], { ...entry, unitCode: '06781' })).status).toBe(400);
    expect((await a.post('/api/communication', c['producer.qn'], entry)).status).toBe(403);
    const wrongYear = await a.post('/api/communication', c['commune.qn'], { ...entry, date: '2025-12-31' });
    expect(wrongYear.status).toBe(400);
    expect(wrongYear.body.errors[0].path).toBe('date');
    const training = await a.post('/api/training-classes', c['province.qn'], { topic: 'Tập huấn bán hàng trên sàn thương mại điện tử', participants: 40, budgetVnd: 20_000_000, date: '2026-09-10' });
    expect(training.status).toBe(201);
    expect(training.body).toMatchObject({ unitCode: '22', year: 2026, unitLevel: 'province' });
    const del = await t.app.inject({ method: 'DELETE', url: `/api/communication/${ok.body.id}`, headers: { cookie: c['province.qng'] } });
    expect(del.statusCode).toBe(404);
    const del2 = await t.app.inject({ method: 'DELETE', url: `/api/communication/${ok.body.id}`, headers: { cookie: c['province.qn'] } });
    expect(del2.statusCode).toBe(204);
  });
});

describe('documentation', () => {
  it('documents the stable paths with their statuses and actions', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    for (const p of ['/api/ideas', '/api/ideas/{id}', '/api/ideas/{id}/transitions', '/api/business-plans', '/api/business-plans/{id}/transitions', '/api/dossiers', '/api/dossiers/{id}/transitions', '/api/worklist']) {
      expect(doc.paths[p], p).toBeTruthy();
    }
    const idea = doc.paths['/api/ideas/{id}/transitions'].post;
    expect(idea.description).toContain('`forward`');
    expect(idea.description).toContain('`returned`');
    expect(JSON.stringify(idea.requestBody)).toContain('resubmit');
    expect(doc.paths['/api/dossiers/{id}/transitions'].post.description).toContain('`confirm-complete`');
    const reference = await a.get('/api/cycle/reference', c['producer.qn']);
    expect(reference.body.steps).toHaveLength(6);
    expect(reference.body.machines.map((m: { id: string }) => m.id)).toContain('dossier');
  });
});
