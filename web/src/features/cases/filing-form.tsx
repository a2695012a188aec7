import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { FilingBody, SOURCE_KIND_LABELS } from '../../../../common/contracts/cases';
import {
  CATEGORY_LABELS,
  ENFORCEMENT_CATEGORIES,
  type EnforcementCategory,
} from '../../../../common/contracts/personnel';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { checkRule, zodRule } from '../../components/zod-rule';
import { useFileCase, type SourceView } from './api-admin';
import { toDay } from './format';
import { OfficerPicker } from './simple/officer-picker';

interface FilingValues {
  title: string;
  category: EnforcementCategory;
  actDate: Dayjs;
  actContinuing: boolean;
  discoveredOn: Dayjs;
  extendedLimitation: boolean;
  facts: string;
  place?: string;
  officerIds: string[];
  opinion: string;
}
const FIELDS = ['title', 'category', 'actDate', 'discoveredOn', 'facts', 'place', 'officerIds', 'opinion'];
const F = FilingBody.shape;
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/**
 * 立案审批表: the officer proposes to file a case from a registered source; the case is created in 立案审批中 and
 * goes to the section head and the leader. The officers are checked on today's date for the chosen category.
 */
export function FilingDrawer({ source, onClose }: { source: SourceView | null; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const file = useFileCase();
  const [form] = Form.useForm<FilingValues>();
  const category = Form.useWatch('category', form);
  const continuing = Form.useWatch('actContinuing', form);
  const today = dayjs().format('YYYY-MM-DD');

  useEffect(() => {
    if (!source) return;
    form.resetFields();
    form.setFieldsValue({
      discoveredOn: dayjs(source.receivedOn),
      facts: source.summary,
      place: source.subjectAddress ?? undefined,
      actContinuing: false,
      extendedLimitation: false,
      officerIds: [],
      opinion: '经初步核查，当事人涉嫌违法，建议立案调查。',
    });
  }, [source, form]);

  const close = () => {
    file.reset();
    onClose();
  };
  const submit = (v: FilingValues) => {
    if (!source) return;
    file
      .mutateAsync({
        ...v,
        sourceId: source.id,
        actDate: toDay(v.actDate),
        discoveredOn: toDay(v.discoveredOn),
        place: v.place || null,
      })
      .then(
        ({ id }) => {
          void message.success('立案审批表已提交');
          close();
          void navigate(`/cases/${id}`);
        },
        (e: unknown) => applyFieldErrors(form, e, FIELDS),
      );
  };

  return (
    <Drawer
      title="立案审批表"
      open={!!source}
      onClose={close}
      size={760}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button type="primary" loading={file.isPending} onClick={() => form.submit()}>
            提请立案
          </Button>
        </Space>
      }
    >
      {source && (
        <Descriptions
          size="small"
          bordered
          column={2}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'no', label: '案源编号', children: source.sourceNo },
            { key: 'kind', label: '案件来源', children: SOURCE_KIND_LABELS[source.kind] },
            { key: 'subject', label: '涉嫌违法的单位或个人', children: source.subjectName, span: 2 },
          ]}
        />
      )}
      <ApiErrorAlert error={file.error} />
      <Form<FilingValues> form={form} name="filingForm" layout="vertical" onFinish={submit}>
        <Form.Item
          name="title"
          label="案由"
          rules={[{ required: true, message: '请填写案由' }, zodRule(F.title)]}
        >
          <Input maxLength={200} placeholder="如：某公司未按规定对从业人员进行安全生产教育和培训案" />
        </Form.Item>
        <Form.Item name="category" label="执法类别" rules={[{ required: true, message: '请选择执法类别' }]}>
          <Select
            style={{ width: 240 }}
            options={ENFORCEMENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], value: c }))}
          />
        </Form.Item>
        <Form.Item name="actContinuing" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>违法行为有连续或者继续状态</Checkbox>
        </Form.Item>
        <Space size={16} align="start" wrap>
          <Form.Item
            name="actDate"
            label={continuing ? '违法行为终了日期' : '违法行为发生日期'}
            tooltip="追责时效自违法行为发生之日起计算；有连续或者继续状态的，从行为终了之日起计算（《行政处罚法》第三十六条第二款）"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker disabledDate={notFuture} />
          </Form.Item>
          <Form.Item
            name="discoveredOn"
            label="发现日期"
            dependencies={['actDate']}
            rules={[
              { required: true, message: '请选择发现日期' },
              checkRule((d: Dayjs | undefined) => {
                const act = form.getFieldValue('actDate') as Dayjs | undefined;
                return d && act && d.isBefore(act, 'day') ? '发现日期不得早于违法行为发生日期' : null;
              }),
            ]}
          >
            <DatePicker disabledDate={notFuture} />
          </Form.Item>
        </Space>
        <Form.Item name="extendedLimitation" valuePropName="checked">
          <Checkbox>涉及公民生命健康安全、金融安全且有危害后果（追责时效五年）</Checkbox>
        </Form.Item>
        <Form.Item
          name="facts"
          label="涉嫌违法事实"
          rules={[{ required: true, message: '请填写涉嫌违法事实' }, zodRule(F.facts)]}
        >
          <Input.TextArea rows={5} maxLength={8000} showCount />
        </Form.Item>
        <Form.Item name="place" label="违法行为发生地点" rules={[zodRule(F.place)]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="officerIds"
          label="承办执法人员"
          extra="执法人员不得少于两人，且须持有本执法类别的有效执法证件（《行政处罚法》第四十二条）"
          rules={[{ required: true, message: '请选择执法人员' }, zodRule(F.officerIds)]}
        >
          <OfficerPicker category={category} on={today} />
        </Form.Item>
        <Form.Item
          name="opinion"
          label="承办人意见"
          rules={[{ required: true, message: '请填写承办人意见' }, zodRule(F.opinion)]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      <Alert
        type="info"
        showIcon
        title="提交后进入立案审批，经负责人批准后立案；审批意见在案件页面办理。"
        description="违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，延长至五年（《行政处罚法》第三十六条）。"
      />
    </Drawer>
  );
}
