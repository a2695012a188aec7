import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';

/** The question-and-answer list of an inquiry: rows added, removed, each 问 and 答 required. */
export function QaEditor() {
  return (
    <Form.List
      name="qa"
      rules={[
        {
          validator: (_r, v: unknown[] | undefined) =>
            v && v.length ? Promise.resolve() : Promise.reject(new Error('请至少记录一问一答')),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Card size="small" title="询问内容" style={{ marginBottom: 16 }} data-testid="qa-editor">
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <div style={{ flex: 1 }}>
                <Form.Item
                  name={[f.name, 'q']}
                  label={`问 ${i + 1}`}
                  rules={[{ required: true, whitespace: true, message: '请填写问题' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'a']}
                  label={`答 ${i + 1}`}
                  rules={[{ required: true, whitespace: true, message: '请填写回答' }]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={4000} />
                </Form.Item>
              </div>
              <Button icon={<DeleteOutlined />} aria-label="删除该问答" onClick={() => remove(f.name)} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ q: '', a: '' })} block>
            添加一问一答
          </Button>
          <Form.ErrorList errors={errors} />
        </Card>
      )}
    </Form.List>
  );
}
