import { InboxOutlined } from '@ant-design/icons';
import { Checkbox, DatePicker, Form, Input, Progress, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { z } from 'zod';
import { FileUploadQuery } from '../../../../../common/contracts/cases';
import { useUploadEvidenceFile, type Evidence, type UploadProgress } from '../api-case';
import { fileSize, toInstant } from '../format';
import { CaseFormModal } from './case-form-modal';
import { fileOf, pickFiles, type PickedFiles } from './shared';

type UploadValues = {
  file: PickedFiles;
  isAv: boolean;
  deviceNo?: string;
  recorded?: [Dayjs | null, Dayjs | null] | null;
};
type UploadBody = z.input<typeof FileUploadQuery> & { file: File };

/** 上传证据文件: the raw file with its SM3 computed by the server; audio/video with device and recording time. */
export function UploadModal({
  caseId,
  evidence,
  onClose,
}: {
  caseId: string;
  evidence: Evidence;
  onClose: () => void;
}) {
  const m = useUploadEvidenceFile(caseId);
  const [form] = Form.useForm<UploadValues>();
  const isAv = Form.useWatch('isAv', form);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  return (
    <CaseFormModal<UploadValues, UploadBody>
      form={form}
      title={`上传证据文件：${evidence.seq}. ${evidence.title}`}
      okText="上传"
      onClose={onClose}
      mutation={m}
      testId="upload-modal"
      schema={FileUploadQuery}
      initialValues={{ isAv: evidence.kind === 'audiovisual', file: [] }}
      toBody={(v) => ({
        file: fileOf(v.file)!,
        isAv: v.isAv ? 'true' : 'false',
        deviceNo: v.isAv ? v.deviceNo?.trim() || undefined : undefined,
        recordedFrom: v.isAv ? (toInstant(v.recorded?.[0]) ?? undefined) : undefined,
        recordedTo: v.isAv ? (toInstant(v.recorded?.[1]) ?? undefined) : undefined,
      })}
      submit={({ file, ...meta }) =>
        m.mutateAsync({ evidenceId: evidence.id, file, meta, onProgress: setProgress })
      }
      successText="文件已上传，服务器已计算SM3摘要"
    >
      <Form.Item
        name="file"
        label="文件"
        valuePropName="fileList"
        getValueFromEvent={pickFiles}
        rules={[{ required: true, type: 'array', min: 1, message: '请选择文件' }]}
      >
        <Upload.Dragger maxCount={1} beforeUpload={() => false}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入文件（照片、扫描件、录音录像、电子数据）</p>
        </Upload.Dragger>
      </Form.Item>
      <Form.Item name="isAv" valuePropName="checked">
        <Checkbox>音像记录（执法记录仪、录音录像）</Checkbox>
      </Form.Item>
      {isAv && (
        <>
          <Form.Item name="deviceNo" label="记录设备编号" rules={[{ max: 64 }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="recorded" label="录制起止时间">
            <DatePicker.RangePicker showTime={{ format: 'HH:mm:ss' }} format="YYYY-MM-DD HH:mm:ss" />
          </Form.Item>
        </>
      )}
      {progress && (
        <Progress
          percent={Math.round((progress.loaded / Math.max(progress.total, 1)) * 100)}
          format={(p) => `${p}%（${fileSize(progress.loaded)} / ${fileSize(progress.total)}）`}
          data-testid="upload-progress"
        />
      )}
    </CaseFormModal>
  );
}
