import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { RecordBody } from '../../../../common/contracts/hearings';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { toInstant } from '../cases/format';
import { useRecordHearing } from './api';
import type { HearingModalProps } from './hearing-modals';
import { LAW, TRANSCRIPT_HEADINGS } from './labels';

/** One of the case's investigators (an officer of the case). */
export interface Investigator {
  userId: string;
  name: string;
}

type Attendee = { name: string; capacity: string };
type RecordValues = {
  period?: [Dayjs | null, Dayjs | null] | null;
  partyAttendees: Attendee[];
  investigatorIds: string[];
  others: Attendee[];
  recusalAsked?: string;
  sections: { title: string; text: string }[];
  signed: boolean;
  refusal?: string;
};

/** A list of people present (name and capacity), rows added and removed. */
function AttendeeList({
  name,
  title,
  addText,
  testId,
  required,
}: {
  name: 'partyAttendees' | 'others';
  title: string;
  addText: string;
  testId: string;
  required?: string;
}) {
  return (
    <Form.List
      name={name}
      rules={
        required
          ? [
              {
                validator: (_r, v: unknown[] | undefined) =>
                  v && v.length ? Promise.resolve() : Promise.reject(new Error(required)),
              },
            ]
          : undefined
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={testId}>
          {fields.map((f) => (
            <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <Form.Item
                name={[f.name, 'name']}
                style={{ flex: 1, marginBottom: 8 }}
                rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
              >
                <Input placeholder="姓名" aria-label="姓名" maxLength={50} />
              </Form.Item>
              <Form.Item
                name={[f.name, 'capacity']}
                style={{ flex: 1, marginBottom: 8 }}
                rules={[{ required: true, whitespace: true, message: '请填写身份' }]}
              >
                <Input
                  placeholder="身份（如：当事人、法定代表人、委托代理人、证人）"
                  aria-label="身份"
                  maxLength={50}
                />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label="删除该人员" onClick={() => remove(f.name)} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', capacity: '' })} block>
            {addText}
          </Button>
          <Form.ErrorList errors={errors} />
        </Card>
      )}
    </Form.List>
  );
}

/**
 * 记录听证: who attended, the investigators present, the recusal question, the transcript by the standard
 * sections (第六十五条: 调查人员提出违法事实、证据和处罚建议，当事人进行申辩和质证), and the party's signature or the
 * chair's note of the refusal (第六十四条第八项). The server generates the 听证笔录.
 *
 * The investigators offered are the hearing's own list (everyone who was an officer of the case, as the server
 * checks them), so a clerk or chair who may not open the case records the hearing as well. `investigators`, when
 * given (the case's current officers), are the ones selected at first; otherwise all are.
 */
export function RecordModal({
  hearing,
  investigators,
  onClose,
}: HearingModalProps & { investigators?: readonly Investigator[] }) {
  const m = useRecordHearing(hearing);
  const [form] = Form.useForm<RecordValues>();
  const signed = Form.useWatch('signed', form);
  const people: readonly Investigator[] = hearing.investigators;
  const current = new Set((investigators ?? []).map((i) => i.userId));
  const preselected = people.filter((p) => !current.size || current.has(p.userId)).map((p) => p.userId);
  const start = hearing.scheduledAt ? dayjs(hearing.scheduledAt) : dayjs().subtract(2, 'hour');
  return (
    <CaseFormModal<RecordValues, z.input<typeof RecordBody>>
      form={form}
      title="记录听证"
      okText="保存听证笔录"
      width={880}
      onClose={onClose}
      mutation={m}
      schema={RecordBody}
      testId="hearing-record-modal"
      initialValues={{
        period: [start, start.add(hearing.durationMinutes || 120, 'minute')],
        partyAttendees: [
          { name: hearing.partyNames, capacity: '当事人' },
          ...hearing.agents.map((a) => ({ name: a.name, capacity: '委托代理人' })),
        ],
        investigatorIds: preselected,
        others: [],
        recusalAsked: '主持人告知当事人有申请主持人、听证员、书记员回避的权利，当事人表示不申请回避。',
        sections: TRANSCRIPT_HEADINGS.map((title) => ({ title, text: '' })),
        signed: true,
        refusal: '',
      }}
      toBody={(v) => ({
        startedAt: toInstant(v.period?.[0]) ?? '',
        endedAt: toInstant(v.period?.[1]) ?? '',
        partyAttendees: v.partyAttendees ?? [],
        investigatorIds: v.investigatorIds ?? [],
        others: v.others ?? [],
        recusalAsked: v.recusalAsked ?? '',
        sections: v.sections ?? [],
        signed: v.signed,
        refusal: v.signed ? '' : (v.refusal ?? '').trim(),
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="听证笔录已生成"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`听证应当制作笔录。笔录应当交当事人或者其代理人核对无误后签字或者盖章；当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明（${LAW}第六十四条第八项）。`}
        />
      }
    >
      <Form.Item
        name="period"
        label="听证起止时间"
        rules={[{ required: true, message: '请填写听证起止时间' }]}
      >
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <AttendeeList
        name="partyAttendees"
        title="出席的当事人及委托代理人"
        addText="添加出席人员"
        testId="hearing-party-attendees"
        required="请登记出席听证的当事人或其委托代理人"
      />
      <Form.Item
        name="investigatorIds"
        label="出席的案件调查人员"
        rules={[{ required: true, type: 'array', min: 1, message: '请登记出席听证的案件调查人员' }]}
        extra="本案的执法人员（调查人员）"
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          aria-label="出席的案件调查人员"
          data-testid="hearing-investigators-select"
          options={people.map((p) => ({ value: p.userId, label: p.name }))}
        />
      </Form.Item>
      <AttendeeList
        name="others"
        title="其他参加人（证人、鉴定人、翻译人员等）"
        addText="添加其他参加人"
        testId="hearing-other-attendees"
      />
      <Form.Item
        name="recusalAsked"
        label="告知回避权利及当事人的答复"
        rules={[{ required: true, whitespace: true, message: '请填写告知回避权利及当事人的答复' }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.List
        name="sections"
        rules={[
          {
            validator: (_r, v: unknown[] | undefined) =>
              v && v.length ? Promise.resolve() : Promise.reject(new Error('请填写听证笔录')),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Card size="small" title="听证笔录" style={{ marginBottom: 16 }} data-testid="hearing-transcript">
            {fields.map((f, i) => (
              <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <div style={{ flex: 1 }}>
                  <Form.Item
                    name={[f.name, 'title']}
                    style={{ marginBottom: 4 }}
                    rules={[{ required: true, whitespace: true, message: '请填写段落标题' }]}
                  >
                    <Input
                      prefix={`${i + 1}.`}
                      maxLength={50}
                      aria-label={`第${i + 1}段标题`}
                      style={{ fontWeight: 600 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: '请填写笔录内容' }]}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 3, maxRows: 12 }}
                      maxLength={20000}
                      aria-label={`第${i + 1}段内容`}
                    />
                  </Form.Item>
                </div>
                <Button icon={<DeleteOutlined />} aria-label="删除该段" onClick={() => remove(f.name)} />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', text: '' })} block>
              添加段落
            </Button>
            <Form.ErrorList errors={errors} />
          </Card>
        )}
      </Form.List>
      <Form.Item name="signed" label="当事人核对签字">
        <Radio.Group
          options={[
            { label: '当事人或其代理人已核对签字（盖章）', value: true },
            { label: '拒绝签字或盖章', value: false },
          ]}
        />
      </Form.Item>
      {signed === false && (
        <Form.Item
          name="refusal"
          label="主持人注明的拒签情况"
          rules={[{ required: true, whitespace: true, message: '当事人拒绝签字的，请注明情况' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </CaseFormModal>
  );
}
