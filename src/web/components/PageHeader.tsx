import type { ReactNode } from 'react';
import { Typography } from 'antd';

export function PageHeader({
  title,
  extra,
  subtitle,
  testId,
}: {
  title: ReactNode;
  extra?: ReactNode;
  subtitle?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={2} style={{ fontSize: 22 }} data-testid={testId}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>{extra}</div> : null}
    </div>
  );
}
