import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Form, Input, Result, Row, Select, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { call } from '../../api/call';
import { buyers, type BuyerRegistration } from '../../../contracts/buyers';
import { BUYER_KINDS } from '../../../domain/trade/kinds';
import { useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { applyServerErrors } from '../../components/formErrors';
import { cleanText } from '../../components/formUtils';

const FIELDS = ['email', 'password', 'organisation', 'contactName', 'kind', 'provinceCode', 'phone', 'taxCode'] as const;
type Values = Record<(typeof FIELDS)[number], string | undefined>;

/**
 * Public: a retailer, supermarket, distributor or exporter registers. The account waits for
 * the provincial OCOP office of its province; until then it cannot sign in.
 */
export default function BuyerRegisterPage() {
  const { t } = useTranslation();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const register = useMutation({
    mutationFn: (v: Values) => {
      const body: BuyerRegistration = {
        email: (v.email ?? '').trim(),
        password: v.password ?? '',
        organisation: cleanText(v.organisation) ?? '',
        contactName: cleanText(v.contactName) ?? '',
        kind: (v.kind ?? 'retailer') as BuyerRegistration['kind'],
        provinceCode: v.provinceCode ?? '',
        phone: cleanText(v.phone),
        taxCode: cleanText(v.taxCode),
      };
      return call(buyers.register, { body }, { allowUnauthorized: true });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) form.setFields([{ name: 'email', errors: [e.display] }]);
      else if (e instanceof ApiError && e.errors.length) setErrors(applyServerErrors(form, e.errors, FIELDS).map((x) => x.message));
      else setErrors([errMsg(e)]);
    },
  });

  useEffect(() => {
    document.title = `${t('trade.buyers.register')} · ${t('app.short')}`;
  }, [t]);

  if (register.isSuccess) {
    return (
      <Card style={{ maxWidth: 640, margin: '24px auto 0' }}>
        <Result
          status="success"
          title={t('trade.buyers.register')}
          subTitle={<span data-testid="buyer-registered">{t('trade.buyers.registered')}</span>}
          extra={<Link to="/login"><Button type="primary">{t('nav.login')}</Button></Link>}
        />
      </Card>
    );
  }

  const req = [{ required: true, message: t('errors.required') }];
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 24 }}>
      <Card style={{ width: '100%', maxWidth: 640 }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('trade.buyers.register')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('trade.buyers.registerIntro')}</Typography.Paragraph>
        <FormErrorsAlert messages={errors} />
        <Form form={form} layout="vertical" initialValues={{ kind: 'retailer' }} onFinish={(v) => { setErrors([]); register.mutate(v); }} data-testid="buyer-register-form">
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="organisation" label={t('trade.buyers.organisation')} rules={req}>
                <Input maxLength={300} data-testid="buyer-organisation" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('trade.buyers.kind')} rules={req}>
                <Select options={BUYER_KINDS.map((k) => ({ value: k, label: t(`trade.buyerKind.${k}`) }))} data-testid="buyer-kind" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="provinceCode" label={t('trade.buyers.province')} rules={req} extra={t('tradeUi.buyerProvinceHint')}>
                <UnitTreePicker selectable={['province']} placeholder={t('trade.buyers.province')} aria-label={t('trade.buyers.province')} data-testid="buyer-province" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="contactName" label={t('trade.buyers.contactName')} rules={req}>
                <Input maxLength={200} autoComplete="name" data-testid="buyer-contact" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('trade.field.phone')}>
                <Input maxLength={50} inputMode="tel" autoComplete="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t('trade.buyers.email')} rules={[...req, { type: 'email', message: t('errors.invalidFormat') }]}>
                <Input maxLength={200} inputMode="email" autoComplete="email" autoCapitalize="none" spellCheck={false} data-testid="buyer-email" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="password" label={t('trade.buyers.password')} rules={[...req, { min: 8, message: t('errors.password.weak') }]}>
                <Input.Password autoComplete="new-password" data-testid="buyer-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="taxCode" label={t('trade.buyers.taxCode')}>
                <Input maxLength={20} inputMode="numeric" />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" block loading={register.isPending} data-testid="buyer-register-submit">
            {t('tradeUi.registerSubmit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/login">{t('tradeUi.haveAccount')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
