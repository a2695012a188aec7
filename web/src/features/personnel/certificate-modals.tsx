import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CATEGORY_LABELS,
  CERTIFICATE_KIND_LABELS,
  CERTIFICATE_KINDS,
  CertificateNumber,
  ENFORCEMENT_CATEGORIES,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
} from '../../../../common/contracts/personnel';
import { isApiError } from '../../app/api';
import { ApiErrorAlert } from '../../components/api-error';
import { zodRule } from '../../components/zod-rule';
import {
  useApply,
  useCertificateAction,
  useIssue,
  useReject,
  type Application,
  type Certificate,
  type CertificateAction,
  type OfficerDetail,
} from './api';

/** Refusals are shown from the mutation's error state; the promise's rejection needs no handling. */
const ignore = () => undefined;
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export const ACTION_LABELS: Record<CertificateAction, string> = {
  review: '登记审验结果',
  renew: '换发',
  cancel: '注销',
  suspend: '暂扣',
  restore: '恢复',
  revoke: '吊销',
};

const ACTION_HINTS: Record<CertificateAction, string> = {
  review: '年度审验或三年审核注册的结论。不合格的，证件在重新审验合格前不得使用。',
  renew: '证件每6年换发，应在到期前3个月申请。新证件登记后，原证件收回（注销）。',
  cancel: '调离执法岗位、不再从事执法工作等情形，收回并注销证件。',
  suspend: '暂扣期间持证人不得从事执法活动（如涉嫌执法过错待查）。由主要负责人决定，记入证件历史。',
  restore: '暂扣原因消除，恢复证件效力。由主要负责人决定。',
  revoke: '吊销后证件永久失效。由主要负责人决定；过错责任追究将引用此记录。',
};

interface ActionValues {
  decidedOn?: Dayjs;
  reason?: string;
  documentNo?: string;
  approverName?: string;
  reviewKind?: 'annual' | 'registration';
  result?: 'pass' | 'fail';
  number?: string;
  issuingAuthority?: string;
  issuedOn?: Dayjs;
  validUntil?: Dayjs | null;
}

/** One modal for the certificate procedures; which fields it asks depends on the action. */
export function CertificateActionModal({
  certificate,
  action,
  onClose,
}: {
  certificate: Certificate | null;
  action: CertificateAction | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const mutation = useCertificateAction();
  const [form] = Form.useForm<ActionValues>();
  const open = !!certificate && !!action;
  const submit = (v: ActionValues) => {
    if (!certificate || !action) return;
    const body =
      action === 'review'
        ? {
            reviewKind: v.reviewKind!,
            result: v.result!,
            decidedOn: day(v.decidedOn)!,
            approverName: v.approverName!,
            reason: v.reason ?? '',
            documentNo: v.documentNo || null,
          }
        : action === 'renew'
          ? {
              number: v.number!,
              issuingAuthority: v.issuingAuthority!,
              issuedOn: day(v.issuedOn)!,
              validUntil: day(v.validUntil),
              approverName: v.approverName!,
            }
          : {
              decidedOn: day(v.decidedOn)!,
              reason: v.reason!,
              documentNo: v.documentNo || null,
              ...(action === 'cancel' ? { approverName: v.approverName! } : {}),
            };
    // A refusal is shown from the mutation's error state.
    mutation.mutateAsync({ id: certificate.id, action, body }).then(() => {
      void message.success(`已${ACTION_LABELS[action]}`);
      onClose();
    }, ignore);
  };
  const danger = action === 'suspend' || action === 'revoke' || action === 'cancel';
  return (
    <Modal
      open={open}
      title={action && certificate ? `${ACTION_LABELS[action]}：${certificate.number}` : ''}
      okText={action ? `确认${ACTION_LABELS[action]}` : '确定'}
      okButtonProps={{ danger }}
      confirmLoading={mutation.isPending}
      onCancel={() => {
        mutation.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {action && (
        <Alert
          type={danger ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={ACTION_HINTS[action]}
        />
      )}
      <ApiErrorAlert error={mutation.error} />
      <Form<ActionValues>
        form={form}
        layout="vertical"
        name="certificateAction"
        preserve={false}
        initialValues={{
          decidedOn: dayjs(),
          issuedOn: dayjs(),
          reviewKind: 'annual',
          result: 'pass',
          issuingAuthority: '内蒙古自治区人民政府',
        }}
        onFinish={submit}
      >
        {action === 'review' && (
          <>
            <Form.Item name="reviewKind" label="审验类型">
              <Radio.Group options={REVIEW_KINDS.map((k) => ({ label: REVIEW_KIND_LABELS[k], value: k }))} />
            </Form.Item>
            <Form.Item name="result" label="结论">
              <Radio.Group
                options={[
                  { label: '合格', value: 'pass' },
                  { label: '不合格', value: 'fail' },
                ]}
              />
            </Form.Item>
          </>
        )}
        {action === 'renew' ? (
          <>
            <Form.Item
              name="number"
              label="新证件编号"
              rules={[{ required: true, message: '请填写新证件编号' }, zodRule(CertificateNumber)]}
            >
              <Input className="zf-mono" />
            </Form.Item>
            <Form.Item name="issuingAuthority" label="发证机关" rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="issuedOn" label="发证日期" rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="validUntil" label="有效期至" extra="不填则按发证日期起6年计算">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
        {action !== 'renew' && (
          <Form.Item
            name="reason"
            label={action === 'review' ? '说明' : '理由'}
            rules={action === 'review' ? [] : [{ required: true, message: '请填写理由' }, { min: 2 }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {(action === 'review' || action === 'renew' || action === 'cancel') && (
          <Form.Item
            name="approverName"
            label={action === 'review' ? '审验机关' : '批准人或批准机关'}
            rules={[{ required: true, message: '请填写' }, { min: 2 }]}
          >
            <Input maxLength={64} />
          </Form.Item>
        )}
        {action !== 'renew' && (
          <Form.Item name="documentNo" label="文号">
            <Input maxLength={64} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The unmet prerequisites of a refused application, listed. */
function PrerequisiteErrors({ error }: { error: unknown }) {
  if (!isApiError(error) || error.code !== 'PREREQUISITE_NOT_MET' || !error.details.length) return null;
  return (
    <ul style={{ margin: '0 0 12px', paddingInlineStart: 20 }} data-testid="prerequisite-errors">
      {error.details.map((d) => (
        <li key={d.path}>{d.message}</li>
      ))}
    </ul>
  );
}

/** 申领: kind, area and categories; the server checks the prerequisites and explains a refusal. */
export function ApplyModal({
  officer,
  open,
  onClose,
}: {
  officer: OfficerDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const apply = useApply();
  const [form] = Form.useForm<{
    kind: 'enforcement' | 'supervision';
    region: string;
    categories: string[];
    appliedOn: Dayjs;
  }>();
  return (
    <Modal
      open={open}
      title={`申领执法证件：${officer.name}`}
      okText="提交申领"
      confirmLoading={apply.isPending}
      onCancel={() => {
        apply.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="申领条件：在岗、在编（可以持证的编制类型）、申领前12个月培训达到规定学时、公共法律知识和专业法律知识考试合格。"
      />
      <ApiErrorAlert error={apply.error} />
      <PrerequisiteErrors error={apply.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'enforcement', region: '赤峰市', categories: [], appliedOn: dayjs() }}
        onFinish={(v) =>
          void apply
            .mutateAsync({
              id: officer.id,
              body: {
                kind: v.kind,
                region: v.region,
                categories: v.categories as never,
                appliedOn: v.appliedOn.format('YYYY-MM-DD'),
              },
            })
            .then(() => {
              void message.success('已提交申领');
              onClose();
            }, ignore)
        }
      >
        <Form.Item name="kind" label="证件种类">
          <Radio.Group
            options={CERTIFICATE_KINDS.map((k) => ({ label: CERTIFICATE_KIND_LABELS[k], value: k }))}
          />
        </Form.Item>
        <Form.Item name="region" label="执法区域" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="categories"
          label="执法类别"
          dependencies={['kind']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_r, v: string[] | undefined) =>
                getFieldValue('kind') === 'enforcement' && !v?.length
                  ? Promise.reject(new Error('行政执法证须至少填写一个执法类别'))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Select
            mode="multiple"
            options={ENFORCEMENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], value: c }))}
          />
        </Form.Item>
        <Form.Item name="appliedOn" label="申领日期" rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 制发 or 未通过 for a pending application. */
export function ApplicationDecisionModal({
  application,
  mode,
  onClose,
}: {
  application: Application | null;
  mode: 'issue' | 'reject' | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const issue = useIssue();
  const reject = useReject();
  const [form] = Form.useForm<{
    number: string;
    issuingAuthority: string;
    issuedOn: Dayjs;
    validUntil?: Dayjs | null;
    reason: string;
    decidedOn: Dayjs;
  }>();
  const m = mode === 'issue' ? issue : reject;
  return (
    <Modal
      open={!!application && !!mode}
      title={mode === 'issue' ? '登记制发的证件' : '申领未通过'}
      confirmLoading={m.isPending}
      onCancel={() => {
        m.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ApiErrorAlert error={m.error} />
      <PrerequisiteErrors error={m.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ issuingAuthority: '内蒙古自治区人民政府', issuedOn: dayjs(), decidedOn: dayjs() }}
        onFinish={(v) => {
          if (!application) return;
          const done = () => {
            void message.success(mode === 'issue' ? '证件已登记' : '已登记未通过');
            onClose();
          };
          if (mode === 'issue')
            void issue
              .mutateAsync({
                id: application.id,
                body: {
                  number: v.number,
                  issuingAuthority: v.issuingAuthority,
                  issuedOn: v.issuedOn.format('YYYY-MM-DD'),
                  validUntil: day(v.validUntil),
                },
              })
              .then(done, ignore);
          else
            void reject
              .mutateAsync({
                id: application.id,
                body: { decidedOn: v.decidedOn.format('YYYY-MM-DD'), reason: v.reason },
              })
              .then(done, ignore);
        }}
      >
        {mode === 'issue' ? (
          <>
            <Form.Item
              name="number"
              label="证件编号"
              rules={[{ required: true, message: '请填写证件编号' }, zodRule(CertificateNumber)]}
            >
              <Input className="zf-mono" />
            </Form.Item>
            <Form.Item name="issuingAuthority" label="发证机关" rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="issuedOn" label="发证日期" rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="validUntil" label="有效期至" extra="不填则按发证日期起6年计算">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="decidedOn" label="审核日期" rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="reason" label="未通过的理由" rules={[{ required: true, message: '请填写理由' }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
