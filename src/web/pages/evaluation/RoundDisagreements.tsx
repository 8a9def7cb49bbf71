import { Card, Empty, Space, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDisagreements } from '../../api/evidence';
import { useLocalized } from './shared';

/**
 * The criteria the council's members disagree on, with each member's option and comment, for
 * the discussion (issue 11, item 5). Shown to the council and the organising office: the
 * server refuses everyone else, and nothing is shown to them.
 */
export function RoundDisagreements({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const q = useDisagreements(roundId, true);
  if (!q.data) return null;
  const { items, pending } = q.data;
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={<span><WarningOutlined aria-hidden /> {t('evidence.disagreements')}</span>} data-testid="round-disagreements">
      <Typography.Paragraph type="secondary">{t('evidence.disagreementsIntro')}</Typography.Paragraph>
      {pending.length ? <Typography.Paragraph type="secondary">{t('evidence.pending', { count: pending.length })}</Typography.Paragraph> : null}
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.noDisagreements')} /> : null}
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        {items.map((d) => (
          <div key={`${d.productId}-${d.criterionCode}`} className="disagreement" data-testid={`disagreement-${d.criterionCode}`}>
            <Typography.Text strong>
              {d.productName} · {d.criterionCode} {loc(d.criterionName)}
            </Typography.Text>{' '}
            <Tag color="orange">{t('evidence.spread', { spread: d.spread, low: d.lowest, high: d.highest, max: d.maxPoints })}</Tag>
            <ul className="evidence-list">
              {d.members.map((m) => (
                <li key={m.memberId}>
                  <b>{m.memberName}</b>: {m.optionCode}. {loc(m.optionLabel)} — {t('evidence.points', { points: m.points })}
                  <br />
                  {m.comment ? <Typography.Text italic>“{m.comment}”</Typography.Text> : <Typography.Text type="secondary">{t('evidence.noComment')}</Typography.Text>}
                </li>
              ))}
              {d.otherComments.map((m) => (
                <li key={m.memberId}>
                  <b>{m.memberName}</b>: <Typography.Text italic>“{m.comment}”</Typography.Text>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Space>
    </Card>
  );
}
