import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  ATTACHMENT_KIND_LABELS,
  ATTACHMENT_KINDS,
  type AttachmentKind,
  type InterferenceMethod,
} from '../../../../common/contracts/interference';
import { ApiErrorAlert } from '../../components/api-error';
import { fileSize } from '../cases/format';
import { HashText } from '../cases/case-page/shared';
import { useUploadEvidence, type UploadProgress, type UploadView } from './api';

export interface PickedEvidence extends UploadView {
  kind: AttachmentKind;
}

/** A first guess of the kind from the file and the way of interference; the officer corrects it. */
function guessKind(file: File, method: InterferenceMethod | undefined): AttachmentKind {
  if (file.type.startsWith('audio/')) return 'recording';
  if (method === 'electronic') return 'message';
  if (method === 'written' || file.type === 'application/pdf') return 'paper_scan';
  if (file.type.startsWith('image/')) return 'message';
  return 'other';
}

/**
 * The register's evidence (第五条第二款): each file goes to the server as soon as it is chosen (raw stream; the
 * server answers its SM3), and the officer says what it is. Used as a form control: value is the list.
 */
export function EvidenceUploads({
  value = [],
  onChange,
  method,
}: {
  value?: PickedEvidence[];
  onChange?: (v: PickedEvidence[]) => void;
  method?: InterferenceMethod;
}) {
  const upload = useUploadEvidence();
  const [progress, setProgress] = useState<(UploadProgress & { name: string }) | null>(null);

  const send = (file: File) => {
    setProgress({ loaded: 0, total: file.size, name: file.name });
    upload
      .mutateAsync({ file, onProgress: (p) => setProgress({ ...p, name: file.name }) })
      .then((u) => onChange?.([...value, { ...u, kind: guessKind(file, method) }]))
      .catch(() => undefined)
      .finally(() => setProgress(null));
  };
  const setKind = (id: string, kind: AttachmentKind) =>
    onChange?.(value.map((v) => (v.id === id ? { ...v, kind } : v)));

  return (
    <div data-testid="evidence-uploads">
      <ApiErrorAlert error={upload.error} />
      <Upload
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending || value.length >= 20}
        beforeUpload={(file) => {
          send(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="evidence-upload-button">
          上传材料（录音、截图、扫描件）
        </Button>
      </Upload>
      {progress && (
        <Progress
          style={{ marginTop: 8 }}
          percent={Math.round((progress.loaded / Math.max(progress.total, 1)) * 100)}
          format={(p) => `${progress.name} ${p}%`}
        />
      )}
      {value.length > 0 && (
        <Table<PickedEvidence>
          style={{ marginTop: 8 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={value}
          columns={[
            {
              title: '文件',
              key: 'file',
              render: (_, f) => (
                <Space orientation="vertical" size={0}>
                  <span>{f.fileName}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {fileSize(f.size)}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: 'SM3', key: 'sm3', width: 190, render: (_, f) => <HashText hash={f.sm3} /> },
            {
              title: '材料类别',
              key: 'kind',
              width: 200,
              render: (_, f) => (
                <Select<AttachmentKind>
                  value={f.kind}
                  onChange={(k) => setKind(f.id, k)}
                  style={{ width: '100%' }}
                  aria-label={`${f.fileName} 的材料类别`}
                  data-testid="evidence-kind"
                  options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: ATTACHMENT_KIND_LABELS[k] }))}
                />
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
                  aria-label={`移除 ${f.fileName}`}
                  onClick={() => onChange?.(value.filter((v) => v.id !== f.id))}
                />
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
