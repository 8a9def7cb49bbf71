import * as repo from '../../../db/repositories/reports/recognitions';
import { provinceTargets } from '../../../db/repositories/reports/registers';
import { ENTITY_TYPES, ENTITY_TYPE_LABELS } from '../../../domain/entities/entity.schema';
import type { ReportRow } from '../../../contracts/reports';
import type { Lang } from '../../../i18n/lang';
import { changeColumns, col, compare, t, totalsOf, yearRows, type ReportDefinition } from '../builder';

/** A note when a list holds only its first rows (REPORT_LIST_LIMIT): the whole list is in the spreadsheet exports. */
function listNote(lang: Lang, shown: number, total: number): string[] {
  return shown < total ? [t(lang, 'reports.note.listLimited', { shown: shown.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US'), total: total.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US') })] : [];
}

/** Products by year × star class, new and cumulative; the product list (SPEC C5, seed 000 tables 5–6). */
export const productsByStar: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const series = await repo.productsByStarYear(ctx.db, ctx.area, ctx.from - 1, ctx.to);
  const rows = yearRows(series, ctx.from, (r, prev) => {
    const row: ReportRow = { year: r.year, new3: r.new3, new4: r.new4, new5: r.new5, newTotal: r.newTotal, again: r.again, cum3: r.cum3, cum4: r.cum4, cum5: r.cum5, cumTotal: r.cumTotal };
    compare(row, 'newTotal', r.newTotal, prev?.newTotal);
    return row;
  });
  const { rows: products, total: listTotal } = await repo.recognisedProducts(ctx.db, ctx.area, ctx.from, ctx.to, ctx.listLimit);
  const last = series[series.length - 1];
  const totals = totalsOf(lang, rows, 'year', ['new3', 'new4', 'new5', 'newTotal', 'again']);
  Object.assign(totals, { cum3: last.cum3, cum4: last.cum4, cum5: last.cum5, cumTotal: last.cumTotal, newTotalChange: null, newTotalChangePct: null });
  const newGroup = t(lang, 'reports.group.new');
  const cumGroup = t(lang, 'reports.group.cumulative');
  return {
    columns: [
      col(lang, 'year', 'text'),
      col(lang, 'new3', 'number', { label: 'stars3', group: newGroup }),
      col(lang, 'new4', 'number', { label: 'stars4', group: newGroup }),
      col(lang, 'new5', 'number', { label: 'stars5', group: newGroup }),
      col(lang, 'newTotal', 'number', { label: 'total', group: newGroup }),
      ...changeColumns(lang, 'newTotal'),
      col(lang, 'again', 'number'),
      col(lang, 'cum3', 'number', { label: 'stars3', group: cumGroup }),
      col(lang, 'cum4', 'number', { label: 'stars4', group: cumGroup }),
      col(lang, 'cum5', 'number', { label: 'stars5', group: cumGroup }),
      col(lang, 'cumTotal', 'number', { label: 'total', group: cumGroup }),
    ],
    rows,
    totals,
    comparison: { from: ctx.from - 1, to: ctx.to - 1 },
    tables: [
      {
        key: 'products',
        title: t(lang, 'reports.table.products'),
        columns: [
          col(lang, 'name', 'text', { label: 'product' }),
          col(lang, 'entityName', 'text', { label: 'entity' }),
          col(lang, 'entityType', 'text'),
          col(lang, 'unitName', 'text', { label: 'locality' }),
          col(lang, 'stars', 'number'),
          col(lang, 'firstYear', 'number'),
          col(lang, 'years', 'text'),
        ],
        rows: products.map((p) => ({ name: p.name, entityName: p.entityName, entityType: ENTITY_TYPE_LABELS[p.entityType as keyof typeof ENTITY_TYPE_LABELS]?.[lang] ?? p.entityType, unitName: p.unitName, stars: p.stars, firstYear: p.firstYear, years: p.years })),
        total: listTotal,
        totals: null,
      },
    ],
    notes: [t(lang, 'reports.note.countedOnce'), t(lang, 'reports.note.recognised'), ...listNote(lang, products.length, listTotal)],
  };
};

/** Entities with recognised products by type: new in the period, the previous period, cumulative, products. */
export const entities: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const { byType: types, rows: list } = await repo.recognisedEntities(ctx.db, ctx.area, ctx.from, ctx.to, ctx.previous.from, ctx.listLimit);
  const byType = new Map(types.map((r) => [r.type, r]));
  const rows = ENTITY_TYPES.map((type) => {
    const r = byType.get(type);
    const row: ReportRow = { type: ENTITY_TYPE_LABELS[type][lang], newEntities: r?.newEntities ?? 0, newEntitiesPrevious: r?.newEntitiesPrevious ?? 0, entities: r?.entities ?? 0, products: r?.products ?? 0 };
    compare(row, 'newEntities', row.newEntities as number, row.newEntitiesPrevious as number);
    return row;
  });
  const totals = totalsOf(lang, rows, 'type', ['newEntities', 'newEntitiesPrevious', 'entities', 'products']);
  compare(totals, 'newEntities', totals.newEntities as number, totals.newEntitiesPrevious as number);
  // every entity with a product recognised by `to` has a type: the list's full length is the cumulative total
  const listTotal = totals.entities as number;
  return {
    columns: [
      col(lang, 'type', 'text', { label: 'entityType' }),
      col(lang, 'newEntities', 'number'),
      col(lang, 'newEntitiesPrevious', 'number', { label: 'previousPeriod', group: t(lang, 'reports.group.previous') }),
      ...changeColumns(lang, 'newEntities'),
      col(lang, 'entities', 'number', { label: 'entitiesCumulative' }),
      col(lang, 'products', 'number', { label: 'productsRecognised' }),
    ],
    rows,
    totals,
    comparison: ctx.previous,
    tables: [
      {
        key: 'entities',
        title: t(lang, 'reports.table.entities'),
        columns: [col(lang, 'name', 'text', { label: 'entity' }), col(lang, 'type', 'text', { label: 'entityType' }), col(lang, 'unitName', 'text', { label: 'locality' }), col(lang, 'products', 'number', { label: 'productsRecognised' }), col(lang, 'firstYear', 'number')],
        rows: list.map((e) => ({ name: e.name, type: ENTITY_TYPE_LABELS[e.type as keyof typeof ENTITY_TYPE_LABELS]?.[lang] ?? e.type, unitName: e.unitName, products: e.products, firstYear: e.firstYear })),
        total: listTotal,
        totals: null,
      },
    ],
    notes: [t(lang, 'reports.note.entitiesCounted'), t(lang, 'reports.note.recognised'), ...listNote(lang, list.length, listTotal)],
  };
};

/** Each locality of the unit with its products recognised in the period, and those with none. */
export const localities: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const places = await repo.productsByPlace(ctx.db, ctx.area, ctx.from, ctx.to, ctx.previous.from);
  const rows = places.map((p) => {
    const row: ReportRow = { code: p.code, name: p.name, products: p.products, productsPrevious: p.productsPrevious, cumulative: p.cumulative, stars3: p.stars3, stars4: p.stars4, stars5: p.stars5 };
    compare(row, 'products', p.products, p.productsPrevious);
    return row;
  });
  const totals = totalsOf(lang, rows, 'name', ['products', 'productsPrevious', 'cumulative', 'stars3', 'stars4', 'stars5']);
  compare(totals, 'products', totals.products as number, totals.productsPrevious as number);
  totals.code = null;
  const none = rows.filter((r) => r.cumulative === 0);
  const cumGroup = t(lang, 'reports.group.cumulative');
  return {
    columns: [
      col(lang, 'code', 'text'),
      col(lang, 'name', 'text', { label: 'locality' }),
      col(lang, 'products', 'number', { label: 'productsRecognised' }),
      col(lang, 'productsPrevious', 'number', { label: 'previousPeriod', group: t(lang, 'reports.group.previous') }),
      ...changeColumns(lang, 'products'),
      col(lang, 'cumulative', 'number', { label: 'total', group: cumGroup }),
      col(lang, 'stars3', 'number', { group: cumGroup }),
      col(lang, 'stars4', 'number', { group: cumGroup }),
      col(lang, 'stars5', 'number', { group: cumGroup }),
    ],
    rows,
    totals,
    comparison: ctx.previous,
    tables: [
      {
        key: 'without',
        title: t(lang, 'reports.table.withoutProducts'),
        columns: [col(lang, 'code', 'text'), col(lang, 'name', 'text', { label: 'locality' })],
        rows: none.map((r) => ({ code: r.code, name: r.name })),
        totals: null,
      },
    ],
    notes: [
      t(lang, 'reports.note.localities', { with: rows.length - none.length, without: none.length }),
      t(lang, 'reports.note.rollUp'),
      t(lang, 'reports.note.countedOnce'),
    ],
  };
};

/** Every province side by side (central office; the public sees the certified figures without targets). */
export const nationalSummary: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const asOf = `${ctx.to}-12-31` < ctx.today ? `${ctx.to}-12-31` : ctx.today;
  const provinces = await repo.provinceSummary(ctx.db, ctx.from, ctx.to, asOf);
  const full = ctx.access === 'full';
  const targets = full ? new Map((await provinceTargets(ctx.db, ctx.to)).map((r) => [r.unitCode, r.values.products ?? null])) : new Map<string, number | null>();
  const rows = provinces.map((p) => {
    const row: ReportRow = {
      code: p.code, name: p.name, stars3: p.stars3, stars4: p.stars4, stars5: p.stars5, products: p.products, newProducts: p.newProducts,
      enterprise: p.enterprise, cooperative: p.cooperative, cooperative_group: p.cooperative_group, household: p.household, entities: p.entities,
      certificatesValid: p.certificatesValid,
    };
    if (full) {
      const target = targets.get(p.code) ?? null;
      row.targetProducts = target;
      row.targetPct = target ? Math.round((p.newProducts / target) * 10000) / 100 : null;
    }
    return row;
  });
  const keys = ['stars3', 'stars4', 'stars5', 'products', 'newProducts', 'enterprise', 'cooperative', 'cooperative_group', 'household', 'entities', 'certificatesValid'];
  const totals = totalsOf(lang, rows, 'name', full ? [...keys, 'targetProducts'] : keys);
  totals.code = null;
  if (full) totals.targetPct = totals.targetProducts ? Math.round(((totals.newProducts as number) / (totals.targetProducts as number)) * 10000) / 100 : null;
  const prodGroup = t(lang, 'reports.group.productsByStar');
  const entGroup = t(lang, 'reports.group.entitiesByType');
  return {
    columns: [
      col(lang, 'code', 'text'),
      col(lang, 'name', 'text', { label: 'province' }),
      col(lang, 'stars3', 'number', { group: prodGroup }),
      col(lang, 'stars4', 'number', { group: prodGroup }),
      col(lang, 'stars5', 'number', { group: prodGroup }),
      col(lang, 'products', 'number', { label: 'total', group: prodGroup }),
      col(lang, 'newProducts', 'number', { label: 'newInPeriod' }),
      ...ENTITY_TYPES.map((type) => ({ key: type, label: ENTITY_TYPE_LABELS[type][lang], kind: 'number' as const, group: entGroup })),
      col(lang, 'entities', 'number', { label: 'total', group: entGroup }),
      col(lang, 'certificatesValid', 'number'),
      ...(full ? [col(lang, 'targetProducts', 'number', { params: { year: ctx.to } }), col(lang, 'targetPct', 'percent', { label: 'donePct' })] : []),
    ],
    rows,
    totals,
    comparison: null,
    notes: [t(lang, 'reports.note.countedOnce'), t(lang, 'reports.note.validAsOf', { date: asOf })],
  };
};
