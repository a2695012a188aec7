import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { BAND_LEVEL_LABELS, PENALTY_KIND_LABELS, PENALTY_KINDS } from '../../../../../common/contracts/cases';
import { checkRule } from '../../../components/zod-rule';
import { YuanInput } from './yuan-input';

const LEVELS = Object.keys(BAND_LEVEL_LABELS) as (keyof typeof BAND_LEVEL_LABELS)[];
type Fen = number | null | undefined;
const has = (v: Fen): v is number => typeof v === 'number';

/**
 * The discretion bands of a catalogue entry as editable rows (`bands` of ViolationTypeBody). Amounts are typed in
 * 元 and held as integer fen; each band's range must lie within the statutory range.
 */
export function BandsEditor() {
  const form = Form.useFormInstance();
  const fenAt = (path: (string | number)[]) => form.getFieldValue(path) as Fen;
  return (
    <Form.List name="bands">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={`裁量等级 ${field.name + 1}`}
              extra={
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label="删除该裁量等级"
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item
                    name={[field.name, 'level']}
                    label="等级"
                    rules={[{ required: true, message: '请选择等级' }]}
                  >
                    <Select options={LEVELS.map((l) => ({ label: BAND_LEVEL_LABELS[l], value: l }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[field.name, 'fineMinFen']}
                    label="罚款下限"
                    rules={[
                      checkRule((v: Fen) => {
                        const min = fenAt(['statutoryRange', 'fineMinFen']);
                        return has(v) && has(min) && v < min ? '不得低于法定罚款下限' : null;
                      }),
                    ]}
                  >
                    <YuanInput style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[field.name, 'fineMaxFen']}
                    label="罚款上限"
                    dependencies={[['bands', field.name, 'fineMinFen']]}
                    rules={[
                      checkRule((v: Fen) => {
                        const low = fenAt(['bands', field.name, 'fineMinFen']);
                        const max = fenAt(['statutoryRange', 'fineMaxFen']);
                        if (has(v) && has(low) && v < low) return '上限不得低于下限';
                        return has(v) && has(max) && v > max ? '不得超过法定罚款上限' : null;
                      }),
                    ]}
                  >
                    <YuanInput style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item
                    name={[field.name, 'circumstances']}
                    label="适用情形"
                    rules={[{ required: true, message: '请填写适用情形' }]}
                  >
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'otherPenalties']} label="其他处罚">
                    <Select
                      mode="multiple"
                      options={PENALTY_KINDS.filter((k) => k !== 'fine').map((k) => ({
                        label: PENALTY_KIND_LABELS[k],
                        value: k,
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'note']} label="说明">
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            disabled={fields.length >= LEVELS.length}
            onClick={() => add({ level: LEVELS[fields.length], circumstances: '', otherPenalties: [] })}
          >
            添加裁量等级
          </Button>
        </>
      )}
    </Form.List>
  );
}
