import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Skeleton,
  Table,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { InterferenceSettingsBody } from '../../../../common/contracts/interference';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { Basis } from '../cases/case-page/shared';
import { toDay } from '../cases/format';
import { useSaveSettings, useSettings, type SettingsOverview, type SettingsValues } from './api';

type Key = keyof SettingsValues;
const KEYS: Key[] = ['instructionWorkingDays', 'protectionMonths', 'repeatWindowMonths'];
const SHORT: Record<Key, string> = {
  instructionWorkingDays: '批示期限（工作日）',
  protectionMonths: '保护观察期（月）',
  repeatWindowMonths: '两次以上期间（月）',
};
const valueText = (k: Key, v: number | null) =>
  v === null ? (k === 'repeatWindowMonths' ? '累计计算' : '—') : String(v);

interface Values {
  effectiveFrom?: Dayjs;
  instructionWorkingDays?: number | null;
  protectionMonths?: number | null;
  repeatWindowMonths?: number | null;
  note?: string;
}

/** The form of a new setting, taking effect on a day not before today (what happened is judged by its day). */
function SettingsForm({ data }: { data: SettingsOverview }) {
  const { message } = App.useApp();
  const m = useSaveSettings();
  const [form] = Form.useForm<Values>();
  const labelOf = (k: Key) => data.meta.find((x) => x.key === k)?.label ?? k;
  const finish = (v: Values) => {
    const body = {
      effectiveFrom: toDay(v.effectiveFrom) ?? '',
      values: {
        instructionWorkingDays: v.instructionWorkingDays ?? 0,
        protectionMonths: v.protectionMonths ?? 0,
        repeatWindowMonths: v.repeatWindowMonths ?? null,
      },
      note: v.note?.trim() ?? '',
    };
    const parsed = InterferenceSettingsBody.safeParse(body);
    if (!parsed.success) {
      void message.warning(parsed.error.issues[0]?.message ?? '请检查填写内容');
      return;
    }
    m.mutateAsync(body).then(
      () => void message.success('设置已保存，自生效日期起适用'),
      () => undefined,
    );
  };
  return (
    <Card title="调整设置" data-testid="settings-form">
      <ApiErrorAlert error={m.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={finish}
        initialValues={{ effectiveFrom: dayjs(), ...data.current }}
      >
        <Form.Item
          name="effectiveFrom"
          label="生效日期"
          rules={[{ required: true, message: '请选择生效日期' }]}
        >
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: 200 }} />
        </Form.Item>
        {KEYS.map((k) => (
          <Form.Item
            key={k}
            name={k}
            label={labelOf(k)}
            rules={k === 'repeatWindowMonths' ? [] : [{ required: true, message: `请填写${labelOf(k)}` }]}
            extra={k === 'repeatWindowMonths' ? '留空为累计计算' : undefined}
          >
            <InputNumber
              min={1}
              max={k === 'protectionMonths' ? 120 : k === 'repeatWindowMonths' ? 240 : 30}
              precision={0}
            />
          </Form.Item>
        ))}
        <Form.Item
          name="note"
          label="调整说明"
          rules={[{ required: true, whitespace: true, message: '请填写调整说明' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={m.isPending} data-testid="settings-save">
          保存
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 干预登记设置 (/interference/settings, 纪检): the numbers the rule leaves to the bureau — the 批示 period, the
 * recorder's protection period, the window of "两次以上" — each with its basis, their history and a new setting.
 */
export function SettingsPage() {
  const q = useSettings();
  const data = q.data;
  return (
    <>
      <PageHeader
        title="干预登记设置"
        description="制度未规定、由本局设定的期限和期间。调整按生效日期适用，已发生的事项按当时的设置判断。"
      />
      <ApiErrorAlert error={q.error} />
      {q.isLoading && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && (
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card title="当前设置" style={{ marginBottom: 16 }} data-testid="settings-current">
              <Descriptions
                size="small"
                column={1}
                bordered
                items={data.meta.map((mm) => ({
                  key: mm.key,
                  label: mm.label,
                  children: (
                    <>
                      <div className="zf-mono">{valueText(mm.key as Key, data.current[mm.key as Key])}</div>
                      <Basis>{mm.basis}</Basis>
                    </>
                  ),
                }))}
              />
            </Card>
            <Card title="调整记录" style={{ marginBottom: 16 }}>
              <Table<SettingsOverview['history'][number]>
                size="small"
                rowKey={(h) => h.effectiveFrom + h.note}
                pagination={false}
                dataSource={data.history}
                locale={{ emptyText: '尚未调整，适用默认设置' }}
                columns={[
                  { title: '生效日期', dataIndex: 'effectiveFrom', width: 110 },
                  ...KEYS.map((k) => ({
                    title: SHORT[k],
                    key: k,
                    render: (_: unknown, h: SettingsOverview['history'][number]) => valueText(k, h.values[k]),
                  })),
                  { title: '说明', dataIndex: 'note' },
                  { title: '调整人', dataIndex: 'createdByName', width: 90 },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <SettingsForm data={data} />
          </Col>
        </Row>
      )}
    </>
  );
}
