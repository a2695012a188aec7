import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { CASE_FLAG_LABELS, CASE_FLAGS } from '../../../../../common/contracts/cases';
import { dayText } from '../format';
import { useCaseContext } from './context';
import { OfficersSection } from './officers-section';
import { PartiesSection } from './parties-section';
import { ViolationsSection } from './violations-section';

/** 基本情况: the facts as filed, the 第五十八条 flags, parties, violations and the officers. */
export function BasicTab() {
  const { lawCase } = useCaseContext();
  const flags = CASE_FLAGS.filter((f) => lawCase.flags[f]);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="案件情况">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'place', label: '违法行为地点', children: lawCase.place ?? '—' },
            { key: 'discovered', label: '发现日期', children: dayText(lawCase.discoveredOn) },
            {
              key: 'flags',
              label: '重大复杂情形',
              span: 'filled',
              children: flags.length ? (
                flags.map((f) => (
                  <Tag key={f} color="purple">
                    {CASE_FLAG_LABELS[f]}
                  </Tag>
                ))
              ) : (
                <Typography.Text type="secondary">无</Typography.Text>
              ),
            },
            {
              key: 'facts',
              label: '违法事实',
              span: 'filled',
              children: (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="case-facts">
                  {lawCase.facts}
                </Typography.Paragraph>
              ),
            },
            ...(lawCase.source
              ? [
                  {
                    key: 'source',
                    label: `案源 ${lawCase.source.sourceNo}`,
                    span: 'filled' as const,
                    children: lawCase.source.summary,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <PartiesSection />
      <ViolationsSection />
      <OfficersSection />
    </Space>
  );
}
