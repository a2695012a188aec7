import { Card, Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import {
  HEARING_STATUS_LABELS,
  PROCEDURE_LABELS,
  SOURCE_KIND_LABELS,
  STATEMENT_STATUS_LABELS,
} from '../../../../../common/contracts/cases';
import { CATEGORY_LABELS } from '../../../../../common/contracts/personnel';
import type { CaseDetail } from '../api-case';
import { dayText, daysUntil, penaltyText } from '../format';
import { CaseStatusTag } from './shared';

/** 追责时效 (第三十六条): two years, five for life, health, finance; red when close. */
function Limitation({ lawCase }: { lawCase: CaseDetail }) {
  const left = daysUntil(lawCase.limitationUntil);
  const color = left < 0 ? 'red' : left <= 60 ? 'orange' : undefined;
  return (
    <Tooltip
      title={`《中华人民共和国行政处罚法》第三十六条：违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，延长至五年。${lawCase.actContinuing ? '违法行为有连续或者继续状态的，从行为终了之日起计算。' : ''}`}
    >
      <span data-testid="limitation-until">
        {dayText(lawCase.limitationUntil)}
        {lawCase.extendedLimitation && <Tag style={{ marginInlineStart: 4 }}>五年</Tag>}
        {color && (
          <Tag color={color} style={{ marginInlineStart: 4 }}>
            {left < 0 ? '已超过' : `剩 ${left} 日`}
          </Tag>
        )}
      </span>
    </Tooltip>
  );
}

/** The case at a glance: number, title, procedure, status, unit, dates, and the penalty so far. */
export function CaseHeader({ lawCase }: { lawCase: CaseDetail }) {
  const penalty = lawCase.decidedPenalty ?? lawCase.noticedPenalty ?? lawCase.proposedPenalty;
  const penaltyLabel = lawCase.decidedPenalty ? '决定处罚' : lawCase.noticedPenalty ? '告知处罚' : '拟处罚';
  const lead = lawCase.officers.find((o) => o.role === 'lead');
  return (
    <Card style={{ marginBottom: 16 }} data-testid="case-header">
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title">
          {lawCase.title}
        </Typography.Title>
        <CaseStatusTag status={lawCase.status} />
        <Tag>{PROCEDURE_LABELS[lawCase.procedure]}</Tag>
        {lawCase.crimeSuspected && <Tag color="red">涉嫌犯罪</Tag>}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'no',
            label: '案件编号',
            children: (
              <Typography.Text className="zf-mono" copyable={!!lawCase.caseNo} data-testid="case-no">
                {lawCase.caseNo ?? '（立案后编号）'}
              </Typography.Text>
            ),
          },
          { key: 'unit', label: '承办科室', children: lawCase.unitName },
          { key: 'category', label: '执法类别', children: CATEGORY_LABELS[lawCase.category] },
          { key: 'filed', label: '立案日期', children: dayText(lawCase.filedOn) },
          { key: 'limitation', label: '追责时效至', children: <Limitation lawCase={lawCase} /> },
          {
            key: 'act',
            label: '违法行为发生',
            children: `${dayText(lawCase.actDate)}${lawCase.actContinuing ? '（持续）' : ''}`,
          },
          {
            key: 'officers',
            label: '执法人员',
            children: lawCase.officers.map((o) => o.name).join('、') + (lead ? `（主办：${lead.name}）` : ''),
          },
          {
            key: 'source',
            label: '案件来源',
            children: lawCase.source
              ? `${SOURCE_KIND_LABELS[lawCase.source.kind]} ${lawCase.source.sourceNo}`
              : '—',
          },
          { key: 'penalty', label: penaltyLabel, children: penaltyText(penalty) },
          ...(lawCase.statementStatus !== 'none'
            ? [
                {
                  key: 'statement',
                  label: '陈述申辩',
                  children: STATEMENT_STATUS_LABELS[lawCase.statementStatus],
                },
                { key: 'hearing', label: '听证', children: HEARING_STATUS_LABELS[lawCase.hearingStatus] },
              ]
            : []),
          ...(lawCase.decisionNo
            ? [
                {
                  key: 'decision',
                  label: '决定书',
                  children: `${lawCase.decisionNo}（${dayText(lawCase.decidedOn)}）`,
                },
              ]
            : []),
          ...(lawCase.deliveredOn
            ? [{ key: 'delivered', label: '送达日期', children: dayText(lawCase.deliveredOn) }]
            : []),
          ...(lawCase.formSerial
            ? [{ key: 'serial', label: '决定书编号', children: lawCase.formSerial }]
            : []),
        ]}
      />
    </Card>
  );
}
