import { Alert, AutoComplete, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  NoticeDeliveryBody,
  type DeliveryMethod,
} from '../../../../../common/contracts/cases';
import { useRecordDelivery, useRecordNoticeDelivery, type CaseDetail } from '../api-case';
import { toInstant } from '../format';
import { CaseFormModal } from './case-form-modal';
import { partyNameOptions } from './shared';

type Values = {
  method: DeliveryMethod;
  recipient: string;
  deliveredAt: Dayjs;
  place?: string;
  witnesses?: string[];
  refusedToSign: boolean;
  postNo?: string;
  eAddress?: string;
  noticeMedium?: string;
  reason?: string;
};

const HINTS: Record<DeliveryMethod, string> = {
  direct: '直接交受送达人签收；受送达人是法人的，交其法定代表人或办公室、收发部门签收。',
  left: '受送达人拒绝签收的，邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人签名，把文书留在受送达人的住所；也可以拍照、录像记录送达过程（民事诉讼法第八十九条）。',
  post: '邮寄送达的，以回执上注明的收件日期为送达日期。',
  electronic:
    '须当事人同意并签订确认书（行政处罚法第六十一条第二款），以到达受送达人特定系统的日期为送达日期。',
  public_notice:
    '受送达人下落不明，或者用其他方式无法送达的，公告送达，自发出公告之日起经过三十日即视为送达。',
};

const opt = (s: string | undefined) => s?.trim() || null;

/**
 * 送达: of the 告知书 (`notice`) or of the 决定书 (`decision`, 第六十一条). The fields follow the method; 电子送达
 * is offered only when a party has signed the consent.
 */
export function DeliveryModal({
  lawCase,
  what,
  onClose,
}: {
  lawCase: CaseDetail;
  what: 'notice' | 'decision';
  onClose: () => void;
}) {
  const notice = useRecordNoticeDelivery(lawCase.id);
  const decision = useRecordDelivery(lawCase.id);
  const m = what === 'notice' ? notice : decision;
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('method', form);
  const recipient = Form.useWatch('recipient', form);
  const consenting = lawCase.parties.filter((p) => p.eDeliveryConsent);
  const methods = DELIVERY_METHODS.filter((d) => d !== 'electronic' || consenting.length > 0);
  const first = lawCase.parties[0];
  const title = what === 'notice' ? '记录告知书送达' : '记录送达';
  return (
    <CaseFormModal<Values, z.input<typeof NoticeDeliveryBody>>
      form={form}
      title={what === 'notice' ? '行政处罚告知书送达' : '行政处罚决定书送达'}
      okText={title}
      width={720}
      onClose={onClose}
      mutation={m}
      schema={NoticeDeliveryBody}
      testId="delivery-modal"
      successText="已记录送达，已生成送达回证"
      initialValues={{
        method: 'direct',
        recipient: first?.name ?? '',
        deliveredAt: dayjs(),
        place: first?.address ?? '',
        witnesses: [],
        refusedToSign: false,
      }}
      toBody={(v) => ({
        method: v.method,
        recipient: v.recipient,
        deliveredAt: toInstant(v.deliveredAt),
        place: opt(v.place),
        witnesses: v.method === 'left' ? (v.witnesses ?? []) : [],
        refusedToSign: v.method === 'left' || v.refusedToSign,
        postNo: v.method === 'post' ? opt(v.postNo) : null,
        eAddress: v.method === 'electronic' ? opt(v.eAddress) : null,
        noticeMedium: v.method === 'public_notice' ? opt(v.noticeMedium) : null,
        reason: v.method === 'public_notice' ? opt(v.reason) : null,
      })}
      submit={(body) => m.mutateAsync(body)}
      intro={method && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={HINTS[method]} />}
    >
      <Form.Item
        name="method"
        label="送达方式"
        rules={[{ required: true }]}
        extra={consenting.length === 0 ? '当事人未签订电子送达确认书，不能电子送达。' : undefined}
      >
        <Select
          options={methods.map((d) => ({ value: d, label: DELIVERY_METHOD_LABELS[d] }))}
          onChange={(d: DeliveryMethod) => {
            if (d === 'electronic') {
              const p = consenting.find((x) => x.name === recipient) ?? consenting[0];
              form.setFieldsValue({ recipient: p?.name, eAddress: p?.eDeliveryAddress ?? '' });
            }
          }}
          aria-label="送达方式"
        />
      </Form.Item>
      <Form.Item
        name="recipient"
        label="受送达人"
        rules={[{ required: true, whitespace: true, message: '请填写受送达人' }]}
      >
        <AutoComplete options={partyNameOptions(lawCase)} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="deliveredAt"
          label={method === 'public_notice' ? '公告发出时间' : '送达时间'}
          rules={[{ required: true }]}
          style={{ width: 220 }}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        {method !== 'electronic' && method !== 'public_notice' && (
          <Form.Item name="place" label="送达地点" style={{ flex: 1 }}>
            <Input maxLength={300} />
          </Form.Item>
        )}
      </div>
      {method === 'left' && (
        <Form.Item
          name="witnesses"
          label="见证人"
          extra="输入姓名后回车，可填多人"
          rules={[{ required: true, type: 'array', min: 1, message: '留置送达须有见证人' }]}
        >
          <Select mode="tags" maxCount={4} open={false} suffixIcon={null} aria-label="见证人" />
        </Form.Item>
      )}
      {method === 'direct' && (
        <Form.Item name="refusedToSign" valuePropName="checked">
          <Checkbox>受送达人拒绝签收</Checkbox>
        </Form.Item>
      )}
      {method === 'post' && (
        <Form.Item
          name="postNo"
          label="邮件号码"
          rules={[{ required: true, whitespace: true, message: '请填写邮件号码' }]}
        >
          <Input maxLength={64} className="zf-mono" />
        </Form.Item>
      )}
      {method === 'electronic' && (
        <Form.Item
          name="eAddress"
          label="电子送达地址"
          extra="应为当事人在确认书中确认的地址"
          rules={[{ required: true, whitespace: true, message: '请填写电子送达地址' }]}
        >
          <Select
            options={consenting.map((p) => ({
              value: p.eDeliveryAddress ?? '',
              label: `${p.eDeliveryAddress}（${p.name}）`,
            }))}
          />
        </Form.Item>
      )}
      {method === 'public_notice' && (
        <>
          <Form.Item
            name="noticeMedium"
            label="公告载体"
            rules={[{ required: true, whitespace: true, message: '请填写公告载体' }]}
          >
            <Input maxLength={200} placeholder="如：本局门户网站、报纸名称及版面" />
          </Form.Item>
          <Form.Item
            name="reason"
            label="公告送达的原因"
            rules={[
              { required: true, whitespace: true, message: '请说明受送达人下落不明或其他方式无法送达的情况' },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </CaseFormModal>
  );
}
