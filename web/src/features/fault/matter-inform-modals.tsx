import { Alert, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  InformBody,
  NoticeBody,
  StatementBody,
  type MatterView,
  type PersonOutcome,
} from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { dayText, toDay } from '../cases/format';
import {
  useInform,
  useNotice,
  useStatement,
  type InformInput,
  type NoticeInput,
  type StatementInput,
} from './api';
import { ARTICLE, MeasureTags } from './labels';
import { futureDay, textRule } from './matter-shared';

interface Props {
  m: MatterView;
  person: PersonOutcome;
  onClose: () => void;
}

/** 告知: the finding and the 拟处理意见 told to the person, with the days given for 陈述申辩. */
export function InformModal({ m, person, onClose }: Props) {
  const mutation = useInform(m.id);
  return (
    <CaseFormModal<{ informedOn?: Dayjs; method?: string; statementDays?: number }, InformInput>
      title={`告知：${person.person.name}`}
      okText="登记告知"
      onClose={onClose}
      mutation={mutation}
      schema={InformBody}
      testId="fault-inform-modal"
      initialValues={{ informedOn: dayjs(), method: '当面告知并送达认定书', statementDays: 5 }}
      toBody={(v) => ({
        personId: person.person.id,
        informedOn: toDay(v.informedOn) ?? '',
        method: v.method?.trim() ?? '',
        statementDays: v.statementDays ?? 5,
      })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="告知已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <>
              拟处理意见：
              <MeasureTags measures={person.proposedMeasures} emptyText="免予追究" />
            </>
          }
          description="告知认定的事实、理由、依据和拟处理意见，并告知其有陈述、申辩的权利。"
        />
      }
    >
      <Form.Item name="informedOn" label="告知日期" rules={[{ required: true, message: '请选择告知日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="method" label="告知方式" rules={textRule('请填写告知方式')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="statementDays"
        label="陈述申辩期限（日）"
        rules={[{ required: true, message: '请填写期限' }]}
      >
        <InputNumber min={3} max={15} precision={0} style={{ width: 120 }} />
      </Form.Item>
    </CaseFormModal>
  );
}

type StatementValues = { kind?: 'statement' | 'waiver'; receivedOn?: Dayjs; content?: string };

/** 陈述申辩 (or its waiver), recorded by 纪检 or filed by the person himself. */
export function StatementModal({ m, person, onClose }: Props) {
  const mutation = useStatement(m.id);
  const [form] = Form.useForm<StatementValues>();
  const kind = Form.useWatch('kind', form);
  return (
    <CaseFormModal<StatementValues, StatementInput>
      form={form}
      title={`陈述申辩：${person.person.name}`}
      okText="提交陈述申辩"
      width={680}
      onClose={onClose}
      mutation={mutation}
      schema={StatementBody}
      testId="fault-statement-modal"
      initialValues={{ kind: 'statement', receivedOn: dayjs() }}
      toBody={(v) => ({
        personId: person.person.id,
        kind: v.kind ?? 'statement',
        receivedOn: toDay(v.receivedOn) ?? '',
        content: v.content?.trim() ?? '',
      })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="陈述申辩已登记"
      intro={
        person.statementDueOn ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`陈述申辩期限：${dayText(person.statementDueOn)}`}
          />
        ) : undefined
      }
    >
      <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择' }]}>
        <Radio.Group
          options={[
            { value: 'statement', label: '陈述申辩' },
            { value: 'waiver', label: '放弃陈述申辩' },
          ]}
        />
      </Form.Item>
      <Form.Item name="receivedOn" label="提出日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="content"
        label={kind === 'waiver' ? '放弃陈述申辩的说明' : '陈述申辩内容'}
        rules={textRule('请填写内容')}
      >
        <Input.TextArea rows={6} maxLength={8000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

type NoticeValues = { deliveredOn?: Dayjs; method?: string; receiverName?: string; lateReason?: string };

/** 送达 of the 处理决定书 (第十一条: within ten days of the decision; later only with a reason). */
export function NoticeModal({ m, person, onClose }: Props) {
  const mutation = useNotice(m.id);
  const [form] = Form.useForm<NoticeValues>();
  const deliveredOn = Form.useWatch('deliveredOn', form);
  const late = !!deliveredOn && !!person.noticeDueOn && deliveredOn.isAfter(dayjs(person.noticeDueOn), 'day');
  return (
    <CaseFormModal<NoticeValues, NoticeInput>
      form={form}
      title={`送达：${person.person.name}`}
      okText="登记送达"
      onClose={onClose}
      mutation={mutation}
      schema={NoticeBody}
      testId="fault-notice-modal"
      initialValues={{ deliveredOn: dayjs(), method: '直接送达', receiverName: person.person.name }}
      toBody={(v) => ({
        personId: person.person.id,
        deliveredOn: toDay(v.deliveredOn) ?? '',
        method: v.method?.trim() ?? '',
        receiverName: v.receiverName?.trim() ?? '',
        lateReason: late ? v.lateReason?.trim() : undefined,
      })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="送达已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`处理决定书应于 ${dayText(person.noticeDueOn)} 前书面送达本人`}
          description={<Basis>{ARTICLE('十一')}</Basis>}
        />
      }
    >
      <Form.Item name="deliveredOn" label="送达日期" rules={[{ required: true, message: '请选择送达日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="method" label="送达方式" rules={textRule('请填写送达方式')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="receiverName" label="签收人" rules={textRule('请填写签收人')}>
        <Input maxLength={64} />
      </Form.Item>
      {late && (
        <Form.Item
          name="lateReason"
          label="超期送达的理由"
          extra="超过十日送达的，须说明理由，系统将提示纪检和主要负责人"
          rules={textRule('超期送达须写明理由')}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      )}
    </CaseFormModal>
  );
}
