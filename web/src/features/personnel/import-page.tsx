import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { fileToBase64, TEMPLATE_URL, useImport, type ImportReport } from './api';

interface Picked {
  name: string;
  contentBase64: string;
}

/**
 * 导入名册: download the template, upload the filled file, see every row's problems (nothing is imported while
 * any remains), then import all rows in one go.
 */
export function ImportPage() {
  const navigate = useNavigate();
  const importer = useImport();
  const [file, setFile] = useState<Picked | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const step = done ? 3 : report ? 2 : file ? 1 : 0;

  const check = async (picked: Picked) => {
    setFile(picked);
    setReport(null);
    setReport(
      await importer.mutateAsync({
        dryRun: true,
        fileName: picked.name,
        contentBase64: picked.contentBase64,
      }),
    );
  };

  return (
    <>
      <PageHeader
        title="导入执法人员名册"
        description="从 Excel 名册导入执法人员及其证件。整个文件逐行校验，任何一行有误则不导入任何数据。"
        extra={<Button onClick={() => void navigate('/personnel')}>返回名册</Button>}
      />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[{ title: '下载模板' }, { title: '上传文件' }, { title: '校验结果' }, { title: '导入完成' }]}
        />
        {done ? (
          <Result
            status="success"
            title="导入完成"
            subTitle={`已导入 ${done.officers} 名执法人员、${done.certificates} 个证件（共 ${done.rows} 行）。证件的换发期限已自动开始计算。`}
            extra={
              <Button type="primary" onClick={() => void navigate('/personnel')}>
                查看名册
              </Button>
            }
          />
        ) : (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Alert
              type="info"
              showIcon
              title="第一步：下载模板并按说明填写"
              description="模板中的「填写说明」工作表列出了每一列的要求：科室/单位须与组织机构一致；身份证号须为文本格式；同一人员持有多个证件时分多行填写。"
              action={
                <Button icon={<DownloadOutlined />} href={TEMPLATE_URL}>
                  下载模板
                </Button>
              }
            />
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              showUploadList={false}
              beforeUpload={(f) => {
                void fileToBase64(f)
                  .then((contentBase64) => check({ name: f.name, contentBase64 }))
                  .catch(() => undefined);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或拖入填好的名册（.xlsx，不超过 5 MB）</p>
              {file && (
                <p className="ant-upload-hint" data-testid="import-file-name">
                  当前文件：{file.name}
                </p>
              )}
            </Upload.Dragger>
            <ApiErrorAlert error={importer.error} />
            {report && !report.ok && (
              <>
                <Alert
                  type="error"
                  showIcon
                  data-testid="import-errors"
                  title={`发现 ${report.errors.length} 处错误，未导入任何数据`}
                  description="请按下表逐行修改后重新上传。"
                />
                <Table
                  size="small"
                  rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  dataSource={report.errors}
                  columns={[
                    { title: '行号', dataIndex: 'row', width: 80 },
                    { title: '列', dataIndex: 'column', width: 160 },
                    { title: '问题', dataIndex: 'message' },
                  ]}
                />
              </>
            )}
            {report?.ok && file && (
              <Alert
                type="success"
                showIcon
                icon={<CheckCircleOutlined />}
                title={`校验通过：${report.rows} 行，${report.officers} 名执法人员、${report.certificates} 个证件`}
                action={
                  <Button
                    type="primary"
                    loading={importer.isPending}
                    onClick={() =>
                      void importer
                        .mutateAsync({
                          dryRun: false,
                          fileName: file.name,
                          contentBase64: file.contentBase64,
                        })
                        .then(setDone, () => undefined)
                    }
                  >
                    确认导入
                  </Button>
                }
              />
            )}
            <Typography.Text type="secondary">
              导入后：执法人员与证件均记入审计；身份证号加密保存；证件按有效期自动开始计算换发期限并在到期前提醒。
            </Typography.Text>
          </Space>
        )}
      </Card>
    </>
  );
}
