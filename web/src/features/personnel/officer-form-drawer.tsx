import { App, Button, DatePicker, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  IdNumber,
  STAFFING_LABELS,
  STAFFING_TYPES,
  type EducationLevel,
  type StaffingType,
} from '../../../../common/contracts/personnel';
import { UNIT_KIND_LABELS } from '../../../../common/contracts/org';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { zodRule } from '../../components/zod-rule';
import { useOrg } from '../org/api';
import { useCreateOfficer, useLinkableAccounts, useUpdateOfficer, type OfficerDetail } from './api';

interface Values {
  name: string;
  idNumber?: string;
  unitId: string;
  positionId?: string | null;
  staffingType: StaffingType;
  education?: EducationLevel | null;
  legalQualification: boolean;
  legalQualificationNo?: string | null;
  legalReviewSince?: Dayjs | null;
  userId?: string | null;
  reason?: string;
}

const FIELDS = [
  'name',
  'idNumber',
  'unitId',
  'positionId',
  'staffingType',
  'education',
  'legalQualificationNo',
  'userId',
  'reason',
];

/** Adds an officer or edits one's particulars. A blank ID number on edit keeps the stored one. */
export function OfficerFormDrawer({
  open,
  officer,
  onClose,
  onSaved,
}: {
  open: boolean;
  officer: OfficerDetail | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const org = useOrg();
  const accounts = useLinkableAccounts(open);
  const create = useCreateOfficer();
  const update = useUpdateOfficer();
  const [error, setError] = useState<unknown>(null);
  const qualified = Form.useWatch('legalQualification', form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (officer)
      form.setFieldsValue({
        name: officer.name,
        unitId: officer.unitId,
        positionId: officer.positionId,
        staffingType: officer.staffingType,
        education: officer.education,
        legalQualification: officer.legalQualification,
        legalQualificationNo: officer.legalQualificationNo,
        legalReviewSince: officer.legalReviewSince ? dayjs(officer.legalReviewSince) : null,
        userId: officer.userId,
      });
  }, [open, officer, form]);

  const submit = async (v: Values) => {
    const body = {
      name: v.name,
      unitId: v.unitId,
      positionId: v.positionId ?? null,
      staffingType: v.staffingType,
      education: v.education ?? null,
      legalQualification: !!v.legalQualification,
      legalQualificationNo: v.legalQualification ? (v.legalQualificationNo ?? null) : null,
      legalReviewSince: v.legalReviewSince ? v.legalReviewSince.format('YYYY-MM-DD') : null,
      userId: v.userId ?? null,
    };
    try {
      if (officer) {
        await update.mutateAsync({
          id: officer.id,
          body: {
            ...body,
            ...(v.idNumber ? { idNumber: v.idNumber } : {}),
            ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          },
        });
        void message.success('已保存');
        onSaved?.(officer.id);
      } else {
        const r = await create.mutateAsync({ ...body, idNumber: v.idNumber || null });
        void message.success('已新增执法人员');
        onSaved?.(r.id);
      }
      onClose();
    } catch (e) {
      setError(e);
      applyFieldErrors(form, e, FIELDS);
    }
  };

  const units = org.data?.units ?? [];
  const accountOptions = [
    ...(officer?.userId ? [{ label: `${officer.username ?? ''}（当前）`, value: officer.userId }] : []),
    ...(accounts.data?.items ?? []).map((a) => ({
      label: `${a.displayName}（${a.username}${a.unitName ? ` · ${a.unitName}` : ''}）`,
      value: a.id,
    })),
  ];
  return (
    <Drawer
      title={officer ? `修改执法人员：${officer.name}` : '新增执法人员'}
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <ApiErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="officerForm"
        initialValues={{ legalQualification: false, staffingType: 'civil_servant' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="name"
          label="姓名"
          rules={[
            { required: true, message: '请输入姓名' },
            { min: 2, max: 32 },
          ]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label="身份证号"
          extra={
            officer?.idNumberMasked
              ? `已登记：${officer.idNumberMasked}。留空则不修改；身份证号加密保存，列表中脱敏显示。`
              : '加密保存，列表中脱敏显示。'
          }
          rules={[zodRule(IdNumber)]}
        >
          <Input maxLength={18} className="zf-mono" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label="科室/单位"
          rules={[{ required: true, message: '请选择所在科室或单位' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(['section', 'institution'] as const).map((kind) => ({
              label: UNIT_KIND_LABELS[kind],
              title: UNIT_KIND_LABELS[kind],
              options: units.filter((u) => u.kind === kind).map((u) => ({ label: u.name, value: u.id })),
            }))}
          />
        </Form.Item>
        <Form.Item name="positionId" label="职务">
          <Select
            allowClear
            options={(org.data?.positions ?? []).map((p) => ({ label: p.name, value: p.id }))}
          />
        </Form.Item>
        <Form.Item
          name="staffingType"
          label="编制类型"
          rules={[{ required: true, message: '请选择编制类型' }]}
          extra="只有在编人员（公务员、参公，受委托组织的事业编制人员）可以持证；工勤、劳务派遣、临时聘用人员不得持证执法。"
        >
          <Select options={STAFFING_TYPES.map((s) => ({ label: STAFFING_LABELS[s], value: s }))} />
        </Form.Item>
        <Form.Item name="education" label="学历">
          <Select
            allowClear
            options={EDUCATION_LEVELS.map((e) => ({ label: EDUCATION_LABELS[e], value: e }))}
          />
        </Form.Item>
        <Form.Item name="legalQualification" label="法律职业资格" valuePropName="checked">
          <Switch checkedChildren="已取得" unCheckedChildren="未取得" />
        </Form.Item>
        {qualified && (
          <Form.Item
            name="legalQualificationNo"
            label="法律职业资格证书编号"
            rules={[{ required: true, message: '请填写法律职业资格证书编号' }]}
          >
            <Input maxLength={32} className="zf-mono" />
          </Form.Item>
        )}
        <Form.Item
          name="legalReviewSince"
          label="开始从事法制审核的日期"
          extra="初次从事行政处罚决定法制审核的人员须取得法律职业资格（行政处罚法第五十八条第二款）；2021年7月15日前已从事的不属于初次。"
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="userId" label="关联账号" extra="该人员在本系统的登录账号；没有账号可不选。">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={accountOptions} />
        </Form.Item>
        {officer && (
          <Form.Item
            name="reason"
            label="变更事由"
            extra="调整科室或职务的，请写明事由或文号；记入人事处理记录（不填记为“人员信息变更”）。"
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
