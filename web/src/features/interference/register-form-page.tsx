import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Result, Skeleton, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { RegisterBody } from '../../../../common/contracts/interference';
import { isApiError } from '../../app/api';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { Basis } from '../cases/case-page/shared';
import { confirmStep } from '../execution/confirm';
import { usePeople, useRegister, useSubmitRegister, type RegisterView } from './api';
import { ARTICLE, PRINCIPAL_ROUTE_NOTE, SUBMIT_CONFIRM } from './labels';
import {
  AccountSection,
  MethodSection,
  TypeSection,
  WhoSection,
  type RegisterValues,
} from './register-form-fields';

type Body = z.input<typeof RegisterBody>;
const RECORDED_ORALLY = ['oral', 'phone', 'via_other'];
const text = (s: string | undefined) => s?.trim() || undefined;

function toBody(v: RegisterValues, correctsId: string | undefined): Body {
  const method = v.method!;
  const types = v.types ?? [];
  return {
    caseId: v.caseId ?? '',
    intervenerId: v.intervenerId ?? '',
    intervenerPost: v.intervenerPost?.trim() ?? '',
    intervenerUnit: v.intervenerUnit?.trim() ?? '',
    occurredAt: v.occurredAt?.toISOString() ?? '',
    place: v.place?.trim() ?? '',
    content: v.content?.trim() ?? '',
    method,
    methodNote: method === 'other' ? text(v.methodNote) : undefined,
    intermediaryName: method === 'via_other' ? text(v.intermediaryName) : undefined,
    intermediaryRelation: method === 'via_other' ? text(v.intermediaryRelation) : undefined,
    types,
    typeNote: types.includes('I8') ? text(v.typeNote) : undefined,
    response: v.response!,
    responseNote: text(v.responseNote),
    account: v.account?.trim() ?? '',
    noRecordingReason: RECORDED_ORALLY.includes(method) ? text(v.noRecordingReason) : undefined,
    attachments: (v.attachments ?? []).map((a) => ({ uploadId: a.id, kind: a.kind })),
    correctsId,
    correctionNote: correctsId ? text(v.correctionNote) : undefined,
  };
}

/** The values of the register being corrected (the intervener found again in the staff list by name and unit). */
function valuesOf(r: RegisterView, intervenerId: string | undefined): RegisterValues {
  return {
    caseId: r.caseId,
    intervenerId,
    intervenerPost: r.intervenerPost,
    intervenerUnit: r.intervenerUnit,
    occurredAt: dayjs(r.occurredAt),
    place: r.place,
    content: r.content,
    method: r.method,
    methodNote: r.methodNote ?? undefined,
    intermediaryName: r.intermediaryName ?? undefined,
    intermediaryRelation: r.intermediaryRelation ?? undefined,
    types: r.types,
    typeNote: r.typeNote ?? undefined,
    response: r.response,
    responseNote: r.responseNote ?? undefined,
    account: r.account,
    noRecordingReason: r.noRecordingReason ?? undefined,
    attachments: [],
  };
}

/**
 * /interference/registers/new — 《内部人员过问案件办理行为登记表》 (第五条). `?caseId=` preselects the case;
 * `?correctsId=` records a correction of an earlier register (prefilled from it, with a 更正说明). Submitted once,
 * after a confirmation: the register is then sealed and goes straight to the 主要领导 (or to 纪检 when he or she is
 * the intervener).
 */
export function RegisterFormPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const correctsId = params.get('correctsId') ?? undefined;
  const original = useRegister(correctsId);
  const people = usePeople();
  const submit = useSubmitRegister();
  const [form] = Form.useForm<RegisterValues>();
  const [issues, setIssues] = useState<string[]>([]);
  const prefilled = useRef(false);

  useEffect(() => {
    const r = original.data;
    if (!r || prefilled.current || (!people.data && !people.isError)) return;
    prefilled.current = true;
    const named = (people.data ?? []).filter((p) => p.name === r.intervenerName);
    const person = named.find((p) => p.unitName === r.intervenerUnit) ?? named[0];
    form.setFieldsValue(valuesOf(r, person?.id));
  }, [original.data, people.data, people.isError, form]);

  const finish = (values: RegisterValues) => {
    const body = toBody(values, correctsId);
    const parsed = RegisterBody.safeParse(body);
    if (!parsed.success) {
      setIssues(parsed.error.issues.map((i) => i.message));
      return;
    }
    setIssues([]);
    const toDiscipline = people.data?.find((p) => p.id === body.intervenerId)?.principal;
    confirmStep(modal, {
      title: '提交登记表',
      content: toDiscipline ? `提交后不得修改或删除。${PRINCIPAL_ROUTE_NOTE}。确认提交？` : SUBMIT_CONFIRM,
      okText: '确认提交',
    })
      .then(() => submit.mutateAsync(body))
      .then((r) => {
        void message.success(`登记表已提交，登记编号 ${r.registerNo}`);
        void navigate(`/interference/registers/${r.id}`, { replace: true });
      })
      .catch((e: unknown) => {
        // A refusal (its message and basis) is shown above the form; a cancelled confirmation changes nothing.
        if (isApiError(e)) window.scrollTo({ top: 0, behavior: 'smooth' });
      });
  };

  const title = correctsId ? '更正登记' : '登记过问情况';
  const header = (
    <PageHeader
      title={title}
      description="《内部人员过问案件办理行为登记表》：如实记录本局内部人员过问、干预案件办理的情况，提交后直接呈报主要领导批示。"
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/interference/registers')}>
          干预登记簿
        </Button>
      }
    />
  );
  if (correctsId && original.isLoading)
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  if (correctsId && isApiError(original.error) && original.error.status === 404)
    return <Result status="404" title="登记表不存在或无权查看" />;

  return (
    <>
      {header}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="对内部人员过问案件的情况，办案人员应当全面、如实记录，做到全程留痕、有据可查。"
        description={
          <>
            <div>
              登记表提交后不得修改或删除；过问人及其上下级无法查看。如实记录的办案人员受法律和组织保护。
            </div>
            <Basis>{`${ARTICLE('五')}、第六条`}</Basis>
          </>
        }
      />
      <ApiErrorAlert error={original.error} />
      <ApiErrorAlert error={submit.error} />
      {issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="请检查填写内容"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        initialValues={{ caseId: params.get('caseId') ?? undefined, types: [], attachments: [] }}
        onFinish={finish}
        onValuesChange={() => {
          if (issues.length) setIssues([]);
        }}
        scrollToFirstError
        data-testid="register-form"
        style={{ maxWidth: 960 }}
      >
        {original.data && (
          <Card size="small" title="更正" style={{ marginBottom: 16 }} data-testid="correction">
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={`本登记为对登记表 ${original.data.registerNo} 的更正；原登记表保留不变。`}
            />
            <Form.Item
              name="correctionNote"
              label="更正说明"
              rules={[{ required: true, whitespace: true, message: '请说明更正的内容和理由' }]}
            >
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="correction-note" />
            </Form.Item>
          </Card>
        )}
        <WhoSection form={form} correcting={!!correctsId} />
        <MethodSection form={form} />
        <TypeSection form={form} />
        <AccountSection form={form} correcting={!!correctsId} />
        <Space>
          <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="register-submit">
            提交登记表
          </Button>
          <Button onClick={() => void navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </>
  );
}
