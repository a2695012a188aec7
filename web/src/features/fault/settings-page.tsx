import { Alert, App, Button, Card, Col, Descriptions, Form, InputNumber, Row, Skeleton } from 'antd';
import { FaultSettingsBody } from '../../../../common/contracts/fault';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { Basis } from '../cases/case-page/shared';
import { dateTimeText } from '../cases/format';
import { useFaultSettings, useSaveFaultSettings, type FaultSettings } from './api';
import { ARTICLE } from './labels';

interface Values {
  repeatWindowMonths?: number | null;
  repeatThreshold?: number | null;
}

const REPEAT_BASIS = `${ARTICLE('八')}第二项`;

function SettingsForm({ data }: { data: FaultSettings }) {
  const { message } = App.useApp();
  const m = useSaveFaultSettings();
  const [form] = Form.useForm<Values>();
  const finish = (v: Values) => {
    const body = { repeatWindowMonths: v.repeatWindowMonths ?? 0, repeatThreshold: v.repeatThreshold ?? 0 };
    const parsed = FaultSettingsBody.safeParse(body);
    if (!parsed.success) {
      void message.warning(parsed.error.issues[0]?.message ?? '请检查填写内容');
      return;
    }
    m.mutateAsync(body).then(
      () => void message.success('设置已保存'),
      () => undefined,
    );
  };
  return (
    <Card title="调整设置" data-testid="fault-settings-form">
      <ApiErrorAlert error={m.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={finish}
        initialValues={{ repeatWindowMonths: data.repeatWindowMonths, repeatThreshold: data.repeatThreshold }}
      >
        <Form.Item
          name="repeatWindowMonths"
          label="“多次”的计算期间（月）"
          rules={[{ required: true, message: '请填写计算期间' }]}
          extra="认定过错之前这一期间内作出的过错处理决定计入次数（1–60个月）。"
        >
          <InputNumber min={1} max={60} precision={0} suffix="个月" data-testid="fault-settings-window" />
        </Form.Item>
        <Form.Item
          name="repeatThreshold"
          label="“多次”的次数（含本次）"
          rules={[{ required: true, message: '请填写次数' }]}
          extra="期间内被认定行政执法过错达到该次数的，系统提示从重追究情节（2–10次）。"
        >
          <InputNumber min={2} max={10} precision={0} suffix="次" data-testid="fault-settings-threshold" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={m.isPending} data-testid="fault-settings-save">
          保存
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 过错追究设置 (/fault/settings, 纪检): what the rule leaves to the bureau — how "多次发生行政执法过错" (第八条第二项,
 * 从重追究) is counted: the window and the number of faults. The system suggests the ground from these; the
 * investigators decide.
 */
export function FaultSettingsPage() {
  const q = useFaultSettings();
  const data = q.data;
  return (
    <>
      <PageHeader
        title="过错追究设置"
        description="制度未作具体规定、由本局设定的计算标准。调整后对此后的认定适用。"
      />
      <ApiErrorAlert error={q.error} />
      {q.isLoading && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && (
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card title="当前设置" style={{ marginBottom: 16 }} data-testid="fault-settings-current">
              <Descriptions
                size="small"
                column={1}
                bordered
                items={[
                  {
                    key: 'window',
                    label: '“多次”的计算期间',
                    children: (
                      <>
                        <div className="zf-mono" data-testid="fault-settings-window-value">
                          {data.repeatWindowMonths} 个月
                        </div>
                        <Basis>{REPEAT_BASIS}</Basis>
                      </>
                    ),
                  },
                  {
                    key: 'threshold',
                    label: '“多次”的次数',
                    children: (
                      <>
                        <div className="zf-mono" data-testid="fault-settings-threshold-value">
                          {data.repeatThreshold} 次（含本次）
                        </div>
                        <Basis>{REPEAT_BASIS}</Basis>
                      </>
                    ),
                  },
                  {
                    key: 'updated',
                    label: '最近调整',
                    children: data.updatedAt
                      ? `${data.updatedByName ?? '—'}，${dateTimeText(data.updatedAt)}`
                      : '尚未调整，适用默认设置',
                  },
                ]}
              />
            </Card>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="多次发生行政执法过错的，应当从重追究"
              description="调查认定时，系统按本设置检索被调查人员此前的过错处理决定，提示“多次发生行政执法过错”情节；是否从重由调查人员认定。"
            />
          </Col>
          <Col xs={24} xl={10}>
            <SettingsForm data={data} />
          </Col>
        </Row>
      )}
    </>
  );
}
