import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { api, ideaForm } from './cycle.helpers';

/** Work queues on the demo data: what waits for whom, oldest first, with due dates. */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};

type Item = { kind: string; id: string; status: string; unitCode: string; waitingSince: string; dueOn: string | null; overdue: boolean; yourTurn: boolean; actions: string[]; productName: string; daysLeft: number | null };

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'commune.qn', 'province.qn', 'province.qng', 'central', 'trade.qn', 'council.qn']) c[u] = await t.login(u);
});
afterAll(() => t.close());

function sortedOldestFirst(items: Item[]) {
  const since = items.map((i) => i.waitingSince);
  return since.every((s, i) => i === 0 || since[i - 1] <= s);
}

describe('officers', () => {
  it('the commune officer sees what waits in Quang Hanh only, oldest first, with due dates', async () => {
    const res = await a.get('/api/worklist', c['commune.qn']);
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(items.length).toBeGreaterThan(3);
    expect(items.every((i) => i.unitCode === '06778' && i.yourTurn && i.actions.length > 0)).toBe(true);
    expect(sortedOldestFirst(items)).toBe(true);
    const names = items.map((i) => i.productName);
    expect(names).toContain('Rượu ba kích ngâm mật ong'); // submitted by the producer
    expect(names).toContain('Nấm sò sạch Quang Hanh'); // filed by the commune, returned to it
    expect(names).toContain('Rượu ba kích đặc sản Quảng Ninh'); // dossier waiting for the pre-assessment
    expect(names).not.toContain('Trứng gà ri Cẩm Phú'); // Cửa Ông's
    expect(names).not.toContain('Nước giải khát thảo mộc Quang Hanh'); // the producer's own draft
    const overdue = items.find((i) => i.productName === 'Rượu ba kích ngâm mật ong')!;
    expect(overdue).toMatchObject({ kind: 'idea', status: 'submitted', overdue: true });
    expect(overdue.daysLeft).toBeLessThan(0);
    expect(res.body.overdue).toBeGreaterThan(0);
  });

  it('the province sees forwarded items of every commune, and filters by kind and overdue', async () => {
    const res = await a.get('/api/worklist', c['province.qn']);
    const items = res.body.items as Item[];
    const statuses = new Set(items.map((i) => `${i.kind}:${i.status}`));
    expect(statuses.has('idea:forwarded')).toBe(true);
    expect(statuses.has('business-plan:forwarded')).toBe(true);
    expect(statuses.has('dossier:forwarded')).toBe(true);
    expect(statuses.has('idea:submitted')).toBe(false);
    expect(sortedOldestFirst(items)).toBe(true);
    const dossiers = await a.get('/api/worklist?kind=dossier', c['province.qn']);
    expect((dossiers.body.items as Item[]).every((i) => i.kind === 'dossier')).toBe(true);
    const overdue = await a.get('/api/worklist?overdue=true', c['province.qn']);
    expect((overdue.body.items as Item[]).every((i) => i.overdue)).toBe(true);
  });

  it('an item leaves the commune’s queue once forwarded and appears in the province’s', async () => {
    const before = (await a.get('/api/worklist', c['commune.qn'])).body.items as Item[];
    const idea = before.find((i) => i.productName === 'Rượu ba kích ngâm mật ong')!;
    const res = await a.act('ideas', idea.id, c['commune.qn'], 'forward', { version: (await a.get(`/api/ideas/${idea.id}`, c['commune.qn'])).body.version });
    expect(res.status).toBe(200);
    const after = (await a.get('/api/worklist', c['commune.qn'])).body.items as Item[];
    expect(after.some((i) => i.id === idea.id)).toBe(false);
    const province = (await a.get('/api/worklist', c['province.qn'])).body.items as Item[];
    expect(province.find((i) => i.id === idea.id)).toMatchObject({ status: 'forwarded', overdue: false, actions: ['return', 'accept', 'reject'] });
  });

  it('other provinces, central, trade and council officers have nothing of Quảng Ninh', async () => {
    for (const u of ['province.qng', 'central', 'trade.qn', 'council.qn']) {
      const res = await a.get('/api/worklist', c[u]);
      expect(res.status).toBe(200);
      expect((res.body.items as Item[]).filter((i) => i.unitCode.startsWith('06'))).toEqual([]);
    }
    expect((await a.get('/api/worklist', null)).status).toBe(401);
  });
});

describe('producers', () => {
  it('see every live item of their entity, what is asked of them, and the next steps', async () => {
    const res = await a.get('/api/worklist', c['producer.qn']);
    const items = res.body.items as Item[];
    const draft = items.find((i) => i.productName === 'Nước giải khát thảo mộc Quang Hanh')!;
    expect(draft).toMatchObject({ status: 'draft', yourTurn: true, actions: ['submit'] });
    const returned = items.find((i) => i.kind === 'business-plan' && i.status === 'returned')!;
    expect(returned).toMatchObject({ yourTurn: true, actions: ['resubmit'] });
    const waiting = items.find((i) => i.kind === 'dossier' && i.status === 'submitted')!;
    expect(waiting).toMatchObject({ yourTurn: false, actions: [], waitingFor: ['commune'] });
    // your turn first, then oldest first
    const firstNotMine = items.findIndex((i) => !i.yourTurn);
    expect(items.slice(firstNotMine).every((i) => !i.yourTurn)).toBe(true);
    // an idea selected for the cycle without a plan yet → write a business plan
    const entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
    const idea = await a.post('/api/ideas', c['producer.qn'], { ...ideaForm({ entityId, productName: 'Chả mực Quang Hanh' }), submit: true });
    await a.act('ideas', idea.body.id, c['commune.qn'], 'forward');
    await a.act('ideas', idea.body.id, c['province.qn'], 'accept');
    const next = (await a.get('/api/worklist', c['producer.qn'])).body.nextSteps as Array<{ type: string; ideaId?: string }>;
    expect(next).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'write-business-plan', ideaId: idea.body.id })]));
  });
});
