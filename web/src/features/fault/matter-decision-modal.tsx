import { Alert, Card, DatePicker, Form, Input, Space, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  DecisionBody,
  LIABILITY_LEVEL_LABELS,
  type MatterView,
  type Measure,
  type PersonOutcome,
} from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { toDay } from '../cases/format';
import { useDecision, type DecisionInput } from './api';
import { MeasureSelect } from './matter-pickers';
import { ARTICLE, MeasureTags } from './labels';
import { CIVIL_SERVANT_LAW_63, futureDay, heaviest, textRule, TreatmentTag } from './matter-shared';

type PersonValues = { measures?: Measure[]; reason?: string; disciplineBody?: string };
interface Values {
  decidedOn?: Dayjs;
  meeting?: string;
  people?: Record<string, PersonValues | undefined>;
}

/** One liable person's part of the decision: what was proposed, what is decided, and why. */
function PersonPart({ p, form }: { p: PersonOutcome; form: FormInstance<Values> }) {
  const id = p.person.id;
  const chosen = Form.useWatch(['people', id, 'measures'], form) as Measure[] | undefined;
  const limit = heaviest(p.proposedMeasures);
  const heavier = heaviest(chosen) > limit;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space size={8} wrap>
          {p.person.name}
          <Typography.Text type="secondary">{LIABILITY_LEVEL_LABELS[p.level]}</Typography.Text>
          <TreatmentTag treatment={p.treatment} />
        </Space>
      }
      data-testid={`decision-person-${id}`}
    >
      <div style={{ marginBottom: 8 }}>
        拟处理意见：
        <MeasureTags measures={p.proposedMeasures} emptyText="免予追究" />
      </div>
      <Form.Item name={['people', id, 'measures']} label={`${p.person.name}的处理措施`}>
        <MeasureSelect limit={limit} proposed={p.proposedMeasures} testId={`decision-measures-${id}`} />
      </Form.Item>
      {heavier && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="处理决定不得重于告知的拟处理意见"
          description={<Basis>{CIVIL_SERVANT_LAW_63}</Basis>}
        />
      )}
      {chosen?.includes('discipline_referral') && (
        <Form.Item
          name={['people', id, 'disciplineBody']}
          label="移送机关"
          extra="按干部管理权限移送（第十三条）"
          rules={textRule('请填写移送机关')}
        >
          <Input maxLength={200} placeholder="如：市纪委监委派驻纪检监察组" />
        </Form.Item>
      )}
      <Form.Item
        name={['people', id, 'reason']}
        label="处理理由"
        extra="免予追究或者轻于拟处理意见的，须写明理由"
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </Card>
  );
}

/** 处理决定 (第十、十三条): after the leadership's meeting, the measures for every liable person. */
export function DecisionModal({ m, onClose }: { m: MatterView; onClose: () => void }) {
  const mutation = useDecision(m.id);
  const [form] = Form.useForm<Values>();
  const initialPeople = Object.fromEntries(
    m.people.map((p) => [p.person.id, { measures: p.proposedMeasures }]),
  );
  return (
    <CaseFormModal<Values, DecisionInput>
      form={form}
      title={`作出处理决定：${m.no}`}
      okText="作出决定"
      width={820}
      onClose={onClose}
      mutation={mutation}
      schema={DecisionBody}
      testId="fault-decision-modal"
      initialValues={{ decidedOn: dayjs(), people: initialPeople }}
      toBody={(v) => ({
        decidedOn: toDay(v.decidedOn) ?? '',
        meeting: v.meeting?.trim() ?? '',
        measures: m.people.map((p) => {
          const x = v.people?.[p.person.id];
          const measures = x?.measures ?? [];
          return {
            personId: p.person.id,
            measures,
            reason: x?.reason?.trim() || undefined,
            disciplineBody: measures.includes('discipline_referral') ? x?.disciplineBody?.trim() : undefined,
          };
        }),
      })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="处理决定已作出"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="处理决定不得重于告知的拟处理意见；作出决定前，每名责任人员均应已告知并听取陈述申辩（或已放弃、期限届满）。"
          description={
            <Space orientation="vertical" size={0}>
              <Basis>{CIVIL_SERVANT_LAW_63}</Basis>
              <Basis>{`${ARTICLE('十')}、第十三条`}</Basis>
            </Space>
          }
        />
      }
    >
      <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择决定日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="meeting"
        label="研究决定的会议"
        extra="会议名称、时间、参加人员"
        rules={textRule('请填写研究决定的会议')}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {m.people.map((p) => (
        <PersonPart key={p.person.id} p={p} form={form} />
      ))}
    </CaseFormModal>
  );
}
