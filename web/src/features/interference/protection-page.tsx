import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { RETALIATION_KIND_LABELS } from '../../../../common/contracts/interference';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { Basis } from '../cases/case-page/shared';
import { dateTimeText, toDay } from '../cases/format';
import { useFlags, useReportRetaliation, type FlagView } from './api';
import { FlagModal, FlagStatus } from './flag-modal';
import { ARTICLE } from './labels';

const SOURCE_LABELS: Record<FlagView['source'], string> = {
  personnel_action: '人事变动预警',
  self_report: '本人反映',
};

/** 纪检's list of protection flags, the open ones first. */
function FlagsCard() {
  const q = useFlags();
  const [resolving, setResolving] = useState<FlagView | null>(null);
  const rows = useMemo(
    () => [...(q.data ?? [])].sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1)),
    [q.data],
  );
  return (
    <Card
      title="记录人保护预警"
      style={{ marginBottom: 16 }}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
          刷新
        </Button>
      }
    >
      <ApiErrorAlert error={q.error} />
      <Table<FlagView>
        size="middle"
        rowKey="id"
        loading={q.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="暂无预警" /> }}
        onRow={(f) => ({ 'data-testid': `flag-row-${f.status}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '记录人',
            key: 'recorder',
            render: (_, f) => (
              <>
                {f.recorderName}
                {f.registerNo && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      登记表 {f.registerNo}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: '事项',
            key: 'kind',
            render: (_, f) => (
              <>
                <Tag>{SOURCE_LABELS[f.source]}</Tag>
                {RETALIATION_KIND_LABELS[f.actionKind] ?? f.actionKind}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    发生日期 {f.actionOn}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: '情况',
            dataIndex: 'description',
            render: (s: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span>,
          },
          { title: '预警时间', key: 'raised', width: 140, render: (_, f) => dateTimeText(f.raisedAt) },
          {
            title: '核查',
            key: 'status',
            width: 260,
            render: (_, f) => <FlagStatus flag={f} onResolve={setResolving} />,
          },
        ]}
      />
      {resolving && <FlagModal flag={resolving} onClose={() => setResolving(null)} />}
    </Card>
  );
}

/** 反映打击报复: a recorder reports retaliation; the server refuses whoever never recorded an interference. */
function RetaliationReportCard() {
  const { message } = App.useApp();
  const m = useReportRetaliation();
  const [form] = Form.useForm<{ occurredOn?: Dayjs; description?: string }>();
  const finish = (v: { occurredOn?: Dayjs; description?: string }) =>
    m
      .mutateAsync({ occurredOn: toDay(v.occurredOn) ?? '', description: v.description?.trim() ?? '' })
      .then(() => {
        void message.success('已提交，纪检监察将核查');
        form.resetFields();
      })
      .catch(() => undefined);
  return (
    <Card title="反映打击报复" style={{ marginBottom: 16 }} data-testid="retaliation-report">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="如实记录内部人员过问的办案人员受法律和组织保护，非因法定事由、非经法定程序，不得对其免职、调离、辞退、降级或者作出其他处分。"
        description={<Basis>{ARTICLE('六')}</Basis>}
      />
      <ApiErrorAlert error={m.error} />
      <Form form={form} layout="vertical" onFinish={(v) => void finish(v)} style={{ maxWidth: 720 }}>
        <Form.Item name="occurredOn" label="发生日期" rules={[{ required: true, message: '请选择发生日期' }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="description"
          label="反映内容"
          rules={[{ required: true, whitespace: true, message: '请填写反映内容' }]}
        >
          <Input.TextArea
            rows={5}
            maxLength={4000}
            showCount
            placeholder="受到何种对待、由谁作出、与登记过问情况的关系"
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={m.isPending} data-testid="retaliation-submit">
            提交反映
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/**
 * 记录人保护 (/interference/protection): for 纪检 the flags raised when a recorder is moved, demoted or loses the
 * certificate within the protection period, or reports retaliation, each verified with its statutory cause and
 * procedure (第六条); for the handlers the form to report retaliation.
 */
export function ProtectionPage() {
  const oversee = useAbility('interference.oversee');
  const record = useAbility('interference.record');
  return (
    <>
      <PageHeader
        title="记录人保护"
        description="如实记录内部人员过问情况的办案人员，在保护期内发生人事变动或反映受到打击报复的，由纪检监察核查。"
      />
      {oversee && <FlagsCard />}
      {record && <RetaliationReportCard />}
    </>
  );
}
