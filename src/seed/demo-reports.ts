import type { Tx } from '../db/client';
import { findUserByUsername } from '../db/repositories/users.repository';
import { insertCycle } from '../db/repositories/cycles.repository';
import { insertIdea } from '../db/repositories/ideas.repository';
import { insertBusinessPlan } from '../db/repositories/business-plans.repository';
import { upsertCapital } from '../db/repositories/implementation.repository';
import { insertTransition } from '../db/repositories/workflow.repository';
import { insertEntity } from '../db/repositories/entities.repository';
import { insertProduct, insertStarRecord, refreshCurrentStars } from '../db/repositories/products.repository';
import { findUnit } from '../db/repositories/units.repository';
import { businessPlanFormSchema, defaultCalendar, ideaFormSchema } from '../domain/cycle';
import { searchDocument, vietnameseSortKey } from '../domain/text/normalize';
import { productSearchText } from '../domain/products/search-text';
import { actorOf } from '../services/auth.service';
import { audit, diff } from '../services/audit.service';
import { ENTITY_AUDIT_FIELDS } from '../services/entities.service';
import { PRODUCT_AUDIT_FIELDS } from '../services/products.service';
import { addCommunication, addTraining } from '../services/cycle/communication.service';
import { createDocument } from '../services/registers/documents.service';
import { createTarget } from '../services/registers/targets.service';
import { itemSearchText } from '../services/cycle/common';
import type { CycleCtx } from '../services/cycle/workflow';
import {
  CAM_PHA_COMMUNICATION,
  CAM_PHA_DOCUMENTS,
  QNG_TARGETS,
  CAM_PHA_FUNDING,
  CAM_PHA_FUNNEL,
  CAM_PHA_IDEA_NAMES,
  CAM_PHA_LEGACY_WARDS,
  QNG_HISTORY,
  QNG_LOCALITIES_2022,
  QNG_NEW_2022,
  QNG_SPECIALTIES,
  splitInteger,
  packEntities,
} from './demo-data/reports';

/**
 * Demo records behind the reports (issue 9), so every report shows the source documents'
 * consistent figures:
 * - Cẩm Phả 2017–2019 (seed 000): communication and training logs (entered through the
 *   communication service at today's wards of the former city), the cycles of those years with
 *   the ideas registered, the business plans approved and the plans implemented by entity type
 *   (Table 4), and the capital mobilised by source (Table 3) on the implemented plans;
 * - Quảng Ngãi (seed 004): the products recognised in 2022 by star, entity type and locality,
 *   and the earlier years' products behind the cumulative figures (124 products, 72 entities),
 *   added to the demo's named producers.
 * History items are kept under the legacy structure (wards and district of the time); they are
 * stored with their final status and the transitions that led there.
 */

const QN = '22';
const QNG = '51';
const MILLION = 1_000_000;

function vnTime(iso: string, hour = 9): Date {
  return new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00+07:00`);
}

export interface DemoReportsRefs {
  entities: Map<string, { id: string; name: string }>;
}

export async function seedDemoReports(tx: Tx, refs: DemoReportsRefs): Promise<{ ideas: number; plans: number; products: number }> {
  const provinceUser = await findUserByUsername(tx, 'province.qn');
  if (!provinceUser) throw new Error('demo reports: province.qn missing');
  const province = { actor: actorOf(provinceUser), who: { id: provinceUser.id, name: provinceUser.displayName } };
  const ctx: CycleCtx = { db: tx as never, actor: province.actor, who: province.who, lang: 'vi', now: () => new Date() };

  /* ------------------------- Cẩm Phả 2017–2019: communication and training ------------------------- */

  for (const y of CAM_PHA_COMMUNICATION) {
    for (const log of y.logs) {
      await addCommunication(ctx, { year: y.year, kind: log.kind, count: log.count, budgetVnd: log.budgetVnd, unitCode: log.unitCode, date: log.date, title: log.title });
    }
    for (const c of y.classes) {
      await addTraining(ctx, { topic: c.topic, participants: c.participants, budgetVnd: c.budgetVnd, date: c.date, unitCode: c.unitCode });
    }
  }

  /* ------------------- Cẩm Phả 2017–2019: documents issued (Table 1) ------------------- */

  for (const d of CAM_PHA_DOCUMENTS) {
    await createDocument(tx as never, province.actor, province.who, d);
  }

  /* ------------------- Cẩm Phả 2017–2019: cycles, ideas, plans, implementation ------------------- */

  const officer = { actorId: provinceUser.id, actorName: provinceUser.displayName, actorRole: 'province' };
  let ideas = 0;
  let plans = 0;
  for (const year of [2017, 2018, 2019]) {
    const cycle = await insertCycle(tx, {
      provinceCode: QN,
      year,
      status: 'closed',
      calendar: defaultCalendar(year).map((e) => ({ step: e.step, code: e.code, opensOn: e.opensOn, deadline: e.deadline })),
      settings: {},
      createdAt: vnTime(`${year - 1}-12-15`),
      statusChangedAt: vnTime(`${year}-12-28`),
    });
    await insertTransition(tx, { itemType: 'cycle', itemId: cycle.id, action: 'create', fromStatus: null, toStatus: 'planning', ...officer, at: cycle.createdAt });
    await insertTransition(tx, { itemType: 'cycle', itemId: cycle.id, action: 'open', fromStatus: 'planning', toStatus: 'open', ...officer, at: vnTime(`${year}-01-05`) });
    await insertTransition(tx, { itemType: 'cycle', itemId: cycle.id, action: 'close', fromStatus: 'open', toStatus: 'closed', ...officer, at: cycle.statusChangedAt, note: `Tổng kết chu trình OCOP năm ${year} (số liệu lịch sử thành phố Cẩm Phả).` });

    const funding = CAM_PHA_FUNDING.find((f) => f.year === year)!;
    const implementedPlans: string[] = [];
    for (const type of ['enterprise', 'household'] as const) {
      const f = CAM_PHA_FUNNEL.find((x) => x.year === year && x.type === type)!;
      for (let i = 0; i < f.ideas; i++) {
        const ward = CAM_PHA_LEGACY_WARDS[(i + year) % CAM_PHA_LEGACY_WARDS.length];
        const name = CAM_PHA_IDEA_NAMES[(i * 7 + year) % CAM_PHA_IDEA_NAMES.length];
        const proposer = type === 'enterprise' ? `Doanh nghiệp ${ward.short} số ${i + 1}` : `Hộ kinh doanh ${ward.short} số ${i + 1}`;
        const productName = `${name} (${ward.short}, ${year})`;
        const form = ideaFormSchema.parse({
          cycleYear: year,
          proposerName: proposer,
          proposedEntity: { name: proposer, type },
          productName,
          groupCode: '1',
          subgroupCode: '1.3',
          description: `Ý tưởng sản phẩm đăng ký tham gia đề án OCOP thành phố Cẩm Phả năm ${year}.`,
          rawMaterials: [{ name: 'Nguyên liệu địa phương', origin: 'Cẩm Phả, Quảng Ninh', local: true }],
          targetMarket: 'Cẩm Phả, Hạ Long và khách du lịch.',
          resources: {},
          supportWanted: ['training'],
        });
        const hasPlan = i < f.plans;
        const filed = vnTime(`${year}-03-${String(1 + (i % 25)).padStart(2, '0')}`);
        const decided = vnTime(`${year}-04-${String(1 + (i % 25)).padStart(2, '0')}`);
        const idea = await insertIdea(tx, {
          cycleId: cycle.id,
          cycleYear: year,
          procedure: 'legacy',
          unitStructure: 'legacy',
          unitCode: ward.code,
          provinceCode: QN,
          districtCode: '195',
          entityId: null,
          ownerEntityId: null,
          productName,
          groupCode: '1',
          subgroupCode: '1.3',
          status: hasPlan ? 'accepted' : 'rejected',
          contentVersion: 1,
          createdById: provinceUser.id,
          filedByRole: 'commune',
          dueOn: null,
          firstSubmittedAt: filed,
          searchText: itemSearchText(productName, ward.name, proposer),
          proposerName: proposer,
          proposedEntity: { name: proposer, type },
          form,
          createdAt: filed,
          updatedAt: decided,
          statusChangedAt: decided,
        });
        await insertTransition(tx, { itemType: 'idea', itemId: idea.id, action: 'submit', fromStatus: 'draft', toStatus: 'submitted', ...officer, actorRole: 'commune', at: filed });
        await insertTransition(tx, { itemType: 'idea', itemId: idea.id, action: hasPlan ? 'accept' : 'reject', fromStatus: 'submitted', toStatus: hasPlan ? 'accepted' : 'rejected', ...officer, at: decided });
        await audit(tx, province.who, 'create', 'idea', idea.id, { productName: { from: null, to: productName } }, 'demo');
        ideas++;
        if (!hasPlan) continue;
        const content = businessPlanFormSchema.parse({
          product: { name: productName, description: form.description, groupCode: '1', subgroupCode: '1.3', packaging: 'Bao bì theo hướng dẫn của đề án', expectedPriceVnd: 100_000 },
          marketAndCustomers: { targetCustomers: 'Người tiêu dùng trong tỉnh, khách du lịch.', marketArea: 'Cẩm Phả, Hạ Long.', competitors: 'Sản phẩm cùng loại trong tỉnh.', channels: 'Điểm bán OCOP, hội chợ.', promotion: 'Hội chợ OCOP tỉnh.' },
          production: { rawMaterials: 'Nguyên liệu địa phương.', process: 'Sơ chế – chế biến – đóng gói.', capacity: 'Theo nhu cầu thị trường.', facilities: 'Cơ sở hiện có.', qualityStandards: 'Tiêu chuẩn cơ sở.' },
          organisation: { form: type, employees: type === 'enterprise' ? 10 : 3, management: 'Chủ cơ sở trực tiếp quản lý.' },
          finance: { investmentVnd: 200_000_000, expectedRevenueVnd: 400_000_000, expectedCostVnd: 320_000_000, expectedProfitVnd: 80_000_000, breakEvenMonths: 24, capitalBySource: { own: 150_000_000, credit: 50_000_000, provincialBudget: 0, districtBudget: 0, integratedProgrammes: 0, other: 0 } },
        });
        const accepted = vnTime(`${year}-06-${String(1 + (i % 25)).padStart(2, '0')}`);
        const plan = await insertBusinessPlan(tx, {
          cycleId: cycle.id,
          cycleYear: year,
          procedure: 'legacy',
          unitStructure: 'legacy',
          unitCode: ward.code,
          provinceCode: QN,
          districtCode: '195',
          entityId: null,
          ownerEntityId: null,
          ideaId: idea.id,
          productName,
          groupCode: '1',
          subgroupCode: '1.3',
          status: 'accepted',
          contentVersion: 1,
          createdById: provinceUser.id,
          filedByRole: 'commune',
          dueOn: null,
          firstSubmittedAt: decided,
          searchText: itemSearchText(productName, ward.name),
          content,
          createdAt: decided,
          updatedAt: accepted,
          statusChangedAt: accepted,
        });
        await insertTransition(tx, { itemType: 'business-plan', itemId: plan.id, action: 'submit', fromStatus: 'draft', toStatus: 'submitted', ...officer, actorRole: 'commune', at: decided });
        await insertTransition(tx, { itemType: 'business-plan', itemId: plan.id, action: 'accept', fromStatus: 'submitted', toStatus: 'accepted', ...officer, actorRole: 'district', at: accepted });
        await audit(tx, province.who, 'create', 'business-plan', plan.id, { productName: { from: null, to: productName } }, 'demo');
        plans++;
        if (i < f.implemented) implementedPlans.push(plan.id);
      }
    }
    // Table 3's capital of the year, spread over the plans implemented that year.
    const n = implementedPlans.length;
    const parts = {
      provincialBudget: splitInteger(funding.provincialBudget * MILLION, n),
      districtBudget: splitInteger(Math.round(funding.districtBudget * MILLION), n),
      own: splitInteger(funding.own * MILLION, n),
      credit: splitInteger(funding.credit * MILLION, n),
    };
    for (let k = 0; k < n; k++) {
      await upsertCapital(tx, {
        businessPlanId: implementedPlans[k],
        year,
        own: parts.own[k],
        credit: parts.credit[k],
        provincialBudget: parts.provincialBudget[k],
        districtBudget: parts.districtBudget[k],
        integratedProgrammes: 0,
        other: 0,
        updatedById: provinceUser.id,
      });
      await audit(tx, province.who, 'capital', 'business-plan', implementedPlans[k], { year: { from: null, to: year } }, 'demo');
    }
  }

  /* ----------------------- Quảng Ngãi: products by star, entity type and locality ----------------------- */

  let products = 0;
  const seedActor = { id: null, name: 'Dữ liệu mẫu (demo)' };
  const addProducts = async (batch: ReturnType<typeof packEntities>, stage: string) => {
    let serial = 0;
    for (const e of batch) {
      const locality = QNG_LOCALITIES_2022.find((l) => l.district === e.district)!;
      const unit = await findUnit(tx, 'current', locality.commune);
      if (!unit) throw new Error(`demo reports: unknown unit ${locality.commune}`);
      const location = { unitStructure: unit.structure, unitCode: unit.code, provinceCode: unit.currentProvinceCode, districtCode: unit.districtCode };
      serial++;
      const brand = `${locality.short} ${stage}-${serial}`;
      const name = e.type === 'enterprise' ? `Công ty TNHH ${brand}` : e.type === 'cooperative' ? `Hợp tác xã ${brand}` : `Cơ sở sản xuất ${brand}`;
      const row = await insertEntity(tx, {
        type: e.type,
        legalForm: e.type === 'enterprise' ? 'Công ty trách nhiệm hữu hạn' : null,
        name,
        taxCode: null,
        representative: `Đại diện ${brand}`,
        address: `${unit.name}, tỉnh Quảng Ngãi`,
        ...location,
        foundedYear: 2015,
        members: e.type === 'cooperative' ? 10 : null,
        employees: 5,
        womanLed: serial % 3 === 0,
        ethnicMinorityLed: false,
        certifications: [],
        phone: null,
        email: null,
        website: null,
        searchText: searchDocument(name, null, null),
        sortKey: vietnameseSortKey(name),
      });
      await audit(tx, seedActor, 'create', 'entity', row.id, diff(null, row, ENTITY_AUDIT_FIELDS), 'demo');
      for (let p = 0; p < e.products.length; p++) {
        const spec = QNG_SPECIALTIES[(serial * 3 + p) % QNG_SPECIALTIES.length];
        const productName = `${spec.name} ${brand}${p ? ` loại ${p + 1}` : ''}`;
        const prod = await insertProduct(tx, {
          entityId: row.id,
          name: productName,
          groupCode: spec.group,
          subgroupCode: spec.subgroup,
          description: `${spec.name} của ${name}, sản phẩm OCOP tỉnh Quảng Ngãi.`,
          story: null,
          figuresPublic: false,
          rawMaterialOrigin: `Nguyên liệu tại ${locality.name}`,
          packaging: null,
          qualityStandard: 'Tiêu chuẩn cơ sở',
          trademark: null,
          gtin: null,
          priceVnd: null,
          priceUnit: null,
          whereToBuy: 'Các điểm giới thiệu và bán sản phẩm OCOP tỉnh Quảng Ngãi',
          ...location,
          searchText: productSearchText(productName, name),
          sortKey: vietnameseSortKey(productName),
        });
        await audit(tx, seedActor, 'create', 'product', prod.id, diff(null, prod, PRODUCT_AUDIT_FIELDS), 'demo');
        const { stars, year } = e.products[p];
        await insertStarRecord(tx, { productId: prod.id, stars, year, level: 'province', unitStructure: 'legacy', unitCode: e.district });
        await refreshCurrentStars(tx, prod.id);
        products++;
      }
    }
  };
  await addProducts(packEntities(QNG_NEW_2022.entities, QNG_NEW_2022.stars4, QNG_NEW_2022.localities, () => 2022), '22');
  await addProducts(packEntities(QNG_HISTORY.entities, QNG_HISTORY.stars4, QNG_HISTORY.localities, QNG_HISTORY.yearOf), 'LK');
  // seed 004's targets: 2022 (exceeded by 15 with 65 products) and 2023's plan
  const qngUser = await findUserByUsername(tx, 'province.qng');
  if (!qngUser) throw new Error('demo reports: province.qng missing');
  for (const target of QNG_TARGETS) {
    await createTarget(tx as never, actorOf(qngUser), { id: qngUser.id, name: qngUser.displayName }, { ...target, unitCode: QNG });
  }
  void refs;
  return { ideas, plans, products };
}
