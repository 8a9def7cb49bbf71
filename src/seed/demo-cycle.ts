import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Tx } from '../db/client';
import { findUserByUsername } from '../db/repositories/users.repository';
import { insertCycle, updateCycle } from '../db/repositories/cycles.repository';
import { insertIdea } from '../db/repositories/ideas.repository';
import { getBusinessPlan, insertBusinessPlan } from '../db/repositories/business-plans.repository';
import { insertDossier } from '../db/repositories/dossiers.repository';
import { insertFile } from '../db/repositories/uploads.repository';
import { insertCommunication, insertTraining } from '../db/repositories/communication.repository';
import { insertNote, insertSupport, upsertCapital } from '../db/repositories/implementation.repository';
import { markReadBefore } from '../db/repositories/notifications.repository';
import { compareAndSetContent, insertTransition } from '../db/repositories/workflow.repository';
import { getEntity } from '../db/repositories/entities.repository';
import { getProduct } from '../db/repositories/products.repository';
import { addDays, toIsoDate } from '../domain/dates';
import { now as clockNow, today as clockToday } from '../services/clock';
import {
  businessPlanFormSchema,
  checklistFor,
  defaultCalendar,
  ideaFormSchema,
  requiredItems,
  type BusinessPlanFormInput,
  type CommunePreAssessment,
  type DossierEntryPath,
  type FileType,
  type IdeaFormInput,
  type SupportKind,
} from '../domain/cycle';
import type { Actor } from '../domain/policy';
import { actorOf } from '../services/auth.service';
import { businessPlanHooks } from '../services/cycle/business-plans.service';
import { itemSearchText } from '../services/cycle/common';
import { dossierHooks } from '../services/cycle/dossiers.service';
import { ideaHooks } from '../services/cycle/ideas.service';
import { DEMO_PREFIX } from '../services/cycle/uploads.service';
import { applyItemTransition, recordCreation, type CycleCtx, type TransitionHooks } from '../services/cycle/workflow';
import { resourcesDir } from './resources';

/**
 * Demo data of the annual cycle (SPEC §7 "a cycle in progress with items at every step") for
 * Quảng Ninh, built through the same workflow engine the API uses (timelines, versions, due
 * dates, notifications), replayed at past dates: last year's cycle (closed) and this year's
 * (open) with step-1 communication and training logs, product ideas, business plans (one in
 * implementation with support and capital), and evaluation dossiers at every status up to
 * "complete". Names of new ideas are invented; the entities and products are the demo ones.
 */

const PROVINCE = '22';
const QUANG_HANH = '06778';
const CUA_ONG = '06781';

export interface DemoCycleRefs {
  entities: Map<string, { id: string }>;
  products: Map<string, string>;
}

type Who = { actor: Actor; name: string; userId: string | null };

/** A Vietnam-time instant `days` before today at `hour`:`minute`. */
function dayAgo(days: number, minute = 0, hour = 9): Date {
  return vnTime(addDays(clockToday(), -days), hour, minute);
}

function vnTime(iso: string, hour = 9, minute = 0): Date {
  return new Date(`${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`);
}

function sampleFile(name: string) {
  const bytes = fs.readFileSync(path.join(resourcesDir, 'demo-files', name));
  return { storageKey: `${DEMO_PREFIX}${name}`, sizeBytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

export async function seedDemoCycle(tx: Tx, refs: DemoCycleRefs): Promise<{ ideas: number; businessPlans: number; dossiers: number }> {
  const entityId = (key: string) => {
    const e = refs.entities.get(key);
    if (!e) throw new Error(`demo cycle: unknown entity ${key}`);
    return e.id;
  };
  const productId = (key: string) => {
    const p = refs.products.get(key);
    if (!p) throw new Error(`demo cycle: unknown product ${key}`);
    return p;
  };
  const user = async (username: string): Promise<Who> => {
    const row = await findUserByUsername(tx, username);
    if (!row) throw new Error(`demo cycle: unknown account ${username}`);
    return { actor: actorOf(row), name: row.displayName, userId: row.id };
  };
  const producer = await user('producer.qn');
  const commune = await user('commune.qn');
  const province = await user('province.qn');
  // Phường Cửa Ông has no demo account: its officer appears by name only.
  const cuaOng: Who = {
    actor: { id: '00000000-0000-4000-8000-000000006781', role: 'commune', unitStructure: 'current', unitCode: CUA_ONG, provinceCode: PROVINCE, districtCode: null, entityId: null },
    name: 'Cán bộ OCOP phường Cửa Ông',
    userId: null,
  };

  let clock = clockNow();
  const ctxOf = (who: Who): CycleCtx => ({ db: tx as never, actor: who.actor, who: { id: who.userId, name: who.name }, lang: 'vi', now: () => clock });
  const step = async (kind: 'idea' | 'business-plan' | 'dossier', id: string, who: Who, action: string, when: Date, hooks: TransitionHooks, note?: string) => {
    clock = when;
    await applyItemTransition(tx, ctxOf(who), kind, id, { action, note }, hooks);
  };

  /* ------------------------------------------ cycles ------------------------------------------ */

  const today = clockToday();
  const year = Number(today.slice(0, 4));
  const endOfYear = `${year}-12-31`;
  const extended = (deadline: string) => {
    const wanted = addDays(today, 45);
    const d = deadline > wanted ? deadline : wanted;
    return d > endOfYear ? endOfYear : d;
  };
  // This year's calendar: the usual months; the demo keeps steps 2, 3 and 5 open for 45 more days.
  const calendar = defaultCalendar(year).map((e) => ({
    step: e.step,
    code: e.code,
    opensOn: e.opensOn,
    deadline: ['idea-registration', 'business-plan', 'evaluation'].includes(e.code) ? extended(e.deadline) : e.deadline,
  }));
  const lastYear = year - 1;
  const last = await insertCycle(tx, {
    provinceCode: PROVINCE,
    year: lastYear,
    status: 'open',
    calendar: defaultCalendar(lastYear).map((e) => ({ step: e.step, code: e.code, opensOn: e.opensOn, deadline: e.deadline })),
    settings: {},
    createdAt: vnTime(`${lastYear - 1}-12-15`),
    statusChangedAt: vnTime(`${lastYear}-01-05`),
  });
  const current = await insertCycle(tx, {
    provinceCode: PROVINCE,
    year,
    status: 'open',
    calendar,
    settings: {},
    createdAt: vnTime(`${lastYear}-12-15`),
    statusChangedAt: vnTime(`${year}-01-05`) < clockNow() ? vnTime(`${year}-01-05`) : clockNow(),
  });
  for (const c of [last, current]) {
    const pn = { actorId: province.userId, actorName: province.name, actorRole: 'province' };
    await insertTransition(tx, { itemType: 'cycle', itemId: c.id, action: 'create', fromStatus: null, toStatus: 'planning', ...pn, at: c.createdAt });
    await insertTransition(tx, { itemType: 'cycle', itemId: c.id, action: 'open', fromStatus: 'planning', toStatus: 'open', ...pn, at: c.statusChangedAt, note: `Triển khai chu trình OCOP năm ${c.year} theo kế hoạch của UBND tỉnh.` });
  }

  /* ------------------------------- step 1: communication, training ------------------------------- */

  const logs: Array<[number, string, string, number, number, string, string]> = [
    // year, unit, kind, count, budget, date (MM-DD), title
    [lastYear, PROVINCE, 'conference', 1, 45_000_000, '02-20', 'Hội nghị triển khai Chương trình OCOP tỉnh'],
    [lastYear, PROVINCE, 'article', 24, 36_000_000, '03-31', 'Tin, bài về OCOP trên Cổng thông tin điện tử tỉnh'],
    [lastYear, PROVINCE, 'reportage', 4, 60_000_000, '05-15', 'Phóng sự "Sản phẩm OCOP Quảng Ninh vươn xa"'],
    [lastYear, PROVINCE, 'broadcast', 12, 24_000_000, '06-30', 'Chuyên mục OCOP trên Đài Phát thanh và Truyền hình tỉnh'],
    [lastYear, QUANG_HANH, 'loudspeaker', 40, 2_000_000, '03-15', 'Phát thanh về đăng ký ý tưởng sản phẩm trên loa phường'],
    [lastYear, QUANG_HANH, 'conference', 1, 8_000_000, '02-25', 'Hội nghị triển khai OCOP phường Quang Hanh'],
    [year, PROVINCE, 'conference', 2, 60_000_000, '02-18', 'Hội nghị triển khai OCOP và Hội nghị Phụ nữ khởi nghiệp OCOP'],
    [year, PROVINCE, 'article', 31, 46_500_000, '04-30', 'Tin, bài về OCOP trên Cổng thông tin điện tử và báo Quảng Ninh'],
    [year, PROVINCE, 'reportage', 5, 75_000_000, '05-20', 'Phóng sự về chủ thể OCOP tiêu biểu'],
    [year, PROVINCE, 'broadcast', 15, 30_000_000, '06-30', 'Chuyên mục "Mỗi xã một sản phẩm" trên truyền hình tỉnh'],
    [year, QUANG_HANH, 'loudspeaker', 52, 2_600_000, '03-10', 'Phát thanh về đăng ký ý tưởng sản phẩm, hạn nộp phiếu'],
    [year, QUANG_HANH, 'conference', 1, 9_500_000, '02-22', 'Hội nghị triển khai OCOP phường Quang Hanh, phát phiếu ý tưởng tại chỗ'],
    [year, CUA_ONG, 'loudspeaker', 30, 1_500_000, '03-12', 'Phát thanh về Chương trình OCOP trên loa phường'],
  ];
  for (const [y, unit, kind, count, budget, md, title] of logs) {
    const date = `${y}-${md}` > today ? today : `${y}-${md}`;
    const level = unit.length === 2 ? 'province' : 'commune';
    const by = unit === PROVINCE ? province : unit === QUANG_HANH ? commune : cuaOng;
    await insertCommunication(tx, {
      year: y, kind, count, budgetVnd: budget, date, title, unitStructure: 'current', unitCode: unit, provinceCode: PROVINCE, districtCode: null, unitLevel: level,
      createdById: by.userId, createdByName: by.name, createdAt: vnTime(date, 16),
    });
  }
  const trainings: Array<[number, string, string, number, number, string]> = [
    [lastYear, PROVINCE, 'Tập huấn xây dựng kế hoạch kinh doanh cho chủ thể OCOP', 85, 120_000_000, '04-08'],
    [lastYear, QUANG_HANH, 'Tập huấn kỹ năng xây dựng câu chuyện sản phẩm', 32, 15_000_000, '07-12'],
    [year, PROVINCE, 'Tập huấn xây dựng kế hoạch kinh doanh (khái niệm kinh doanh, marketing cơ bản, kế hoạch tài chính)', 96, 135_000_000, '04-06'],
    [year, PROVINCE, 'Tập huấn triển khai kế hoạch kinh doanh: vốn và huy động vốn, quản trị sản xuất, tính giá thành', 64, 98_000_000, '06-14'],
    [year, QUANG_HANH, 'Tập huấn thiết kế bao bì, nhãn mác và truy xuất nguồn gốc', 28, 18_000_000, '08-20'],
  ];
  for (const [y, unit, topic, participants, budget, md] of trainings) {
    const date = `${y}-${md}` > today ? today : `${y}-${md}`;
    const by = unit === PROVINCE ? province : commune;
    await insertTraining(tx, {
      year: y, topic, participants, budgetVnd: budget, date, unitStructure: 'current', unitCode: unit, provinceCode: PROVINCE, districtCode: null,
      unitLevel: unit.length === 2 ? 'province' : 'commune', createdById: by.userId, createdByName: by.name, createdAt: vnTime(date, 17),
    });
  }

  /* ----------------------------------------- helpers ----------------------------------------- */

  const locationOf = async (key: string) => {
    const e = (await getEntity(tx, entityId(key)))!.entity;
    return { unitStructure: 'current' as const, unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: null, entityId: e.id, name: e.name };
  };

  const counts = { ideas: 0, businessPlans: 0, dossiers: 0 };

  const newIdea = async (o: {
    cycle: typeof current;
    by: Who;
    when: Date;
    entityKey?: string;
    proposed?: { name: string; type: 'enterprise' | 'cooperative' | 'cooperative_group' | 'household'; unitCode: string };
    form: Omit<IdeaFormInput, 'entityId' | 'proposedEntity' | 'cycleYear'>;
  }) => {
    const loc = o.entityKey ? await locationOf(o.entityKey) : null;
    const form = ideaFormSchema.parse({
      ...o.form,
      cycleYear: o.cycle.year,
      ...(loc ? { entityId: loc.entityId } : { proposedEntity: { name: o.proposed!.name, type: o.proposed!.type } }),
    });
    const place = loc ?? { unitStructure: 'current' as const, unitCode: o.proposed!.unitCode, provinceCode: PROVINCE, districtCode: null, entityId: null, name: o.proposed!.name };
    clock = o.when;
    const row = await insertIdea(tx, {
      cycleId: o.cycle.id,
      cycleYear: o.cycle.year,
      procedure: 'current',
      unitStructure: place.unitStructure,
      unitCode: place.unitCode,
      provinceCode: place.provinceCode,
      districtCode: null,
      entityId: loc?.entityId ?? null,
      ownerEntityId: loc?.entityId ?? null,
      productName: form.productName,
      groupCode: form.groupCode,
      subgroupCode: form.subgroupCode ?? null,
      status: 'draft',
      createdById: o.by.userId,
      filedByRole: o.by.actor.role,
      dueOn: o.cycle.calendar.find((e) => e.code === 'idea-registration')?.deadline ?? null,
      searchText: itemSearchText(form.productName, place.name, form.proposerName),
      proposerName: form.proposerName,
      proposedEntity: form.proposedEntity ?? null,
      form,
      createdAt: o.when,
      updatedAt: o.when,
      statusChangedAt: o.when,
    });
    await recordCreation(tx, ctxOf(o.by), 'idea', row.id, 'draft', { productName: { from: null, to: form.productName } }, 'demo');
    counts.ideas++;
    return row;
  };

  const newPlan = async (o: { cycle: typeof current; by: Who; when: Date; ideaId: string | null; entityKey: string; form: Omit<BusinessPlanFormInput, 'ideaId' | 'entityId'> }) => {
    const loc = await locationOf(o.entityKey);
    const content = businessPlanFormSchema.parse(o.form);
    clock = o.when;
    const row = await insertBusinessPlan(tx, {
      cycleId: o.cycle.id,
      cycleYear: o.cycle.year,
      procedure: 'current',
      unitStructure: 'current',
      unitCode: loc.unitCode,
      provinceCode: loc.provinceCode,
      districtCode: null,
      entityId: loc.entityId,
      ownerEntityId: loc.entityId,
      ideaId: o.ideaId,
      productName: content.product.name,
      groupCode: content.product.groupCode,
      subgroupCode: content.product.subgroupCode ?? null,
      status: 'draft',
      createdById: o.by.userId,
      filedByRole: o.by.actor.role,
      dueOn: o.cycle.calendar.find((e) => e.code === 'business-plan')?.deadline ?? null,
      searchText: itemSearchText(content.product.name, loc.name),
      content,
      createdAt: o.when,
      updatedAt: o.when,
      statusChangedAt: o.when,
    });
    await recordCreation(tx, ctxOf(o.by), 'business-plan', row.id, 'draft', { productName: { from: null, to: content.product.name } }, 'demo');
    counts.businessPlans++;
    return row;
  };

  const pdf = sampleFile('tai-lieu-mau.pdf');
  const png = sampleFile('nhan-san-pham-mau.png');
  const attach = async (itemType: 'dossier' | 'business-plan', itemId: string, itemCode: string, fileName: string, who: Who, when: Date) => {
    const isPng = fileName.endsWith('.png');
    const f = isPng ? png : pdf;
    await insertFile(tx, {
      itemType, itemId, itemCode, fileName,
      fileType: (isPng ? 'png' : 'pdf') satisfies FileType,
      mimeType: isPng ? 'image/png' : 'application/pdf',
      sizeBytes: f.sizeBytes, sha256: f.sha256, storageKey: f.storageKey,
      uploadedById: who.userId, uploadedByName: who.name, createdAt: when,
    });
  };

  const FILE_NAMES: Record<string, string> = {
    'registration-form': 'phieu-dang-ky-danh-gia.pdf',
    'business-plan': 'ke-hoach-kinh-doanh.pdf',
    'business-registration': 'giay-chung-nhan-dang-ky-kinh-doanh.pdf',
    'quality-declaration': 'ban-tu-cong-bo-san-pham.pdf',
    'test-results': 'phieu-ket-qua-kiem-nghiem.pdf',
    'food-safety-certificate': 'giay-chung-nhan-co-so-du-dieu-kien-attp.pdf',
    'gmp-certificate': 'giay-chung-nhan-gmp.pdf',
    'label-packaging-images': 'nhan-bao-bi-san-pham.png',
    'service-images': 'hinh-anh-dich-vu.png',
    'product-story': 'cau-chuyen-san-pham.pdf',
    'local-origin-evidence': 'minh-chung-nguon-nguyen-lieu-dia-phuong.pdf',
    'local-labour-evidence': 'danh-sach-lao-dong-dia-phuong.pdf',
  };

  const newDossier = async (o: {
    cycle: typeof current;
    by: Who;
    when: Date;
    entryPath: DossierEntryPath;
    productKey?: string;
    plan?: { id: string; entityKey: string; productName: string; groupCode: string; subgroupCode: string | null; ideaId: string | null };
    omit?: string[];
  }) => {
    let loc: Awaited<ReturnType<typeof locationOf>>;
    let product: { id: string | null; name: string; groupCode: string; subgroupCode: string | null };
    if (o.productKey) {
      const p = (await getProduct(tx, productId(o.productKey)))!;
      loc = { unitStructure: 'current', unitCode: p.product.unitCode, provinceCode: p.product.provinceCode, districtCode: null, entityId: p.product.entityId, name: p.entityName };
      product = { id: p.product.id, name: p.product.name, groupCode: p.product.groupCode, subgroupCode: p.product.subgroupCode };
    } else {
      loc = await locationOf(o.plan!.entityKey);
      product = { id: null, name: o.plan!.productName, groupCode: o.plan!.groupCode, subgroupCode: o.plan!.subgroupCode };
    }
    const checklist = checklistFor(o.when);
    clock = o.when;
    const row = await insertDossier(tx, {
      cycleId: o.cycle.id,
      cycleYear: o.cycle.year,
      procedure: 'current',
      unitStructure: 'current',
      unitCode: loc.unitCode,
      provinceCode: loc.provinceCode,
      districtCode: null,
      entityId: loc.entityId,
      ownerEntityId: loc.entityId,
      productName: product.name,
      groupCode: product.groupCode,
      subgroupCode: product.subgroupCode,
      status: 'draft',
      createdById: o.by.userId,
      filedByRole: o.by.actor.role,
      dueOn: o.cycle.calendar.find((e) => e.code === 'evaluation')?.deadline ?? null,
      searchText: itemSearchText(product.name, loc.name),
      entryPath: o.entryPath,
      productId: product.id,
      businessPlanId: o.plan?.id ?? null,
      ideaId: o.plan?.ideaId ?? null,
      checklistCode: checklist.code,
      createdAt: o.when,
      updatedAt: o.when,
      statusChangedAt: o.when,
    });
    await recordCreation(tx, ctxOf(o.by), 'dossier', row.id, 'draft', { productName: { from: null, to: product.name }, entryPath: { from: null, to: o.entryPath } }, 'demo');
    const needed = requiredItems(checklist, { entryPath: o.entryPath, groupCode: product.subgroupCode ?? product.groupCode })
      .map((i) => i.code)
      .filter((c) => c !== 'business-plan' || !o.plan);
    for (const code of [...needed, 'local-labour-evidence']) {
      if (o.omit?.includes(code)) continue;
      await attach('dossier', row.id, code, FILE_NAMES[code] ?? `${code}.pdf`, o.by, o.when);
    }
    counts.dossiers++;
    return row;
  };

  const preAssessment = (labour: 'meets' | 'not-applicable' = 'meets'): CommunePreAssessment => ({
    results: {
      'local-origin': { result: 'meets', note: 'Nguyên liệu chính khai thác, thu mua trong tỉnh; có hợp đồng với hộ cung ứng.' },
      'local-labour': { result: labour, note: labour === 'meets' ? 'Lao động chủ yếu là người địa phương.' : undefined },
      'idea-origin': { result: 'meets', note: 'Sản phẩm phát triển từ nghề, bài thuốc truyền thống của địa phương.' },
    },
    note: 'UBND phường đã kiểm tra thực tế cơ sở sản xuất.',
  });

  /* ------------------------------------ last year (closed) ------------------------------------ */

  {
    const d = (md: string, minute = 0) => vnTime(`${lastYear}-${md}`, 9, minute);
    const a = await newIdea({
      cycle: last, by: commune, when: d('03-05'), entityKey: 'qn-banh-da-tuan-anh',
      form: {
        proposerName: 'Phạm Tuấn Anh', productName: 'Bánh đa nướng mè đen Tuấn Anh', groupCode: '1', subgroupCode: '1.3',
        description: 'Bánh đa nướng sẵn từ gạo địa phương và mè đen, đóng túi nhỏ tiện dùng cho khách du lịch.',
        rawMaterials: [{ name: 'Gạo tẻ', origin: 'Hợp tác xã nông nghiệp trong tỉnh', local: true }, { name: 'Mè đen', origin: 'Thu mua tại Quảng Ninh', local: true }],
        targetMarket: 'Khách du lịch đến Cẩm Phả, Hạ Long; các điểm bán sản phẩm OCOP trong tỉnh.',
        resources: { labour: 5, capitalVnd: 150_000_000 }, supportWanted: ['packaging', 'market'],
      },
    });
    await step('idea', a.id, commune, 'submit', d('03-05', 5), ideaHooks);
    await step('idea', a.id, commune, 'forward', d('03-08'), ideaHooks);
    await step('idea', a.id, province, 'accept', d('03-25'), ideaHooks, 'Ý tưởng đạt; đề nghị chủ thể tham gia tập huấn xây dựng kế hoạch kinh doanh.');
    const b = await newIdea({
      cycle: last, by: cuaOng, when: d('03-06'), entityKey: 'qn-htx-ga-cam-phu',
      form: {
        proposerName: 'Nguyễn Văn Hải', productName: 'Gà đồi Cẩm Phú ủ muối hoa tiêu', groupCode: '1', subgroupCode: '1.3',
        description: 'Gà đồi nuôi thả ủ muối hoa tiêu theo cách làm của vùng cao.',
        rawMaterials: [{ name: 'Gà đồi', origin: 'Trang trại của hợp tác xã', local: true }, { name: 'Muối, hoa tiêu', origin: 'Mua từ tỉnh khác', local: false }],
        targetMarket: 'Nhà hàng, siêu thị tại Cẩm Phả.', resources: {}, supportWanted: ['training'],
      },
    });
    await step('idea', b.id, cuaOng, 'submit', d('03-06', 5), ideaHooks);
    await step('idea', b.id, cuaOng, 'forward', d('03-09'), ideaHooks);
    await step('idea', b.id, province, 'reject', d('03-26'), ideaHooks, 'Chưa đủ điều kiện an toàn thực phẩm cho sản phẩm chế biến từ thịt; đề nghị hoàn thiện cơ sở và đăng ký lại năm sau.');
    const closedAt = vnTime(`${lastYear}-12-28`, 15);
    await updateCycle(tx, last.id, last.version, { status: 'closed', statusChangedAt: closedAt });
    await insertTransition(tx, { itemType: 'cycle', itemId: last.id, action: 'close', fromStatus: 'open', toStatus: 'closed', actorId: province.userId, actorName: province.name, actorRole: 'province', at: closedAt, note: `Tổng kết chu trình OCOP năm ${lastYear}.` });
  }

  /* -------------------------------------- this year (open) -------------------------------------- */

  // Step 2 — a producer's draft (asked of the producer: file it).
  await newIdea({
    cycle: current, by: producer, when: dayAgo(3), entityKey: 'qn-bia-ruou-nuoc-giai-khat',
    form: {
      proposerName: 'Nguyễn Văn Hùng', productName: 'Nước giải khát thảo mộc Quang Hanh', groupCode: '2', subgroupCode: '2.2',
      description: 'Nước giải khát từ nước khoáng Quang Hanh và thảo mộc (lá vối, cam thảo, hoa cúc), không đường hóa học.',
      rawMaterials: [{ name: 'Nước khoáng thiên nhiên', origin: 'Mỏ nước khoáng Quang Hanh', local: true }, { name: 'Lá vối, hoa cúc', origin: 'Hộ trồng tại Cẩm Phả', local: true }],
      targetMarket: 'Siêu thị, cửa hàng tiện lợi và khu du lịch trong tỉnh.', resources: { labour: 12, capitalVnd: 800_000_000 }, supportWanted: ['technology', 'packaging'],
    },
  });

  // Step 2 — filed by the producer, waiting for the commune (look-alike of Rượu ba kích).
  const ideaBaKich = await newIdea({
    cycle: current, by: producer, when: dayAgo(12), entityKey: 'qn-bia-ruou-nuoc-giai-khat',
    form: {
      proposerName: 'Nguyễn Văn Hùng', productName: 'Rượu ba kích ngâm mật ong', groupCode: '2', subgroupCode: '2.1',
      description: 'Rượu ba kích tím ngâm cùng mật ong rừng Quảng Ninh, nồng độ thấp, hướng tới khách du lịch.',
      rawMaterials: [{ name: 'Củ ba kích tím', origin: 'Vùng trồng Ba Chẽ, Quảng Ninh', local: true }, { name: 'Mật ong rừng', origin: 'Hộ nuôi ong tại Quảng Ninh', local: true }],
      targetMarket: 'Khách du lịch, quà biếu; các điểm bán OCOP trong và ngoài tỉnh.', resources: { labour: 8, capitalVnd: 500_000_000 }, supportWanted: ['ip', 'packaging'],
    },
  });
  await step('idea', ideaBaKich.id, producer, 'submit', dayAgo(11), ideaHooks);

  // Step 2 — filed by the commune on a household's behalf, forwarded, waiting for the province.
  const ideaBanhDa = await newIdea({
    cycle: current, by: commune, when: dayAgo(20), entityKey: 'qn-banh-da-tuan-anh',
    form: {
      proposerName: 'Phạm Tuấn Anh', productName: 'Bánh đa vừng đen Tuấn Anh', groupCode: '1', subgroupCode: '1.3',
      description: 'Bánh đa vừng đen làm thủ công theo công thức gia truyền, đóng gói hút chân không.',
      rawMaterials: [{ name: 'Gạo tẻ', origin: 'Hợp tác xã nông nghiệp trong tỉnh', local: true }, { name: 'Vừng đen', origin: 'Thu mua tại Quảng Ninh', local: true }],
      targetMarket: 'Chợ, cửa hàng đặc sản tại Cẩm Phả và Hạ Long.', resources: { labour: 5 }, supportWanted: ['packaging', 'market'],
    },
  });
  await step('idea', ideaBanhDa.id, commune, 'submit', dayAgo(20, 10), ideaHooks);
  await step('idea', ideaBanhDa.id, commune, 'receive', dayAgo(19), ideaHooks);
  await step('idea', ideaBanhDa.id, commune, 'forward', dayAgo(18), ideaHooks);

  // Step 2 — a would-be cooperative's idea, returned by the province for revision (officer-filed: the commune's turn).
  const ideaNam = await newIdea({
    cycle: current, by: commune, when: dayAgo(30),
    proposed: { name: 'Hợp tác xã Nấm sạch Quang Hanh (dự kiến thành lập)', type: 'cooperative', unitCode: QUANG_HANH },
    form: {
      proposerName: 'Trần Thị Mai', productName: 'Nấm sò sạch Quang Hanh', groupCode: '1', subgroupCode: '1.1',
      description: 'Nấm sò trồng trên mùn cưa và rơm rạ trong nhà lưới, thu hoạch hằng ngày.',
      rawMaterials: [{ name: 'Phôi nấm, rơm rạ', origin: 'Các hộ nông dân trong phường', local: true }],
      targetMarket: 'Bếp ăn trường học, nhà hàng tại Cẩm Phả.', resources: { landM2: 600, labour: 7, capitalVnd: 120_000_000 }, supportWanted: ['training', 'loan'],
    },
  });
  await step('idea', ideaNam.id, commune, 'submit', dayAgo(30, 10), ideaHooks);
  await step('idea', ideaNam.id, commune, 'forward', dayAgo(28), ideaHooks);
  await step('idea', ideaNam.id, province, 'return', dayAgo(9), ideaHooks, 'Bổ sung phương án thành lập hợp tác xã (số thành viên, vốn góp) và nguồn cung phôi nấm ổn định.');

  // Step 2 — an idea of Cửa Ông waiting for its commune (not in commune.qn's queue).
  const ideaGa = await newIdea({
    cycle: current, by: cuaOng, when: dayAgo(6), entityKey: 'qn-htx-ga-cam-phu',
    form: {
      proposerName: 'Nguyễn Văn Hải', productName: 'Trứng gà ri Cẩm Phú', groupCode: '1', subgroupCode: '1.1',
      description: 'Trứng gà ri nuôi thả đồi, thu nhặt hằng ngày, đóng hộp 10 quả có tem truy xuất.',
      rawMaterials: [{ name: 'Gà ri', origin: 'Trang trại của hợp tác xã tại Cửa Ông', local: true }],
      targetMarket: 'Siêu thị, bếp ăn tập thể tại Cẩm Phả.', resources: { labour: 9 }, supportWanted: ['market'],
    },
  });
  await step('idea', ideaGa.id, cuaOng, 'submit', dayAgo(6, 10), ideaHooks);

  // Steps 2 → 3 — selected ideas with business plans.
  const selected = async (entityKey: string, by: Who, daysAgo: number, form: Omit<IdeaFormInput, 'entityId' | 'proposedEntity' | 'cycleYear'>) => {
    const i = await newIdea({ cycle: current, by, when: dayAgo(daysAgo), entityKey, form });
    await step('idea', i.id, by, 'submit', dayAgo(daysAgo, 10), ideaHooks);
    await step('idea', i.id, commune, 'forward', dayAgo(daysAgo - 2), ideaHooks);
    await step('idea', i.id, province, 'accept', dayAgo(daysAgo - 12), ideaHooks, 'Ý tưởng đạt; mời chủ thể dự tập huấn xây dựng kế hoạch kinh doanh.');
    return i;
  };

  const planForm = (o: { name: string; group: string; sub: string; desc: string; investment: number; revenue: number; cost: number; months: number; form: 'enterprise' | 'cooperative' | 'household'; own: number; credit: number; budget: number }): Omit<BusinessPlanFormInput, 'ideaId' | 'entityId'> => ({
    product: { name: o.name, description: o.desc, groupCode: o.group, subgroupCode: o.sub, packaging: 'Bao bì mới theo tư vấn thiết kế của tỉnh', expectedPriceVnd: Math.round(o.revenue / 10000 / 1000) * 1000 || 50000 },
    marketAndCustomers: {
      targetCustomers: 'Khách du lịch, người tiêu dùng tại các đô thị trong tỉnh; quà biếu.',
      marketArea: 'Cẩm Phả, Hạ Long, Móng Cái; mở rộng ra Hà Nội qua hệ thống điểm bán OCOP.',
      competitors: 'Các sản phẩm cùng loại của các tỉnh lân cận.',
      channels: 'Điểm bán OCOP, siêu thị, sàn thương mại điện tử.',
      promotion: 'Hội chợ OCOP, mạng xã hội, câu chuyện sản phẩm.',
    },
    production: {
      rawMaterials: 'Nguyên liệu địa phương, có hợp đồng thu mua với các hộ trong tỉnh.',
      process: 'Sơ chế – chế biến – kiểm tra chất lượng theo lô – đóng gói – dán tem truy xuất.',
      capacity: 'Giai đoạn đầu 20.000 đơn vị sản phẩm/năm, tăng dần theo thị trường.',
      facilities: 'Nhà xưởng hiện có, đầu tư bổ sung thiết bị đóng gói.',
      qualityStandards: 'Tiêu chuẩn cơ sở, tự công bố sản phẩm; hướng tới ISO 22000.',
    },
    organisation: { form: o.form, members: o.form === 'cooperative' ? 12 : undefined, employees: 10, management: 'Giám đốc điều hành, bộ phận sản xuất, bộ phận bán hàng; kế toán minh bạch.' },
    finance: {
      investmentVnd: o.investment,
      expectedRevenueVnd: o.revenue,
      expectedCostVnd: o.cost,
      expectedProfitVnd: o.revenue - o.cost,
      breakEvenMonths: o.months,
      capitalBySource: { own: o.own, credit: o.credit, provincialBudget: o.budget, districtBudget: 0, integratedProgrammes: 0, other: 0 },
    },
  });

  // Step 3 — plan returned by the province (asked of the producer: revise and resubmit).
  const ideaGung = await selected('qn-bia-ruou-nuoc-giai-khat', producer, 60, {
    proposerName: 'Nguyễn Văn Hùng', productName: 'Nước khoáng Quang Hanh hương gừng', groupCode: '2', subgroupCode: '2.2',
    description: 'Nước khoáng thiên nhiên Quang Hanh bổ sung chiết xuất gừng, đóng chai thủy tinh 330 ml.',
    rawMaterials: [{ name: 'Nước khoáng thiên nhiên', origin: 'Mỏ nước khoáng Quang Hanh', local: true }, { name: 'Gừng', origin: 'Hộ trồng tại Quảng Ninh', local: true }],
    targetMarket: 'Nhà hàng, khách sạn, khu nghỉ dưỡng tại Quảng Ninh.', resources: { labour: 15, capitalVnd: 1_200_000_000 }, supportWanted: ['technology', 'packaging', 'market'],
  });
  const planGung = await newPlan({
    cycle: current, by: producer, when: dayAgo(40), ideaId: ideaGung.id, entityKey: 'qn-bia-ruou-nuoc-giai-khat',
    form: planForm({ name: 'Nước khoáng Quang Hanh hương gừng', group: '2', sub: '2.2', desc: 'Nước khoáng thiên nhiên bổ sung chiết xuất gừng tươi, chai thủy tinh 330 ml.', investment: 1_500_000_000, revenue: 2_400_000_000, cost: 1_900_000_000, months: 30, form: 'enterprise', own: 900_000_000, credit: 500_000_000, budget: 100_000_000 }),
  });
  await step('business-plan', planGung.id, producer, 'submit', dayAgo(39), businessPlanHooks);
  await step('business-plan', planGung.id, commune, 'forward', dayAgo(37), businessPlanHooks);
  await step('business-plan', planGung.id, province, 'start-appraisal', dayAgo(30), businessPlanHooks);
  await step('business-plan', planGung.id, province, 'return', dayAgo(8), businessPlanHooks, 'Bổ sung phương án tiêu thụ (hợp đồng, đơn đặt hàng) và tính lại điểm hòa vốn theo giá bán dự kiến.');

  // Steps 3 → 4 → 5 — accepted plan (second version), in implementation, dossier being prepared.
  const ideaNep = await selected('qn-bia-ruou-nuoc-giai-khat', producer, 150, {
    proposerName: 'Nguyễn Văn Hùng', productName: 'Rượu nếp cái hoa vàng Quang Hanh', groupCode: '2', subgroupCode: '2.1',
    description: 'Rượu nếp cái hoa vàng chưng cất thủ công, hạ thổ 6 tháng, chai gốm 500 ml.',
    rawMaterials: [{ name: 'Gạo nếp cái hoa vàng', origin: 'Cánh đồng nếp Đông Triều, Quảng Ninh', local: true }, { name: 'Men lá', origin: 'Tự sản xuất theo bài truyền thống', local: true }],
    targetMarket: 'Quà biếu, nhà hàng đặc sản; xuất khẩu tiểu ngạch.', resources: { labour: 10, capitalVnd: 700_000_000 }, supportWanted: ['training', 'ip', 'packaging'],
  });
  const nepForm = planForm({ name: 'Rượu nếp cái hoa vàng Quang Hanh', group: '2', sub: '2.1', desc: 'Rượu nếp cái hoa vàng chưng cất thủ công, hạ thổ 6 tháng.', investment: 900_000_000, revenue: 1_800_000_000, cost: 1_350_000_000, months: 24, form: 'enterprise', own: 600_000_000, credit: 250_000_000, budget: 50_000_000 });
  const planNep = await newPlan({ cycle: current, by: producer, when: dayAgo(130), ideaId: ideaNep.id, entityKey: 'qn-bia-ruou-nuoc-giai-khat', form: nepForm });
  await attach('business-plan', planNep.id, 'attachment', 'du-toan-dau-tu.pdf', producer, dayAgo(130, 30));
  await step('business-plan', planNep.id, producer, 'submit', dayAgo(129), businessPlanHooks);
  await step('business-plan', planNep.id, commune, 'forward', dayAgo(127), businessPlanHooks);
  await step('business-plan', planNep.id, province, 'return', dayAgo(115), businessPlanHooks, 'Làm rõ cơ cấu vốn: vốn chủ sở hữu trước, vốn vay sau; bổ sung kế hoạch xây dựng câu chuyện sản phẩm.');
  {
    // the producer revises the returned plan (a second version is filed on resubmission)
    const revised = businessPlanFormSchema.parse({
      ...nepForm,
      finance: { ...nepForm.finance, capitalBySource: { own: 650_000_000, credit: 200_000_000, provincialBudget: 50_000_000, districtBudget: 0, integratedProgrammes: 0, other: 0 } },
      marketAndCustomers: { ...nepForm.marketAndCustomers, promotion: 'Câu chuyện sản phẩm gắn với làng nghề nấu rượu; hội chợ OCOP; mạng xã hội.' },
    });
    const plan = (await getBusinessPlan(tx, planNep.id))!.plan;
    await compareAndSetContent(tx, 'business-plan', planNep.id, plan.version, ['returned'], { content: revised as unknown as Record<string, unknown> });
  }
  await step('business-plan', planNep.id, producer, 'resubmit', dayAgo(108, 10), businessPlanHooks);
  await step('business-plan', planNep.id, commune, 'forward', dayAgo(106), businessPlanHooks);
  await step('business-plan', planNep.id, province, 'start-appraisal', dayAgo(104), businessPlanHooks);
  await step('business-plan', planNep.id, province, 'accept', dayAgo(95), businessPlanHooks, 'Kế hoạch đạt; triển khai từ ngày duyệt.');
  // Step 4 — implementation records.
  const supportRows: Array<[number, SupportKind, string, number | null, string]> = [
    [90, 'training', 'Văn phòng OCOP tỉnh Quảng Ninh', null, 'Tập huấn triển khai kế hoạch kinh doanh, tính giá thành sản phẩm.'],
    [80, 'advice', 'Tổ tư vấn OCOP tỉnh', null, 'Tư vấn tại chỗ quy trình hạ thổ và kiểm soát chất lượng theo lô.'],
    [70, 'packaging', 'Trung tâm Xúc tiến thương mại tỉnh', 35_000_000, 'Hỗ trợ thiết kế chai gốm, nhãn và hộp quà.'],
    [60, 'ip', 'Sở Khoa học và Công nghệ', 12_000_000, 'Hỗ trợ đăng ký nhãn hiệu "Nếp cái hoa vàng Quang Hanh".'],
    [45, 'loan', 'Ngân hàng Chính sách xã hội chi nhánh Quảng Ninh', 200_000_000, 'Vay vốn ưu đãi đầu tư thiết bị chưng cất.'],
  ];
  for (const [days, kind, provider, amount, note] of supportRows) {
    await insertSupport(tx, { businessPlanId: planNep.id, kind, date: toIsoDate(dayAgo(days)), provider, amountVnd: amount, note, createdById: province.userId, createdByName: province.name, createdAt: dayAgo(days, 30) });
  }
  await upsertCapital(tx, { businessPlanId: planNep.id, year, own: 650_000_000, credit: 200_000_000, provincialBudget: 47_000_000, districtBudget: 0, integratedProgrammes: 30_000_000, other: 0, updatedById: producer.userId });
  for (const [days, text] of [
    [85, 'Hoàn thành cải tạo khu ủ rượu, lắp đặt thêm 2 nồi chưng cất.'],
    [50, 'Đã có mẫu bao bì mới; thử nghiệm bán tại điểm bán OCOP Cẩm Phả.'],
    [20, 'Có kết quả kiểm nghiệm đạt QCVN 6-3:2010/BYT; chuẩn bị hồ sơ đánh giá.'],
  ] as Array<[number, string]>) {
    await insertNote(tx, { businessPlanId: planNep.id, date: toIsoDate(dayAgo(days)), text, createdById: producer.userId, createdByName: producer.name, createdAt: dayAgo(days, 45) });
  }
  // Step 5 — the plan's dossier, still a draft: label images and product story missing (asked of the producer).
  await newDossier({
    cycle: current, by: producer, when: dayAgo(5), entryPath: 'cycle',
    plan: { id: planNep.id, entityKey: 'qn-bia-ruou-nuoc-giai-khat', productName: 'Rượu nếp cái hoa vàng Quang Hanh', groupCode: '2', subgroupCode: '2.1', ideaId: ideaNep.id },
    omit: ['label-packaging-images', 'product-story', 'local-labour-evidence'],
  });

  // Step 3 — a plan filed by the commune for a company without an account, forwarded: the province's turn.
  const ideaGiao = await selected('qn-duoc-lieu-dong-bac', commune, 70, {
    proposerName: 'Lê Văn Đông', productName: 'Trà túi lọc giảo cổ lam Đông Bắc', groupCode: '3', subgroupCode: '3.1',
    description: 'Trà túi lọc từ giảo cổ lam trồng theo hướng hữu cơ, hộp 25 túi.',
    rawMaterials: [{ name: 'Giảo cổ lam', origin: 'Vùng trồng dược liệu của công ty tại Quảng Ninh', local: true }],
    targetMarket: 'Nhà thuốc, cửa hàng dược liệu, khách du lịch.', resources: { labour: 20 }, supportWanted: ['technology', 'market'],
  });
  const planGiao = await newPlan({
    cycle: current, by: commune, when: dayAgo(35), ideaId: ideaGiao.id, entityKey: 'qn-duoc-lieu-dong-bac',
    form: planForm({ name: 'Trà túi lọc giảo cổ lam Đông Bắc', group: '3', sub: '3.1', desc: 'Trà túi lọc giảo cổ lam, hộp 25 túi.', investment: 600_000_000, revenue: 1_100_000_000, cost: 800_000_000, months: 20, form: 'enterprise', own: 400_000_000, credit: 150_000_000, budget: 50_000_000 }),
  });
  await step('business-plan', planGiao.id, commune, 'submit', dayAgo(34), businessPlanHooks);
  await step('business-plan', planGiao.id, commune, 'forward', dayAgo(33), businessPlanHooks);

  // Step 3 — a household's plan just filed: the commune's turn.
  const ideaLac = await selected('qn-dau-hang-van-quy', commune, 50, {
    proposerName: 'Hàng Văn Quý', productName: 'Lạc rang húng lìu Hàng Văn Quý', groupCode: '1', subgroupCode: '1.3',
    description: 'Lạc rang húng lìu đóng hũ, từ lạc của các hộ trồng trong vùng.',
    rawMaterials: [{ name: 'Lạc nhân', origin: 'Hộ trồng lạc tại Quảng Ninh', local: true }],
    targetMarket: 'Chợ, cửa hàng đặc sản, quà du lịch.', resources: { labour: 4 }, supportWanted: ['packaging'],
  });
  const planLac = await newPlan({
    cycle: current, by: commune, when: dayAgo(4), ideaId: ideaLac.id, entityKey: 'qn-dau-hang-van-quy',
    form: planForm({ name: 'Lạc rang húng lìu Hàng Văn Quý', group: '1', sub: '1.3', desc: 'Lạc rang húng lìu, hũ 300 g.', investment: 150_000_000, revenue: 420_000_000, cost: 300_000_000, months: 14, form: 'household', own: 120_000_000, credit: 30_000_000, budget: 0 }),
  });
  await step('business-plan', planLac.id, commune, 'submit', dayAgo(2), businessPlanHooks);

  // Step 5 — existing products registered directly.
  // Rượu ba kích (producer.qn): filed with every document, waiting for the commune's pre-assessment.
  const dBaKich = await newDossier({ cycle: current, by: producer, when: dayAgo(10), entryPath: 'existing-product', productKey: 'qn-ruou-ba-kich' });
  await step('dossier', dBaKich.id, producer, 'submit', dayAgo(9), dossierHooks({}));
  // Khatisa mineral water: pre-assessed and proposed by the commune, waiting for the province's completeness check.
  const dKhatisa = await newDossier({ cycle: current, by: commune, when: dayAgo(25), entryPath: 'existing-product', productKey: 'qn-nuoc-khoang-khatisa' });
  await step('dossier', dKhatisa.id, commune, 'submit', dayAgo(24), dossierHooks({}));
  await step('dossier', dKhatisa.id, commune, 'pre-assess', dayAgo(22), dossierHooks({ preAssessment: preAssessment() }));
  await step('dossier', dKhatisa.id, commune, 'forward', dayAgo(21), dossierHooks({}));
  // Giảo cổ lam health food: complete, ready for an evaluation round.
  const dGiao = await newDossier({ cycle: current, by: commune, when: dayAgo(45), entryPath: 'existing-product', productKey: 'qn-tpbvsk-giao-co-lam-dong-bac' });
  await step('dossier', dGiao.id, commune, 'submit', dayAgo(44), dossierHooks({}));
  await step('dossier', dGiao.id, commune, 'pre-assess', dayAgo(42), dossierHooks({ preAssessment: preAssessment() }));
  await step('dossier', dGiao.id, commune, 'forward', dayAgo(41), dossierHooks({}));
  await step('dossier', dGiao.id, province, 'confirm-complete', dayAgo(30), dossierHooks({}));
  // Dầu lạc: returned by the province (expired test results), the commune's turn as it filed it.
  const dLac = await newDossier({ cycle: current, by: commune, when: dayAgo(26), entryPath: 'existing-product', productKey: 'qn-dau-lac-hang-van-quy' });
  await step('dossier', dLac.id, commune, 'submit', dayAgo(26, 30), dossierHooks({}));
  await step('dossier', dLac.id, commune, 'pre-assess', dayAgo(25), dossierHooks({ preAssessment: preAssessment('meets') }));
  await step('dossier', dLac.id, commune, 'forward', dayAgo(24, 30), dossierHooks({}));
  await step('dossier', dLac.id, province, 'return', dayAgo(7), dossierHooks({}), 'Phiếu kết quả kiểm nghiệm đã quá 12 tháng; đề nghị kiểm nghiệm lại các chỉ tiêu theo bản tự công bố.');

  // Older notifications are shown as read.
  await markReadBefore(tx, dayAgo(10));
  return counts;
}
