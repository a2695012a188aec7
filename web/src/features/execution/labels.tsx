import { Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  FINE_STAGE_LABELS,
  LINE_STATUS_LABELS,
  RECEIPT_STATUS_LABELS,
  type FineStage,
  type LineStatus,
  type ReceiptStatus,
} from '../../../../common/contracts/execution';
import { yuan } from '../cases/format';
import type { FineRow } from './api';

export const LAW = '《中华人民共和国行政处罚法》';
export const FORCE_LAW = '《中华人民共和国行政强制法》';
export const SEPARATION_BASIS = '《罚款决定与罚款收缴分离实施办法》（国务院令第235号）';

/** Shown on a fine to whoever handled or decided its case (罚缴分离, 第六十七条). */
export const SEPARATION_NOTICE = '您参与了本案的办理或决定，依照罚缴分离规定不能登记缴款';
export const ARCHIVED_NOTICE =
  '本案卷已归档封存，不得增加、替换或抽取案卷材料（《安全生产违法行为行政处罚办法》第六十五条）';

/** Tag colours of the stages: waiting on the party in orange, enforcement in blue/purple, done in green, ended grey. */
export const FINE_STAGE_COLORS: Record<FineStage, string> = {
  due: 'orange',
  paid: 'green',
  demanded: 'volcano',
  court_applied: 'blue',
  court_granted: 'purple',
  court_refused: 'red',
  executed: 'green',
  terminated: 'default',
};

export const LINE_STATUS_COLORS: Record<LineStatus, string> = {
  matched: 'green',
  unmatched: 'orange',
  confirmed: 'blue',
  ignored: 'default',
};

export const RECEIPT_STATUS_COLORS: Record<ReceiptStatus, string> = {
  unused: 'blue',
  used: 'green',
  voided: 'default',
  lost: 'red',
};

export const PAYMENT_SOURCE_HEX = { bank: '#1677ff', e_payment: '#13c2c2', on_the_spot: '#fa8c16' } as const;

export function FineStageTag({ stage }: { stage: FineStage }) {
  return (
    <Tag color={FINE_STAGE_COLORS[stage]} data-testid="fine-stage">
      {FINE_STAGE_LABELS[stage]}
    </Tag>
  );
}

export function LineStatusTag({ status }: { status: LineStatus }) {
  return (
    <Tag color={LINE_STATUS_COLORS[status]} data-testid="line-status">
      {LINE_STATUS_LABELS[status]}
    </Tag>
  );
}

export function ReceiptStatusTag({ status }: { status: ReceiptStatus }) {
  return (
    <Tag color={RECEIPT_STATUS_COLORS[status]} data-testid="receipt-status">
      {RECEIPT_STATUS_LABELS[status]}
    </Tag>
  );
}

/** The stage with what stands beside it: overdue (days), deferred or instalments, collected on the spot. */
export function FineStateTags({ fine }: { fine: FineRow }) {
  return (
    <Space size={4} wrap>
      <FineStageTag stage={fine.stage} />
      {fine.overdue && (
        <Tag color="red" data-testid="fine-overdue">
          逾期 {fine.overdueDays} 日
        </Tag>
      )}
      {fine.deferred && <Tag color="gold">暂缓/分期</Tag>}
      {fine.onSpot && <Tag color="cyan">当场收缴</Tag>}
    </Space>
  );
}

/** An amount in 元, right-aligned in tables, grey when zero. */
export function Money({
  fen,
  strong,
  type,
}: {
  fen: number | null | undefined;
  strong?: boolean;
  type?: 'danger';
}) {
  return (
    <Typography.Text
      strong={strong}
      type={fen === 0 ? 'secondary' : type}
      className="zf-mono"
      style={{ whiteSpace: 'nowrap' }}
    >
      {yuan(fen)}
    </Typography.Text>
  );
}

/** A due day with the calendar days left or overdue (a hint; the server's overdue flag is the authority). */
export function DueDay({ on, done }: { on: string | null | undefined; done?: boolean }) {
  if (!on) return <Typography.Text type="secondary">—</Typography.Text>;
  const left = dayjs(on).diff(dayjs().startOf('day'), 'day');
  return (
    <Space size={4} wrap>
      <span>{on}</span>
      {!done && (
        <Tag color={left < 0 ? 'red' : left <= 3 ? 'orange' : 'green'}>
          {left < 0 ? `已过 ${-left} 日` : left === 0 ? '今日到期' : `剩 ${left} 日`}
        </Tag>
      )}
    </Space>
  );
}

/** A percentage of a 0..1 rate, or a dash. */
export function percentText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A small flag with its reason on hover (逾期移交, 逾期备案...). */
export function LateFlag({ late, title, text = '逾期' }: { late: boolean; title: string; text?: string }) {
  if (!late) return null;
  return (
    <Tooltip title={title}>
      <Tag color="red" data-testid="late-flag">
        {text}
      </Tag>
    </Tooltip>
  );
}

export const todayText = () => dayjs().format('YYYY-MM-DD');
