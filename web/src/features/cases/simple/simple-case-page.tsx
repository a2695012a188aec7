import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SimpleCaseBody, type PartyBody, type Penalty } from '../../../../../common/contracts/cases';
import {
  CATEGORY_LABELS,
  ENFORCEMENT_CATEGORIES,
  type EnforcementCategory,
} from '../../../../../common/contracts/personnel';
import { ApiErrorAlert, applyFieldErrors } from '../../../components/api-error';
import { PageHeader } from '../../../components/page';
import { zodRule } from '../../../components/zod-rule';
import { useCreateSimpleCase, type ViolationTypeView } from '../api-admin';
import { toDay, toInstant } from '../format';
import { PenaltyEditor, penaltyRule } from '../penalty-editor';
import { FormSerialSelect } from './form-serial-select';
import { OfficerPicker } from './officer-picker';
import { PartyFields } from './party-fields';
import { ViolationSelect, ViolationSummary } from './violation-select';
// --- issue 7: on-the-spot collection with its ground and receipt (begin) ---
import type { OnSpotGroundKey } from '../../../../../common/contracts/execution';
import { OnSpotGroundFields } from '../../execution/on-spot-fields';
import { ReceiptSerialSelect } from '../../execution/receipt-serial-select';
// --- issue 7 (end) ---

interface Values {
  formSerial: string;
  title: string;
  category: EnforcementCategory;
  party: PartyBody;
  violationTypeId: string;
  facts: string;
  actDate: Dayjs;
  decidedAt: Dayjs;
  place: string;
  officerIds: string[];
  penalty: Penalty;
  statement?: string;
  refusedToSign: boolean;
  collectedOnSpot: boolean;
  onSpot?: { ground?: OnSpotGroundKey; reason?: string; partyRequested?: boolean; receiptSerial?: string };
}
const FIELDS = [
  'formSerial',
  'title',
  'category',
  'violationTypeId',
  'facts',
  'actDate',
  'decidedAt',
  'place',
];
const S = SimpleCaseBody.shape;
const SIMPLE_LIMIT =
  '警告或者对公民处二百元以下、对法人或者其他组织处三千元以下罚款（《行政处罚法》第五十一条）';

/**
 * 当场处罚 (简易程序): the decision is made on the spot on a pre-numbered 当场处罚决定书 from the officer's own
 * allocation. The server checks the 第五十一条 limits, the officers and the form number, and refuses with the basis.
 */
export function SimpleCasePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateSimpleCase();
  const [form] = Form.useForm<Values>();
  const [violation, setViolation] = useState<ViolationTypeView | null>(null);
  const category = Form.useWatch('category', form);
  const decidedAt = Form.useWatch('decidedAt', form);
  const collectedOnSpot = Form.useWatch('collectedOnSpot', form);

  const submit = ({ onSpot, ...v }: Values) =>
    void create
      .mutateAsync({
        ...v,
        // --- issue 7: the ground and receipt go with the collection (第六十八条至第七十条) ---
        onSpot:
          v.collectedOnSpot && onSpot?.ground
            ? {
                ground: onSpot.ground,
                reason: (onSpot.reason ?? '').trim(),
                partyRequested: !!onSpot.partyRequested,
                receiptSerial: onSpot.receiptSerial ?? '',
              }
            : undefined,
        party: { ...v.party, address: v.party.address || null, legalRep: v.party.legalRep || null },
        actDate: toDay(v.actDate),
        decidedAt: toInstant(v.decidedAt),
        statement: v.statement ?? '',
      })
      .then(
        ({ id }) => {
          void message.success('当场处罚决定已登记');
          void navigate(`/cases/${id}`);
        },
        (e: unknown) => applyFieldErrors(form, e, FIELDS),
      );

  return (
    <>
      <PageHeader
        title="当场处罚"
        description="违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的，可以当场作出行政处罚决定（《行政处罚法》第五十一条）。"
      />
      <Form<Values>
        form={form}
        name="simpleCase"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          decidedAt: dayjs(),
          actDate: dayjs(),
          party: { kind: 'legal_person', idKind: 'uscc', isMinor: false, limitedCapacity: false },
          penalty: { items: [] },
          officerIds: [],
          refusedToSign: false,
          collectedOnSpot: false,
        }}
      >
        <Card title="决定书与案由" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="formSerial"
                label="当场处罚决定书编号"
                rules={[{ required: true, message: '请选择决定书编号' }]}
              >
                <FormSerialSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label="案由"
                rules={[{ required: true, message: '请填写案由' }, zodRule(S.title)]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="category"
                label="执法类别"
                rules={[{ required: true, message: '请选择执法类别' }]}
              >
                <Select
                  options={ENFORCEMENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], value: c }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="decidedAt"
                label="决定时间"
                rules={[{ required: true, message: '请选择决定时间' }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="actDate"
                label="违法行为发生日期"
                rules={[{ required: true, message: '请选择违法行为发生日期' }]}
              >
                <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="place"
                label="处罚地点"
                rules={[{ required: true, message: '请填写处罚地点' }, zodRule(S.place)]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title="当事人" size="small" style={{ marginBottom: 16 }}>
          <PartyFields name="party" />
        </Card>
        <Card title="违法行为与处罚" size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="violationTypeId"
            label="违法行为"
            rules={[{ required: true, message: '请从违法行为目录中选择' }]}
          >
            <ViolationSelect category={category} onPick={setViolation} />
          </Form.Item>
          {violation && (
            <div style={{ marginBottom: 16 }}>
              <ViolationSummary type={violation} />
            </div>
          )}
          <Form.Item
            name="facts"
            label="违法事实"
            rules={[{ required: true, message: '请填写违法事实' }, zodRule(S.facts)]}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount />
          </Form.Item>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`当场处罚限于：${SIMPLE_LIMIT}`} />
          <Form.Item name="penalty" label="处罚内容" required rules={[penaltyRule(true)]}>
            <PenaltyEditor kinds={['warning', 'fine']} />
          </Form.Item>
        </Card>
        <Card title="执法人员与当事人意见" size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="officerIds"
            label="执法人员"
            extra="不得少于两人，出示执法证件（《行政处罚法》第五十二条）"
            rules={[{ required: true, message: '请选择执法人员' }, zodRule(S.officerIds)]}
          >
            <OfficerPicker category={category} on={decidedAt ? toDay(decidedAt) : undefined} />
          </Form.Item>
          <Form.Item name="statement" label="当事人陈述、申辩">
            <Input.TextArea
              rows={3}
              maxLength={4000}
              placeholder="当事人的陈述、申辩及执法人员的复核情况；放弃的，注明"
            />
          </Form.Item>
          <Space size={24} wrap>
            <Form.Item name="refusedToSign" valuePropName="checked">
              <Checkbox>当事人拒绝签收（在决定书上注明）</Checkbox>
            </Form.Item>
            <Form.Item name="collectedOnSpot" valuePropName="checked">
              <Checkbox data-testid="simple-collected-on-spot">
                当场收缴罚款（第六十八条、第六十九条）
              </Checkbox>
            </Form.Item>
          </Space>
          {/* --- issue 7: on-the-spot collection (begin) --- */}
          {collectedOnSpot && (
            <div data-testid="simple-on-spot">
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title="当场收缴罚款的，必须向当事人出具专用票据；收缴的罚款应当自收缴之日起二日内交至行政机关（《行政处罚法》第七十条、第七十一条）"
              />
              <OnSpotGroundFields prefix={['onSpot']} />
              <Form.Item
                name={['onSpot', 'receiptSerial']}
                label="罚没款票据编号"
                rules={[{ required: true, message: '请选择出具的罚没款票据' }]}
              >
                <ReceiptSerialSelect />
              </Form.Item>
            </div>
          )}
          {/* --- issue 7 (end) --- */}
        </Card>
        <ApiErrorAlert error={create.error} />
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            作出当场处罚决定
          </Button>
          <Button onClick={() => void navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </>
  );
}
