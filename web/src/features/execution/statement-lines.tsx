import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Empty,
  Form,
  Modal,
  Progress,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { yuan } from '../cases/format';
import {
  useAgreements,
  useImportStatement,
  type StatementImport,
  type StatementLineView,
  type UploadProgress,
} from './api';
import { LineStatusTag, Money } from './labels';
import { LineResolveModal } from './line-resolve-modal';

/**
 * Lines of a bank or e-payment statement: payer, amount, day, serial and memo, how each was matched, and for an
 * unmatched line (finance only) the 核对 button. `resolved` marks lines settled since the list was loaded.
 */
export function StatementLinesTable({
  lines,
  loading,
  resolved = {},
  onResolve,
  emptyText = '没有款项',
}: {
  lines: readonly StatementLineView[];
  loading?: boolean;
  resolved?: Record<string, 'confirm' | 'ignore'>;
  onResolve?: (line: StatementLineView) => void;
  emptyText?: string;
}) {
  // The 核对 column only while some line still waits for a person.
  const canResolve =
    useAbility('fine.collect') &&
    !!onResolve &&
    lines.some((l) => l.status === 'unmatched' && !resolved[l.id]);
  return (
    <Table<StatementLineView>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={[...lines]}
      pagination={lines.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      onRow={(l) => ({ 'data-testid': `statement-line-${l.lineNo}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '行号', dataIndex: 'lineNo', width: 60 },
        { title: '缴款人', dataIndex: 'payer' },
        { title: '金额', key: 'amount', align: 'right', render: (_, l) => <Money fen={l.amountFen} /> },
        { title: '缴款日期', dataIndex: 'paidOn', width: 110 },
        {
          title: '流水号 / 摘要',
          key: 'ref',
          render: (_, l) => (
            <>
              <Typography.Text className="zf-mono" style={{ fontSize: 12 }}>
                {l.reference}
              </Typography.Text>
              {l.memo && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.memo}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        {
          title: '匹配情况',
          key: 'status',
          render: (_, l) => {
            const done = resolved[l.id];
            return (
              <Space orientation="vertical" size={0}>
                <span>
                  {done ? (
                    <Tag color={done === 'confirm' ? 'blue' : 'default'}>
                      {done === 'confirm' ? '人工确认' : '已排除'}
                    </Tag>
                  ) : (
                    <LineStatusTag status={l.status} />
                  )}
                  {l.decisionNo && (
                    <span className="zf-mono" style={{ whiteSpace: 'nowrap' }}>
                      {l.decisionNo}
                    </span>
                  )}
                </span>
                {!done && l.status === 'unmatched' && l.reasons.length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.reasons.join('；')}
                  </Typography.Text>
                )}
                {l.resolutionNote && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.resolutionNote}
                  </Typography.Text>
                )}
              </Space>
            );
          },
        },
        ...(canResolve
          ? [
              {
                key: 'ops',
                width: 90,
                render: (_: unknown, l: StatementLineView) =>
                  l.status === 'unmatched' && !resolved[l.id] ? (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => onResolve?.(l)}
                      data-testid={`line-resolve-${l.lineNo}`}
                    >
                      核对
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}

/** The lines table with its own resolve modal and the record of what was settled here. */
export function ResolvableLines({
  lines,
  loading,
  emptyText,
}: {
  lines: readonly StatementLineView[];
  loading?: boolean;
  emptyText?: string;
}) {
  const [resolving, setResolving] = useState<StatementLineView | null>(null);
  const [resolved, setResolved] = useState<Record<string, 'confirm' | 'ignore'>>({});
  return (
    <>
      <StatementLinesTable
        lines={lines}
        loading={loading}
        resolved={resolved}
        onResolve={setResolving}
        emptyText={emptyText}
      />
      {resolving && (
        <LineResolveModal
          line={resolving}
          onClose={() => setResolving(null)}
          onResolved={(id, action) => setResolved((r) => ({ ...r, [id]: action }))}
        />
      )}
    </>
  );
}

function ImportResult({ result }: { result: StatementImport }) {
  const s = result.statement;
  return (
    <div data-testid="statement-import-result">
      <Alert
        type={s.unmatchedCount ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          <span data-testid="statement-import-summary">
            已导入 {s.fileName}：共 {s.lineCount} 笔，自动匹配{' '}
            <b data-testid="statement-matched">{s.matchedCount}</b> 笔，待人工核对{' '}
            <b data-testid="statement-unmatched">{s.unmatchedCount}</b> 笔
          </span>
        }
        description={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            合计 {yuan(result.lines.reduce((n, l) => n + l.amountFen, 0))}；文件 SM3{' '}
            <span className="zf-mono">{s.fileSm3}</span>
          </Typography.Text>
        }
      />
      {result.errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="statement-import-errors"
          title={`${result.errors.length} 行未能识别，未导入`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 160, overflow: 'auto' }}>
              {result.errors.map((e) => (
                <li key={`${e.lineNo}-${e.message}`}>
                  第 {e.lineNo} 行：{e.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <ResolvableLines lines={result.lines} emptyText="文件中没有可导入的款项" />
    </div>
  );
}

/**
 * 导入对账单: the collecting bank's (or e-payment channel's) statement as CSV or Excel, sent as it is the moment it
 * is chosen. The server books every line whose decision number, payer and amount agree; the rest wait here, and on
 * the desk, for a person.
 */
export function StatementImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const upload = useImportStatement();
  const agreements = useAgreements(open);
  const [source, setSource] = useState<'bank' | 'e_payment'>('bank');
  const [agreementId, setAgreementId] = useState<string | undefined>();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const inForce = (agreements.data?.items ?? []).filter((a) => a.inForce || a.id === agreementId);
  const chosenAgreement = agreementId ?? inForce[0]?.id;
  const close = () => {
    upload.reset();
    setProgress(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title="导入对账单"
      onCancel={close}
      width={960}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Button onClick={close} data-testid="statement-import-close">
          关闭
        </Button>
      }
    >
      <div data-testid="statement-import-modal">
        <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
          <Form.Item label="来源">
            <Radio.Group
              value={source}
              onChange={(e) => setSource(e.target.value as 'bank' | 'e_payment')}
              options={[
                { value: 'bank', label: '代收银行' },
                { value: 'e_payment', label: '电子支付' },
              ]}
            />
          </Form.Item>
          <Form.Item label="代收协议">
            <Select
              style={{ width: 320 }}
              allowClear
              loading={agreements.isPending}
              value={chosenAgreement}
              onChange={setAgreementId}
              placeholder="不指定"
              aria-label="代收协议"
              options={inForce.map((a) => ({ value: a.id, label: `${a.bankName} ${a.accountNumber}` }))}
            />
          </Form.Item>
        </Form>
        <ApiErrorAlert error={upload.error ?? agreements.error} />
        <Upload.Dragger
          accept=".csv,.xlsx,.xls"
          showUploadList={false}
          disabled={upload.isPending}
          data-testid="statement-upload"
          beforeUpload={(file) => {
            setProgress(null);
            upload.mutate({
              file,
              fileName: file.name,
              source,
              agreementId: chosenAgreement,
              onProgress: setProgress,
            });
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入对账单文件（CSV 或 Excel）</p>
          <p className="ant-upload-hint">
            应含缴款人、金额、缴款日期、流水号和摘要（附言）列；摘要中的决定书文号用于自动匹配。
          </p>
        </Upload.Dragger>
        {upload.isPending && progress && (
          <Progress
            percent={Math.round((progress.loaded / Math.max(progress.total, 1)) * 100)}
            size="small"
          />
        )}
        {upload.isPending && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            正在导入并匹配……
          </Typography.Paragraph>
        )}
        {upload.data && (
          <div style={{ marginTop: 16 }}>
            <ImportResult result={upload.data} />
          </div>
        )}
      </div>
    </Modal>
  );
}
