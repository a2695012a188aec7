import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Segmented,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  CATEGORY_LABELS,
  ENFORCEMENT_CATEGORIES,
  type EnforcementCategory,
} from '../../../../common/contracts/personnel';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import {
  useEligibilityCheck,
  useOfficerOptions,
  type EligibilityCheckResult,
  type OfficerEligibility,
} from './api';
import { Basis, CertificateStatusTag, kindLabel, RefusalList } from './labels';

type Mode = 'team' | 'officer' | 'legal_reviewer';
interface Values {
  on: Dayjs;
  category: EnforcementCategory;
  region?: string;
  officerIds: string[] | string;
}

function Member({ m }: { m: OfficerEligibility }) {
  return (
    <List.Item data-testid={`member-${m.officerName ?? 'unknown'}`}>
      <div style={{ width: '100%' }}>
        <Space>
          {m.eligible ? (
            <CheckCircleFilled style={{ color: '#389e0d', fontSize: 18 }} />
          ) : (
            <CloseCircleFilled style={{ color: '#cf1322', fontSize: 18 }} />
          )}
          <Typography.Text strong>{m.officerName ?? '未登记人员'}</Typography.Text>
          {m.unitName && <Typography.Text type="secondary">{m.unitName}</Typography.Text>}
          {m.certificate && (
            <>
              <Typography.Text>
                {kindLabel(m.certificate.kind)} <span className="zf-mono">{m.certificate.number}</span>
              </Typography.Text>
              <CertificateStatusTag status={m.certificate.status} />
              <Typography.Text type="secondary">有效期至 {m.certificate.validUntil}</Typography.Text>
            </>
          )}
          {m.eligible && <Typography.Text type="success">具备执法资格</Typography.Text>}
        </Space>
        <RefusalList refusals={m.refusals} />
      </div>
    </List.Item>
  );
}

function ResultView({ r }: { r: EligibilityCheckResult }) {
  switch (r.check) {
    case 'team':
      return (
        <>
          {r.ok ? (
            <Alert
              type="success"
              showIcon
              data-testid="check-summary"
              title={`可以执法：${r.eligibleCount} 名执法人员在 ${r.on} 具备「${CATEGORY_LABELS[r.category]}」执法资格`}
              description={<Basis>《中华人民共和国行政处罚法》第四十二条第一款</Basis>}
            />
          ) : (
            r.refusals.map((x) => (
              <Alert
                key={x.rule}
                type="error"
                showIcon
                data-testid="check-summary"
                title={`不能执法：${x.reason}`}
                description={<Basis>{x.basis}</Basis>}
              />
            ))
          )}
          <List
            style={{ marginTop: 12 }}
            bordered
            dataSource={r.members}
            renderItem={(m) => <Member m={m} />}
          />
        </>
      );
    case 'officer':
      return <List bordered dataSource={[r.result]} renderItem={(m) => <Member m={m} />} />;
    case 'legal_reviewer':
      return r.eligible ? (
        <Alert
          type="success"
          showIcon
          data-testid="check-summary"
          title={`${r.officerName ?? ''} 可以从事法制审核`}
        />
      ) : (
        <>
          <Alert
            type="error"
            showIcon
            data-testid="check-summary"
            title={`${r.officerName ?? '该人员'} 不能从事法制审核`}
          />
          <RefusalList refusals={r.refusals} />
        </>
      );
  }
}

/**
 * 执法资格核验: before an inspection or as the case module will do for every act — are these officers qualified
 * on that date for that category, at least two of them (行政处罚法 第四十二条)? Also: may this person do legal
 * review (第五十八条第二款)?
 */
export function CheckPage() {
  const [mode, setMode] = useState<Mode>('team');
  const [form] = Form.useForm<Values>();
  const options = useOfficerOptions();
  const check = useEligibilityCheck();

  const submit = (v: Values) => {
    const on = v.on.format('YYYY-MM-DD');
    const ids = Array.isArray(v.officerIds) ? v.officerIds : [v.officerIds];
    const body =
      mode === 'team'
        ? { check: 'team' as const, on, category: v.category, region: v.region || null, officerIds: ids }
        : mode === 'officer'
          ? {
              check: 'officer' as const,
              on,
              category: v.category,
              region: v.region || null,
              officerId: ids[0]!,
            }
          : { check: 'legal_reviewer' as const, on, officerId: ids[0]! };
    check.mutate(body);
  };

  return (
    <>
      <PageHeader
        title="执法资格核验"
        description="核验执法人员在某日是否持有效证件、证件是否涵盖该执法类别；执法人员不得少于两人。案件模块上线后，立案、检查和调查环节将自动进行同样的核验。"
      />
      <Card>
        <Segmented<Mode>
          value={mode}
          onChange={(m) => {
            setMode(m);
            check.reset();
            form.setFieldValue('officerIds', m === 'team' ? [] : undefined);
          }}
          style={{ marginBottom: 16 }}
          options={[
            { label: '两名以上执法人员', value: 'team' },
            { label: '单人执法资格', value: 'officer' },
            { label: '法制审核人员资格', value: 'legal_reviewer' },
          ]}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          name="eligibilityCheck"
          initialValues={{ on: dayjs(), category: 'hazardous_chemicals', officerIds: [] }}
          onFinish={submit}
          style={{ maxWidth: 760 }}
        >
          <Form.Item
            name="officerIds"
            label={mode === 'team' ? '执法人员（至少两名）' : '人员'}
            rules={[{ required: true, message: '请选择人员' }]}
          >
            <Select
              mode={mode === 'team' ? 'multiple' : undefined}
              aria-label="选择执法人员"
              showSearch={{ optionFilterProp: 'label' }}
              loading={options.isPending}
              placeholder="输入姓名搜索"
              options={(options.data?.items ?? []).map((o) => ({
                value: o.id,
                label: `${o.name}（${o.unitName}）${o.certificateNumbers.length ? ` ${o.certificateNumbers.join('、')}` : ' 无有效证件'}`,
              }))}
            />
          </Form.Item>
          <Space wrap size={16} align="start">
            <Form.Item name="on" label="执法日期" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            {mode !== 'legal_reviewer' && (
              <Form.Item name="category" label="执法类别" rules={[{ required: true }]}>
                <Select
                  style={{ width: 200 }}
                  aria-label="执法类别"
                  options={ENFORCEMENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], value: c }))}
                />
              </Form.Item>
            )}
            {mode !== 'legal_reviewer' && (
              <Form.Item name="region" label="执法区域（可选）">
                <Input placeholder="如：赤峰市松山区" style={{ width: 200 }} />
              </Form.Item>
            )}
            <Form.Item label=" " colon={false}>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SafetyCertificateOutlined />}
                loading={check.isPending}
              >
                核验
              </Button>
            </Form.Item>
          </Space>
        </Form>
      </Card>
      <ApiErrorAlert error={check.error} style={{ marginTop: 16 }} />
      {check.data && (
        <Card title="核验结果" style={{ marginTop: 16 }} data-testid="check-result">
          <ResultView r={check.data} />
        </Card>
      )}
    </>
  );
}
