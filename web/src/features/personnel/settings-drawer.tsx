import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { PersonnelSettingsValues } from '../../../../common/contracts/personnel';
import { ApiErrorAlert } from '../../components/api-error';
import { useOrg } from '../org/api';
import { useEntrustedUnits, useSaveSettings, useSetEntrustedUnit, useSettings } from './api';

const TAG_COLORS: Record<string, string> = {
  '法-V': 'green',
  '法-R': 'gold',
  文: 'blue',
  地: 'purple',
  推: 'default',
};

function show(v: unknown): string {
  return Array.isArray(v) ? v.join('、') : String(v);
}

/**
 * The thresholds of System 3 with their basis and source tag, the versions over time, and the register of
 * entrusted units. The roster keepers add a version effective from a date (never retroactively).
 */
export function SettingsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const settings = useSettings();
  const entrusted = useEntrustedUnits();
  const org = useOrg();
  const save = useSaveSettings();
  const setUnit = useSetEntrustedUnit();
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<PersonnelSettingsValues & { effectiveFrom: Dayjs; note: string }>();
  const [unitForm] = Form.useForm<{ unitId: string; basis: string; from: Dayjs; until?: Dayjs | null }>();
  const data = settings.data;
  const canManage = !!data?.canManage;

  return (
    <Drawer title="资格管理参数与受委托组织" open={open} onClose={onClose} size={760} destroyOnHidden>
      <ApiErrorAlert error={settings.error ?? error} />
      <Card size="small" title="现行参数" style={{ marginBottom: 16 }} loading={settings.isPending}>
        {data && (
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 220 } }}
            items={data.meta.map((m) => ({
              key: m.key,
              label: m.label,
              children: (
                <>
                  <Typography.Text strong>
                    {show(data.current[m.key as keyof PersonnelSettingsValues])}
                  </Typography.Text>{' '}
                  <Tag color={TAG_COLORS[m.tag]}>[{m.tag}]</Tag>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {m.basis}
                    </Typography.Text>
                  </div>
                </>
              ),
            }))}
          />
        )}
        {data && data.versions.length > 1 && (
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey={(v) => v.effectiveFrom ?? 'default'}
            pagination={false}
            dataSource={data.versions}
            columns={[
              { title: '生效日期', render: (_, v) => v.effectiveFrom ?? '默认' },
              { title: '年度学时', render: (_, v) => v.values.annualTrainingHours },
              { title: '证件有效期（年）', render: (_, v) => v.values.certificateValidityYears },
              { title: '说明', dataIndex: 'note' },
              { title: '设定人', render: (_, v) => v.createdByName ?? '—' },
            ]}
          />
        )}
      </Card>
      {canManage && data && (
        <Card size="small" title="调整参数（自生效日期起适用，不溯及既往）" style={{ marginBottom: 16 }}>
          <Form
            form={form}
            layout="inline"
            style={{ rowGap: 8 }}
            initialValues={{ ...data.current, effectiveFrom: dayjs().add(1, 'day') }}
            onFinish={(v) =>
              void save
                .mutateAsync({
                  effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
                  values: { ...data.current, ...v, expiryWarningDays: data.current.expiryWarningDays },
                  note: v.note,
                })
                .then(() => {
                  setError(null);
                  void message.success('已保存新的参数版本');
                }, setError)
            }
          >
            <Form.Item name="annualTrainingHours" label="年度学时">
              <InputNumber min={1} max={500} />
            </Form.Item>
            <Form.Item name="certificateValidityYears" label="证件有效期（年）">
              <InputNumber min={1} max={20} />
            </Form.Item>
            <Form.Item name="legalReviewerTargetPercent" label="法制审核人员比例（%）">
              <InputNumber min={1} max={100} />
            </Form.Item>
            <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="note" label="依据" rules={[{ required: true, message: '请说明调整依据' }]}>
              <Input style={{ width: 260 }} placeholder="如：自治区新文件文号" />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={save.isPending}>
                保存版本
              </Button>
            </Form.Item>
          </Form>
        </Card>
      )}
      <Card size="small" title="受委托组织（其事业编制人员可以持证，行政处罚法第二十条、第二十一条）">
        <Table
          size="small"
          rowKey="unitId"
          pagination={false}
          loading={entrusted.isPending}
          dataSource={entrusted.data?.items ?? []}
          columns={[
            { title: '单位', dataIndex: 'unitName' },
            { title: '委托依据', dataIndex: 'basis' },
            { title: '自', dataIndex: 'entrustedFrom', width: 110 },
            { title: '至', render: (_, e) => e.entrustedUntil ?? '长期', width: 110 },
          ]}
        />
        {entrusted.data?.canManage && (
          <Form
            form={unitForm}
            layout="inline"
            style={{ marginTop: 12, rowGap: 8 }}
            onFinish={(v) =>
              void setUnit
                .mutateAsync({
                  unitId: v.unitId,
                  body: {
                    basis: v.basis,
                    entrustedFrom: v.from.format('YYYY-MM-DD'),
                    entrustedUntil: v.until ? v.until.format('YYYY-MM-DD') : null,
                  },
                })
                .then(() => {
                  setError(null);
                  unitForm.resetFields();
                  void message.success('已登记');
                }, setError)
            }
          >
            <Form.Item name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
              <Select
                placeholder="单位"
                style={{ width: 220 }}
                options={(org.data?.units ?? []).map((u) => ({ label: u.name, value: u.id }))}
              />
            </Form.Item>
            <Form.Item name="basis" rules={[{ required: true, message: '请填写委托书文号' }]}>
              <Input placeholder="委托书或授权文件文号" style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="from" rules={[{ required: true, message: '起始日期' }]}>
              <DatePicker placeholder="委托起始" />
            </Form.Item>
            <Form.Item name="until">
              <DatePicker placeholder="截止（可空）" />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={setUnit.isPending}>
                登记
              </Button>
            </Form.Item>
          </Form>
        )}
      </Card>
    </Drawer>
  );
}
