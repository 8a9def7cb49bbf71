import ExcelJS from 'exceljs';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES } from '../../domain/entities/entity.schema';
import { fieldsOf, type FieldSpec, type ImportKind } from '../../domain/imports/kinds';
import { ACTIVITY_SPELLINGS, LEVEL_SPELLINGS, type GroupRef } from '../../domain/imports/rows';
import { MESSAGES, translateFrom } from '../../i18n';
import type { Lang } from '../../i18n/lang';

/** A few rows as a Quảng Ngãi office would fill them in. */
const EXAMPLES: Record<ImportKind, Array<Record<string, string | number>>> = {
  entities: [
    { entityName: 'HTX Nông nghiệp Sơn Tây Thượng', taxCode: '4300123458', entityType: 'Hợp tác xã', representative: 'Đinh Văn Mến', address: 'Thôn Huy Ba', commune: 'Xã Sơn Tây Thượng', phone: '0255 3812 345', foundedYear: 2018 },
    { entityName: 'Hộ kinh doanh Nguyễn Thị Hoa', entityType: 'Hộ sản xuất, kinh doanh', representative: 'Nguyễn Thị Hoa', address: 'Tổ 3', commune: 'Phường Nghĩa Lộ' },
  ],
  products: [
    { productName: 'Quế thanh Trà Bồng', group: '1.4', entityName: 'HTX Nông nghiệp Sơn Tây Thượng', taxCode: '4300123458', commune: 'Xã Sơn Tây Thượng', stars: '3 sao', recognitionYear: 2024, decision: '1234/QĐ-UBND', decisionDate: '05/12/2024', level: 'Tỉnh' },
    { productName: 'Mật ong rừng', group: '1.2', entityName: 'Hộ kinh doanh Nguyễn Thị Hoa', commune: 'Phường Nghĩa Lộ', district: '', stars: '★★★★', recognitionYear: 2023, decision: '567/QĐ-UBND', decisionDate: '20/11/2023' },
  ],
  certificates: [
    { certificateNumber: 'OCOP-51-2024-0001', productName: 'Quế thanh Trà Bồng', entityName: 'HTX Nông nghiệp Sơn Tây Thượng', commune: 'Xã Sơn Tây Thượng', stars: 3, level: 'Tỉnh', decision: '1234/QĐ-UBND', decisionDate: '05/12/2024', issuer: 'UBND tỉnh Quảng Ngãi' },
  ],
  figures: [
    { productName: 'Quế thanh Trà Bồng', entityName: 'HTX Nông nghiệp Sơn Tây Thượng', commune: 'Xã Sơn Tây Thượng', year: 2024, revenue: '1.250.000.000', cost: '900.000.000', output: 12500, outputUnit: 'kg', employees: 14 },
  ],
  activities: [
    { activityKind: 'Tin bài', date: '15/03/2024', count: 4, budget: '2.000.000', title: 'Giới thiệu sản phẩm OCOP', commune: 'Xã Sơn Tây Thượng' },
    { activityKind: 'Tập huấn', date: '20/04/2024', count: 45, budget: '15.000.000', title: 'Tập huấn xây dựng câu chuyện sản phẩm', commune: 'Phường Nghĩa Lộ' },
  ],
};

function listValues(list: NonNullable<FieldSpec['list']>, lang: Lang, groups: readonly GroupRef[]): string[] {
  switch (list) {
    case 'entityType':
      return ENTITY_TYPES.map((t) => ENTITY_TYPE_LABELS[t][lang]);
    case 'stars':
      return ['3 sao', '4 sao', '5 sao'];
    case 'level':
      return Object.values(LEVEL_SPELLINGS).map((s) => (lang === 'vi' ? s[0] : s[s.length - 1]));
    case 'group':
      return groups.filter((g) => g.parentCode).map((g) => `${g.code} ${(lang === 'vi' ? g.nameVi : g.nameEn).split('(')[0].trim()}`);
    case 'activityKind':
      return Object.values(ACTIVITY_SPELLINGS).map((s) => (lang === 'vi' ? s[0] : s[s.length - 1]));
  }
}

/** The .xlsx template of an import kind: the list, an instruction sheet and the code lists. */
export async function importTemplate(kind: ImportKind, lang: Lang, groups: readonly GroupRef[]): Promise<Buffer> {
  const t = (key: string, params: Record<string, unknown> = {}) => translateFrom(MESSAGES[lang], key, params);
  const fields = fieldsOf(kind);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OCOP';
  const list = wb.addWorksheet(t('imports.template.listSheet'));
  const help = wb.addWorksheet(t('imports.template.helpSheet'));
  const codes = wb.addWorksheet(t('imports.template.codesSheet'));

  list.columns = fields.map((f) => ({ header: t(`imports.field.${f.key}`) + (f.required ? ' (*)' : ''), key: f.key, width: Math.max(14, t(`imports.field.${f.key}`).length + 6) }));
  list.getRow(1).font = { bold: true };
  list.views = [{ state: 'frozen', ySplit: 1 }];
  for (const example of EXAMPLES[kind]) list.addRow(example);

  let codeCol = 1;
  fields.forEach((f, i) => {
    if (!f.list) return;
    const values = listValues(f.list, lang, groups);
    const col = codes.getColumn(codeCol);
    col.header = t(`imports.field.${f.key}`);
    col.width = 40;
    values.forEach((v, j) => (codes.getCell(j + 2, codeCol).value = v));
    const letter = codes.getColumn(codeCol).letter;
    const range = `'${codes.name}'!$${letter}$2:$${letter}$${values.length + 1}`;
    for (let r = 2; r <= 1000; r++) {
      list.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: false };
    }
    codeCol++;
  });

  help.getColumn(1).width = 28;
  help.getColumn(2).width = 100;
  help.addRow([t('imports.template.title', { kind: t(`imports.kind.${kind}`) })]).font = { bold: true, size: 14 };
  help.addRow([]);
  for (const line of ['intro', 'required', 'places', 'stars', 'numbers', 'dates', 'matching']) help.addRow([t(`imports.template.help.${line}`)]);
  help.addRow([]);
  help.addRow([t('imports.template.column'), t('imports.template.accepted')]).font = { bold: true };
  for (const f of fields) help.addRow([t(`imports.field.${f.key}`) + (f.required ? ' (*)' : ''), f.synonyms.slice(0, 6).join('; ')]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
