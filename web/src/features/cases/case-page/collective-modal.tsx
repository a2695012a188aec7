import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  COLLECTIVE_CONCLUSION_LABELS,
  COLLECTIVE_CONCLUSIONS,
  CollectiveBody,
  type CollectiveConclusion,
  type Penalty,
} from '../../../../../common/contracts/cases';
import { useSession } from '../../../app/session';
import { useRecordCollective, type CaseDetail } from '../api-case';
import { toInstant } from '../format';
import { PenaltyEditor, penaltyRule } from '../penalty-editor';
import { CaseFormModal } from './case-form-modal';
import { BandHint } from './report-modals';

type Participant = { name: string; title: string; opinion: string; dissent: boolean };
type Values = {
  heldAt: Dayjs;
  place: string;
  chairId: string;
  recorderName: string;
  participants: Participant[];
  minutes: string;
  conclusion: CollectiveConclusion;
  conclusionNote?: string;
  penalty?: Penalty;
};

const blank = (): Participant => ({ name: '', title: '', opinion: '', dissent: false });

/**
 * 集体讨论 (第五十七条第二款): the bureau's leaders decide a complex or major case together. At least three take
 * part; each one's opinion and any dissent are recorded; an amended conclusion carries the new penalty.
 */
export function CollectiveModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useRecordCollective(lawCase.id);
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const conclusion = Form.useWatch('conclusion', form);
  const { collective } = lawCase.requirements;
  return (
    <CaseFormModal<Values, z.input<typeof CollectiveBody>>
      form={form}
      title="记录集体讨论"
      okText="记录集体讨论"
      width={900}
      onClose={onClose}
      mutation={m}
      schema={CollectiveBody}
      testId="collective-modal"
      successText="集体讨论已记录，已生成集体讨论记录"
      initialValues={{
        heldAt: dayjs(),
        chairId: user?.id,
        participants: [blank(), blank(), blank()],
        conclusion: 'agree',
        penalty: lawCase.proposedPenalty ?? { items: [] },
      }}
      toBody={(v) => ({
        heldAt: toInstant(v.heldAt),
        place: v.place,
        chairId: v.chairId,
        recorderName: v.recorderName,
        participants: (v.participants ?? []).map((p) => ({ ...p, dissent: !!p.dissent })),
        minutes: v.minutes,
        conclusion: v.conclusion,
        conclusionNote: v.conclusionNote ?? '',
        penalty: v.conclusion === 'amend' ? (v.penalty ?? null) : null,
      })}
      submit={(body) => m.mutateAsync(body)}
      intro={
        collective.grounds.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="应当集体讨论决定的情形"
            description={collective.grounds.join('；')}
          />
        )
      }
    >
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="heldAt" label="讨论时间" rules={[{ required: true }]} style={{ width: 220 }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="place"
          label="地点"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写讨论地点' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="chairId"
          label="主持人"
          style={{ flex: 1 }}
          rules={[{ required: true, message: '请选择主持人' }]}
        >
          <Select
            options={lawCase.chairCandidates.map((c) => ({
              value: c.userId,
              label: `${c.name}（${c.title}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="recorderName"
          label="记录人"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写记录人' }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      </div>
      <Participants />
      <Form.Item
        name="minutes"
        label="讨论记录"
        rules={[{ required: true, whitespace: true, message: '请填写讨论记录' }]}
      >
        <Input.TextArea rows={5} maxLength={8000} showCount />
      </Form.Item>
      <Form.Item name="conclusion" label="讨论决定">
        <Radio.Group
          options={COLLECTIVE_CONCLUSIONS.map((c) => ({ label: COLLECTIVE_CONCLUSION_LABELS[c], value: c }))}
        />
      </Form.Item>
      {conclusion === 'amend' && (
        <Form.Item
          name="penalty"
          label="变更后的处罚内容"
          extra={<BandHint lawCase={lawCase} />}
          rules={[penaltyRule(true)]}
        >
          <PenaltyEditor />
        </Form.Item>
      )}
      <Form.Item
        name="conclusionNote"
        label="决定说明"
        rules={[
          {
            required: conclusion !== undefined && conclusion !== 'agree',
            whitespace: true,
            message: '请说明理由',
          },
        ]}
      >
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
    </CaseFormModal>
  );
}

function Participants() {
  return (
    <Form.List
      name="participants"
      rules={[
        {
          validator: (_r, v: unknown[] | undefined) =>
            (v?.length ?? 0) >= 3
              ? Promise.resolve()
              : Promise.reject(new Error('集体讨论参加人员不得少于三人')),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Card
          size="small"
          title="参加人员及意见"
          style={{ marginBottom: 16 }}
          data-testid="collective-participants"
        >
          {fields.map((f, i) => (
            <div
              key={f.key}
              style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}
              data-testid={`participant-${i}`}
            >
              <Form.Item
                name={[f.name, 'name']}
                rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                style={{ width: 110 }}
              >
                <Input placeholder="姓名" maxLength={64} aria-label="姓名" />
              </Form.Item>
              <Form.Item
                name={[f.name, 'title']}
                rules={[{ required: true, whitespace: true, message: '请填写职务' }]}
                style={{ width: 130 }}
              >
                <Input placeholder="职务" maxLength={64} aria-label="职务" />
              </Form.Item>
              <Form.Item
                name={[f.name, 'opinion']}
                rules={[{ required: true, whitespace: true, message: '请填写意见' }]}
                style={{ flex: 1 }}
              >
                <Input.TextArea
                  placeholder="发表意见"
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  aria-label="发表意见"
                />
              </Form.Item>
              <Form.Item name={[f.name, 'dissent']} valuePropName="checked">
                <Checkbox>保留意见</Checkbox>
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(f.name)} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} block onClick={() => add(blank())}>
            添加参加人员
          </Button>
          <Form.ErrorList errors={errors} />
        </Card>
      )}
    </Form.List>
  );
}
