import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { isApiError } from '../../app/api';
import { useImportYear, type ImportResult } from './api';

/**
 * Upload of a year's 国务院办公厅 holiday notice as JSON (the format of the bundled year files). The server checks
 * every row and answers with Chinese messages per row; the import, and the recomputation of open deadlines it
 * causes, are audited.
 */
export function ImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const importYear = useImportYear();
  const [parseError, setParseError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const close = () => {
    importYear.reset();
    setParseError(null);
    setResult(null);
    onClose();
  };

  const upload = async (file: File) => {
    setParseError(null);
    setResult(null);
    importYear.reset();
    let content: unknown;
    try {
      content = JSON.parse(await file.text());
    } catch {
      setParseError(`「${file.name}」不是有效的 JSON 文件`);
      return;
    }
    if (typeof content !== 'object' || content === null || Array.isArray(content)) {
      setParseError('文件内容须为 JSON 对象（与内置年度数据文件格式相同）');
      return;
    }
    importYear.mutate(
      { fileName: file.name, content: content as Record<string, unknown> },
      {
        onSuccess: (r) => {
          setResult(r);
          void message.success(`已导入 ${r.year} 年放假安排（第 ${r.version} 版）`);
        },
      },
    );
  };

  const details = isApiError(importYear.error) ? importYear.error.details : [];
  return (
    <Modal
      title="导入年度放假安排通知"
      open={open}
      onCancel={close}
      footer={null}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">
        上传与内置年度数据相同格式的 JSON 文件：<Typography.Text code>year</Typography.Text>、
        <Typography.Text code>notices</Typography.Text>（通知标题、文号必填）、
        <Typography.Text code>days</Typography.Text>
        （每个放假日、调休上班日）。同一年度再次导入即为更正（新版本）。导入后，受影响的进行中期限将自动重新计算。
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".json,application/json"
        showUploadList={false}
        disabled={importYear.isPending}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖入 JSON 文件</p>
      </Upload.Dragger>
      <div style={{ marginTop: 16 }}>
        {parseError && <Alert type="error" showIcon title={parseError} />}
        {details.length === 0 && <ApiErrorAlert error={importYear.error} />}
        {details.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={`日历导入文件有误（共 ${details.length} 处），请逐条修改后重新导入，未作任何修改`}
          />
        )}
        {details.length > 0 && (
          <ul data-testid="import-errors" style={{ maxHeight: 240, overflow: 'auto', marginTop: 8 }}>
            {details.map((d) => (
              <li key={`${d.path}-${d.message}`}>
                <Typography.Text type="danger">{d.message}</Typography.Text>
              </li>
            ))}
          </ul>
        )}
        {result && (
          <Alert
            type="success"
            showIcon
            title={`已导入 ${result.year} 年放假安排（第 ${result.version} 版）`}
            description={
              <>
                <div>
                  日历版本 {result.previousCalendarVersion} → {result.calendarVersion}；重新计算期限{' '}
                  {result.deadlinesTouched} 项，其中届满日变化 {result.deadlinesChanged} 项。
                </div>
                {result.warnings.length > 0 && (
                  <>
                    <div style={{ marginTop: 8 }}>请核对：</div>
                    <ul style={{ margin: 0 }}>
                      {result.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            }
          />
        )}
      </div>
    </Modal>
  );
}
