import { useState, type CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, List, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useInspections } from '../../api/inspections';
import { formatDate } from '../../i18n/format';
import { InspectionTag } from '../inspections/shared';
import { PlanDialog } from '../inspections/PlanDialog';

/** The post-recognition inspections of a product or of one certificate (officers of its province and its producer), newest first. */
export function InspectionsSection({ productId, certificateId, signedIn, canPlan, style }: { productId?: string; certificateId?: string; signedIn: boolean; canPlan: boolean; style?: CSSProperties }) {
  const { t } = useTranslation();
  const list = useInspections({ productId, certificateId, pageSize: 50 }, signedIn);
  const [planning, setPlanning] = useState(false);
  if (!signedIn || list.isError || !list.data || (list.data.total === 0 && !canPlan)) return null;
  return (
    <Card
      size="small"
      style={style}
      title={t('inspections.ofProduct')}
      data-testid="product-inspections"
      extra={canPlan ? <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setPlanning(true)}>{t('inspections.plan')}</Button> : null}
    >
      {list.data.total === 0 ? <Typography.Text type="secondary">{t('inspections.none')}</Typography.Text> : (
        <List
          size="small"
          dataSource={list.data.items}
          renderItem={(i) => (
            <List.Item>
              <div>
                <Link to={`/inspections/${i.id}`}>{formatDate(i.inspectedOn ?? i.plannedOn)}</Link>
                <Typography.Text type="secondary"> · {i.certificateNumber}</Typography.Text>
                <div><InspectionTag inspection={i} /></div>
                {i.findings ? <Typography.Text type="secondary" style={{ fontSize: 13 }}>{i.findings}</Typography.Text> : null}
              </div>
            </List.Item>
          )}
        />
      )}
      {planning ? <PlanDialog certificateId={certificateId} onClose={() => setPlanning(false)} /> : null}
    </Card>
  );
}
