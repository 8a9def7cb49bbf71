import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Popconfirm, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fetchEntity } from '../../api/entities';
import { useCreateUser, useResetPassword, useUpdateUser, useUsers } from '../../api/users';
import { ROLE_CODES, type Role, type UnitLevel, type UnitStructure, type User, type UserInput as UserCreate, type UserPatch } from '../../api/types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { EntitySelect } from '../../components/EntitySelect';
import { useErrorMessage } from '../../components/ErrorState';
import { applyServerErrors } from '../../components/formErrors';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatInt } from '../../i18n/format';
import { accountNeedsEntity, accountUnitLevel } from '../../../domain/policy/roles';

/** Which unit an account of a role is picked in (the policy's binding rule; national and producer accounts pick none). */
function unitRule(role: Role | undefined): { structure: UnitStructure; levels: UnitLevel[]; required: boolean } | null {
  const level = role ? accountUnitLevel(role) : null;
  if (!level || level === 'national') return null;
  return { structure: level === 'district' ? 'legacy' : 'current', levels: [level], required: true };
}

const ROLE_COLORS: Partial<Record<Role, string>> = {
  admin: 'red',
  central: 'purple',
  province: 'blue',
  district: 'default',
  commune: 'cyan',
  council: 'gold',
  producer: 'green',
  trade: 'magenta',
};

const CREATE_FIELDS = ['username', 'displayName', 'password', 'role', 'unitCode', 'unitStructure', 'entityId'] as const;

interface UserFormValues {
  username?: string;
  displayName?: string;
  password?: string;
  role?: Role;
  unitCode?: string;
  entityId?: string;
}

function UserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const role = Form.useWatch('role', form) as Role | undefined;
  const rule = unitRule(role);
  const isNew = !user;

  const onError = (e: unknown) => {
    if (e instanceof ApiError) {
      if (e.isStale) return setStale(true);
      if (e.status === 409 && /username/i.test(e.code + e.type)) {
        form.setFields([{ name: 'username', errors: [e.display] }]);
        return;
      }
      if (e.errors.length) {
        const rest = applyServerErrors(form, e.errors, CREATE_FIELDS);
        if (rest.length) setError(rest.map((r) => r.message).join(' '));
        return;
      }
    }
    setError(errMsg(e));
  };

  const onFinish = async (v: UserFormValues) => {
    setError(null);
    let unitCode = v.unitCode ?? null;
    let unitStructure: UnitStructure = rule?.structure ?? 'current';
    if (v.role && accountNeedsEntity(v.role) && v.entityId) {
      try {
        const ent = await fetchEntity(v.entityId);
        unitCode = ent.unitCode;
        unitStructure = ent.unitStructure;
      } catch {
        /* the server will say what is wrong */
      }
    }
    const entityId = v.role && accountNeedsEntity(v.role) ? (v.entityId ?? null) : null;
    const national = !!v.role && accountUnitLevel(v.role) === 'national';
    const binding = {
      ...(unitCode && !national ? { unitCode, unitStructure } : {}),
      entityId,
    };
    if (isNew) {
      const body: UserCreate = {
        username: (v.username ?? '').trim(),
        displayName: (v.displayName ?? '').normalize('NFC').trim(),
        password: v.password ?? '',
        role: v.role as Role,
        ...binding,
      };
      create.mutate(body, {
        onSuccess: () => {
          message.success(t('users.created'));
          onClose();
        },
        onError,
      });
    } else {
      const patch: UserPatch & { id: string } = {
        id: user.id,
        version: user.version,
        displayName: (v.displayName ?? '').normalize('NFC').trim(),
        role: v.role,
        ...binding,
      };
      update.mutate(patch, {
        onSuccess: () => {
          message.success(t('form.saved'));
          onClose();
        },
        onError,
      });
    }
  };

  return (
    <Modal
      open
      title={isNew ? t('users.new') : t('users.editTitle', { username: user.username })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={isNew ? t('actions.create') : t('actions.save')}
      cancelText={t('actions.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'user-save' } as Record<string, string>}
    >
      {stale ? <ConflictAlert onReload={onClose} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          user
            ? { displayName: user.displayName, role: user.role, unitCode: user.unitCode ?? undefined, entityId: user.entityId ?? undefined }
            : { role: 'commune' }
        }
        onValuesChange={(changed) => {
          if ('role' in changed) form.setFieldValue('unitCode', undefined);
        }}
      >
        {isNew ? (
          <Form.Item
            name="username"
            label={t('fields.username')}
            rules={[
              { required: true, whitespace: true, message: t('form.required') },
              { pattern: /^[a-z0-9._-]{3,50}$/, message: t('users.usernameRule') },
            ]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} data-testid="user-username" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="displayName"
          label={t('fields.displayName')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={200} data-testid="user-displayName" />
        </Form.Item>
        {isNew ? (
          <Form.Item
            name="password"
            label={t('fields.password')}
            rules={[
              { required: true, message: t('form.required') },
              { min: 8, message: t('users.passwordRule') },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        ) : null}
        <Form.Item name="role" label={t('fields.role')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={ROLE_CODES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="user-role" />
        </Form.Item>
        {role && accountNeedsEntity(role) ? (
          <Form.Item name="entityId" label={t('fields.entity')} rules={[{ required: true, message: t('form.required') }]}>
            <EntitySelect />
          </Form.Item>
        ) : role && accountUnitLevel(role) === 'national' ? (
          <Typography.Paragraph type="secondary">{t('users.nationalScope')}</Typography.Paragraph>
        ) : rule ? (
          <Form.Item
            name="unitCode"
            label={t('fields.unitCode')}
            extra={t(`users.unitHint.${rule.levels[0]}`)}
            rules={rule.required ? [{ required: true, message: t('form.required') }] : []}
          >
            <UnitTreePicker key={`${rule.structure}-${rule.levels.join()}`} structure={rule.structure} selectable={rule.levels} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

function PasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const reset = useResetPassword();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t('users.resetTitle', { username: user.username })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('users.resetPassword')}
      cancelText={t('actions.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          reset.mutate(
            { id: user.id, password: v.password },
            {
              onSuccess: () => {
                message.success(t('users.passwordReset'));
                onClose();
              },
              onError: (e) => {
                if (e instanceof ApiError && e.errors.length) applyServerErrors(form, e.errors, ['password']);
                else setError(errMsg(e));
              },
            },
          )
        }
      >
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          rules={[
            { required: true, message: t('form.required') },
            { min: 8, message: t('users.passwordRule') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('form.required') },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const { values, page, pageSize, set } = useListParams(['q', 'role'] as const);
  const users = useUsers({ ...values, role: values.role as Role | undefined, page, pageSize });
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  useEffect(() => {
    document.title = `${t('users.title')} · ${t('app.short')}`;
  }, [t]);

  const toggleActive = (u: User) =>
    update.mutateAsync({ id: u.id, version: u.version, active: !u.active }).then(
      () => message.success(u.active ? t('users.deactivated') : t('users.activated')),
      (e) => message.error(e instanceof ApiError && e.isStale ? t('conflict.body') : errMsg(e)),
    );

  const columns: TableColumnsType<User> = [
    {
      title: t('fields.username'),
      dataIndex: 'username',
      render: (v: string, u) => (
        <span>
          <Typography.Text code>{v}</Typography.Text>
          <div style={{ fontSize: 13 }}>{u.displayName}</div>
        </span>
      ),
    },
    {
      title: t('fields.role'),
      dataIndex: 'role',
      render: (r: Role) => <Tag color={ROLE_COLORS[r]}>{t(`roles.${r}`, { defaultValue: r })}</Tag>,
    },
    { title: t('fields.unit'), dataIndex: 'unitName', responsive: ['md'], render: (v: string | null) => v ?? '—' },
    {
      title: t('fields.active'),
      dataIndex: 'active',
      render: (a: boolean) => (a ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>),
    },
    { title: t('fields.createdAt'), dataIndex: 'createdAt', responsive: ['xl'], render: (v: string) => formatDate(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, u) => (
        <Space size={4} wrap>
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(u)} aria-label={t('users.editTitle', { username: u.username })}>
            {t('actions.edit')}
          </Button>
          <Tooltip title={t('users.resetPassword')}>
            <Button
              size="small"
              icon={<KeyOutlined aria-hidden />}
              onClick={() => setResetting(u)}
              aria-label={t('users.resetTitle', { username: u.username })}
            />
          </Tooltip>
          <Popconfirm
            title={u.active ? t('users.deactivateConfirm', { username: u.username }) : t('users.activateConfirm', { username: u.username })}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={() => toggleActive(u)}
          >
            <Tooltip title={u.active ? t('users.deactivate') : t('users.activate')}>
              <Button
                size="small"
                danger={u.active}
                icon={u.active ? <StopOutlined aria-hidden /> : <CheckCircleOutlined aria-hidden />}
                aria-label={`${u.active ? t('users.deactivate') : t('users.activate')} ${u.username}`}
              />
            </Tooltip>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('users.title')}
        subtitle={users.data ? t('common.totalN', { n: formatInt(users.data.total) }) : undefined}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} data-testid="user-new">
            {t('users.new')}
          </Button>
        }
      />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} md={14}>
            <SearchBox
              id="user-search"
              value={values.q}
              onCommit={(q) => set({ q })}
              placeholder={t('users.searchPlaceholder')}
              ariaLabel={t('users.searchPlaceholder')}
              testId="user-search"
            />
          </Col>
          <Col xs={24} md={10}>
            <Select
              aria-label={t('fields.role')}
              placeholder={t('fields.role')}
              allowClear
              value={values.role}
              onChange={(v) => set({ role: v ?? undefined })}
              options={ROLE_CODES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              style={{ width: '100%' }}
            />
          </Col>
        </Row>
      </Card>
      {users.isError ? <Alert type="error" showIcon title={errMsg(users.error)} style={{ marginBottom: 12 }} /> : null}
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid="user-table"
        pagination={{
          current: page,
          pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.totalN', { n: formatInt(total) }),
          onChange: (p, ps) => set({ page: p, pageSize: ps }),
        }}
      />
      {editing ? <UserModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {resetting ? <PasswordModal user={resetting} onClose={() => setResetting(null)} /> : null}
    </div>
  );
}
