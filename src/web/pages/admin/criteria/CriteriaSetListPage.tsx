import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Button, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/auth';
import { useCriteriaSets, type CriteriaSetSummary } from '../../../api/evaluation';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../i18n/format';
import { useLocalized } from '../../evaluation/shared';

export function CriteriaStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const color = status === 'published' ? 'success' : status === 'draft' ? 'processing' : 'default';
  return <Tag color={color}>{t(`criteriaAdmin.status.${status}`)}</Tag>;
}

/** Versions of the criteria sets (administrators): the shipped decisions and added versions. */
export default function CriteriaSetListPage() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const list = useCriteriaSets();
  const { data: me } = useMe();

  useEffect(() => {
    document.title = `${t('criteriaAdmin.title')} · ${t('app.short')}`;
  }, [t]);

  const columns: TableColumnsType<CriteriaSetSummary> = [
    { title: t('criteriaAdmin.code'), dataIndex: 'code', render: (code: string) => <Link to={`/admin/criteria/${code}`} data-testid="criteria-link">{code}</Link> },
    { title: t('criteriaAdmin.decision'), key: 'decision', render: (_: unknown, s) => <span title={loc(s.decision.title)}>{s.decision.number} ({formatDate(s.decision.signedOn)})</span> },
    { title: t('criteriaAdmin.effective'), key: 'effective', render: (_: unknown, s) => `${formatDate(s.effectiveFrom)} – ${s.effectiveTo ? formatDate(s.effectiveTo) : t('criteriaAdmin.openEnded')}` },
    { title: t('criteriaAdmin.parts'), key: 'parts', responsive: ['md'], render: (_: unknown, s) => s.parts.map((p) => `${p.code} ${p.maxPoints}`).join(' · ') },
    { title: t('criteriaAdmin.criteria'), dataIndex: 'criteriaCount', responsive: ['lg'], width: 90 },
    {
      title: t('criteriaAdmin.statusLabel'),
      key: 'status',
      render: (_: unknown, s) => (
        <Space size={4} wrap>
          <CriteriaStatusTag status={s.status} />
          {s.toBeConfirmed ? <Tag color="orange">{t('criteriaAdmin.toBeConfirmed')}</Tag> : null}
          {s.official ? <Tag>{t('criteriaAdmin.official')}</Tag> : null}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('criteriaAdmin.title')}
        subtitle={t('criteriaAdmin.subtitle')}
        extra={
          <Space wrap>
            <Link to="/admin/criteria/compare"><Button data-testid="criteria-compare-list">{t('rulesEditor.compare')}</Button></Link>
            {me?.capabilities.includes('criteria.manage') ? (
              <Link to="/admin/criteria/new">
                <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid="criteria-new">{t('criteriaAdmin.new')}</Button>
              </Link>
            ) : null}
          </Space>
        }
      />
      {list.error ? <ErrorState error={list.error} /> : null}
      <Table rowKey="code" columns={columns} dataSource={list.data?.items} loading={list.isLoading} pagination={false} />
    </div>
  );
}
