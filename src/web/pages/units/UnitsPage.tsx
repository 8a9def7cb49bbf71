import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Breadcrumb,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Row,
  Segmented,
  Skeleton,
  Space,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { TreeDataNode } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fetchUnits, useUnit, useUnitMapping, useUnits } from '../../api/units';
import type { Unit, UnitMapping, UnitStructure } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { useErrorMessage } from '../../components/ErrorState';
import { formatDate, formatInt } from '../../i18n/format';

/** The 2025 reform: the current structure is in force from this date. */
const REFORM_DATE = '2025-07-01';

function structureOn(date: Dayjs): UnitStructure {
  return date.format('YYYY-MM-DD') < REFORM_DATE ? 'legacy' : 'current';
}

/** Lazily loaded tree of one structure. */
function UnitTree({ structure, selected, onSelect }: { structure: UnitStructure; selected: string | null; onSelect: (u: Unit) => void }) {
  const { t, i18n } = useTranslation();
  const errMsg = useErrorMessage();
  const [byParent, setByParent] = useState<Map<string, Unit[]>>(new Map());
  const [units] = useState(() => new Map<string, Unit>());
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setByParent(new Map());
    setError(null);
    fetchUnits({ structure })
      .then((r) => {
        if (cancelled) return;
        r.items.forEach((u) => units.set(`${structure}:${u.code}`, u));
        setByParent(new Map([['', r.items]]));
      })
      .catch((e) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [structure, units, i18n.language]);

  const loadData = useCallback(
    async (node: TreeDataNode) => {
      const code = String(node.key);
      if (byParent.has(code)) return;
      const r = await fetchUnits({ structure, parent: code, limit: 500 });
      r.items.forEach((u) => units.set(`${structure}:${u.code}`, u));
      setByParent((prev) => new Map(prev).set(code, r.items));
    },
    [structure, byParent, units],
  );

  const treeData = useMemo(() => {
    const build = (parent: string): TreeDataNode[] | undefined => {
      const kids = byParent.get(parent);
      if (!kids) return undefined;
      return kids.map((u) => ({
        key: u.code,
        title: u.name,
        isLeaf: !u.hasChildren,
        children: build(u.code),
      }));
    };
    return build('') ?? [];
  }, [byParent]);

  if (error) return <Alert type="error" showIcon title={errMsg(error)} />;
  if (!byParent.has('')) return <Skeleton active />;
  return (
    <Tree
      aria-label={t('units.tree')}
      treeData={treeData}
      loadData={loadData}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => {
        const code = keys[0];
        const u = code !== undefined ? units.get(`${structure}:${String(code)}`) : undefined;
        if (u) onSelect(u);
      }}
      height={520}
      showLine
      blockNode
    />
  );
}

function MappingTable({ items, by }: { items: UnitMapping[]; by: 'legacy' | 'current' }) {
  const { t } = useTranslation();
  return (
    <Table<UnitMapping>
      size="small"
      rowKey={(r) => `${r.legacyCode}-${r.currentCode}`}
      pagination={false}
      dataSource={items}
      data-testid="unit-mapping"
      columns={[
        {
          title: t('units.legacyUnit'),
          dataIndex: 'legacyName',
          render: (v: string, r) => (
            <span>
              {v} <Typography.Text type="secondary">({r.legacyCode})</Typography.Text>
            </span>
          ),
        },
        {
          title: t('units.currentUnit'),
          dataIndex: 'currentName',
          render: (v: string, r) => (
            <span>
              {v} <Typography.Text type="secondary">({r.currentCode})</Typography.Text>
            </span>
          ),
        },
        {
          title: t('units.part'),
          dataIndex: 'part',
          render: (p: string) =>
            p === 'full' ? <Tag color="green">{t('units.partFull')}</Tag> : <Tag color="orange">{t('units.partPartial')}</Tag>,
        },
      ]}
      title={() => (by === 'legacy' ? t('units.mappingFromLegacy') : t('units.mappingToCurrent'))}
    />
  );
}

function UnitDetailCard({ structure, code }: { structure: UnitStructure; code: string }) {
  const { t } = useTranslation();
  const errMsg = useErrorMessage();
  const detail = useUnit(structure, code);
  const by = structure === 'legacy' ? 'legacy' : 'current';
  const u = detail.data;
  // The legacy → current mapping is kept per commune.
  const mapping = useUnitMapping(by, u && u.level === 'commune' ? code : null);
  if (detail.isLoading) return <Skeleton active />;
  if (detail.isError || !u) return <Alert type="error" showIcon title={errMsg(detail.error)} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Breadcrumb items={[...(u.path ?? []).map((p) => ({ title: p.name })), { title: u.name }]} />
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'name', label: t('units.name'), children: <strong data-testid="unit-name">{u.name}</strong> },
          { key: 'code', label: t('units.code'), children: u.code },
          { key: 'type', label: t('units.type'), children: u.type },
          { key: 'level', label: t('units.level'), children: t(`units.levels.${u.level}`, { defaultValue: u.level }) },
          {
            key: 'structure',
            label: t('units.structure'),
            children: structure === 'current' ? t('units.current') : t('units.legacy'),
          },
        ]}
      />
      {mapping.isLoading && mapping.fetchStatus !== 'idle' ? <Skeleton active /> : null}
      {mapping.data ? (
        mapping.data.items.length ? (
          <MappingTable items={mapping.data.items} by={by} />
        ) : (
          <Typography.Text type="secondary">{t('units.noMapping')}</Typography.Text>
        )
      ) : null}
    </Space>
  );
}

export default function UnitsPage() {
  const { t } = useTranslation();
  const [structure, setStructure] = useState<UnitStructure>('current');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [q, setQ] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const search = useUnits({ structure, q, limit: 50 }, !!q && q.length >= 2);

  useEffect(() => {
    document.title = `${t('units.title')} · ${t('app.short')}`;
  }, [t]);

  const changeStructure = (s: UnitStructure) => {
    setStructure(s);
    setSelected(null);
    setAsOf(null);
  };

  return (
    <div>
      <PageHeader title={t('units.title')} subtitle={t('units.intro')} />
      <Card size="small" className="filters-bar">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={10}>
            <Segmented<UnitStructure>
              block
              value={structure}
              onChange={changeStructure}
              options={[
                { value: 'current', label: t('units.current') },
                { value: 'legacy', label: t('units.legacy') },
              ]}
              aria-label={t('units.structure')}
              data-testid="unit-structure"
            />
          </Col>
          <Col xs={24} md={6}>
            <DatePicker
              value={asOf}
              onChange={(d) => {
                setAsOf(d);
                if (d) {
                  const s = structureOn(d);
                  if (s !== structure) {
                    setStructure(s);
                    setSelected(null);
                  }
                }
              }}
              format="DD/MM/YYYY"
              placeholder={t('units.asOf')}
              aria-label={t('units.asOf')}
              style={{ width: '100%' }}
              maxDate={dayjs().add(1, 'year')}
              data-testid="unit-asof"
            />
          </Col>
          <Col xs={24} md={8}>
            <SearchBox
              id="unit-search"
              value={q}
              onCommit={setQ}
              placeholder={t('units.searchPlaceholder')}
              ariaLabel={t('units.searchPlaceholder')}
              testId="unit-search"
            />
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          {asOf
            ? t('units.asOfNote', { date: formatDate(asOf.toDate()), structure: structure === 'current' ? t('units.current') : t('units.legacy') })
            : t('units.reformNote', { date: formatDate(REFORM_DATE) })}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={q ? t('units.results') : t('units.tree')}>
            {q ? (
              search.isLoading ? (
                <Skeleton active />
              ) : (search.data?.items.length ?? 0) === 0 ? (
                <Empty description={t('units.noMatch')} />
              ) : (
                <>
                  <ul className="unit-results" style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 520, overflowY: 'auto' }}>
                    {(search.data?.items ?? []).map((u) => (
                      <li key={u.code} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
                        <a
                          href="#unit"
                          onClick={(e) => {
                            e.preventDefault();
                            setSelected(u.code);
                          }}
                          aria-current={selected === u.code ? 'true' : undefined}
                          style={{ fontWeight: selected === u.code ? 600 : undefined }}
                        >
                          {u.name}
                        </a>{' '}
                        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                          {t(`units.levels.${u.level}`, { defaultValue: u.level })} · {u.code}
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                  <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
                    {t('common.totalN', { n: formatInt(search.data?.items.length ?? 0) })}
                  </Typography.Text>
                </>
              )
            ) : (
              <UnitTree key={structure} structure={structure} selected={selected} onSelect={(u) => setSelected(u.code)} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('units.detail')} id="unit">
            {selected ? (
              <UnitDetailCard structure={structure} code={selected} />
            ) : (
              <Empty description={t('units.pickHint')} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
