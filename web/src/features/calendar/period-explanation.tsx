import { Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';

/** Colour of a skipped day by its reason (the same colours as the year view). */
export function reasonColor(reason: string): string {
  if (reason.startsWith('法定节假日')) return '#cf1322';
  if (reason.startsWith('调休休息日') || reason.startsWith('延长假期')) return '#d46b08';
  if (reason.startsWith('地方休息日')) return '#389e0d';
  if (reason.startsWith('期限中止')) return '#722ed1';
  if (reason.startsWith('周末（')) return '#c41d7f';
  return '#8c8c8c';
}

/** The days a period did not count (or rolled past), each with its reason, as a timeline. */
export function SkippedDays({
  skipped,
  emptyText,
}: {
  skipped: readonly { date: string; reason: string }[];
  emptyText?: string;
}) {
  if (!skipped.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? '期间内没有跳过的日期'} />;
  return (
    <Timeline
      data-testid="skipped-days"
      items={skipped.map((s) => ({
        color: reasonColor(s.reason),
        content: (
          <span>
            <Typography.Text strong>{dayjs(s.date).format('M月D日 dddd')}</Typography.Text>
            <Tag style={{ marginInlineStart: 8 }} color={reasonColor(s.reason)}>
              {s.reason}
            </Tag>
          </span>
        ),
      }))}
    />
  );
}
