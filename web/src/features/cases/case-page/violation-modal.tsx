import { Descriptions, Empty, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import {
  BAND_LEVEL_LABELS,
  PENALTY_KIND_LABELS,
  ViolationBody,
  type ViolationTypeView,
} from '../../../../../common/contracts/cases';
import { useViolationTypes } from '../api-admin';
import { useAddViolation, type CaseDetail } from '../api-case';
import { fenRange } from '../format';
import { CaseFormModal } from './case-form-modal';

type BandLevel = keyof typeof BAND_LEVEL_LABELS;
type Values = { violationTypeId: string; bandLevel?: BandLevel | null; circumstances?: string };

/** The statutory provisions and the discretion bands of a catalogue entry. */
export function ViolationTypeDetail({ type }: { type: ViolationTypeView }) {
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ marginBottom: 16 }}
      styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}
      items={[
        { key: 'v', label: '违反条款', children: type.violatedProvision },
        { key: 'p', label: '处罚依据', children: type.penaltyProvision },
        {
          key: 'r',
          label: '法定处罚',
          children: (
            <>
              {type.statutoryRange.text}
              {(type.statutoryRange.fineMinFen !== null || type.statutoryRange.fineMaxFen !== null) && (
                <div>
                  <Typography.Text type="secondary">
                    罚款 {fenRange(type.statutoryRange.fineMinFen, type.statutoryRange.fineMaxFen)}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/**
 * 违法行为: picked from the catalogue (searched by name, code or provision), with the
 * 裁量基准 band the facts fall into. The band bounds the proposed fine (第三十四条).
 */
export function ViolationModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useAddViolation(lawCase.id);
  const [q, setQ] = useState('');
  // Not narrowed to the case's 执法类别: most entries are 综合 (every category).
  const types = useViolationTypes({ q: q || undefined });
  const [form] = Form.useForm<Values>();
  // Kept apart from the search results, which change with the next query.
  const [chosen, setChosen] = useState<ViolationTypeView | null>(null);
  const found = (types.data?.items ?? []).filter((t) => t.active);
  const options = chosen && !found.some((t) => t.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <CaseFormModal<Values, z.input<typeof ViolationBody>>
      form={form}
      title="添加违法行为"
      okText="添加违法行为"
      width={760}
      onClose={onClose}
      mutation={m}
      schema={ViolationBody}
      testId="violation-modal"
      toBody={(v) => ({
        violationTypeId: v.violationTypeId,
        bandLevel: v.bandLevel ?? null,
        circumstances: v.circumstances ?? '',
      })}
      submit={(body) => m.mutateAsync(body)}
      initialValues={{ circumstances: '' }}
    >
      <Form.Item
        name="violationTypeId"
        label="违法行为（裁量基准目录）"
        rules={[{ required: true, message: '请选择违法行为' }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setQ }}
          placeholder="输入名称、编码或条款搜索"
          loading={types.isFetching}
          notFoundContent={types.isFetching ? '正在搜索…' : <Empty description="目录中没有匹配的违法行为" />}
          onChange={(id: string) => {
            setChosen(options.find((t) => t.id === id) ?? null);
            form.setFieldValue('bandLevel', null);
          }}
          options={options.map((t) => ({ value: t.id, label: `${t.code} ${t.name}` }))}
          aria-label="违法行为"
        />
      </Form.Item>
      {chosen && <ViolationTypeDetail type={chosen} />}
      {chosen && chosen.bands.length > 0 && (
        <Form.Item name="bandLevel" label="裁量基准（违法情节）">
          <Radio.Group style={{ width: '100%' }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {chosen.bands.map((b) => (
                <Radio key={b.level} value={b.level} data-testid={`band-${b.level}`}>
                  <Tag color="blue">{BAND_LEVEL_LABELS[b.level]}</Tag>
                  {b.circumstances}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {b.fineMinFen !== null || b.fineMaxFen !== null
                        ? `罚款 ${fenRange(b.fineMinFen, b.fineMaxFen)}`
                        : ''}
                      {b.otherPenalties.length > 0 &&
                        `；${b.otherPenalties.map((k) => PENALTY_KIND_LABELS[k]).join('、')}`}
                      {b.note ? `（${b.note}）` : ''}
                    </Typography.Text>
                  </div>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      )}
      <Form.Item name="circumstances" label="本案情节" rules={[{ max: 2000 }]}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder="认定所属裁量情节的事实（如违法次数、后果、整改情况）"
        />
      </Form.Item>
    </CaseFormModal>
  );
}
