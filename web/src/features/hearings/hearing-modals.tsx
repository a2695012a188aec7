import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Progress,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { z } from 'zod';
import {
  ArrangeBody,
  CLOSED_REASON_LABELS,
  CLOSED_REASONS,
  HEARING_OUTCOME_LABELS,
  HEARING_ROLE_LABELS,
  NotifyBody,
  PostponeBody,
  RECUSAL_DECISIONS,
  RecusalDecisionBody,
  RecusalRequestBody,
  TerminateBody,
  type ClosedReason,
  type RecusalDecision,
} from '../../../../common/contracts/hearings';
import { useSession } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis, fileOf, pickFiles, type PickedFiles } from '../cases/case-page/shared';
import { fileSize, longDayText, toDay } from '../cases/format';
import {
  useAddAgent,
  useArrangeHearing,
  useDecideRecusal,
  useHearingCandidates,
  useHearingRooms,
  useNoticeWindow,
  useNotifyHearing,
  usePostponeHearing,
  useRequestRecusal,
  useTerminateHearing,
  type HearingCandidate,
  type HearingDetail,
  type HearingRecusal,
  type UploadProgress,
} from './api';
import { hearingTimeText, LAW, NOTIFY_METHOD_LABELS, RECUSAL_DECISION_LABELS } from './labels';

export interface HearingModalProps {
  hearing: HearingDetail;
  onClose: () => void;
}

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
const today = () => dayjs().format('YYYY-MM-DD');

// ------------------------------------------------------------------------------------------- arrange

/** The earliest lawful hearing day for a notice delivered on `noticeOn`, with its basis; a hint, not a check. */
export function NoticeWindowHint({
  noticeOn,
  fallback,
  scheduledAt,
  lead = '按今天送达听证通知',
}: {
  noticeOn: string | null;
  fallback?: HearingDetail['noticeToday'];
  /** The chosen or arranged hearing time; a warning when it is earlier than the earliest lawful day. */
  scheduledAt?: Dayjs | string | null;
  lead?: string;
}) {
  const q = useNoticeWindow(noticeOn);
  const w = q.data ?? (fallback && fallback.noticeOn === noticeOn ? fallback : undefined);
  if (q.error) return <ApiErrorAlert error={q.error} />;
  if (!w) return null;
  const at = scheduledAt ? dayjs(scheduledAt) : null;
  const early = !!at && at.format('YYYY-MM-DD') < w.earliestHearingOn;
  return (
    <Alert
      type={early ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="notice-window-hint"
      title={
        <>
          {lead}，最早可于{' '}
          <Typography.Text strong data-testid="earliest-hearing-on">
            {longDayText(w.earliestHearingOn)}
          </Typography.Text>{' '}
          举行
          {early &&
            at &&
            `；所定听证时间 ${hearingTimeText(at.toISOString())} 早于该日，通知送达之日与举行之日之间须满七个工作日`}
        </>
      }
      description={<Basis>{w.basis}</Basis>}
    />
  );
}

/** A person offered as chair, 听证员 or clerk; the reason in red when one may not be chair or 听证员. */
function candidateOptions(
  items: readonly HearingCandidate[],
  checkExcluded: boolean,
  skip: readonly string[],
) {
  return items
    .filter((c) => !skip.includes(c.userId))
    .map((c) => ({
      value: c.userId,
      label: c.name,
      disabled: checkExcluded && !!c.excluded,
    }));
}

function CandidateOption({ c, checkExcluded }: { c: HearingCandidate | undefined; checkExcluded: boolean }) {
  if (!c) return null;
  return (
    <div>
      <Space size={6} wrap>
        <Typography.Text strong={!checkExcluded || !c.excluded}>{c.name}</Typography.Text>
        <Typography.Text type="secondary">{c.unitName ?? ''}</Typography.Text>
        {checkExcluded && c.excluded && <Tag color="red">不得担任</Tag>}
      </Space>
      {c.excluded && (
        <div style={{ fontSize: 12, whiteSpace: 'normal' }}>
          <Typography.Text type={checkExcluded ? 'danger' : 'secondary'}>{c.excluded}</Typography.Text>
        </div>
      )}
    </div>
  );
}

type ArrangeValues = {
  chairId?: string;
  officerIds: string[];
  clerkId?: string;
  roomId?: string | null;
  place?: string;
  scheduledAt?: Dayjs | null;
  durationMinutes: number;
  public: boolean;
  closedReason?: ClosedReason | null;
  closedNote?: string;
  overrunReason?: string;
};

/**
 * 安排听证: chair, up to four 听证员 and the clerk (from the candidates; those who investigated the case or are
 * otherwise excluded are shown with the reason and cannot sit), the room (its location prefills the place), the
 * time, public or closed with the ground. A live hint gives the earliest lawful day for a notice sent today.
 */
export function ArrangeModal({ hearing, onClose }: HearingModalProps) {
  const m = useArrangeHearing(hearing);
  const candidates = useHearingCandidates(hearing.id);
  const rooms = useHearingRooms();
  const [form] = Form.useForm<ArrangeValues>();
  const chairId = Form.useWatch('chairId', form);
  const officerIds = Form.useWatch('officerIds', form) ?? [];
  const isPublic = Form.useWatch('public', form);
  const scheduledAt = Form.useWatch('scheduledAt', form);
  const items = candidates.data?.items ?? [];
  const byId = new Map(items.map((c) => [c.userId, c]));
  const activeRooms = (rooms.data?.items ?? []).filter((r) => r.active || r.id === hearing.roomId);
  const member = (role: string) => hearing.members.filter((x) => x.role === role).map((x) => x.userId);
  const rearrange = hearing.stage === 'postponed';
  return (
    <CaseFormModal<ArrangeValues, z.input<typeof ArrangeBody>>
      form={form}
      title={rearrange ? '重新安排听证' : '安排听证'}
      okText="保存听证安排"
      width={760}
      onClose={onClose}
      mutation={m}
      schema={ArrangeBody}
      testId="hearing-arrange-modal"
      initialValues={{
        chairId: member('chair')[0],
        officerIds: member('officer'),
        clerkId: member('clerk')[0],
        roomId: hearing.roomId,
        place: hearing.place ?? undefined,
        scheduledAt: hearing.scheduledAt && !rearrange ? dayjs(hearing.scheduledAt) : null,
        durationMinutes: hearing.durationMinutes || 120,
        public: hearing.public,
        closedReason: hearing.closedReason,
        closedNote: hearing.closedNote ?? '',
        overrunReason: hearing.overrunReason ?? '',
      }}
      toBody={(v) => ({
        chairId: v.chairId ?? '',
        officerIds: v.officerIds ?? [],
        clerkId: v.clerkId ?? '',
        roomId: v.roomId ?? null,
        place: v.place ?? '',
        scheduledAt: v.scheduledAt ? v.scheduledAt.format('YYYY-MM-DDTHH:mm') : '',
        durationMinutes: v.durationMinutes,
        public: v.public,
        closedReason: v.public ? null : (v.closedReason ?? null),
        closedNote: v.public ? '' : (v.closedNote ?? '').trim(),
        overrunReason: (v.overrunReason ?? '').trim(),
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="听证已安排"
      intro={
        <>
          <ApiErrorAlert error={candidates.error ?? rooms.error} />
          <NoticeWindowHint noticeOn={today()} fallback={hearing.noticeToday} scheduledAt={scheduledAt} />
        </>
      }
    >
      <Form.Item
        name="chairId"
        label="听证主持人"
        rules={[{ required: true, message: '请选择听证主持人' }]}
        extra="听证由行政机关指定的非本案调查人员主持（第六十四条第四项）。"
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={candidates.isFetching}
          aria-label="听证主持人"
          data-testid="hearing-chair-select"
          options={candidateOptions(items, true, [...officerIds])}
          optionRender={(o) => <CandidateOption c={byId.get(String(o.value))} checkExcluded />}
          onChange={(v: string) =>
            form.setFieldValue(
              'officerIds',
              officerIds.filter((x) => x !== v),
            )
          }
        />
      </Form.Item>
      <Form.Item name="officerIds" label="听证员（不超过四人）">
        <Select
          mode="multiple"
          maxCount={4}
          showSearch={{ optionFilterProp: 'label' }}
          loading={candidates.isFetching}
          aria-label="听证员"
          data-testid="hearing-officers-select"
          options={candidateOptions(items, true, chairId ? [chairId] : [])}
          optionRender={(o) => <CandidateOption c={byId.get(String(o.value))} checkExcluded />}
        />
      </Form.Item>
      <Form.Item name="clerkId" label="书记员" rules={[{ required: true, message: '请选择书记员' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={candidates.isFetching}
          aria-label="书记员"
          data-testid="hearing-clerk-select"
          options={candidateOptions(items, false, [])}
          optionRender={(o) => <CandidateOption c={byId.get(String(o.value))} checkExcluded={false} />}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="roomId" label="听证室" style={{ width: 240 }}>
          <Select
            allowClear
            loading={rooms.isFetching}
            aria-label="听证室"
            data-testid="hearing-room-select"
            notFoundContent="尚未登记听证室，可直接填写地点"
            options={activeRooms.map((r) => ({
              value: r.id,
              label: `${r.name}${r.capacity ? `（${r.capacity}人）` : ''}`,
            }))}
            onChange={(id?: string) => {
              const room = activeRooms.find((r) => r.id === id);
              if (room) form.setFieldValue('place', room.location);
            }}
          />
        </Form.Item>
        <Form.Item
          name="place"
          label="听证地点"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写听证地点' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="scheduledAt"
          label="听证时间"
          rules={[{ required: true, message: '请选择听证时间' }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            aria-label="听证时间"
          />
        </Form.Item>
        <Form.Item name="durationMinutes" label="预计时长（分钟）">
          <InputNumber min={30} max={600} step={30} />
        </Form.Item>
      </div>
      <Form.Item
        name="public"
        label="公开与否"
        extra="除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行（第六十四条第三项）。"
      >
        <Radio.Group
          options={[
            { label: '公开举行', value: true },
            { label: '不公开举行', value: false },
          ]}
        />
      </Form.Item>
      {isPublic === false && (
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="closedReason"
            label="不公开的理由"
            style={{ width: 220 }}
            rules={[{ required: true, message: '请选择不公开举行的理由' }]}
          >
            <Select
              aria-label="不公开的理由"
              options={CLOSED_REASONS.map((r) => ({ value: r, label: CLOSED_REASON_LABELS[r] }))}
            />
          </Form.Item>
          <Form.Item name="closedNote" label="说明" style={{ flex: 1 }}>
            <Input maxLength={1000} />
          </Form.Item>
        </div>
      )}
      <Form.Item
        name="overrunReason"
        label="超出期间举行的理由"
        extra="听证日期晚于收到申请后的规定期间的（如遇法定节假日），须说明理由；未超出的无须填写。"
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- agents

type AgentValues = { name: string; relation: string; phone?: string; file: PickedFiles };
type AgentBody = { name: string; relation: string; phone: string | null; file: File | null };

/** 委托代理人: one or two agents, each with the 授权委托书 uploaded (第六十四条第五项). */
export function AgentModal({ hearing, onClose }: HearingModalProps) {
  const m = useAddAgent(hearing);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  return (
    <CaseFormModal<AgentValues, AgentBody>
      title="登记委托代理人"
      okText="登记委托代理人"
      onClose={onClose}
      mutation={m}
      testId="hearing-agent-modal"
      initialValues={{ file: [] }}
      toBody={(v) => ({
        name: v.name.trim(),
        relation: v.relation.trim(),
        phone: v.phone?.trim() || null,
        file: fileOf(v.file),
      })}
      submit={({ file, ...meta }) => m.mutateAsync({ ...meta, file: file!, onProgress: setProgress })}
      successText="委托代理人已登记，授权委托书已上传"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`当事人可以亲自参加听证，也可以委托一至二人代理（${LAW}第六十四条第五项）。已登记 ${hearing.agents.length} 人。`}
        />
      }
    >
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="name"
          label="姓名"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写委托代理人姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="relation"
          label="与当事人的关系"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写与当事人的关系' }]}
        >
          <Input maxLength={50} placeholder="如：律师、本单位员工" />
        </Form.Item>
        <Form.Item name="phone" label="联系电话" style={{ flex: 1 }}>
          <Input maxLength={50} />
        </Form.Item>
      </div>
      <Form.Item
        name="file"
        label="授权委托书"
        valuePropName="fileList"
        getValueFromEvent={pickFiles}
        rules={[{ required: true, type: 'array', min: 1, message: '请上传授权委托书' }]}
      >
        <Upload.Dragger maxCount={1} beforeUpload={() => false}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入授权委托书（扫描件或照片）</p>
        </Upload.Dragger>
      </Form.Item>
      {progress && (
        <Progress
          percent={Math.round((progress.loaded / Math.max(progress.total, 1)) * 100)}
          format={(p) => `${p}%（${fileSize(progress.loaded)} / ${fileSize(progress.total)}）`}
          data-testid="upload-progress"
        />
      )}
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- recusal

type RecusalValues = { targetUserId?: string; applicant: string; requestedOn: Dayjs; reason?: string };

/** 申请回避: the party asks that a chair, 听证员 or clerk step aside (第六十四条第四项). */
export function RecusalRequestModal({ hearing, onClose }: HearingModalProps) {
  const m = useRequestRecusal(hearing);
  return (
    <CaseFormModal<RecusalValues, z.input<typeof RecusalRequestBody>>
      title="登记回避申请"
      okText="登记回避申请"
      onClose={onClose}
      mutation={m}
      schema={RecusalRequestBody}
      testId="hearing-recusal-modal"
      initialValues={{ applicant: hearing.partyNames, requestedOn: dayjs() }}
      toBody={(v) => ({
        targetUserId: v.targetUserId ?? '',
        applicant: v.applicant,
        requestedOn: toDay(v.requestedOn),
        reason: v.reason ?? '',
      })}
      submit={(body) => m.mutateAsync(body)}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`当事人认为主持人与本案有直接利害关系的，有权申请回避（${LAW}第六十四条第四项）。回避申请未决定前，不得举行听证。`}
        />
      }
    >
      <Form.Item
        name="targetUserId"
        label="申请回避的人员"
        rules={[{ required: true, message: '请选择申请回避的人员' }]}
      >
        <Select
          aria-label="申请回避的人员"
          options={hearing.members.map((x) => ({
            value: x.userId,
            label: `${x.name}（${HEARING_ROLE_LABELS[x.role]}）`,
          }))}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="applicant"
          label="申请人"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写申请人' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="requestedOn"
          label="申请日期"
          rules={[{ required: true, message: '请选择申请日期' }]}
        >
          <DatePicker disabledDate={notFuture} />
        </Form.Item>
      </div>
      <Form.Item
        name="reason"
        label="申请回避的理由"
        rules={[{ required: true, whitespace: true, message: '请填写申请回避的理由' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}

type RecusalDecisionValues = { decision?: RecusalDecision; reason?: string };

/** 回避决定: granted (the member is replaced by a new arrangement) or rejected, with reasons. */
export function RecusalDecisionModal({
  hearing,
  recusal,
  onClose,
}: HearingModalProps & { recusal: HearingRecusal }) {
  const m = useDecideRecusal(hearing);
  return (
    <CaseFormModal<RecusalDecisionValues, z.input<typeof RecusalDecisionBody>>
      title="决定是否回避"
      okText="作出回避决定"
      onClose={onClose}
      mutation={m}
      schema={RecusalDecisionBody}
      testId="hearing-recusal-decision-modal"
      toBody={(v) => ({ decision: v.decision as RecusalDecision, reason: v.reason ?? '' })}
      submit={(body) => m.mutateAsync({ recusalId: recusal.id, body })}
      intro={
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 't',
              label: '申请回避的人员',
              children: `${recusal.targetName}（${HEARING_ROLE_LABELS[recusal.targetRole]}）`,
            },
            { key: 'a', label: '申请人', children: `${recusal.applicant}，${recusal.requestedOn}` },
            { key: 'r', label: '理由', children: recusal.reason },
          ]}
        />
      }
    >
      <Form.Item name="decision" label="决定" rules={[{ required: true, message: '请选择是否回避' }]}>
        <Radio.Group
          options={RECUSAL_DECISIONS.map((d) => ({ value: d, label: RECUSAL_DECISION_LABELS[d] }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="决定理由"
        rules={[{ required: true, whitespace: true, message: '请填写决定理由' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- notice

type NotifyValues = {
  noticeOn: Dayjs | null;
  method: keyof typeof NOTIFY_METHOD_LABELS;
  contactPerson?: string;
  contactPhone?: string;
};

/**
 * 送达听证通知: the day the 听证会通知书 reaches the party, at least seven working days before the hearing (第六十四条
 * 第二项). The hint follows the chosen day; the server refuses a notice too late, naming the earliest lawful day.
 */
export function NotifyModal({ hearing, onClose }: HearingModalProps) {
  const m = useNotifyHearing(hearing);
  const session = useSession();
  const [form] = Form.useForm<NotifyValues>();
  const noticeOn = Form.useWatch('noticeOn', form);
  return (
    <CaseFormModal<NotifyValues, z.input<typeof NotifyBody>>
      form={form}
      title="送达听证通知"
      okText="记录通知送达"
      onClose={onClose}
      mutation={m}
      schema={NotifyBody}
      testId="hearing-notify-modal"
      initialValues={{
        noticeOn: dayjs(),
        method: 'direct',
        contactPerson: session.user?.displayName ?? '',
      }}
      toBody={(v) => ({
        noticeOn: toDay(v.noticeOn) ?? '',
        method: v.method,
        contactPerson: v.contactPerson ?? '',
        contactPhone: v.contactPhone ?? '',
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="听证会通知书已生成"
      intro={
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'at', label: '听证时间', children: hearingTimeText(hearing.scheduledAt) },
              { key: 'place', label: '听证地点', children: hearing.place ?? '—' },
            ]}
          />
          <NoticeWindowHint
            noticeOn={toDay(noticeOn ?? null)}
            fallback={hearing.noticeToday}
            scheduledAt={hearing.scheduledAt}
            lead={noticeOn && !noticeOn.isSame(dayjs(), 'day') ? '按所选日期送达通知' : '按今天送达听证通知'}
          />
        </>
      }
    >
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="noticeOn"
          label="通知送达日期"
          rules={[{ required: true, message: '请选择送达日期' }]}
        >
          <DatePicker disabledDate={notFuture} />
        </Form.Item>
        <Form.Item name="method" label="送达方式" style={{ flex: 1 }}>
          <Select
            aria-label="送达方式"
            options={Object.entries(NOTIFY_METHOD_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="contactPerson"
          label="联系人"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写联系人' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label="联系电话"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写联系电话' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
      </div>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- postpone, terminate

type PostponeValues = { requestedOn: Dayjs; reason?: string };

/** 延期举行听证: on the party's request with a good reason; the hearing is then arranged again. */
export function PostponeModal({ hearing, onClose }: HearingModalProps) {
  const m = usePostponeHearing(hearing);
  return (
    <CaseFormModal<PostponeValues, z.input<typeof PostponeBody>>
      title="延期举行听证"
      okText="决定延期"
      onClose={onClose}
      mutation={m}
      schema={PostponeBody}
      testId="hearing-postpone-modal"
      initialValues={{ requestedOn: dayjs() }}
      toBody={(v) => ({ requestedOn: toDay(v.requestedOn), reason: v.reason ?? '' })}
      submit={(body) => m.mutateAsync(body)}
      successText="已决定延期举行听证，请重新安排"
      intro={
        <Alert
          type={hearing.postponements.length ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            hearing.postponements.length
              ? `本次听证已延期 ${hearing.postponements.length} 次。当事人申请延期以一次为限，系统将拒绝并说明依据。`
              : '当事人有正当理由申请延期的，可以延期一次；延期后须重新安排听证并重新送达通知。'
          }
          description={`原定听证时间：${hearingTimeText(hearing.scheduledAt)}`}
        />
      }
    >
      <Form.Item
        name="requestedOn"
        label="当事人申请日期"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="延期的正当理由"
        rules={[{ required: true, whitespace: true, message: '请填写当事人申请延期的正当理由' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}

type TerminateValues = { ground: 'withdrawn' | 'absent' | 'left'; detail?: string };

/** 终止听证: the party withdrew, stayed away or left without leave (第六十四条第六项: deemed a waiver). */
export function TerminateModal({ hearing, onClose }: HearingModalProps) {
  const m = useTerminateHearing(hearing);
  return (
    <CaseFormModal<TerminateValues, z.input<typeof TerminateBody>>
      title="终止听证"
      okText="终止听证"
      danger
      onClose={onClose}
      mutation={m}
      schema={TerminateBody}
      testId="hearing-terminate-modal"
      initialValues={{ ground: 'withdrawn' }}
      toBody={(v) => ({ ground: v.ground, detail: v.detail ?? '' })}
      submit={(body) => m.mutateAsync(body)}
      successText="听证已终止"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`当事人及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，行政机关终止听证（${LAW}第六十四条第六项）。终止后不可恢复。`}
        />
      }
    >
      <Form.Item name="ground" label="终止的原因">
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={(['withdrawn', 'absent', 'left'] as const).map((g) => ({
            value: g,
            label: HEARING_OUTCOME_LABELS[g],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="detail"
        label="终止听证的事实"
        rules={[{ required: true, whitespace: true, message: '请填写终止听证的事实' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}
