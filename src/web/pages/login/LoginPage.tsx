import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useLogin, useMe } from '../../api/auth';
import { ApiError } from '../../api/client';

interface LoginValues {
  username: string;
  password: string;
}

/** Only same-site paths are accepted as a post-login destination. */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const { data: me } = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [sp] = useSearchParams();
  const next = safeNext(sp.get('next'));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.short')}`;
  }, [t]);

  if (me && !login.isPending) return <Navigate to={next} replace />;

  const onFinish = (v: LoginValues) => {
    setError(null);
    login.mutate(
      { username: v.username.trim(), password: v.password },
      {
        onSuccess: () => navigate(next, { replace: true }),
        onError: (e) => {
          if (e instanceof ApiError) {
            if (e.status === 401) setError(t('login.wrong'));
            else if (e.status === 429) setError(e.detail || t('login.tooMany'));
            else if (e.status === 0) setError(t('errors.network'));
            else setError(e.display || t('errors.generic'));
          } else setError(t('errors.generic'));
          form.setFieldValue('password', '');
        },
      },
    );
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 24 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.intro')}</Typography.Paragraph>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" role="alert" />
        ) : null}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={login.isPending}>
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined aria-hidden />}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              data-testid="login-username"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/register-buyer" data-testid="login-register-buyer">
            {t('trade.buyers.link')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
