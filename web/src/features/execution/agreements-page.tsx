import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import {
  AgreementBody,
  AgreementFilingBody,
  AgreementTerminateBody,
  BUDGET_LEVEL_LABELS,
  BUDGET_LEVELS,
  type BudgetLevel,
} from '../../../../common/contracts/execution';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { toDay } from '../cases/format';
import {
  useAgreements,
  useFileAgreement,
  useSaveAgreement,
  useTerminateAgreement,
  type AgreementView,
} from './api';
import { confirmStep } from './confirm';
import { LateFlag, SEPARATION_BASIS } from './labels';

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
const dayOf = (d: Dayjs | null | undefined) => toDay(d) ?? '';

type AgreementValues = {
  bankName: string;
  bankAddress: string;
  accountName: string;
  accountNumber: string;
  outlets: { name: string; address: string }[];
  ePayment?: string;
  budgetSubject: string;
  budgetLevel?: BudgetLevel;
  reportingMethod: string;
  reportingFrequency: string;
  signedOn: Dayjs | null;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
};

/**
 * 代收罚款协议 (国务院令第235号 第六条): the bank's name and address, the account, the outlets, the budget subject and
 * level, how and how often the bank reports; to be filed with the superior bureau and the finance department
 * within fifteen days of signing.
 */
function AgreementModal({ agreement, onClose }: { agreement: AgreementView | null; onClose: () => void }) {
  const m = useSaveAgreement();
  const a = agreement;
  return (
    <CaseFormModal<AgreementValues, z.input<typeof AgreementBody>>
      title={a ? '修改代收罚款协议' : '登记代收罚款协议'}
      okText={a ? '保存修改' : '登记协议'}
      width={820}
      onClose={onClose}
      mutation={m}
      schema={AgreementBody}
      testId="agreement-modal"
      initialValues={
        a
          ? {
              ...a,
              ePayment: a.ePayment ?? '',
              signedOn: dayjs(a.signedOn),
              validFrom: dayjs(a.validFrom),
              validTo: a.validTo ? dayjs(a.validTo) : null,
            }
          : { outlets: [{ name: '', address: '' }], signedOn: dayjs(), validFrom: dayjs(), validTo: null }
      }
      toBody={(v) => ({
        bankName: (v.bankName ?? '').trim(),
        bankAddress: (v.bankAddress ?? '').trim(),
        accountName: (v.accountName ?? '').trim(),
        accountNumber: (v.accountNumber ?? '').trim(),
        outlets: (v.outlets ?? []).map((o) => ({
          name: (o?.name ?? '').trim(),
          address: (o?.address ?? '').trim(),
        })),
        ePayment: v.ePayment?.trim() || null,
        budgetSubject: (v.budgetSubject ?? '').trim(),
        budgetLevel: v.budgetLevel as BudgetLevel,
        reportingMethod: (v.reportingMethod ?? '').trim(),
        reportingFrequency: (v.reportingFrequency ?? '').trim(),
        signedOn: dayOf(v.signedOn),
        validFrom: dayOf(v.validFrom),
        validTo: toDay(v.validTo),
      })}
      submit={(body) => m.mutateAsync({ id: a?.id ?? null, body })}
      successText={a ? '协议已修改' : '协议已登记，请于十五日内备案'}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="代收机构应当是国有商业银行或者其分支机构；协议应载明代收机构名称、地址、账户、网点、预算科目与级次、告知收缴情况的方式和期限等事项"
          description={<Basis>{`${SEPARATION_BASIS}第五条、第六条`}</Basis>}
        />
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="bankName"
            label="代收机构名称"
            rules={[{ required: true, whitespace: true, message: '请填写代收机构名称' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="bankAddress"
            label="代收机构地址"
            rules={[{ required: true, whitespace: true, message: '请填写代收机构地址' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="accountName"
            label="收款户名"
            rules={[{ required: true, whitespace: true, message: '请填写收款户名' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="accountNumber"
            label="收款账号"
            rules={[{ required: true, whitespace: true, message: '请填写收款账号' }]}
          >
            <Input maxLength={50} className="zf-mono" />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="outlets">
        {(fields, { add, remove }) => (
          <div data-testid="agreement-outlets" style={{ marginBottom: 16 }}>
            <Typography.Text strong>代收网点</Typography.Text>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" style={{ display: 'flex', marginTop: 8 }}>
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: '请填写网点名称' }]}
                  style={{ width: 260, marginBottom: 0 }}
                >
                  <Input placeholder="网点名称" maxLength={100} aria-label={`第${i + 1}个网点名称`} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'address']}
                  rules={[{ required: true, whitespace: true, message: '请填写网点地址' }]}
                  style={{ width: 380, marginBottom: 0 }}
                >
                  <Input placeholder="网点地址" maxLength={200} aria-label={`第${i + 1}个网点地址`} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除网点" />
                )}
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              onClick={() => add({ name: '', address: '' })}
              data-testid="agreement-outlet-add"
            >
              增加网点
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item
        name="ePayment"
        label="电子支付系统"
        extra="当事人可通过电子支付系统缴纳罚款的，写明系统名称或渠道"
      >
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="budgetSubject"
            label="预算科目"
            rules={[{ required: true, whitespace: true, message: '请填写预算科目' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="budgetLevel"
            label="预算级次"
            rules={[{ required: true, message: '请选择预算级次' }]}
          >
            <Select options={BUDGET_LEVELS.map((l) => ({ value: l, label: BUDGET_LEVEL_LABELS[l] }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="reportingMethod"
            label="代收机构告知收缴情况的方式"
            rules={[{ required: true, whitespace: true, message: '请填写告知方式' }]}
          >
            <Input maxLength={500} placeholder="如：每日以电子对账单告知" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="reportingFrequency"
            label="告知期限（频次）"
            rules={[{ required: true, whitespace: true, message: '请填写告知期限' }]}
          >
            <Input maxLength={100} placeholder="如：次一工作日" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="signedOn" label="签订日期" rules={[{ required: true, message: '请选择签订日期' }]}>
            <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="validFrom"
            label="有效期起"
            rules={[{ required: true, message: '请选择有效期起' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="validTo" label="有效期止" extra="长期有效的不填">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </CaseFormModal>
  );
}

function FilingModal({ agreement, onClose }: { agreement: AgreementView; onClose: () => void }) {
  const m = useFileAgreement();
  return (
    <CaseFormModal<{ superiorOn: Dayjs | null; financeOn: Dayjs | null }, z.input<typeof AgreementFilingBody>>
      title="登记协议备案"
      okText="登记备案"
      onClose={onClose}
      mutation={m}
      schema={AgreementFilingBody}
      testId="agreement-filing-modal"
      initialValues={{
        superiorOn: agreement.filedSuperiorOn ? dayjs(agreement.filedSuperiorOn) : dayjs(),
        financeOn: agreement.filedFinanceOn ? dayjs(agreement.filedFinanceOn) : dayjs(),
      }}
      toBody={(v) => ({ superiorOn: dayOf(v.superiorOn), financeOn: dayOf(v.financeOn) })}
      submit={(body) => m.mutateAsync({ id: agreement.id, body })}
      successText="备案已登记"
      intro={
        <Alert
          type={agreement.filingLate ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={`应于 ${agreement.filingDueOn} 前（签订之日起十五日内）报上一级行政机关和本级财政部门备案${agreement.filingLate ? '；已逾期' : ''}`}
          description={<Basis>{`${SEPARATION_BASIS}第六条第三款`}</Basis>}
        />
      }
    >
      <Form.Item
        name="superiorOn"
        label="报上一级行政机关备案日期"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
      <Form.Item
        name="financeOn"
        label="报本级财政部门备案日期"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
    </CaseFormModal>
  );
}

function TerminateModal({ agreement, onClose }: { agreement: AgreementView; onClose: () => void }) {
  const m = useTerminateAgreement();
  const { modal } = App.useApp();
  return (
    <CaseFormModal<{ on: Dayjs | null; reason: string }, z.input<typeof AgreementTerminateBody>>
      title={`终止代收协议：${agreement.bankName}`}
      okText="终止协议"
      danger
      onClose={onClose}
      mutation={m}
      schema={AgreementTerminateBody}
      testId="agreement-terminate-modal"
      initialValues={{ on: dayjs() }}
      toBody={(v) => ({ on: dayOf(v.on), reason: (v.reason ?? '').trim() })}
      submit={(body) =>
        confirmStep(modal, {
          title: '确认终止该代收罚款协议？',
          content: '终止后当事人不能再向该机构缴纳罚款；请确保已有新的代收协议生效并告知当事人。',
          okText: '确认终止',
          danger: true,
        }).then(() => m.mutateAsync({ id: agreement.id, body }))
      }
      successText="协议已终止"
    >
      <Form.Item name="on" label="终止日期" rules={[{ required: true, message: '请选择终止日期' }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label="终止原因"
        rules={[{ required: true, whitespace: true, message: '请填写终止原因' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

type Request =
  | { kind: 'edit'; agreement: AgreementView | null }
  | { kind: 'filing'; agreement: AgreementView }
  | { kind: 'terminate'; agreement: AgreementView };

function Details({ a }: { a: AgreementView }) {
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        { key: 'addr', label: '代收机构地址', children: a.bankAddress },
        { key: 'acct', label: '收款户名', children: a.accountName },
        {
          key: 'budget',
          label: '预算科目与级次',
          children: `${a.budgetSubject}（${BUDGET_LEVEL_LABELS[a.budgetLevel]}）`,
        },
        { key: 'epay', label: '电子支付', children: a.ePayment ?? '—' },
        { key: 'report', label: '告知方式与期限', children: `${a.reportingMethod}；${a.reportingFrequency}` },
        {
          key: 'outlets',
          label: '代收网点',
          span: 2,
          children: (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {a.outlets.map((o) => (
                <li key={o.name + o.address}>
                  {o.name}：{o.address}
                </li>
              ))}
            </ul>
          ),
        },
        ...(a.terminatedOn
          ? [
              {
                key: 'term',
                label: '终止',
                span: 2,
                children: `${a.terminatedOn}：${a.terminatedReason ?? ''}`,
              },
            ]
          : []),
      ]}
    />
  );
}

/** 代收罚款协议 (/finance/agreements): the agreements with the designated bank, their filing and validity. */
export function AgreementsPage() {
  const navigate = useNavigate();
  const agreements = useAgreements();
  const [request, setRequest] = useState<Request | null>(null);
  const items = agreements.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="代收罚款协议"
        description="作出罚款决定的行政机关应当同代收机构签订代收罚款协议，并自签订之日起十五日内报上一级行政机关和本级财政部门备案（国务院令第235号第六条）。"
        extra={
          <Space>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRequest({ kind: 'edit', agreement: null })}
              data-testid="agreement-new"
            >
              登记协议
            </Button>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/finance')}>
              财务对账
            </Button>
          </Space>
        }
      />
      <Card>
        <ApiErrorAlert error={agreements.error} />
        <Table<AgreementView>
          rowKey="id"
          size="middle"
          loading={agreements.isPending}
          dataSource={items}
          pagination={false}
          expandable={{ expandedRowRender: (a) => <Details a={a} /> }}
          locale={{
            emptyText: <Empty description="尚未登记代收罚款协议。罚款须由当事人缴入协议约定的代收机构。" />,
          }}
          onRow={(a) =>
            ({ 'data-testid': `agreement-row-${a.bankName}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: '代收机构',
              key: 'bank',
              render: (_, a) => (
                <>
                  {a.bankName}
                  <div>
                    <Typography.Text type="secondary" className="zf-mono" style={{ fontSize: 12 }}>
                      {a.accountNumber}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            { title: '签订', dataIndex: 'signedOn', width: 110 },
            {
              title: '有效期',
              key: 'valid',
              width: 200,
              render: (_, a) => `${a.validFrom} 至 ${a.validTo ?? '长期'}`,
            },
            {
              title: '状态',
              key: 'state',
              width: 100,
              render: (_, a) =>
                a.terminatedOn ? (
                  <Tag>已终止</Tag>
                ) : a.inForce ? (
                  <Tag color="green">生效</Tag>
                ) : (
                  <Tag color="orange">未生效</Tag>
                ),
            },
            {
              title: '备案',
              key: 'filing',
              render: (_, a) =>
                a.filedSuperiorOn && a.filedFinanceOn ? (
                  <Typography.Text style={{ fontSize: 12 }}>
                    上级 {a.filedSuperiorOn}；财政 {a.filedFinanceOn}
                    <LateFlag late={a.filingLate} title="超过签订之日起十五日" text="逾期备案" />
                  </Typography.Text>
                ) : (
                  <Space size={4} wrap>
                    <Tag color={a.filingLate ? 'red' : 'orange'} data-testid="agreement-filing-due">
                      应于 {a.filingDueOn} 前备案
                    </Tag>
                    <LateFlag late={a.filingLate} title="已超过签订之日起十五日的备案期限" />
                  </Space>
                ),
            },
            {
              key: 'ops',
              width: 220,
              render: (_, a) =>
                a.terminatedOn ? null : (
                  <Space size={4} wrap>
                    <Button
                      size="small"
                      onClick={() => setRequest({ kind: 'edit', agreement: a })}
                      data-testid="agreement-edit"
                    >
                      修改
                    </Button>
                    {(!a.filedSuperiorOn || !a.filedFinanceOn) && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setRequest({ kind: 'filing', agreement: a })}
                        data-testid="agreement-filing"
                      >
                        登记备案
                      </Button>
                    )}
                    <Button
                      size="small"
                      danger
                      onClick={() => setRequest({ kind: 'terminate', agreement: a })}
                      data-testid="agreement-terminate"
                    >
                      终止
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {request?.kind === 'edit' && (
        <AgreementModal agreement={request.agreement} onClose={() => setRequest(null)} />
      )}
      {request?.kind === 'filing' && (
        <FilingModal agreement={request.agreement} onClose={() => setRequest(null)} />
      )}
      {request?.kind === 'terminate' && (
        <TerminateModal agreement={request.agreement} onClose={() => setRequest(null)} />
      )}
    </>
  );
}
