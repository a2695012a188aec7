import { Alert, Button, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import type { z } from 'zod';
import {
  FLAG_CONCLUSION_LABELS,
  FLAG_CONCLUSIONS,
  FlagResolutionBody,
  RETALIATION_KIND_LABELS,
  type FlagConclusion,
} from '../../../../common/contracts/interference';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { dateTimeText } from '../cases/format';
import { useResolveFlag, type FlagView } from './api';
import { ARTICLE } from './labels';

/** A flag's state: awaiting 纪检 (with the button), or its conclusion with the cause and procedure recorded. */
export function FlagStatus({ flag, onResolve }: { flag: FlagView; onResolve: (f: FlagView) => void }) {
  if (flag.status === 'open')
    return (
      <Space>
        <Tag color="orange">待核查</Tag>
        <Button size="small" type="primary" onClick={() => onResolve(flag)} data-testid="flag-resolve">
          核查
        </Button>
      </Space>
    );
  return (
    <Space orientation="vertical" size={0}>
      {flag.conclusion && (
        <Tag color={flag.conclusion === 'retaliation' ? 'red' : 'green'}>
          {FLAG_CONCLUSION_LABELS[flag.conclusion]}
        </Tag>
      )}
      {flag.statutoryCause && <span style={{ fontSize: 12 }}>法定事由：{flag.statutoryCause}</span>}
      {flag.procedureNote && <span style={{ fontSize: 12 }}>程序：{flag.procedureNote}</span>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {flag.resolvedByName} {dateTimeText(flag.resolvedAt)}
      </Typography.Text>
    </Space>
  );
}

type Values = { conclusion?: FlagConclusion; statutoryCause?: string; procedureNote?: string };

/** 核查: was the measure taken for a statutory cause and by the statutory procedure, or is it retaliation? */
export function FlagModal({ flag, onClose }: { flag: FlagView; onClose: () => void }) {
  const m = useResolveFlag();
  return (
    <CaseFormModal<Values, z.input<typeof FlagResolutionBody>>
      title={`核查记录人保护预警：${flag.recorderName}`}
      okText="登记核查结论"
      onClose={onClose}
      mutation={m}
      schema={FlagResolutionBody}
      testId="flag-modal"
      toBody={(v) => ({
        conclusion: v.conclusion!,
        statutoryCause: v.statutoryCause?.trim() ?? '',
        procedureNote: v.procedureNote?.trim() ?? '',
      })}
      submit={(body) => m.mutateAsync({ id: flag.id, body })}
      successText="核查结论已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${RETALIATION_KIND_LABELS[flag.actionKind] ?? flag.actionKind}（${flag.actionOn}）`}
          description={
            <>
              <div style={{ whiteSpace: 'pre-wrap' }}>{flag.description}</div>
              <Basis>{ARTICLE('六')}</Basis>
            </>
          }
        />
      }
    >
      <Form.Item name="conclusion" label="核查结论" rules={[{ required: true, message: '请选择核查结论' }]}>
        <Radio.Group
          data-testid="flag-conclusion"
          options={FLAG_CONCLUSIONS.map((c) => ({ value: c, label: FLAG_CONCLUSION_LABELS[c] }))}
        />
      </Form.Item>
      <Form.Item
        name="statutoryCause"
        label="法定事由"
        rules={[{ required: true, whitespace: true, message: '请填写法定事由' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item
        name="procedureNote"
        label="履行的程序"
        rules={[{ required: true, whitespace: true, message: '请填写履行的程序' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}
