import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Table, Typography, type FormListFieldData } from 'antd';
import {
  LIABILITY_LEVEL_LABELS,
  LIABILITY_LEVELS,
  LIABILITY_RULE_LABELS,
  LIABILITY_RULES,
  TRAIL_ROLE_LABELS,
  TRAIL_ROLES,
} from '../../../../common/contracts/fault';
import { GroundCodeSelect, MeasureSelect, PersonChoice } from './matter-pickers';
import { emptyText } from './matter-shared';

/** A person who may be named in the finding: the subjects and everyone on the case's trail. */
export interface Candidate {
  id: string;
  name: string;
  note?: string | null;
}

const cell = { style: { margin: 0 } } as const;
const required = (message: string) => [{ required: true, message }];

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((k) => ({ value: k, label: labels[k] }));

/** A column of the 责任划分 table whose cell selects one value of the row's `name` field. */
function selectColumn(
  name: string,
  title: string,
  width: number,
  choices: { value: string; label: string }[],
) {
  return {
    title,
    key: name,
    width,
    render: (_: unknown, f: FormListFieldData) => (
      <Form.Item name={[f.name, name]} rules={required(`请选择${title}`)} {...cell}>
        <Select aria-label={title} popupMatchSelectWidth={false} options={choices} />
      </Form.Item>
    ),
  };
}

/** 责任划分: the liable persons, prefilled from the 第九条 proposal; changing it needs a reason. */
export function LiabilitiesEditor({ candidates }: { candidates: Candidate[] }) {
  return (
    <Form.List name="liabilities">
      {(fields, { add, remove }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            data-testid="finding-liabilities"
            locale={{ emptyText: emptyText('尚未认定责任人员') }}
            columns={[
              {
                title: '责任人员',
                key: 'person',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'personId']} rules={required('请选择人员')} {...cell}>
                    <PersonChoice people={candidates} placeholder="责任人员" />
                  </Form.Item>
                ),
              },
              selectColumn('role', '角色', 190, options(TRAIL_ROLES, TRAIL_ROLE_LABELS)),
              selectColumn('level', '责任', 120, options(LIABILITY_LEVELS, LIABILITY_LEVEL_LABELS)),
              selectColumn('rule', '适用规则', 260, options(LIABILITY_RULES, LIABILITY_RULE_LABELS)),
              {
                key: 'remove',
                width: 48,
                render: (_, f) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除责任人员"
                    onClick={() => remove(f.name)}
                  />
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() => add({ role: 'handler', level: 'some', rule: 'manual' })}
          >
            添加责任人员
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 情节 (第六、七、八条): each with the person, the code and its evidence. */
export function GroundsEditor({ candidates }: { candidates: Candidate[] }) {
  return (
    <Form.List name="grounds">
      {(fields, { add, remove }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            data-testid="finding-grounds"
            locale={{ emptyText: emptyText('未认定从轻、从重或免责情节') }}
            columns={[
              {
                title: '人员',
                key: 'person',
                width: 140,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'personId']} rules={required('请选择人员')} {...cell}>
                    <PersonChoice people={candidates} placeholder="人员" />
                  </Form.Item>
                ),
              },
              {
                title: '情节',
                key: 'code',
                width: 260,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'code']} rules={required('请选择情节')} {...cell}>
                    <GroundCodeSelect />
                  </Form.Item>
                ),
              },
              {
                title: '证据材料',
                key: 'evidence',
                render: (_, f) => (
                  <Form.Item
                    name={[f.name, 'evidence']}
                    rules={[{ required: true, whitespace: true, message: '请写明证据材料' }]}
                    {...cell}
                  >
                    <Input.TextArea rows={1} autoSize maxLength={2000} aria-label="证据材料" />
                  </Form.Item>
                ),
              },
              {
                title: '说明',
                key: 'note',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'note']} {...cell}>
                    <Input.TextArea rows={1} autoSize maxLength={2000} aria-label="说明" />
                  </Form.Item>
                ),
              },
              {
                key: 'remove',
                width: 48,
                render: (_, f) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除情节"
                    onClick={() => remove(f.name)}
                  />
                ),
              },
            ]}
          />
          <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({})}>
            添加情节
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 拟处理意见 (第十条) per liable person: what the 告知 tells him, and the most the decision may impose. */
export function ProposedMeasuresEditor({ people }: { people: Candidate[] }) {
  if (people.length === 0) return <Typography.Text type="secondary">请先认定责任人员</Typography.Text>;
  return (
    <Table<Candidate>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={people}
      data-testid="finding-proposed-measures"
      columns={[
        { title: '责任人员', dataIndex: 'name', width: 120 },
        {
          title: '拟处理措施',
          key: 'measures',
          render: (_, p) => (
            <Form.Item name={['proposed', p.id, 'measures']} {...cell}>
              <MeasureSelect testId={`proposed-${p.id}`} />
            </Form.Item>
          ),
        },
        {
          title: '处理意见说明',
          key: 'note',
          render: (_, p) => (
            <Form.Item name={['proposed', p.id, 'note']} {...cell}>
              <Input.TextArea rows={1} autoSize maxLength={2000} aria-label="处理意见说明" />
            </Form.Item>
          ),
        },
      ]}
    />
  );
}
