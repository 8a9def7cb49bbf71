import { Button, Space, Tag, Typography } from 'antd';
import { FileOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../contracts/evidence';
import { formatDateVi } from '../../../domain/dates';

/** The evidence of one criterion: each link or file, its option, validity and reuse. */
export function EvidenceList({ items, onRemove }: { items: readonly Evidence[]; onRemove?: (e: Evidence) => void }) {
  const { t } = useTranslation();
  if (!items.length) return <Typography.Text type="secondary">{t('evidence.none')}</Typography.Text>;
  return (
    <ul className="evidence-list">
      {items.map((e) => (
        <li key={e.id} data-testid={`evidence-${e.criterionCode}`}>
          <Space size={4} wrap>
            {e.kind === 'link' ? <LinkOutlined aria-hidden /> : <FileOutlined aria-hidden />}
            <a href={e.url} target={e.kind === 'link' ? '_blank' : undefined} rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
              {e.title}
            </a>
            {e.optionCode ? <Typography.Text type="secondary">{t('evidence.forOption', { option: e.optionCode })}</Typography.Text> : null}
            {e.validUntil ? <Typography.Text type="secondary">{t('evidence.validUntilShort', { date: formatDateVi(e.validUntil) })}</Typography.Text> : null}
            {e.reused ? <Tag color="blue">{t('evidence.reused', { date: formatDateVi(e.reused.originalDate) })}</Tag> : null}
            {e.expired ? <Tag color="red">{t('evidence.expired')}</Tag> : null}
            {onRemove && e.actions.includes('remove') ? (
              <Button size="small" type="link" danger onClick={() => onRemove(e)}>
                {t('evidence.remove')}
              </Button>
            ) : null}
          </Space>
        </li>
      ))}
    </ul>
  );
}
