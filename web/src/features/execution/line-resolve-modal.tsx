import { Alert, App, Descriptions, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { LineResolveBody } from '../../../../common/contracts/execution';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { YuanInput } from '../cases/catalogue/yuan-input';
import { yuan } from '../cases/format';
import { useFines, useResolveLine, type FineRow, type StatementLineView } from './api';
import { confirmStep } from './confirm';
import { LineStatusTag, Money } from './labels';

type Values = {
  action: 'confirm' | 'ignore';
  obligationId?: string;
  surchargeFen?: number | null;
  note?: string;
};

/** The search text, settled for 300 ms, so typing does not send a request per key. */
function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), 300);
    return () => clearTimeout(t);
  }, [text]);
  return settled;
}

/**
 * 核对款项: a statement line the matcher could not book. Finance either books it to a fine (chosen from the
 * matcher's suggestions or found by decision number or party), with the surcharge part and a note, or excludes it
 * as not a fine payment, with the reason.
 */
export function LineResolveModal({
  line,
  onClose,
  onResolved,
}: {
  line: StatementLineView;
  onClose: () => void;
  onResolved?: (lineId: string, action: 'confirm' | 'ignore') => void;
}) {
  const m = useResolveLine();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const action = Form.useWatch('action', form);
  const obligationId = Form.useWatch('obligationId', form);
  const [search, setSearch] = useState('');
  const q = useSettled(search.trim());
  const found = useFines({ q }, 1, 20, action === 'confirm' && q.length > 0);
  const [known, setKnown] = useState<Record<string, FineRow>>({});
  useEffect(() => {
    const items = found.data?.items;
    if (items?.length) setKnown((k) => ({ ...k, ...Object.fromEntries(items.map((f) => [f.id, f])) }));
  }, [found.data]);
  const suggested = new Set(line.suggestions.map((s) => s.obligationId));
  const options = [
    ...line.suggestions.map((s) => ({
      value: s.obligationId,
      label: `${s.decisionNo} ${s.partyName}`,
      suggested: true,
    })),
    ...(found.data?.items ?? [])
      .filter((f) => !suggested.has(f.id))
      .map((f) => ({ value: f.id, label: `${f.decisionNo} ${f.partyName}`, suggested: false })),
  ];
  const chosen = obligationId ? known[obligationId] : undefined;

  return (
    <CaseFormModal<Values, z.input<typeof LineResolveBody>>
      form={form}
      title={`核对款项（第 ${line.lineNo} 行）`}
      okText={action === 'ignore' ? '排除该款项' : '确认为罚款缴款'}
      danger={action === 'ignore'}
      width={720}
      onClose={onClose}
      mutation={m}
      schema={LineResolveBody}
      testId="line-resolve-modal"
      initialValues={{
        action: 'confirm',
        obligationId: line.suggestions.length === 1 ? line.suggestions[0]!.obligationId : undefined,
        surchargeFen: 0,
      }}
      toBody={(v) =>
        v.action === 'ignore'
          ? { action: 'ignore', note: (v.note ?? '').trim() }
          : {
              action: 'confirm',
              obligationId: v.obligationId ?? '',
              surchargeFen: v.surchargeFen ?? 0,
              note: (v.note ?? '').trim(),
            }
      }
      submit={(body) =>
        confirmStep(modal, {
          title:
            body.action === 'ignore'
              ? `确认将 ${yuan(line.amountFen)} 排除为非罚款款项？`
              : `确认将 ${yuan(line.amountFen)} 登记为该罚款的缴款？`,
          content: '核对结果登记后不能撤销。',
          okText: '确认',
          danger: body.action === 'ignore',
        })
          .then(() => m.mutateAsync({ lineId: line.id, body }))
          .then(() => onResolved?.(line.id, body.action))
      }
      successText={action === 'ignore' ? '已排除该款项' : '已登记为罚款缴款'}
      intro={
        <>
          <Descriptions
            size="small"
            bordered
            column={2}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'payer', label: '缴款人', children: line.payer },
              { key: 'amount', label: '金额', children: <Money fen={line.amountFen} strong /> },
              { key: 'paidOn', label: '缴款日期', children: line.paidOn },
              { key: 'ref', label: '流水号', children: <span className="zf-mono">{line.reference}</span> },
              { key: 'memo', label: '摘要/附言', span: 2, children: line.memo || '—' },
              { key: 'status', label: '状态', span: 2, children: <LineStatusTag status={line.status} /> },
            ]}
          />
          {line.reasons.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="line-reasons"
              title="未能自动匹配的原因"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {line.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      }
    >
      <Form.Item name="action" label="核对结果">
        <Radio.Group
          data-testid="line-resolve-action"
          options={[
            { value: 'confirm', label: '确认为罚款缴款' },
            { value: 'ignore', label: '非罚款款项，排除' },
          ]}
        />
      </Form.Item>
      {action !== 'ignore' && (
        <>
          <Form.Item
            name="obligationId"
            label="对应的罚款"
            rules={[{ required: true, message: '请选择对应的罚款' }]}
            extra="可从建议中选择，或输入决定书文号、案号、当事人名称搜索"
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={found.isFetching}
              placeholder="选择或搜索罚款"
              aria-label="对应的罚款"
              data-testid="resolve-obligation"
              notFoundContent={q ? '未找到' : '输入决定书文号或当事人搜索'}
              options={options.map((o) => ({ value: o.value, label: o.label }))}
              optionRender={(o) => {
                const meta = options.find((x) => x.value === o.value);
                const f = known[String(o.value)];
                return (
                  <Space size={6} wrap>
                    <span className="zf-mono">{o.label}</span>
                    {meta?.suggested && <Tag color="blue">建议</Tag>}
                    {f && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        尚欠 {yuan(f.outstandingFen)}
                      </Typography.Text>
                    )}
                  </Space>
                );
              }}
            />
          </Form.Item>
          {chosen && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
              罚款 {yuan(chosen.amountFen)}，已缴 {yuan(chosen.paidFen)}，尚欠 {yuan(chosen.outstandingFen)}
              {chosen.overdue ? `，已逾期 ${chosen.overdueDays} 日` : ''}
            </Typography.Paragraph>
          )}
          <Form.Item
            name="surchargeFen"
            label="其中加处罚款"
            extra="款项中属于加处罚款的部分；其余计为罚款本金"
          >
            <YuanInput aria-label="其中加处罚款" data-testid="resolve-surcharge" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="note"
        label={action === 'ignore' ? '排除原因' : '核对说明'}
        rules={[
          {
            required: true,
            whitespace: true,
            message: action === 'ignore' ? '请填写排除原因' : '请填写核对说明',
          },
        ]}
      >
        <Input.TextArea
          rows={2}
          maxLength={500}
          showCount
          data-testid="resolve-note"
          placeholder={
            action === 'ignore' ? '如：当事人误汇款，已联系退回' : '如：摘要未填决定书文号，经电话核实'
          }
        />
      </Form.Item>
    </CaseFormModal>
  );
}
