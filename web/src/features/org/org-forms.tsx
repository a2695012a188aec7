import { Form, Input, InputNumber, Modal, Radio, Switch } from 'antd';
import { useEffect } from 'react';
import type { z } from 'zod';
import {
  PositionBody,
  UnitBody,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  UpdateEntityBody,
  Uscc,
  type LawEnforcementEntity,
} from '../../../../common/contracts/org';
import { isValidUscc } from '../../../../common/uscc';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { checkRule, zodRule } from '../../components/zod-rule';
import {
  useSavePosition,
  useSaveUnit,
  useUpdateEntity,
  type EntityBody,
  type OrgUnit,
  type Position,
  type PositionBody as PositionValues,
  type UnitBody as UnitValues,
} from './api';

type Entity = z.infer<typeof LawEnforcementEntity>;

/** Shared frame: a modal form that shows the server's refusal inline and closes on success. */
function FormModal<T extends object>({
  open,
  title,
  initial,
  fields,
  mutation,
  onClose,
  children,
  width,
  formName,
}: {
  open: boolean;
  title: string;
  initial: Partial<T>;
  fields: readonly string[];
  mutation: {
    isPending: boolean;
    error: unknown;
    reset: () => void;
    run: (v: T, cb: { onSuccess: () => void; onError: (e: unknown) => void }) => void;
  };
  onClose: () => void;
  children: React.ReactNode;
  width?: number;
  /** Prefix of the field ids, unique on the page. */
  formName: string;
}) {
  const [form] = Form.useForm<T>();
  useEffect(() => {
    if (!open) return;
    mutation.reset();
    form.resetFields();
    form.setFieldsValue(initial);
    // Reset only when (re)opened.
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      width={width ?? 560}
      onCancel={onClose}
      okText="保存"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      forceRender
    >
      <ApiErrorAlert error={mutation.error} />
      <Form<T>
        name={formName}
        form={form}
        layout="vertical"
        onFinish={(v) =>
          mutation.run(v, { onSuccess: onClose, onError: (e) => applyFieldErrors(form, e, fields) })
        }
      >
        {children}
      </Form>
    </Modal>
  );
}

export function EntityFormModal({
  open,
  entity,
  onClose,
}: {
  open: boolean;
  entity: Entity;
  onClose: () => void;
}) {
  const m = useUpdateEntity();
  return (
    <FormModal<EntityBody>
      open={open}
      formName="entity"
      title="修改执法主体信息"
      width={680}
      initial={{
        name: entity.name,
        uscc: entity.uscc,
        address: entity.address,
        legalBasis: entity.legalBasis,
        phone: entity.phone,
      }}
      fields={['name', 'uscc', 'address', 'legalBasis', 'phone']}
      mutation={{
        ...m,
        run: (v, cb) => m.mutate({ ...v, phone: v.phone?.trim() ? v.phone.trim() : null }, cb),
      }}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="执法主体名称"
        rules={[{ required: true, message: '请输入执法主体名称' }, zodRule(UpdateEntityBody.shape.name)]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="uscc"
        label="统一社会信用代码"
        extra="18 位，末位为校验码（GB 32100-2015）。"
        normalize={(v: string) => v.toUpperCase()}
        rules={[
          { required: true, message: '请输入统一社会信用代码' },
          zodRule(Uscc),
          checkRule((v: string | undefined) =>
            v && v.trim().length === 18 && !isValidUscc(v.trim()) ? '统一社会信用代码校验码不正确' : null,
          ),
        ]}
      >
        <Input maxLength={18} className="zf-mono" />
      </Form.Item>
      <Form.Item
        name="address"
        label="地址"
        rules={[{ required: true, message: '请输入地址' }, zodRule(UpdateEntityBody.shape.address)]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="phone" label="联系电话">
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label="职权依据"
        extra="法律、法规、规章及“三定”规定中赋予本机关行政执法职权的条款。"
        rules={[{ required: true, message: '请输入职权依据' }, zodRule(UpdateEntityBody.shape.legalBasis)]}
      >
        <Input.TextArea rows={5} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}

export function UnitFormModal({
  open,
  unit,
  onClose,
}: {
  open: boolean;
  unit: OrgUnit | null;
  onClose: () => void;
}) {
  const m = useSaveUnit();
  return (
    <FormModal<UnitValues>
      open={open}
      formName="unit"
      title={unit ? `修改：${unit.name}` : '新增科室或所属事业单位'}
      initial={
        unit
          ? {
              name: unit.name,
              kind: unit.kind,
              code: unit.code,
              duties: unit.duties,
              sortOrder: unit.sortOrder,
            }
          : { kind: 'section', sortOrder: 100, duties: '' }
      }
      fields={['name', 'kind', 'code', 'duties', 'sortOrder']}
      mutation={{
        ...m,
        run: (v, cb) => m.mutate({ id: unit?.id ?? null, body: { ...v, duties: v.duties ?? '' } }, cb),
      }}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="名称"
        rules={[{ required: true, message: '请输入名称' }, zodRule(UnitBody.shape.name)]}
      >
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
        <Radio.Group options={UNIT_KINDS.map((k) => ({ label: UNIT_KIND_LABELS[k], value: k }))} />
      </Form.Item>
      <Form.Item
        name="code"
        label="编码"
        rules={[{ required: true, message: '请输入编码' }, zodRule(UnitBody.shape.code)]}
        normalize={(v: string) => v.toUpperCase()}
      >
        <Input maxLength={16} className="zf-mono" />
      </Form.Item>
      <Form.Item name="duties" label="主要职责">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="sortOrder"
        label="排序"
        extra="数字小的排在前面。"
        rules={[{ required: true, message: '请输入排序号' }]}
      >
        <InputNumber min={0} max={9999} precision={0} />
      </Form.Item>
    </FormModal>
  );
}

export function PositionFormModal({
  open,
  position,
  onClose,
}: {
  open: boolean;
  position: Position | null;
  onClose: () => void;
}) {
  const m = useSavePosition();
  return (
    <FormModal<PositionValues>
      open={open}
      formName="position"
      title={position ? `修改职务：${position.name}` : '新增职务'}
      initial={
        position
          ? { name: position.name, isLeadership: position.isLeadership, sortOrder: position.sortOrder }
          : { isLeadership: false, sortOrder: 100 }
      }
      fields={['name', 'isLeadership', 'sortOrder']}
      mutation={{ ...m, run: (v, cb) => m.mutate({ id: position?.id ?? null, body: v }, cb) }}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="职务名称"
        rules={[{ required: true, message: '请输入职务名称' }, zodRule(PositionBody.shape.name)]}
      >
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="isLeadership" label="领导职务" valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      <Form.Item
        name="sortOrder"
        label="排序"
        extra="数字小的排在前面。"
        rules={[{ required: true, message: '请输入排序号' }]}
      >
        <InputNumber min={0} max={9999} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
