import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Input, Result, Space, Spin, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useVerification, type TokenPayload, type Verification } from '../../api/evaluation';
import { StarBadge } from '../../components/StarBadge';
import { formatDate } from '../../i18n/format';
import { CertificateStatusTag } from '../evaluation/shared';

const KEYS_CACHE = 'ocop.verifyKeys';

interface OfflineResult {
  state: 'valid' | 'invalid' | 'unavailable';
  payload?: TokenPayload;
}

/**
 * Checks the signature in the browser with the published keys (cached for when there is no
 * connection): the same check an offline verifier does.
 */
async function offlineCheck(token: string): Promise<OfflineResult> {
  if (token.split('.').length !== 3) return { state: 'invalid' };
  let keys: unknown;
  try {
    const res = await fetch('/api/verify/keys');
    keys = await res.json();
    localStorage.setItem(KEYS_CACHE, JSON.stringify(keys));
  } catch {
    const cached = localStorage.getItem(KEYS_CACHE);
    if (!cached) return { state: 'unavailable' };
    keys = JSON.parse(cached);
  }
  try {
    const { compactVerify, createLocalJWKSet, errors } = await import('jose');
    try {
      const { payload } = await compactVerify(token, createLocalJWKSet(keys as never), { algorithms: ['EdDSA'] });
      return { state: 'valid', payload: JSON.parse(new TextDecoder().decode(payload)) };
    } catch (e) {
      return { state: e instanceof errors.JOSENotSupported ? 'unavailable' : 'invalid' };
    }
  } catch {
    return { state: 'unavailable' };
  }
}

const RESULT: Record<Verification['status'], 'success' | 'warning' | 'error' | 'info'> = {
  valid: 'success',
  expiring: 'warning',
  expired: 'warning',
  revoked: 'error',
  superseded: 'info',
  invalid: 'error',
  unknown: 'warning',
};

function CodeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const go = () => {
    const value = code.trim();
    if (!value) return;
    const m = /\/v\/([^/?#\s]+)/.exec(value);
    navigate(`/v/${encodeURIComponent(m ? m[1] : value)}`);
  };
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
      <Input value={code} onChange={(e) => setCode(e.target.value)} onPressEnter={go} placeholder={t('verifyPage.placeholder')} aria-label={t('verifyPage.placeholder')} data-testid="verify-input" />
      <Button type="primary" onClick={go} data-testid="verify-submit">{t('verifyPage.check')}</Button>
    </Space.Compact>
  );
}

/** Public verification page opened by a certificate's or a stamp's QR code (/v/{code}). */
export default function VerifyPage() {
  const { code } = useParams();
  const { t } = useTranslation();
  const check = useVerification(code);
  const [offline, setOffline] = useState<OfflineResult | null>(null);

  useEffect(() => {
    document.title = `${t('verifyPage.title')} · ${t('app.short')}`;
  }, [t]);

  useEffect(() => {
    setOffline(null);
    if (code && code.includes('.')) void offlineCheck(code).then(setOffline);
  }, [code]);

  if (!code) {
    return (
      <Card style={{ maxWidth: 720, margin: '0 auto' }}>
        <Typography.Title level={2} style={{ fontSize: 22 }}><SafetyCertificateOutlined aria-hidden /> {t('verifyPage.title')}</Typography.Title>
        <Typography.Paragraph>{t('verifyPage.intro')}</Typography.Paragraph>
        <CodeForm />
      </Card>
    );
  }

  const v = check.data;
  // Without a connection, the offline check still tells a genuine QR code from a forged one.
  const cert = v?.certificate ?? (offline?.payload ? { number: offline.payload.n, productName: offline.payload.p, entityName: offline.payload.e, stars: offline.payload.s, validFrom: offline.payload.f, validUntil: offline.payload.u, issuer: offline.payload.i, decisionNumber: null, decisionDate: null, revokedOn: null, revokedReason: null, supersededOn: null, productId: null } : null);
  const status: Verification['status'] | null = v?.status ?? (check.error && offline ? (offline.state === 'valid' ? 'unknown' : 'invalid') : null);

  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }} data-testid="verify-page">
      {check.isLoading && !offline ? <Spin size="large" style={{ display: 'block', margin: '64px auto' }} /> : null}
      {status ? (
        <Result
          status={RESULT[status]}
          title={<span data-testid="verify-status">{t(`verifyPage.result.${status}`)}</span>}
          subTitle={status === 'invalid' ? t('verifyPage.invalidHelp') : cert ? `${cert.productName} — ${cert.entityName}` : undefined}
          style={{ padding: '24px 8px' }}
        />
      ) : null}
      {cert && status !== 'invalid' ? (
        <Card>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'status', label: t('certificatesPage.statusLabel'), children: <CertificateStatusTag status={status ?? 'unknown'} /> },
              { key: 'number', label: t('certificatesPage.number'), children: cert.number },
              { key: 'product', label: t('certificatesPage.product'), children: cert.productId && status !== 'revoked' ? <Link to={`/products/${cert.productId}`}>{cert.productName}</Link> : cert.productName },
              { key: 'entity', label: t('certificatesPage.entity'), children: cert.entityName },
              { key: 'stars', label: t('fields.stars'), children: <StarBadge stars={cert.stars} /> },
              { key: 'validity', label: t('certificatesPage.validity'), children: t('certificatesPage.validityText', { from: formatDate(cert.validFrom), to: formatDate(cert.validUntil) }) },
              { key: 'issuer', label: t('certificatesPage.issuer'), children: cert.issuer },
              ...(cert.decisionNumber ? [{ key: 'decision', label: t('certificatesPage.decision'), children: t('certificatesPage.decisionText', { number: cert.decisionNumber, date: formatDate(cert.decisionDate) }) }] : []),
              ...(cert.revokedOn ? [{ key: 'revoked', label: t('verifyPage.revokedOn', { date: formatDate(cert.revokedOn) }), children: cert.revokedReason }] : []),
            ]}
          />
        </Card>
      ) : null}
      <Card size="small" style={{ marginTop: 12 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text data-testid="verify-online">
            {t('verifyPage.online')}: {v ? (v.signature === 'none' ? t('verifyPage.numberOnly') : t(`verifyPage.signature.${v.signature}`)) : check.error ? t('verifyPage.offlineNow') : '…'}
            {v ? ` · ${t('verifyPage.checkedOn', { date: formatDate(v.checkedOn) })}` : ''}
          </Typography.Text>
          {offline ? <Typography.Text data-testid="verify-offline">{t('verifyPage.offline')}: {t(`verifyPage.offlineState.${offline.state}`)}</Typography.Text> : null}
          <Typography.Text type="secondary">{t('verifyPage.how')}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" style={{ marginTop: 12 }}>
        <Typography.Paragraph style={{ marginBottom: 8 }}>{t('verifyPage.another')}</Typography.Paragraph>
        <CodeForm />
      </Card>
    </div>
  );
}
