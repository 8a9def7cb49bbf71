import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CAPITAL_SOURCES,
  capitalSourcesFor,
  businessPlanFormSchema,
  capitalMobilisedSchema,
  communePreAssessmentSchema,
  communicationLogSchema,
  cycleCalendarSchema,
  ideaFormSchema,
  supportRecordSchema,
  totalCapital,
  trainingClassSchema,
} from './forms';
import { defaultCalendar } from './cycle';
import { preAssessmentOutcome } from './dossier.machine';

/** The issues of a failed parse as "dotted.path → message key". */
function issues(schema: z.ZodType, input: unknown): { path: string; message: string }[] {
  const r = schema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const ENTITY_ID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

const idea = () => ({
  proposerName: 'Nguyễn Văn An',
  entityId: ENTITY_ID,
  productName: 'Rượu ba kích Ba Chẽ',
  description: 'Rượu ngâm từ củ ba kích tím trồng dưới tán rừng.\nĐóng chai 500 ml.',
  groupCode: '2',
  subgroupCode: '2.1',
  rawMaterials: [{ name: 'Ba kích tím', origin: 'Xã Ba Chẽ, Quảng Ninh', local: true }],
  targetMarket: 'Khách du lịch Hạ Long, quà biếu',
  resources: { landM2: 500, labour: 4, capitalVnd: 150_000_000, equipment: 'Bình ngâm, máy đóng chai' },
  supportWanted: ['packaging', 'market'],
});

describe('ideaFormSchema', () => {
  it('accepts a complete form', () => {
    const r = ideaFormSchema.safeParse(idea());
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.rawMaterials[0].local).toBe(true);
  });

  it('accepts a would-be entity instead of an existing one, and fills defaults', () => {
    const { entityId: _omit, rawMaterials: _r, resources: _s, supportWanted: _w, ...rest } = idea();
    const r = ideaFormSchema.parse({ ...rest, proposedEntity: { name: 'HTX Ba kích Đạp Thanh', type: 'cooperative' } });
    expect(r.proposedEntity).toEqual({ name: 'HTX Ba kích Đạp Thanh', type: 'cooperative' });
    expect(r.rawMaterials).toEqual([]);
    expect(r.resources).toEqual({});
    expect(r.supportWanted).toEqual([]);
  });

  it('normalises Vietnamese text to NFC and trims it', () => {
    const nfd = 'Rượu ba kích'.normalize('NFD');
    const r = ideaFormSchema.parse({ ...idea(), productName: `  ${nfd}   Ba   Chẽ `, proposerName: 'An' });
    expect(r.productName).toBe('Rượu ba kích Ba Chẽ');
    expect(r.productName).toBe(r.productName.normalize('NFC'));
    const d = ideaFormSchema.parse({ ...idea(), description: '  dòng 1\ndòng 2  ' });
    expect(d.description).toBe('dòng 1\ndòng 2');
  });

  it('names missing and blank fields', () => {
    const { proposerName: _p, ...noName } = idea();
    expect(issues(ideaFormSchema, noName)).toEqual([{ path: 'proposerName', message: 'errors.required' }]);
    expect(issues(ideaFormSchema, { ...idea(), productName: '   ' })).toEqual([{ path: 'productName', message: 'errors.required' }]);
    expect(issues(ideaFormSchema, { ...idea(), targetMarket: null })).toEqual([{ path: 'targetMarket', message: 'errors.required' }]);
    expect(issues(ideaFormSchema, { ...idea(), productName: 42 })).toEqual([{ path: 'productName', message: 'errors.invalidType' }]);
    expect(issues(ideaFormSchema, { ...idea(), productName: 'x'.repeat(201) })).toEqual([{ path: 'productName', message: 'errors.tooLong' }]);
  });

  it('requires exactly one of entityId and proposedEntity', () => {
    const { entityId: _e, ...neither } = idea();
    expect(issues(ideaFormSchema, neither)).toEqual([{ path: 'entityId', message: 'errors.cycle.entityChoice' }]);
    expect(issues(ideaFormSchema, { ...idea(), proposedEntity: { name: 'HTX', type: 'cooperative' } })).toEqual([
      { path: 'entityId', message: 'errors.cycle.entityChoice' },
    ]);
    expect(issues(ideaFormSchema, { ...idea(), entityId: '123' })).toEqual([{ path: 'entityId', message: 'errors.invalidFormat' }]);
    expect(issues(ideaFormSchema, { ...neither, proposedEntity: { name: 'Tổ hợp tác', type: 'company' } })).toEqual([
      { path: 'proposedEntity.type', message: 'errors.invalidEnum' },
    ]);
  });

  it('checks group and subgroup codes', () => {
    expect(issues(ideaFormSchema, { ...idea(), groupCode: '7', subgroupCode: undefined })).toEqual([
      { path: 'groupCode', message: 'errors.invalidFormat' },
    ]);
    expect(issues(ideaFormSchema, { ...idea(), subgroupCode: '3.2' })).toEqual([
      { path: 'subgroupCode', message: 'errors.subgroup.mismatch' },
    ]);
  });

  it('names nested fields of raw materials and resources', () => {
    expect(
      issues(ideaFormSchema, {
        ...idea(),
        rawMaterials: [
          { name: 'Ba kích', origin: 'Ba Chẽ', local: true },
          { name: 'Rượu gạo', origin: '', local: 'có' },
        ],
      }),
    ).toEqual([
      { path: 'rawMaterials.1.origin', message: 'errors.required' },
      { path: 'rawMaterials.1.local', message: 'errors.invalidType' },
    ]);
    expect(issues(ideaFormSchema, { ...idea(), resources: { capitalVnd: -1 } })).toEqual([
      { path: 'resources.capitalVnd', message: 'errors.tooSmall' },
    ]);
    expect(issues(ideaFormSchema, { ...idea(), resources: { capitalVnd: 1.5, labour: 2.5 } })).toEqual([
      { path: 'resources.labour', message: 'errors.integer' },
      { path: 'resources.capitalVnd', message: 'errors.integer' },
    ]);
  });

  it('checks support codes and duplicates', () => {
    expect(issues(ideaFormSchema, { ...idea(), supportWanted: ['loan', 'money'] })).toEqual([
      { path: 'supportWanted.1', message: 'errors.invalidEnum' },
    ]);
    expect(issues(ideaFormSchema, { ...idea(), supportWanted: ['loan', 'ip', 'loan'] })).toEqual([
      { path: 'supportWanted.2', message: 'errors.duplicate' },
    ]);
  });

  it('refuses unknown fields', () => {
    expect(issues(ideaFormSchema, { ...idea(), stars: 5 })).toEqual([{ path: '', message: 'errors.unknownField' }]);
  });
});

const plan = () => ({
  ideaId: ENTITY_ID,
  product: { name: 'Chả mực Hạ Long', description: 'Chả mực giã tay', groupCode: '1', subgroupCode: '1.3', expectedPriceVnd: 450_000 },
  marketAndCustomers: { targetCustomers: 'Khách du lịch', marketArea: 'Quảng Ninh, Hà Nội' },
  production: { rawMaterials: 'Mực tươi ngư dân địa phương', process: 'Giã tay, đóng gói hút chân không', capacity: '200 kg/ngày' },
  organisation: { form: 'cooperative', members: 12, employees: 20, management: 'Ban giám đốc HTX' },
  finance: {
    investmentVnd: 2_000_000_000,
    expectedRevenueVnd: 5_000_000_000,
    expectedCostVnd: 4_200_000_000,
    expectedProfitVnd: 800_000_000,
    breakEvenMonths: 30,
    capitalBySource: { own: 1_000_000_000, credit: 800_000_000, provincialBudget: 200_000_000 },
  },
});

describe('businessPlanFormSchema', () => {
  it('accepts a plan and fills missing capital sources with 0', () => {
    const r = businessPlanFormSchema.parse(plan());
    expect(r.finance.capitalBySource).toEqual({
      own: 1_000_000_000,
      credit: 800_000_000,
      provincialBudget: 200_000_000,
      districtBudget: 0,
      integratedProgrammes: 0,
      other: 0,
    });
    expect(totalCapital(r.finance.capitalBySource)).toBe(2_000_000_000);
    const { capitalBySource: _c, ...finance } = plan().finance;
    expect(businessPlanFormSchema.parse({ ...plan(), finance }).finance.capitalBySource.own).toBe(0);
  });

  it('names nested money fields', () => {
    const p = plan();
    expect(
      issues(businessPlanFormSchema, {
        ...p,
        finance: { ...p.finance, expectedProfitVnd: -5, capitalBySource: { credit: 'nhiều' } },
      }),
    ).toEqual([
      { path: 'finance.expectedProfitVnd', message: 'errors.tooSmall' },
      { path: 'finance.capitalBySource.credit', message: 'errors.invalidType' },
    ]);
    expect(issues(businessPlanFormSchema, { ...p, finance: { ...p.finance, breakEvenMonths: 601 } })).toEqual([
      { path: 'finance.breakEvenMonths', message: 'errors.tooBig' },
    ]);
    const { investmentVnd: _i, ...noInvestment } = p.finance;
    expect(issues(businessPlanFormSchema, { ...p, finance: noInvestment })).toEqual([
      { path: 'finance.investmentVnd', message: 'errors.required' },
    ]);
  });

  it('names nested text, enum and subgroup problems', () => {
    const p = plan();
    expect(
      issues(businessPlanFormSchema, {
        ...p,
        product: { ...p.product, subgroupCode: '2.1' },
        production: { ...p.production, process: '' },
        organisation: { ...p.organisation, form: 'llc' },
      }),
    ).toEqual([
      { path: 'product.subgroupCode', message: 'errors.subgroup.mismatch' },
      { path: 'production.process', message: 'errors.required' },
      { path: 'organisation.form', message: 'errors.invalidEnum' },
    ]);
    const { marketAndCustomers: _m, ...noMarket } = p;
    expect(issues(businessPlanFormSchema, noMarket)).toEqual([{ path: 'marketAndCustomers', message: 'errors.required' }]);
  });
});

describe('implementation records', () => {
  it('support record: kinds, dates, money', () => {
    const ok = { kind: 'packaging', date: '2025-05-20', provider: 'Trung tâm Khuyến công tỉnh', amountVnd: 30_000_000 };
    expect(supportRecordSchema.parse(ok)).toEqual(ok);
    expect(supportRecordSchema.parse({ kind: 'advice', date: '2025-05-21', provider: 'Tư vấn DKD' }).amountVnd).toBeUndefined();
    expect(issues(supportRecordSchema, { ...ok, kind: 'market' })).toEqual([{ path: 'kind', message: 'errors.invalidEnum' }]);
    expect(issues(supportRecordSchema, { ...ok, date: '2025-02-30' })).toEqual([{ path: 'date', message: 'errors.invalidDate' }]);
    expect(issues(supportRecordSchema, { ...ok, date: '20/05/2025' })).toEqual([{ path: 'date', message: 'errors.invalidDate' }]);
    expect(issues(supportRecordSchema, { ...ok, date: undefined })).toEqual([{ path: 'date', message: 'errors.required' }]);
    expect(issues(supportRecordSchema, { ...ok, amountVnd: 1e6 + 0.5 })).toEqual([{ path: 'amountVnd', message: 'errors.integer' }]);
  });

  it('capital mobilised per year by source', () => {
    const r = capitalMobilisedSchema.parse({ year: 2019, own: 10_000_000_000, credit: 20_000_000_000, provincialBudget: 300_000_000, districtBudget: 360_400_000 });
    expect(Object.keys(r).sort()).toEqual(['year', ...CAPITAL_SOURCES].sort());
    expect(totalCapital(r)).toBe(30_660_400_000);
    expect(issues(capitalMobilisedSchema, { year: 2012 })).toEqual([{ path: 'year', message: 'errors.year.range' }]);
    expect(issues(capitalMobilisedSchema, { year: 2020, other: -100 })).toEqual([{ path: 'other', message: 'errors.tooSmall' }]);
  });

  it('offers no district budget for years after the districts were abolished (2025-07-01)', () => {
    expect(capitalSourcesFor(2025)).toContain('districtBudget');
    expect(capitalSourcesFor(2026)).not.toContain('districtBudget');
    expect(capitalSourcesFor(2029)).toEqual(['own', 'credit', 'provincialBudget', 'integratedProgrammes', 'other']);
    expect(issues(capitalMobilisedSchema, { year: 2026, districtBudget: 5_000_000 })).toEqual([{ path: 'districtBudget', message: 'errors.capital.noDistrictBudget' }]);
    expect(capitalMobilisedSchema.parse({ year: 2026, districtBudget: 0, own: 1 }).own).toBe(1);
  });
});

describe('communication and training', () => {
  const log = { kind: 'loudspeaker', count: 180, budgetVnd: 0, unitCode: '06724', year: 2019, date: '2019-02-15' };

  it('communication log entry', () => {
    expect(communicationLogSchema.parse(log)).toEqual(log);
    expect(communicationLogSchema.parse({ ...log, budgetVnd: undefined }).budgetVnd).toBe(0);
    expect(issues(communicationLogSchema, { ...log, kind: 'tiktok' })).toEqual([{ path: 'kind', message: 'errors.invalidEnum' }]);
    expect(issues(communicationLogSchema, { ...log, count: 0 })).toEqual([{ path: 'count', message: 'errors.tooSmall' }]);
    expect(issues(communicationLogSchema, { ...log, date: '2020-01-02' })).toEqual([{ path: 'date', message: 'errors.cycle.dateOutsideYear' }]);
    expect(issues(communicationLogSchema, { ...log, unitCode: 'Cẩm Phả' })).toEqual([{ path: 'unitCode', message: 'errors.invalidFormat' }]);
    const { unitCode: _u, ...noUnit } = log;
    expect(issues(communicationLogSchema, noUnit)).toEqual([{ path: 'unitCode', message: 'errors.required' }]);
  });

  it('training class', () => {
    const cls = { topic: 'Xây dựng kế hoạch kinh doanh', participants: 45, budgetVnd: 20_000_000, date: '2025-04-08' };
    expect(trainingClassSchema.parse(cls)).toEqual(cls);
    expect(issues(trainingClassSchema, { ...cls, participants: 0 })).toEqual([{ path: 'participants', message: 'errors.tooSmall' }]);
    expect(issues(trainingClassSchema, { ...cls, budgetVnd: '20 triệu' })).toEqual([{ path: 'budgetVnd', message: 'errors.invalidType' }]);
    expect(issues(trainingClassSchema, { ...cls, topic: '' })).toEqual([{ path: 'topic', message: 'errors.required' }]);
  });
});

describe('communePreAssessmentSchema', () => {
  it('needs a result for each item and feeds preAssessmentOutcome', () => {
    const form = communePreAssessmentSchema.parse({
      results: {
        'local-origin': { result: 'meets', note: 'Ba kích trồng tại xã' },
        'local-labour': { result: 'meets' },
        'idea-origin': { result: 'not-applicable' },
      },
    });
    expect(preAssessmentOutcome(form.results).mayPropose).toBe(true);
    expect(
      issues(communePreAssessmentSchema, { results: { 'local-origin': { result: 'maybe' }, 'local-labour': { result: 'meets' } } }),
    ).toEqual([
      { path: 'results.local-origin.result', message: 'errors.invalidEnum' },
      { path: 'results.idea-origin', message: 'errors.required' },
    ]);
  });
});

describe('cycleCalendarSchema', () => {
  const cal = () => defaultCalendar(2026).map(({ step, opensOn, deadline }) => ({ step, opensOn, deadline }));

  it('accepts the default calendar', () => {
    expect(cycleCalendarSchema.parse(cal())).toHaveLength(6);
  });

  it('names the offending entry', () => {
    const c = cal();
    c[2] = { ...c[2], deadline: '2026-03-01' };
    expect(issues(cycleCalendarSchema, c)).toEqual([{ path: '2.deadline', message: 'errors.cycle.deadlineBeforeOpening' }]);
    const d = cal();
    d[5] = { ...d[5], step: 1 };
    expect(issues(cycleCalendarSchema, d)).toEqual([
      { path: '5.step', message: 'errors.duplicate' },
      { path: '', message: 'errors.cycle.stepsMissing' },
    ]);
    const e: { step: number; opensOn: string; deadline: string }[] = cal();
    e[0] = { ...e[0], step: 7 };
    expect(issues(cycleCalendarSchema, e)).toContainEqual({ path: '0.step', message: 'errors.tooBig' });
  });
});

describe('messages', () => {
  it('the schemas produce JSON Schema for the OpenAPI document', () => {
    for (const s of [ideaFormSchema, businessPlanFormSchema, supportRecordSchema, communicationLogSchema, trainingClassSchema]) {
      const json = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as { type?: string; properties?: object };
      expect(json.type).toBe('object');
      expect(json.properties).toBeDefined();
    }
  });
});
