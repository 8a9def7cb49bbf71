import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ReportColumn, ReportRow } from '../../api/reports';
import { formatCellText } from './format';

type Row = ReportRow & { __key: string; __total?: string };

/**
 * A report table as the server sent it: one column per `columns` entry, columns of one `group`
 * under a spanning header, numbers right-aligned in vi-VN, the totals row last and bold.
 * Scrolls inside its own box on narrow screens (the page itself never scrolls sideways).
 */
export function ReportTable({
  columns,
  rows,
  totals,
  testId,
  caption,
}: {
  columns: ReportColumn[];
  rows: ReportRow[];
  totals?: ReportRow | null;
  testId?: string;
  caption?: string;
}) {
  const { t, i18n } = useTranslation();
  const groupLabel = (g: string) => {
    const key = `reportsUi.group.${g}`;
    return i18n.exists(key) ? t(key) : g;
  };
  const leaf = (c: ReportColumn) => ({
    key: c.key,
    dataIndex: c.key,
    title: c.label,
    align: c.kind === 'text' ? ('left' as const) : ('right' as const),
    render: (v: ReportRow[string], r: Row) => {
      // years print as years (2017), not as amounts (2.017)
      const text = /^year$|Year$/.test(c.key) ? String(v ?? '–') : formatCellText(v, c.kind, i18n.language);
      return r.__total ? <strong>{text}</strong> : text;
    },
  });
  const out: ColumnsType<Row> = [];
  const groups = new Map<string, { title: string; children: ReturnType<typeof leaf>[] }>();
  for (const c of columns) {
    if (!c.group) {
      out.push(leaf(c));
      continue;
    }
    let g = groups.get(c.group);
    if (!g) {
      g = { title: groupLabel(c.group), children: [] };
      groups.set(c.group, g);
      out.push({ key: `group:${c.group}`, title: g.title, children: g.children } as never);
    }
    g.children.push(leaf(c));
  }
  const data: Row[] = rows.map((r, i) => ({ ...r, __key: String(i) }));
  if (totals) data.push({ ...totals, __key: 'totals', __total: '1' });
  return (
    <div data-testid={testId}>
      {caption ? <Typography.Title level={5}>{caption}</Typography.Title> : null}
      <Table<Row>
        size="small"
        bordered
        rowKey="__key"
        columns={out}
        dataSource={data}
        pagination={data.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reportsUi.empty') }}
      />
    </div>
  );
}
