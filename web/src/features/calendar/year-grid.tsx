import { Card, Col, Row, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import type { SpecialDay } from '../../../../common/contracts/calendar';

/** How each kind of day is drawn; the legend and the cells share it. */
export const DAY_STYLES = {
  statutory: {
    label: '法定节假日',
    mark: '休',
    style: { background: '#fff1f0', color: '#cf1322', borderColor: '#ffa39e' },
  },
  swapped: {
    label: '调休休息日',
    mark: '休',
    style: { background: '#fff7e6', color: '#d46b08', borderColor: '#ffd591' },
  },
  blockWeekend: {
    label: '假期中的周末',
    mark: '休',
    style: { background: '#fff0f6', color: '#c41d7f', borderColor: '#ffadd2' },
  },
  makeup: {
    label: '调休上班日',
    mark: '班',
    style: { background: '#e6f4ff', color: '#0958d9', borderColor: '#91caff' },
  },
  localRest: {
    label: '地方休息日',
    mark: '休',
    style: { background: '#f6ffed', color: '#389e0d', borderColor: '#b7eb8f' },
  },
  localWork: {
    label: '地方工作日',
    mark: '班',
    style: { background: '#e6fffb', color: '#08979c', borderColor: '#87e8de' },
  },
  weekend: {
    label: '周末',
    mark: '',
    style: { background: 'transparent', color: '#8c8c8c', borderColor: 'transparent' },
  },
} as const satisfies Record<string, { label: string; mark: string; style: CSSProperties }>;
type DayStyleKey = keyof typeof DAY_STYLES;

function styleKey(d: SpecialDay): DayStyleKey {
  switch (d.category) {
    case 'statutory_holiday':
      return 'statutory';
    case 'swapped_rest':
    case 'extended_rest':
      return 'swapped';
    case 'weekend':
      return d.festival ? 'blockWeekend' : 'weekend';
    case 'makeup_workday':
      return 'makeup';
    case 'local_rest':
      return 'localRest';
    case 'local_workday':
      return 'localWork';
    case 'workday':
      return 'weekend';
  }
}

const WEEK = ['一', '二', '三', '四', '五', '六', '日'];
const cell: CSSProperties = {
  position: 'relative',
  height: 30,
  lineHeight: '28px',
  textAlign: 'center',
  fontSize: 12,
  border: '1px solid transparent',
  borderRadius: 4,
};

function Month({
  year,
  month,
  special,
}: {
  year: number;
  month: number;
  special: ReadonlyMap<string, SpecialDay>;
}) {
  const first = dayjs(new Date(year, month, 1));
  const lead = (first.day() + 6) % 7; // Monday first
  const count = first.daysInMonth();
  const cells: (number | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: count }, (_, i) => i + 1),
  ];
  while (cells.length % 7) cells.push(null);
  return (
    <Card size="small" title={`${month + 1}月`} styles={{ body: { padding: 8 } }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2 }}>
        {WEEK.map((w, i) => (
          <div
            key={w}
            style={{ ...cell, height: 22, lineHeight: '22px', color: i >= 5 ? '#8c8c8c' : '#595959' }}
          >
            {w}
          </div>
        ))}
        {cells.map((day, i) => {
          if (day === null) return <div key={`e${i}`} />;
          const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const s = special.get(date);
          const weekend = i % 7 >= 5;
          if (!s)
            return (
              <div key={date} style={{ ...cell, color: weekend ? '#8c8c8c' : undefined }}>
                {day}
              </div>
            );
          const k = styleKey(s);
          const look = DAY_STYLES[k];
          return (
            <Tooltip
              key={date}
              title={
                <div>
                  <div>
                    {dayjs(date).format('M月D日 dddd')}：{s.reason}
                  </div>
                  <div>依据：{s.source.citation}</div>
                  {s.projected && <div>（推算，该年度通知尚未发布）</div>}
                </div>
              }
            >
              <div
                data-date={date}
                data-category={s.category}
                style={{
                  ...cell,
                  ...look.style,
                  borderStyle: s.projected ? 'dashed' : 'solid',
                  cursor: 'help',
                  fontWeight: look.mark ? 600 : undefined,
                }}
              >
                {day}
                {look.mark && (
                  <span style={{ position: 'absolute', top: -3, right: 1, fontSize: 9, lineHeight: '12px' }}>
                    {look.mark}
                  </span>
                )}
              </div>
            </Tooltip>
          );
        })}
      </div>
    </Card>
  );
}

/** Twelve months of a year with its special days coloured by kind; hover a day for its reason and source. */
export function YearGrid({ year, days }: { year: number; days: readonly SpecialDay[] }) {
  const special = new Map(days.map((d) => [d.date, d]));
  return (
    <Row gutter={[12, 12]} data-testid="year-grid">
      {Array.from({ length: 12 }, (_, m) => (
        <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
          <Month year={year} month={m} special={special} />
        </Col>
      ))}
    </Row>
  );
}

export function Legend({ projected }: { projected: boolean }) {
  const keys: DayStyleKey[] = ['statutory', 'swapped', 'blockWeekend', 'makeup', 'localRest', 'localWork'];
  return (
    <Space wrap size={[16, 8]} data-testid="legend">
      {keys.map((k) => (
        <Space key={k} size={6}>
          <span
            style={{
              display: 'inline-block',
              width: 18,
              height: 18,
              borderRadius: 4,
              border: '1px solid',
              ...DAY_STYLES[k].style,
            }}
          />
          <Typography.Text>
            {DAY_STYLES[k].label}
            {DAY_STYLES[k].mark ? `（${DAY_STYLES[k].mark}）` : ''}
          </Typography.Text>
        </Space>
      ))}
      <Space size={6}>
        <span
          style={{ display: 'inline-block', width: 18, height: 18, color: '#8c8c8c', textAlign: 'center' }}
        >
          6
        </span>
        <Typography.Text>周末（灰色数字）</Typography.Text>
      </Space>
      {projected && (
        <Space size={6}>
          <span
            style={{
              display: 'inline-block',
              width: 18,
              height: 18,
              borderRadius: 4,
              border: '1px dashed #cf1322',
            }}
          />
          <Typography.Text>推算的法定节假日（虚线）</Typography.Text>
        </Space>
      )}
    </Space>
  );
}
