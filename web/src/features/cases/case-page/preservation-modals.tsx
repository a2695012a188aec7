import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import {
  PRESERVATION_DECISION_LABELS,
  PreservationBody,
  PreservationDecisionBody,
} from '../../../../../common/contracts/cases';
import {
  useDecidePreservation,
  useRequestPreservation,
  type CaseDetail,
  type Preservation,
} from '../api-case';
import { dayText, toDay } from '../format';
import { CaseFormModal } from './case-form-modal';

type Item = { name: string; spec?: string; quantity: string; note?: string };
type RequestValues = { items: Item[]; place: string; reason: string };

/**
 * 先行登记保存证据 (第五十六条): the items, where they are kept and why the evidence may be lost; the 负责人
 * approves, and a decision must follow within seven days.
 */
export function PreservationModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useRequestPreservation(lawCase.id);
  return (
    <CaseFormModal<RequestValues, z.input<typeof PreservationBody>>
      title="申请先行登记保存证据"
      okText="提交审批"
      width={820}
      onClose={onClose}
      mutation={m}
      schema={PreservationBody}
      testId="preservation-modal"
      initialValues={{ items: [{ name: '', spec: '', quantity: '', note: '' }], place: lawCase.place ?? '' }}
      toBody={(v) => ({
        items: (v.items ?? []).map((i) => ({
          name: i.name,
          spec: i.spec ?? '',
          quantity: i.quantity,
          note: i.note ?? '',
        })),
        place: v.place,
        reason: v.reason,
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="已提交负责人审批"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存，并应当在七日内及时作出处理决定（《中华人民共和国行政处罚法》第五十六条）。"
        />
      }
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <div style={{ marginBottom: 16 }} data-testid="preservation-items">
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              columns={[
                {
                  title: '物品名称',
                  key: 'name',
                  render: (_, f) => (
                    <Form.Item
                      name={[f.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: '请填写' }]}
                      noStyle
                    >
                      <Input maxLength={100} aria-label="物品名称" />
                    </Form.Item>
                  ),
                },
                {
                  title: '规格型号',
                  key: 'spec',
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'spec']} noStyle>
                      <Input maxLength={100} aria-label="规格型号" />
                    </Form.Item>
                  ),
                },
                {
                  title: '数量',
                  key: 'quantity',
                  width: 110,
                  render: (_, f) => (
                    <Form.Item
                      name={[f.name, 'quantity']}
                      rules={[{ required: true, whitespace: true, message: '请填写' }]}
                      noStyle
                    >
                      <Input maxLength={40} aria-label="数量" />
                    </Form.Item>
                  ),
                },
                {
                  title: '备注',
                  key: 'note',
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'note']} noStyle>
                      <Input maxLength={200} aria-label="备注" />
                    </Form.Item>
                  ),
                },
                {
                  key: 'remove',
                  width: 48,
                  render: (_, f) => (
                    <Button icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(f.name)} />
                  ),
                },
              ]}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              block
              onClick={() => add({ name: '', spec: '', quantity: '', note: '' })}
            >
              添加物品
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item
        name="place"
        label="保存地点"
        rules={[{ required: true, whitespace: true, message: '请填写保存地点' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="先行登记保存的理由"
        rules={[{ required: true, whitespace: true, message: '请说明证据可能灭失或者以后难以取得的情形' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}

const DecisionSchema = PreservationDecisionBody.extend({
  preservationId: z.string({ error: '请选择登记保存事项' }).min(1, '请选择登记保存事项'),
});
type DecisionValues = {
  preservationId: string;
  decision: keyof typeof PRESERVATION_DECISION_LABELS;
  note: string;
  decidedOn: Dayjs;
};

/** 先行登记保存的处理决定: within seven days of preserving (return, confiscate, seize, transfer, test…). */
export function PreservationDecisionModal({
  lawCase,
  preservation,
  onClose,
}: {
  lawCase: CaseDetail;
  preservation: Preservation | null;
  onClose: () => void;
}) {
  const m = useDecidePreservation(lawCase.id);
  const open = lawCase.preservations.filter((p) => p.status === 'preserved');
  return (
    <CaseFormModal<DecisionValues, z.input<typeof PreservationDecisionBody> & { preservationId: string }>
      title="先行登记保存：作出处理决定"
      okText="保存处理决定"
      onClose={onClose}
      mutation={m}
      testId="preservation-decision-modal"
      initialValues={{ preservationId: (preservation ?? open[0])?.id, decidedOn: dayjs() }}
      toBody={(v) => ({
        preservationId: v.preservationId,
        decision: v.decision,
        note: v.note,
        decidedOn: toDay(v.decidedOn),
      })}
      schema={DecisionSchema}
      submit={({ preservationId, ...body }) => m.mutateAsync({ preservationId, body })}
    >
      <Form.Item name="preservationId" label="登记保存事项" rules={[{ required: true, message: '请选择' }]}>
        <Select
          options={open.map((p) => ({
            value: p.id,
            label: `${p.items.map((i) => i.name).join('、')}（${dayText(p.preservedOn)} 登记保存，${dayText(p.dueOn)} 前处理）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="decision" label="处理决定" rules={[{ required: true, message: '请选择处理决定' }]}>
        <Select
          options={Object.entries(PRESERVATION_DECISION_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label="处理决定说明"
        rules={[{ required: true, whitespace: true, message: '请填写处理决定说明' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </CaseFormModal>
  );
}
