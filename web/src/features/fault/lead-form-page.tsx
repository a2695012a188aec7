import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  LEAD_SOURCE_LABELS,
  LEAD_SOURCES,
  LeadBody,
  SOURCE_REF_KIND_LABELS,
  type LeadSource,
} from '../../../../common/contracts/fault';
import { isApiError } from '../../app/api';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { Basis } from '../cases/case-page/shared';
import { toDay } from '../cases/format';
import { CaseSelect } from '../interference/pickers';
import { useCreateLead, useFaultPeople, useSources, type LeadInput, type SourceOption } from './api';
import { ARTICLE, PersonOptionLabel, personText } from './labels';

interface LeadValues {
  source?: LeadSource;
  caseId?: string;
  /** `kind:id` of the linked record. */
  sourceRef?: string;
  reference?: string;
  receivedOn?: Dayjs | null;
  summary?: string;
  subjectIds?: string[];
}

const refKey = (o: Pick<SourceOption, 'kind' | 'id'>) => `${o.kind}:${o.id}`;
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

function toBody(v: LeadValues, sources: readonly SourceOption[]): LeadInput {
  // The field shows only with a case or for an interference finding; a value left from before does not count.
  const linkable = !!v.caseId || v.source === 'interference_finding';
  const ref = linkable ? sources.find((o) => refKey(o) === v.sourceRef) : undefined;
  return {
    // An empty choice is refused by the contract with its own message.
    source: v.source ?? ('' as LeadSource),
    caseId: v.caseId ?? null,
    sourceRef: ref ? { kind: ref.kind, id: ref.id } : null,
    reference: v.reference?.trim() || undefined,
    receivedOn: toDay(v.receivedOn) ?? '',
    summary: v.summary?.trim() ?? '',
    subjectIds: v.subjectIds ?? [],
  };
}

/** The server's per-field messages of a 400, which the alert's summary does not list. */
function ServerDetails({ error }: { error: unknown }) {
  if (!isApiError(error) || error.details.length === 0) return null;
  return (
    <ul style={{ margin: '-8px 0 16px', paddingInlineStart: 20 }} data-testid="api-error-details">
      {error.details.map((d) => (
        <li key={d.path + d.message}>{d.message}</li>
      ))}
    </ul>
  );
}

/**
 * /fault/leads/new (fault.refer) — 行政执法过错线索登记: where the lead came from, the case and the record it rests on
 * (a reversal, a missed deadline, an interference finding), the lead itself and the persons it names. The lead goes
 * to 纪检 for triage (第二条). `?caseId=` and `?source=` preselect.
 */
export function LeadFormPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canView = useAbility('fault.view');
  const [form] = Form.useForm<LeadValues>();
  const [issues, setIssues] = useState<string[]>([]);
  const create = useCreateLead();
  const people = useFaultPeople();
  const source = Form.useWatch('source', form);
  const caseId = Form.useWatch('caseId', form);
  const showRef = !!caseId || source === 'interference_finding';
  const sources = useSources(caseId, showRef);
  const options = sources.data ?? [];

  const initialSource = params.get('source');
  const initialCase = params.get('caseId');
  const initialValues: LeadValues = {
    source: LEAD_SOURCES.find((s) => s === initialSource),
    caseId: initialCase && LeadBody.shape.caseId.safeParse(initialCase).success ? initialCase : undefined,
    receivedOn: dayjs(),
    subjectIds: [],
  };

  const finish = (values: LeadValues) => {
    const body = toBody(values, options);
    const parsed = LeadBody.safeParse(body);
    if (!parsed.success) {
      setIssues(parsed.error.issues.map((i) => i.message));
      return;
    }
    setIssues([]);
    create.mutateAsync(body).then(
      (r) => {
        if (canView) {
          void message.success('过错线索已登记');
          void navigate(`/fault/matters/${r.id}`, { replace: true });
        } else {
          void message.success('过错线索已登记，已转纪检监察初核');
          void navigate('/fault/mine', { replace: true });
        }
      },
      () => window.scrollTo({ top: 0, behavior: 'smooth' }),
    );
  };

  return (
    <>
      <PageHeader
        title="登记过错线索"
        description="行政执法过错线索登记后转纪检监察初核，决定是否立项调查。"
        extra={
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => void navigate(canView ? '/fault/matters' : '/fault/mine')}
          >
            {canView ? '过错线索与追究' : '我的过错追究'}
          </Button>
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16, maxWidth: 960 }}
        title="行政复议被撤销、变更或确认违法，行政诉讼败诉，案卷评查不合格，投诉举报，执法监督检查发现，以及超过法定期限、涉嫌犯罪未移送等情形，均应登记为过错线索。"
        description={
          <>
            <div>复议、诉讼结果为撤销、变更、确认违法或确认无效的，系统已自动生成线索，无需重复登记。</div>
            <Basis>{`${ARTICLE('二')}、第五条`}</Basis>
          </>
        }
      />
      <ApiErrorAlert error={create.error} style={{ maxWidth: 960 }} />
      <ServerDetails error={create.error} />
      {issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16, maxWidth: 960 }}
          title="请检查填写内容"
          data-testid="lead-issues"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form<LeadValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={finish}
        onValuesChange={(changed: Partial<LeadValues>) => {
          if (issues.length) setIssues([]);
          // The linked record belongs to the case: another case, another list.
          if ('caseId' in changed) form.setFieldValue('sourceRef', undefined);
        }}
        scrollToFirstError
        data-testid="lead-form"
        style={{ maxWidth: 960 }}
      >
        <Card size="small" title="线索来源" style={{ marginBottom: 16 }}>
          <Form.Item name="source" label="来源" rules={[{ required: true, message: '请选择线索来源' }]}>
            <Select<LeadSource>
              placeholder="选择线索来源"
              aria-label="来源"
              data-testid="lead-source"
              options={LEAD_SOURCES.map((s) => ({ value: s, label: LEAD_SOURCE_LABELS[s] }))}
            />
          </Form.Item>
          <Form.Item name="caseId" label="关联案件" extra="线索涉及具体案件的，请选择案件；不涉及的可不选。">
            <CaseSelect testId="lead-case" />
          </Form.Item>
          {showRef && (
            <Form.Item
              name="sourceRef"
              label="关联记录"
              extra={
                sources.isSuccess && options.length === 0
                  ? caseId
                    ? '该案件没有可关联的复议诉讼结果或期限记录'
                    : '没有可关联的干预执法认定'
                  : '选择线索所依据的复议诉讼结果、法定期限或干预执法认定（可不选）。'
              }
            >
              <Select<string>
                allowClear
                placeholder="选择关联记录"
                aria-label="关联记录"
                data-testid="lead-source-ref"
                loading={sources.isFetching}
                status={sources.error ? 'error' : undefined}
                notFoundContent={sources.error ? '关联记录加载失败' : '没有可关联的记录'}
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(v) => {
                  // The record tells where the lead came from: the source follows it.
                  const o = options.find((x) => refKey(x) === v);
                  if (o) form.setFieldValue('source', o.source);
                }}
                options={options.map((o) => ({ value: refKey(o), label: o.label }))}
                optionRender={(o) => {
                  const x = options.find((y) => refKey(y) === o.value);
                  return (
                    <Space size={6}>
                      {x && <Tag style={{ marginInlineEnd: 0 }}>{SOURCE_REF_KIND_LABELS[x.kind]}</Tag>}
                      <span>{o.label}</span>
                    </Space>
                  );
                }}
              />
            </Form.Item>
          )}
          <Form.Item
            name="reference"
            label="来源说明"
            extra="如复议决定书、判决书文号，评查通报，举报人或来信来访编号等。"
          >
            <Input maxLength={500} showCount data-testid="lead-reference" />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label="收到日期"
            rules={[{ required: true, message: '请选择收到日期' }]}
          >
            <DatePicker disabledDate={notFuture} data-testid="lead-received-on" />
          </Form.Item>
        </Card>
        <Card size="small" title="线索内容" style={{ marginBottom: 16 }}>
          <Form.Item
            name="summary"
            label="线索内容"
            rules={[
              { required: true, whitespace: true, message: '请填写线索内容' },
              {
                validator: (_, v?: string) =>
                  !v || v.trim().length >= 10
                    ? Promise.resolve()
                    : Promise.reject(new Error('线索内容不少于10字')),
              },
            ]}
          >
            <Input.TextArea
              rows={6}
              maxLength={4000}
              showCount
              placeholder="反映的行政执法行为、存在的问题及有关情况"
              data-testid="lead-summary"
            />
          </Form.Item>
          <Form.Item
            name="subjectIds"
            label="涉及人员"
            extra={
              <Typography.Text type="secondary">
                线索所反映的行政执法人员（可不选，由纪检监察初核时确定被调查人员）。
              </Typography.Text>
            }
          >
            <Select<string[]>
              mode="multiple"
              allowClear
              maxCount={20}
              placeholder="选择本局人员"
              aria-label="涉及人员"
              data-testid="lead-subjects"
              showSearch={{ optionFilterProp: 'label' }}
              loading={people.isFetching}
              status={people.error ? 'error' : undefined}
              notFoundContent={people.error ? '人员名单加载失败' : '未找到人员'}
              options={(people.data ?? []).map((p) => ({ value: p.id, label: personText(p) }))}
              optionRender={(o) => {
                const p = people.data?.find((x) => x.id === o.value);
                return p ? <PersonOptionLabel person={p} /> : o.label;
              }}
            />
          </Form.Item>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="lead-submit">
            登记线索
          </Button>
          <Button onClick={() => void navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </>
  );
}
