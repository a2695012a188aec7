import { Descriptions, Table, Tag, Typography } from 'antd';
import {
  BAND_LEVEL_LABELS,
  PARTY_KIND_LABELS,
  PENALTY_KIND_LABELS,
} from '../../../../../common/contracts/cases';
import type { ViolationTypeView } from '../api-admin';
import { fenRange } from '../format';

type Band = ViolationTypeView['bands'][number];

const LEVEL_COLORS: Record<Band['level'], string> = {
  minor: 'green',
  general: 'blue',
  serious: 'orange',
  especially_serious: 'red',
};

/** The discretion bands (裁量基准) of a violation: level, circumstances, fine range in 元, other penalties. */
export function BandsTable({ bands }: { bands: readonly Band[] }) {
  return (
    <Table<Band>
      size="small"
      rowKey="level"
      pagination={false}
      dataSource={[...bands]}
      locale={{ emptyText: '未制定裁量基准' }}
      columns={[
        {
          title: '裁量等级',
          key: 'level',
          width: 90,
          render: (_, b) => <Tag color={LEVEL_COLORS[b.level]}>{BAND_LEVEL_LABELS[b.level]}</Tag>,
        },
        {
          title: '适用情形',
          key: 'circumstances',
          render: (_, b) => (
            <>
              {b.circumstances}
              {b.note && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {b.note}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        {
          title: '罚款幅度',
          key: 'fine',
          width: 200,
          render: (_, b) => fenRange(b.fineMinFen, b.fineMaxFen),
        },
        {
          title: '其他处罚',
          key: 'other',
          width: 200,
          render: (_, b) => b.otherPenalties.map((k) => PENALTY_KIND_LABELS[k]).join('、') || '—',
        },
      ]}
    />
  );
}

/** One catalogue entry in full, for the expanded row. */
export function ViolationTypeDetail({ type }: { type: ViolationTypeView }) {
  return (
    <>
      <Descriptions
        size="small"
        column={2}
        bordered
        style={{ marginBottom: 12 }}
        items={[
          { key: 'violated', label: '违反条款', children: type.violatedProvision, span: 2 },
          { key: 'penalty', label: '处罚依据', children: type.penaltyProvision, span: 2 },
          { key: 'range', label: '法定处罚幅度', children: type.statutoryRange.text, span: 2 },
          {
            key: 'fine',
            label: '法定罚款',
            children: fenRange(type.statutoryRange.fineMinFen, type.statutoryRange.fineMaxFen),
          },
          {
            key: 'kinds',
            label: '法定处罚种类',
            children: type.statutoryRange.kinds.map((k) => PENALTY_KIND_LABELS[k]).join('、') || '—',
          },
          {
            key: 'applies',
            label: '适用当事人',
            children: type.appliesTo.map((k) => PARTY_KIND_LABELS[k]).join('、') || '—',
          },
          { key: 'order', label: '责令改正', children: type.correctionOrder ? '须同时责令改正' : '—' },
        ]}
      />
      <BandsTable bands={type.bands} />
    </>
  );
}
