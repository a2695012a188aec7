import { EditOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DOCUMENT_KIND_LABELS } from '../../../../../common/contracts/cases';
import { useAbility } from '../../../app/session';
import { documentUrl, type OfficialDocument } from '../api-case';
import { dateTimeText, fileSize } from '../format';
import { useCaseContext } from './context';
import { HashText } from './shared';

/**
 * 文书: every generated document with its number and version (a corrected one is marked superseded and stays),
 * PDF to preview and print, Word to download, and 更正 for those who handle the case.
 */
export function DocumentsTab() {
  const { lawCase, open } = useCaseContext();
  // The case's abilities have no 更正 entry yet: offered with the coarse permission; the server decides.
  const canCorrect = useAbility('case.handle');
  return (
    <Card size="small" title="执法文书">
      <Table<OfficialDocument>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lawCase.documents}
        locale={{ emptyText: '尚未生成文书' }}
        onRow={(d) => ({ 'data-testid': `document-row-${d.kind}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '文书',
            key: 'title',
            render: (_, d) => (
              <>
                <Typography.Text delete={!!d.supersededBy}>{d.title}</Typography.Text>{' '}
                {d.title !== DOCUMENT_KIND_LABELS[d.kind] && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {DOCUMENT_KIND_LABELS[d.kind]}
                  </Typography.Text>
                )}
                {d.supersededBy && (
                  <Tag color="default" style={{ marginInlineStart: 6 }} data-testid="superseded">
                    已被更正
                  </Tag>
                )}
                {d.correctionReason && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      更正理由：{d.correctionReason}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: '文号',
            key: 'no',
            width: 170,
            render: (_, d) => <span className="zf-mono">{d.number ?? '—'}</span>,
          },
          { title: '版本', key: 'version', width: 60, render: (_, d) => `第${d.version}版` },
          {
            title: '出具',
            key: 'issued',
            width: 150,
            render: (_, d) => (
              <Typography.Text style={{ fontSize: 12 }}>
                {d.issuedByName}
                <br />
                {dateTimeText(d.issuedAt)}
              </Typography.Text>
            ),
          },
          { title: 'PDF', key: 'size', width: 80, render: (_, d) => fileSize(d.pdfSize) },
          { title: 'SM3', key: 'sm3', width: 180, render: (_, d) => <HashText hash={d.pdfSm3} /> },
          {
            key: 'ops',
            width: 250,
            render: (_, d) => (
              <Space size={0} wrap>
                <Button
                  type="link"
                  size="small"
                  icon={<FilePdfOutlined />}
                  href={documentUrl(lawCase.id, d.id, 'pdf')}
                  target="_blank"
                  rel="noopener"
                >
                  预览/打印
                </Button>
                <Tooltip title={`Word ${fileSize(d.docxSize)}`}>
                  <Button
                    type="link"
                    size="small"
                    icon={<FileWordOutlined />}
                    href={documentUrl(lawCase.id, d.id, 'docx')}
                  >
                    下载Word
                  </Button>
                </Tooltip>
                {canCorrect && !d.supersededBy && (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => open({ kind: 'correctDocument', document: d })}
                  >
                    更正
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
