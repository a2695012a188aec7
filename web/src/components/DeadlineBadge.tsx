import { ClockCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { PeriodUnitName } from '../../../common/contracts/calendar';
import { DEADLINE_STATUS_LABELS, type DeadlineStatus } from '../../../common/contracts/deadlines';

export interface DeadlineBadgeProps {
  /** The due day ('YYYY-MM-DD'), or the due instant (ISO) of an hour period. */
  due: string;
  unit: PeriodUnitName;
  /** The legal basis (rule citation first), shown on hover. */
  basis?: string | readonly string[];
  status?: DeadlineStatus;
  /** Working days from today to the due day, as the server counted them with the official calendar. */
  workingDaysLeft?: number | null;
  /** Hours left, for hour periods. */
  hoursLeft?: number | null;
  /** Flag a due date computed from a projected (not yet published) year. */
  projected?: boolean;
  /** Show only the tag (tables). */
  compact?: boolean;
}

const CLOSED: readonly DeadlineStatus[] = ['met', 'waived'];

/** 红 / 橙 / 绿: overdue, within three working days (or four hours), comfortably ahead. */
function leftTag(p: DeadlineBadgeProps) {
  if (p.status && CLOSED.includes(p.status))
    return <Tag color={p.status === 'met' ? 'success' : 'default'}>{DEADLINE_STATUS_LABELS[p.status]}</Tag>;
  if (p.status === 'suspended') return <Tag color="purple">已中止</Tag>;
  if (p.unit === 'hour') {
    const h = p.hoursLeft ?? (dayjs(p.due).valueOf() - Date.now()) / 3_600_000;
    if (h <= 0 || p.status === 'missed') return <Tag color="red">已超时</Tag>;
    return <Tag color={h <= 4 ? 'orange' : 'green'}>剩余 {h < 1 ? '不足1' : Math.floor(h)} 小时</Tag>;
  }
  const left = p.workingDaysLeft;
  if (p.status === 'missed' || (left !== undefined && left !== null && left < 0))
    return (
      <Tag color="red">
        {left !== undefined && left !== null && left < 0 ? `已逾期 ${-left} 个工作日` : '已逾期'}
      </Tag>
    );
  if (left === undefined || left === null) return null;
  if (left === 0) return <Tag color="orange">今日届满</Tag>;
  return <Tag color={left <= 3 ? 'orange' : 'green'}>剩余 {left} 个工作日</Tag>;
}

function dueText(p: DeadlineBadgeProps): string {
  if (p.unit === 'hour') return dayjs(p.due).format('YYYY年M月D日 HH:mm');
  return dayjs(p.due).format('YYYY年M月D日 dddd');
}

/**
 * A statutory deadline at a glance: the due date, the working days left as a coloured tag, and the legal basis
 * on hover. Every module shows deadlines with it, so a date always comes with its basis.
 */
export function DeadlineBadge(props: DeadlineBadgeProps) {
  const basis = typeof props.basis === 'string' ? [props.basis] : (props.basis ?? []);
  const tag = leftTag(props);
  const content = (
    <Space size={4} wrap data-testid="deadline-badge">
      {!props.compact && (
        <Typography.Text strong>
          <ClockCircleOutlined style={{ marginInlineEnd: 4 }} />
          {dueText(props)}
        </Typography.Text>
      )}
      {props.compact && <Typography.Text>{dueText(props)}</Typography.Text>}
      {tag}
      {props.projected && (
        <Tag color="gold" title="该年度放假安排尚未发布，按《全国年节及纪念日放假办法》推算">
          推算
        </Tag>
      )}
    </Space>
  );
  if (!basis.length) return content;
  return (
    <Tooltip
      title={
        <div>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>依据</div>
          {basis.map((b) => (
            <div key={b}>{b}</div>
          ))}
        </div>
      }
    >
      <span style={{ cursor: 'help' }}>{content}</span>
    </Tooltip>
  );
}
