import { EditOutlined, EyeOutlined, LogoutOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Avatar,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  DEPARTURE_REASON_LABELS,
  DEPARTURE_REASONS,
  EDUCATION_LABELS,
  OFFICER_STATUS_LABELS,
  STAFFING_LABELS,
  type DepartureReason,
} from '../../../../common/contracts/personnel';
import { ApiErrorAlert } from '../../components/api-error';
import {
  fileToBase64,
  useDepart,
  useOfficer,
  useRevealIdNumber,
  useUploadPhoto,
  type OfficerDetail,
} from './api';
import { ActionsTab } from './actions-tab';
import { CertificatesTab } from './certificates-tab';
import { HistoryTab } from './history-tab';
import { CertificateStatusTag } from './labels';
import { OfficerFormDrawer } from './officer-form-drawer';
import { TrainingTab } from './training-tab';

function IdNumberField({ officer }: { officer: OfficerDetail }) {
  const reveal = useRevealIdNumber();
  const [shown, setShown] = useState<string | null>(null);
  if (!officer.idNumberMasked) return <Typography.Text type="secondary">未登记</Typography.Text>;
  return (
    <Space>
      <Typography.Text className="zf-mono" data-testid="id-number">
        {shown ?? officer.idNumberMasked}
      </Typography.Text>
      {officer.abilities.revealIdNumber && !shown && (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() =>
            void reveal.mutateAsync(officer.id).then(
              (r) => setShown(r.idNumber),
              () => undefined,
            )
          }
        >
          查看完整号码（记入审计）
        </Button>
      )}
      {reveal.error && <ApiErrorAlert error={reveal.error} />}
    </Space>
  );
}

function DepartModal({
  officer,
  open,
  onClose,
}: {
  officer: OfficerDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const depart = useDepart();
  const [form] = Form.useForm<{ on: Dayjs; reason: DepartureReason; note: string; approverName: string }>();
  return (
    <Modal
      open={open}
      title={`调离/离岗：${officer.name}`}
      okText="确认调离并注销证件"
      okButtonProps={{ danger: true }}
      confirmLoading={depart.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="调离执法岗位后，其全部有效证件将于当日注销（收回），待制发的申领撤回。"
      />
      <ApiErrorAlert error={depart.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(), reason: 'transferred', note: '' }}
        onFinish={(v) =>
          void depart
            .mutateAsync({
              id: officer.id,
              body: {
                on: v.on.format('YYYY-MM-DD'),
                reason: v.reason,
                note: v.note,
                approverName: v.approverName,
              },
            })
            .then(
              () => {
                void message.success('已办理调离，证件已注销');
                onClose();
              },
              () => undefined,
            )
        }
      >
        <Form.Item name="on" label="调离日期" rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label="原因" rules={[{ required: true }]}>
          <Select options={DEPARTURE_REASONS.map((r) => ({ label: DEPARTURE_REASON_LABELS[r], value: r }))} />
        </Form.Item>
        <Form.Item name="note" label="说明" extra="辞退、开除的，请在说明中写明；调离/离岗记入人事处理记录。">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="approverName"
          label="批准人或批准机关"
          rules={[{ required: true, message: '请填写批准人或批准机关' }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One officer's record: particulars, certificates with their procedures, training and exams, history. */
export function OfficerView({ id }: { id: string }) {
  const { message } = App.useApp();
  const officer = useOfficer(id);
  const upload = useUploadPhoto();
  const [editing, setEditing] = useState(false);
  const [departing, setDeparting] = useState(false);
  const [photoVersion, setPhotoVersion] = useState(0);
  if (officer.isPending) return <Spin />;
  if (officer.error || !officer.data) return <ApiErrorAlert error={officer.error} />;
  const o = officer.data;
  const can = o.abilities;
  const currentYear = o.trainingYears[0];

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', gap: 20, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <div style={{ textAlign: 'center' }}>
            {o.hasPhoto ? (
              <img
                src={`/api/personnel/officers/${o.id}/photo?v=${photoVersion}`}
                alt={`${o.name}的照片`}
                width={96}
                height={128}
                style={{ objectFit: 'cover', borderRadius: 4, border: '1px solid #eee' }}
              />
            ) : (
              <Avatar shape="square" size={96} icon={<UserOutlined />} />
            )}
            {can.uploadPhoto && (
              <Upload
                accept="image/jpeg,image/png"
                showUploadList={false}
                beforeUpload={(file) => {
                  void fileToBase64(file)
                    .then((contentBase64) =>
                      upload.mutateAsync({ id: o.id, mimeType: file.type, contentBase64 }),
                    )
                    .then(
                      () => {
                        setPhotoVersion((v) => v + 1);
                        void message.success('照片已上传');
                      },
                      () => undefined,
                    );
                  return false;
                }}
              >
                <Button size="small" type="link" icon={<UploadOutlined />}>
                  上传照片
                </Button>
              </Upload>
            )}
          </div>
          <div style={{ flex: 1, minWidth: 280 }}>
            <Space align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {o.name}
              </Typography.Title>
              <Tag color={o.status === 'serving' ? 'blue' : 'default'}>{OFFICER_STATUS_LABELS[o.status]}</Tag>
              {o.certificates
                .filter((c) => c.kind === 'enforcement')
                .slice(0, 1)
                .map((c) => (
                  <CertificateStatusTag key={c.id} status={c.status} />
                ))}
              {!o.staffingEligible && <Tag color="red">编制类型不能持证</Tag>}
              {currentYear?.short && (
                <Tag color="orange">
                  {currentYear.year}年学时未达标（{currentYear.hours}/{currentYear.minimum}）
                </Tag>
              )}
            </Space>
            <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
              {o.unitName}
              {o.positionName ? ` · ${o.positionName}` : ''} · {STAFFING_LABELS[o.staffingType]}
              {o.username ? ` · 账号 ${o.username}` : ' · 无系统账号'}
            </Typography.Paragraph>
            {o.status === 'departed' && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                已于 {o.departedOn}{' '}
                {o.departureReason ? DEPARTURE_REASON_LABELS[o.departureReason as DepartureReason] : '调离'}
              </Typography.Paragraph>
            )}
          </div>
          <Space wrap>
            {can.edit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修改信息
              </Button>
            )}
            {can.depart && (
              <Button danger icon={<LogoutOutlined />} onClick={() => setDeparting(true)}>
                调离/离岗
              </Button>
            )}
          </Space>
        </div>
        <ApiErrorAlert error={upload.error} style={{ marginTop: 12 }} />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'basic',
              label: '基本信息',
              children: (
                <Descriptions
                  bordered
                  size="small"
                  column={{ xs: 1, md: 2 }}
                  styles={{ label: { width: 160 } }}
                  items={[
                    { key: 'name', label: '姓名', children: o.name },
                    { key: 'id', label: '身份证号', children: <IdNumberField officer={o} /> },
                    { key: 'unit', label: '科室/单位', children: o.unitName },
                    { key: 'position', label: '职务', children: o.positionName ?? '—' },
                    {
                      key: 'staffing',
                      label: '编制类型',
                      children: (
                        <>
                          {STAFFING_LABELS[o.staffingType]}{' '}
                          {!o.staffingEligible && <Tag color="red">不得持证执法</Tag>}
                        </>
                      ),
                    },
                    {
                      key: 'education',
                      label: '学历',
                      children: o.education ? EDUCATION_LABELS[o.education] : '—',
                    },
                    {
                      key: 'legal',
                      label: '法律职业资格',
                      children: o.legalQualification ? (
                        <>
                          已取得{' '}
                          <Typography.Text className="zf-mono">{o.legalQualificationNo}</Typography.Text>
                        </>
                      ) : (
                        '未取得'
                      ),
                    },
                    { key: 'since', label: '从事法制审核起', children: o.legalReviewSince ?? '—' },
                    { key: 'account', label: '系统账号', children: o.username ?? '无' },
                    { key: 'status', label: '在岗状态', children: OFFICER_STATUS_LABELS[o.status] },
                  ]}
                />
              ),
            },
            {
              key: 'certificates',
              label: `证件（${o.certificates.length}）`,
              children: <CertificatesTab officer={o} />,
            },
            { key: 'training', label: '培训考试', children: <TrainingTab officer={o} /> },
            { key: 'actions', label: '人事处理', children: <ActionsTab officer={o} /> },
            { key: 'history', label: '历史', children: <HistoryTab officer={o} /> },
          ]}
        />
      </Card>
      <OfficerFormDrawer open={editing} officer={o} onClose={() => setEditing(false)} />
      <DepartModal officer={o} open={departing} onClose={() => setDeparting(false)} />
    </>
  );
}
