import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Radio, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TriageBody, type MatterView } from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { dayText, toDay } from '../cases/format';
import { useTriage, type TriageInput } from './api';
import { useMatterContext } from './matter-context';
import { FaultPeopleSelect } from './matter-pickers';
import { ARTICLE } from './labels';
import { futureDay, refText, pre, textRule } from './matter-shared';

/** 初核: what 纪检 decided on the lead, or the button to decide it. */
export function TriageCard() {
  const { m, open } = useMatterContext();
  const t = m.triage;
  return (
    <Card
      size="small"
      title="初核"
      style={{ marginBottom: 16 }}
      data-testid="matter-triage"
      extra={
        m.abilities.triage &&
        m.stage === 'lead' && (
          <Button type="primary" onClick={() => open({ kind: 'triage' })}>
            初核
          </Button>
        )
      }
    >
      {!t ? (
        <Typography.Text type="secondary">
          线索待纪检人员初核，决定立项调查或者不予立项。<Basis>{ARTICLE('二')}</Basis>
        </Typography.Text>
      ) : (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'decision',
              label: '初核意见',
              children: t.decision === 'investigate' ? <Tag color="blue">立项调查</Tag> : <Tag>不予立项</Tag>,
            },
            { key: 'on', label: '决定日期', children: `${dayText(t.decidedOn)}（${t.byName}）` },
            { key: 'reason', label: '理由', span: 2, children: pre(t.reason) },
            ...(t.decision === 'investigate'
              ? [
                  {
                    key: 'investigators',
                    label: '调查人员',
                    span: 2,
                    children: m.investigators.map(refText).join('、') || '—',
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}

interface Values {
  decision?: 'investigate' | 'dismiss';
  decidedOn?: Dayjs;
  reason?: string;
  investigatorIds?: string[];
  subjectIds?: string[];
}

/**
 * 初核 (第二条): 立项调查 with at least two investigators and the persons under investigation, or 不予立项 with
 * reasons. The server refuses an investigator who must withdraw (回避) and says who and why.
 */
export function TriageModal({ m, onClose }: { m: MatterView; onClose: () => void }) {
  const mutation = useTriage(m.id);
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  return (
    <CaseFormModal<Values, TriageInput>
      form={form}
      title={`初核：${m.no}`}
      okText="提交初核意见"
      width={720}
      onClose={onClose}
      mutation={mutation}
      schema={TriageBody}
      testId="fault-triage-modal"
      initialValues={{
        decision: 'investigate',
        decidedOn: dayjs(),
        subjectIds: m.subjects.map((s) => s.id),
      }}
      toBody={(v) =>
        v.decision === 'dismiss'
          ? { decision: 'dismiss', decidedOn: toDay(v.decidedOn) ?? '', reason: v.reason?.trim() ?? '' }
          : {
              decision: 'investigate',
              decidedOn: toDay(v.decidedOn) ?? '',
              reason: v.reason?.trim() ?? '',
              investigatorIds: v.investigatorIds ?? [],
              subjectIds: v.subjectIds ?? [],
            }
      }
      submit={(body) => mutation.mutateAsync(body)}
      successText="初核意见已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="立项调查的，调查人员不得少于二人；被调查人员、原案承办人、审核人、审批人应当回避。"
          description={<Basis>{ARTICLE('二')}</Basis>}
        />
      }
    >
      <Form.Item name="decision" label="初核意见" rules={[{ required: true, message: '请选择初核意见' }]}>
        <Radio.Group
          data-testid="triage-decision"
          options={[
            { value: 'investigate', label: '立项调查' },
            { value: 'dismiss', label: '不予立项' },
          ]}
        />
      </Form.Item>
      {decision !== 'dismiss' && (
        <>
          <Form.Item
            name="investigatorIds"
            label="调查人员"
            extra="不少于二人；标注“纪检监察”的为纪检监察人员"
            rules={[{ required: true, message: '请选择调查人员' }]}
          >
            <FaultPeopleSelect multiple placeholder="选择调查人员" testId="triage-investigators" />
          </Form.Item>
          <Form.Item
            name="subjectIds"
            label="被调查人员"
            rules={[{ required: true, message: '请选择被调查人员' }]}
          >
            <FaultPeopleSelect multiple placeholder="选择被调查人员" testId="triage-subjects" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="reason"
        label={decision === 'dismiss' ? '不予立项理由' : '立项理由'}
        rules={textRule('请填写理由')}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择决定日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
    </CaseFormModal>
  );
}
