import { InboxOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Form, Input, Progress, Radio, Select, Space, Upload } from 'antd';
import type { z } from 'zod';
import { useState } from 'react';
import { PARTY_KIND_LABELS, PARTY_KINDS, PartyBody } from '../../../../../common/contracts/cases';
import { Uscc } from '../../../../../common/contracts/org';
import { IdNumber } from '../../../../../common/contracts/personnel';
import { zodRule } from '../../../components/zod-rule';
import { useSaveParty, useUploadConsent, type PartyView, type UploadProgress } from '../api-case';
import { CaseFormModal } from './case-form-modal';
import { fileOf, pickFiles, type PickedFiles } from './shared';

type PartyValues = {
  kind: PartyView['kind'];
  name: string;
  idKind: PartyView['idKind'];
  idNumber: string;
  address?: string;
  legalRep?: string;
  phone?: string;
  isMinor: boolean;
  limitedCapacity: boolean;
};

const ID_KIND_LABELS: Record<PartyView['idKind'], string> = {
  uscc: '统一社会信用代码',
  id_card: '居民身份证',
  other: '其他证件',
};

const empty = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** 当事人: add or edit. The full ID number is never sent back by the server, so an edit asks for it again. */
export function PartyModal({
  caseId,
  party,
  onClose,
}: {
  caseId: string;
  party: PartyView | null;
  onClose: () => void;
}) {
  const m = useSaveParty(caseId);
  const [form] = Form.useForm<PartyValues>();
  const kind = Form.useWatch('kind', form);
  const idKind = Form.useWatch('idKind', form);
  const natural = kind === 'natural';
  return (
    <CaseFormModal<PartyValues, z.input<typeof PartyBody>>
      form={form}
      title={party ? `修改当事人：${party.name}` : '添加当事人'}
      okText={party ? '保存当事人' : '添加当事人'}
      onClose={onClose}
      mutation={m}
      schema={PartyBody}
      testId="party-modal"
      toBody={(v) => ({
        kind: v.kind,
        name: v.name,
        idKind: v.idKind,
        idNumber: v.idNumber,
        address: empty(v.address),
        legalRep: natural ? null : empty(v.legalRep),
        phone: empty(v.phone),
        isMinor: natural && v.isMinor,
        limitedCapacity: natural && v.limitedCapacity,
      })}
      submit={(body) => m.mutateAsync({ partyId: party?.id ?? null, body })}
      initialValues={
        party
          ? {
              kind: party.kind,
              name: party.name,
              idKind: party.idKind,
              idNumber: '',
              address: party.address ?? '',
              legalRep: party.legalRep ?? '',
              phone: party.phone ?? '',
              isMinor: party.isMinor,
              limitedCapacity: party.limitedCapacity,
            }
          : { kind: 'legal_person', idKind: 'uscc', isMinor: false, limitedCapacity: false }
      }
    >
      <Form.Item name="kind" label="当事人类型" rules={[{ required: true }]}>
        <Radio.Group
          options={PARTY_KINDS.map((k) => ({ label: PARTY_KIND_LABELS[k], value: k }))}
          onChange={(e) => form.setFieldValue('idKind', e.target.value === 'natural' ? 'id_card' : 'uscc')}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={natural ? '姓名' : '名称'}
        rules={[{ required: true, whitespace: true, message: '请填写当事人名称或姓名' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="idKind" label="证件类型" style={{ width: 180 }}>
          <Select options={Object.entries(ID_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label="证件号码"
          style={{ flex: 1 }}
          extra={
            party ? `现登记：${party.idNumberMasked}。为保护个人信息，修改时须重新填写完整号码。` : undefined
          }
          dependencies={['idKind']}
          rules={[
            { required: true, whitespace: true, message: '请填写证件号码' },
            zodRule(idKind === 'uscc' ? Uscc : idKind === 'id_card' ? IdNumber : PartyBody.shape.idNumber),
          ]}
        >
          <Input className="zf-mono" maxLength={40} />
        </Form.Item>
      </div>
      <Form.Item name="address" label={natural ? '住址' : '住所（地址）'}>
        <Input maxLength={300} />
      </Form.Item>
      {!natural && (
        <Form.Item name="legalRep" label="法定代表人（负责人）">
          <Input maxLength={64} />
        </Form.Item>
      )}
      <Form.Item name="phone" label="联系电话">
        <Input maxLength={40} />
      </Form.Item>
      {natural && (
        <Space size="large">
          <Form.Item name="isMinor" valuePropName="checked">
            <Checkbox>未成年人</Checkbox>
          </Form.Item>
          <Form.Item name="limitedCapacity" valuePropName="checked">
            <Checkbox>限制民事行为能力或精神病人、智力残疾人</Checkbox>
          </Form.Item>
        </Space>
      )}
    </CaseFormModal>
  );
}

/**
 * 电子送达确认书: the party's signed consent to electronic delivery and the address it names (第六十一条). The
 * scanned consent is kept with its SM3 digest; only then is 电子送达 offered for this party.
 */
export function ConsentModal({
  caseId,
  party,
  onClose,
}: {
  caseId: string;
  party: PartyView;
  onClose: () => void;
}) {
  const m = useUploadConsent(caseId);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  return (
    <CaseFormModal<{ address: string; file: PickedFiles }, { address: string; file: File }>
      title={`电子送达确认书：${party.name}`}
      okText="上传确认书"
      onClose={onClose}
      mutation={m}
      testId="consent-modal"
      initialValues={{ address: party.eDeliveryAddress ?? '', file: [] }}
      toBody={(v) => ({ address: v.address.trim(), file: fileOf(v.file)! })}
      submit={(body) => m.mutateAsync({ partyId: party.id, ...body, onProgress: setProgress })}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="当事人同意并签订确认书的，行政机关可以采用传真、电子邮件等方式，将行政处罚决定书等送达当事人（《中华人民共和国行政处罚法》第六十一条第二款）。"
        />
      }
    >
      <Form.Item
        name="address"
        label="当事人确认的电子送达地址"
        rules={[{ required: true, whitespace: true, message: '请填写电子送达地址' }, { max: 200 }]}
      >
        <Input placeholder="电子邮箱或传真号码" />
      </Form.Item>
      <Form.Item
        name="file"
        label="签字的确认书（扫描件）"
        valuePropName="fileList"
        getValueFromEvent={pickFiles}
        rules={[{ required: true, type: 'array', min: 1, message: '请选择确认书文件' }]}
      >
        <Upload.Dragger maxCount={1} beforeUpload={() => false}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入确认书的 PDF 或图片</p>
        </Upload.Dragger>
      </Form.Item>
      {progress && <Progress percent={Math.round((progress.loaded / Math.max(progress.total, 1)) * 100)} />}
    </CaseFormModal>
  );
}
