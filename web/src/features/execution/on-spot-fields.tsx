import { Checkbox, Form, Input, Radio, Space } from 'antd';
import {
  ON_SPOT_GROUND_LABELS,
  ON_SPOT_GROUNDS,
  type OnSpotGroundKey,
} from '../../../../common/contracts/execution';

/** The ground, reason and party's request of an on-the-spot collection: shared with the 当场处罚 form. */
export function OnSpotGroundFields({ prefix = [] }: { prefix?: (string | number)[] }) {
  const form = Form.useFormInstance();
  const ground = Form.useWatch([...prefix, 'ground'], form) as OnSpotGroundKey | undefined;
  const needsReason = ground === 'hard_to_collect' || ground === 'remote_area';
  return (
    <>
      <Form.Item
        name={[...prefix, 'ground']}
        label="当场收缴的法定情形"
        rules={[{ required: true, message: '请选择当场收缴的法定情形' }]}
      >
        <Radio.Group data-testid="onspot-ground">
          <Space orientation="vertical">
            {ON_SPOT_GROUNDS.map((g) => (
              <Radio key={g} value={g}>
                {ON_SPOT_GROUND_LABELS[g]}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name={[...prefix, 'reason']}
        label={ground === 'remote_area' ? '收缴地点及到银行缴纳确有困难的情形' : '事后难以执行的具体情形'}
        rules={needsReason ? [{ required: true, whitespace: true, message: '请填写具体情形' }] : []}
        hidden={!needsReason}
      >
        <Input.TextArea rows={2} maxLength={1000} showCount data-testid="onspot-reason" />
      </Form.Item>
      {ground === 'remote_area' && (
        <Form.Item
          name={[...prefix, 'partyRequested']}
          valuePropName="checked"
          rules={[
            {
              validator: (_r, v: boolean | undefined) =>
                v
                  ? Promise.resolve()
                  : Promise.reject(new Error('边远、水上、交通不便地区当场收缴须经当事人提出')),
            },
          ]}
        >
          <Checkbox data-testid="onspot-party-requested">
            当事人提出当场缴纳（到指定银行或通过电子支付系统缴纳确有困难）
          </Checkbox>
        </Form.Item>
      )}
    </>
  );
}
