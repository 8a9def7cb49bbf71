import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Space, Spin, Typography } from 'antd';
import { FilePdfOutlined, SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCertificate, useCertificateAudit, useRevokeCertificate } from '../../api/evaluation';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { StarBadge } from '../../components/StarBadge';
import { formatDate } from '../../i18n/format';
import { EvaluationTimeline } from '../evaluation/EvaluationTimeline';
import { CertificateStatusTag } from '../evaluation/shared';
import { useMe } from '../../api/auth';
import { InspectionsSection } from '../products/InspectionsSection';

/** One certificate: what it certifies, its status, the printable PDF, the QR code for stamps, revocation. */
export default function CertificatePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const cert = useCertificate(id);
  const { data: me } = useMe();
  const audit = useCertificateAudit(id);
  const revoke = useRevokeCertificate(id ?? '');
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');

  useEffect(() => {
    if (cert.data) document.title = `${cert.data.number} · ${t('app.short')}`;
  }, [cert.data, t]);

  if (cert.error) return <ErrorState error={cert.error} onRetry={() => void cert.refetch()} />;
  if (!cert.data) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  const c = cert.data;
  const revocable = c.actions.includes('revoke');

  const doRevoke = async () => {
    try {
      await revoke.mutateAsync({ reason: reason.trim(), version: c.version });
      setRevoking(false);
      void message.success(t('certificatesPage.revoked'));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <PageHeader
        title={c.number}
        testId="certificate-title"
        subtitle={<Space><CertificateStatusTag status={c.status} /><span>{c.productName}</span></Space>}
        extra={
          <>
            <a href={`/api/certificates/${c.id}/pdf`} target="_blank" rel="noreferrer" data-testid="certificate-pdf">
              <Button type="primary" icon={<FilePdfOutlined aria-hidden />}>{t('certificatesPage.print')}</Button>
            </a>
            <Link to={c.verifyPath} data-testid="certificate-verify"><Button icon={<SafetyCertificateOutlined aria-hidden />}>{t('certificatesPage.verify')}</Button></Link>
            {revocable ? <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setRevoking(true)} data-testid="certificate-revoke">{t('certificatesPage.revoke')}</Button> : null}
          </>
        }
      />
      {c.status === 'revoked' ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('certificatesPage.revokedOn', { date: formatDate(c.revokedOn) })} description={c.revokedReason} /> : null}
      {c.status === 'expiring' ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('certificatesPage.expiringAlert', { n: c.daysLeft, date: formatDate(c.validUntil) })} /> : null}
      {c.status === 'superseded' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('certificatesPage.supersededOn', { date: formatDate(c.supersededOn) })} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'product', label: t('certificatesPage.product'), children: <Link to={`/products/${c.productId}`}>{c.productName}</Link> },
                { key: 'entity', label: t('certificatesPage.entity'), children: <Link to={`/entities/${c.entityId}`}>{c.entityName}</Link> },
                { key: 'stars', label: t('fields.stars'), children: <StarBadge stars={c.stars} /> },
                { key: 'issuer', label: t('certificatesPage.issuer'), children: c.issuer },
                { key: 'decision', label: t('certificatesPage.decision'), children: t('certificatesPage.decisionText', { number: c.decisionNumber, date: formatDate(c.decisionDate) }) },
                { key: 'validity', label: t('certificatesPage.validity'), children: t('certificatesPage.validityText', { from: formatDate(c.issuedOn), to: formatDate(c.validUntil) }) },
                ...(c.roundId ? [{ key: 'round', label: t('certificatesPage.round'), children: <Link to={`/evaluation/${c.roundId}`}>{t('certificatesPage.openRound')}</Link> }] : []),
              ]}
            />
          </Card>
          <InspectionsSection style={{ marginTop: 16 }} certificateId={c.id} signedIn={!!me} canPlan={!!me?.capabilities.includes('inspections.manage') && (c.status === 'valid' || c.status === 'expiring')} />
          <Card title={t('certificatesPage.history')} style={{ marginTop: 16 }}>
            <EvaluationTimeline events={audit.data?.items} loading={audit.isLoading} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('certificatesPage.qr')}>
            <img src={`/api/certificates/${c.id}/qr.svg`} alt={t('certificatesPage.qrAlt', { number: c.number })} style={{ width: '100%', maxWidth: 260, display: 'block', margin: '0 auto' }} data-testid="certificate-qr" />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('certificatesPage.qrHelp')}</Typography.Paragraph>
            <a href={`/api/certificates/${c.id}/qr.svg`} download={`qr-${c.number}.svg`}>{t('certificatesPage.qrDownload')}</a>
          </Card>
        </Col>
      </Row>
      <Modal open={revoking} title={t('certificatesPage.revokeTitle', { number: c.number })} onCancel={() => setRevoking(false)} onOk={() => void doRevoke()} okButtonProps={{ danger: true, disabled: !reason.trim(), 'data-testid': 'revoke-ok' } as never} confirmLoading={revoke.isPending} okText={t('certificatesPage.revoke')}>
        <Typography.Paragraph>{t('certificatesPage.revokeHelp')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('certificatesPage.reason')} required>
            <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={1000} data-testid="revoke-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
