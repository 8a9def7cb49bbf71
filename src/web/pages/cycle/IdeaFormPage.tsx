import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Breadcrumb, Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Skeleton, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { newRequestId, useCreateIdea, useIdea, useTransition, useUpdateIdea } from '../../api/cycle';
import type { IdeaDetail, IdeaInput } from '../../../contracts/ideas';
import { ConflictAlert } from '../../components/ConflictAlert';
import { EntitySelect } from '../../components/EntitySelect';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { GroupSelect, SubgroupSelect } from '../../components/GroupSelect';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { applyNestedErrors, compact, num, text } from '../../components/cycle/formHelpers';
import { useCycleLabels } from '../../components/cycle/labels';
import '../../components/cycle/cycle.css';
import { inputNumberFormat } from '../../i18n/format';
import { ENTITY_TYPES, SUPPORT_WANTED, type EntityType, type SupportWanted } from '../../../domain/cycle';

type Choice = 'mine' | 'existing' | 'proposed';

interface Values {
  choice: Choice;
  entityId?: string;
  proposedName?: string;
  proposedType?: EntityType;
  unitCode?: string;
  proposerName?: string;
  productName?: string;
  description?: string;
  groupCode?: string;
  subgroupCode?: string;
  rawMaterials?: { name?: string; origin?: string; local?: boolean }[];
  targetMarket?: string;
  landM2?: number;
  labour?: number;
  capitalVnd?: number;
  equipment?: string;
  supportWanted?: SupportWanted[];
}

/** The form as the API takes it (without the filing options). */
type IdeaBody = Omit<IdeaInput, 'requestId' | 'submit'>;

function toBody(v: Values, ownEntityId: string | null): IdeaBody {
  const entityId = v.choice === 'mine' ? (ownEntityId ?? undefined) : v.choice === 'existing' ? v.entityId : undefined;
  return compact({
    proposerName: text(v.proposerName) ?? '',
    entityId,
    proposedEntity: v.choice === 'proposed' ? { name: text(v.proposedName) ?? '', type: v.proposedType ?? 'cooperative' } : undefined,
    unitCode: v.choice === 'proposed' ? v.unitCode : undefined,
    productName: text(v.productName) ?? '',
    description: text(v.description) ?? '',
    groupCode: v.groupCode ?? '',
    subgroupCode: v.subgroupCode,
    rawMaterials: (v.rawMaterials ?? []).filter((r) => text(r.name) || text(r.origin)).map((r) => ({ name: text(r.name) ?? '', origin: text(r.origin) ?? '', local: !!r.local })),
    targetMarket: text(v.targetMarket) ?? '',
    resources: compact({ landM2: num(v.landM2), labour: num(v.labour), capitalVnd: num(v.capitalVnd), equipment: text(v.equipment) }),
    supportWanted: v.supportWanted ?? [],
  });
}

function toValues(d: IdeaDetail, ownEntityId: string | null): Values {
  const f = d.form;
  return {
    choice: f.proposedEntity ? 'proposed' : f.entityId && f.entityId === ownEntityId ? 'mine' : 'existing',
    entityId: f.entityId,
    proposedName: f.proposedEntity?.name,
    proposedType: f.proposedEntity?.type,
    unitCode: d.unitCode,
    proposerName: f.proposerName,
    productName: f.productName,
    description: f.description,
    groupCode: f.groupCode,
    subgroupCode: f.subgroupCode,
    rawMaterials: f.rawMaterials,
    targetMarket: f.targetMarket,
    landM2: f.resources?.landM2,
    labour: f.resources?.labour,
    capitalVnd: f.resources?.capitalVnd,
    equipment: f.resources?.equipment,
    supportWanted: f.supportWanted,
  };
}

/** The idea registration form (phiếu đăng ký ý tưởng sản phẩm), written for a phone first. */
export default function IdeaFormPage() {
  const { id } = useParams<{ id: string }>();
  const editing = !!id;
  const L = useCycleLabels();
  const t = L.t;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errMsg = useErrorMessage();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const idea = useIdea(id);
  const create = useCreateIdea();
  const update = useUpdateIdea(id ?? '');
  const file = useTransition('idea', id ?? '');
  const requestId = useRef(newRequestId());
  const [errors, setErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const choice = Form.useWatch('choice', form) as Choice | undefined;
  const group = Form.useWatch('groupCode', form) as string | undefined;
  const money = useMemo(() => inputNumberFormat(), [L.lang]); // eslint-disable-line react-hooks/exhaustive-deps
  // an entity's account files for its own entity
  const ownEntityId = me?.entityId ?? null;

  useEffect(() => {
    document.title = `${t(editing ? 'cycle.idea.editTitle' : 'cycle.idea.newTitle')} · ${t('app.short')}`;
  }, [t, editing]);

  useEffect(() => {
    if (idea.data && me) form.setFieldsValue(toValues(idea.data, ownEntityId));
  }, [idea.data, me, form, ownEntityId]);

  if (editing && idea.isLoading) return <Skeleton active />;
  if (editing && (idea.isError || !idea.data)) return <ErrorState error={idea.error} onRetry={() => idea.refetch()} />;

  const labelOf = (name: (string | number)[]) => {
    const map: Record<string, string> = {
      proposerName: t('cycle.idea.proposerName'),
      productName: t('cycle.idea.productName'),
      description: t('cycle.idea.description'),
      groupCode: t('cycle.idea.group'),
      subgroupCode: t('cycle.idea.subgroup'),
      targetMarket: t('cycle.idea.targetMarket'),
      entityId: t('cycle.idea.entityChoice'),
      unitCode: t('cycle.idea.unitCode'),
      rawMaterials: t('cycle.idea.rawMaterials'),
      proposedEntity: t('cycle.idea.proposedEntity'),
    };
    return map[String(name[0])];
  };

  const save = async (submit: boolean) => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setErrors([]);
    const body = toBody(v, ownEntityId);
    const onError = (e: unknown) => {
      if (e instanceof ApiError && e.status === 409 && editing) setConflict(e.display);
      else if (e instanceof ApiError && e.errors.length) setErrors(applyNestedErrors(form, e.errors, labelOf));
      else setErrors([errMsg(e)]);
    };
    if (editing && idea.data) {
      update.mutate(
        { ...body, version: idea.data.version },
        {
          onSuccess: async (d) => {
            if (submit) {
              const action = d.status === 'returned' ? 'resubmit' : 'submit';
              try {
                await file.mutateAsync({ action, version: d.version, requestId: requestId.current });
              } catch (e) {
                onError(e);
                return;
              }
            }
            message.success(t(submit ? 'cycle.idea.submitted' : 'cycle.idea.saved'));
            navigate(`/ideas/${d.id}`);
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { body: { ...body, submit }, requestId: requestId.current },
      {
        onSuccess: (d) => {
          message.success(t(submit ? 'cycle.idea.submitted' : 'cycle.idea.saved'));
          navigate(`/ideas/${d.id}`, { replace: true });
        },
        onError,
      },
    );
  };

  const busy = create.isPending || update.isPending || file.isPending;
  const defaults: Values = {
    choice: ownEntityId ? 'mine' : 'existing',
    rawMaterials: [{ name: '', origin: '', local: true }],
    supportWanted: [],
    proposedType: 'cooperative',
  };

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/ideas">{t('cycle.nav.ideas')}</Link> }, { title: t(editing ? 'cycle.idea.editTitle' : 'cycle.idea.new') }]} />
      <PageHeader title={t(editing ? 'cycle.idea.editTitle' : 'cycle.idea.newTitle')} subtitle={t('cycle.idea.formIntro')} testId="idea-form-title" />
      {conflict ? <ConflictAlert detail={conflict} onReload={() => { setConflict(null); void idea.refetch(); }} /> : null}
      <FormErrorsAlert messages={errors} />
      <Form<Values> form={form} layout="vertical" className="cycle-form" initialValues={defaults} requiredMark="optional" scrollToFirstError>
        <Card size="small" title={t('cycle.idea.entityChoice')} style={{ marginBottom: 12 }}>
          <Form.Item name="choice" rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={[
                ...(ownEntityId ? [{ value: 'mine', label: t('cycle.idea.myEntity') }] : [{ value: 'existing', label: t('cycle.idea.existingEntity') }]),
                { value: 'proposed', label: t('cycle.idea.proposedEntity') },
              ]}
              data-testid="idea-entity-choice"
              aria-label={t('cycle.idea.entityChoice')}
            />
          </Form.Item>
          {choice === 'existing' ? (
            <Form.Item name="entityId" label={t('cycle.idea.existingEntity')} rules={[{ required: true, message: t('form.required') }]}>
              <EntitySelect aria-label={t('cycle.idea.existingEntity')} />
            </Form.Item>
          ) : null}
          {choice === 'proposed' ? (
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="proposedName" label={t('cycle.idea.proposedName')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                  <Input maxLength={300} data-testid="idea-proposed-name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="proposedType" label={t('cycle.idea.proposedType')} rules={[{ required: true, message: t('form.required') }]}>
                  <Select options={ENTITY_TYPES.map((e) => ({ value: e, label: t(`entityTypes.${e}`, { defaultValue: e }) }))} />
                </Form.Item>
              </Col>
              {me?.capabilities.includes('cycle.anyCommune') ? (
                <Col xs={24}>
                  <Form.Item name="unitCode" label={t('cycle.idea.unitCode')} rules={[{ required: true, message: t('form.required') }]}>
                    <UnitTreePicker selectable={['commune']} aria-label={t('cycle.idea.unitCode')} />
                  </Form.Item>
                </Col>
              ) : null}
            </Row>
          ) : null}
          <Form.Item name="proposerName" label={t('cycle.idea.proposerName')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
            <Input maxLength={200} autoComplete="name" data-testid="idea-proposer" />
          </Form.Item>
        </Card>

        <Card size="small" title={t('cycle.idea.form')} style={{ marginBottom: 12 }}>
          <Form.Item name="productName" label={t('cycle.idea.productName')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
            <Input maxLength={200} data-testid="idea-product-name" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="groupCode" label={t('cycle.idea.group')} rules={[{ required: true, message: t('form.required') }]}>
                <GroupSelect allowClear={false} aria-label={t('cycle.idea.group')} data-testid="idea-group" onChange={() => form.setFieldValue('subgroupCode', undefined)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="subgroupCode" label={t('cycle.idea.subgroup')}>
                <SubgroupSelect group={group} aria-label={t('cycle.idea.subgroup')} data-testid="idea-subgroup" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('cycle.idea.description')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
            <Input.TextArea rows={3} maxLength={5000} data-testid="idea-description" />
          </Form.Item>
          <Form.Item name="targetMarket" label={t('cycle.idea.targetMarket')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="idea-market" />
          </Form.Item>
        </Card>

        <Card size="small" title={t('cycle.idea.rawMaterials')} style={{ marginBottom: 12 }}>
          <Form.List name="rawMaterials">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }} size={8}>
                {fields.map((f) => (
                  <Row gutter={8} key={f.key} align="middle">
                    <Col xs={24} sm={8}>
                      <Form.Item name={[f.name, 'name']} label={t('cycle.idea.rawName')} style={{ marginBottom: 4 }}>
                        <Input maxLength={200} data-testid={`idea-raw-name-${f.name}`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={10}>
                      <Form.Item name={[f.name, 'origin']} label={t('cycle.idea.rawOrigin')} style={{ marginBottom: 4 }}>
                        <Input maxLength={300} data-testid={`idea-raw-origin-${f.name}`} />
                      </Form.Item>
                    </Col>
                    <Col xs={16} sm={4}>
                      <Form.Item name={[f.name, 'local']} label={t('cycle.idea.rawLocal')} valuePropName="checked" style={{ marginBottom: 4 }}>
                        <Switch />
                      </Form.Item>
                    </Col>
                    <Col xs={8} sm={2} style={{ textAlign: 'right' }}>
                      <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('cycle.common.delete')} onClick={() => remove(f.name)} />
                    </Col>
                  </Row>
                ))}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', origin: '', local: true })}>
                  {t('cycle.idea.addRaw')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('cycle.idea.resources')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col xs={12} md={6}>
              <Form.Item name="landM2" label={t('cycle.idea.landM2')}>
                <InputNumber min={0} style={{ width: '100%' }} {...money} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="labour" label={t('cycle.idea.labour')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="capitalVnd" label={t('cycle.idea.capitalVnd')}>
                <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} suffix="₫" formatter={money.formatter} parser={(s) => Number(money.parser(s) || 0)} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="equipment" label={t('cycle.idea.equipment')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="supportWanted" label={t('cycle.idea.supportWanted')}>
            <Checkbox.Group options={SUPPORT_WANTED.map((s) => ({ value: s, label: t(`cycle.support.${s}`) }))} />
          </Form.Item>
        </Card>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('cycle.idea.formIntro')}
        </Typography.Paragraph>
        <div className="cycle-form-actions">
          <Button onClick={() => void save(false)} loading={busy} data-testid="idea-save-draft">
            {t('cycle.idea.saveDraft')}
          </Button>
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => void save(true)} loading={busy} data-testid="idea-submit">
            {idea.data?.status === 'returned' ? t('cycle.idea.resubmit') : t('cycle.idea.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
