import { Card, Timeline, Typography } from 'antd';
import { dateTimeText } from '../cases/format';
import type { MatterEventRow } from './matter-context';
import { emptyText } from './matter-shared';

/** 处理记录: every step of the matter, who and when, from the audit trail. */
export function HistoryCard({ events }: { events: readonly MatterEventRow[] }) {
  return (
    <Card size="small" title="处理记录" style={{ marginBottom: 16 }} data-testid="matter-history">
      {events.length === 0 ? (
        emptyText('暂无处理记录')
      ) : (
        <Timeline
          titleSpan={5}
          items={events.map((e, i) => ({
            key: `${e.at}-${i}`,
            title: dateTimeText(e.at),
            content: (
              <>
                <Typography.Text strong>{e.label}</Typography.Text>
                <Typography.Text type="secondary"> · {e.actorName}</Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
