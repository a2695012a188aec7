import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Col, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { CUSTODY_ACTION_LABELS } from '../../../../../common/contracts/cases';
import { caseFileUrl, type Evidence, type EvidenceFile } from '../api-case';
import { dateTimeText, fileSize } from '../format';
import { useCaseContext } from './context';
import { HashText } from './shared';

/** One evidence item opened: its files (size, SM3, download; audio/video with device and time) and custody chain. */
export function EvidenceDetail({ evidence }: { evidence: Evidence }) {
  const { lawCase, open } = useCaseContext();
  const canAdd = lawCase.abilities.addEvidence;
  return (
    <Row gutter={24} data-testid={`evidence-detail-${evidence.seq}`}>
      <Col xs={24} xl={15}>
        {evidence.description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {evidence.description}
          </Typography.Paragraph>
        )}
        {evidence.providedBy && <Typography.Paragraph>提供人：{evidence.providedBy}</Typography.Paragraph>}
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text strong>文件</Typography.Text>
          {canAdd && (
            <Button size="small" icon={<UploadOutlined />} onClick={() => open({ kind: 'upload', evidence })}>
              上传文件
            </Button>
          )}
        </Space>
        <Table<EvidenceFile>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={evidence.files}
          locale={{ emptyText: '尚无文件' }}
          columns={[
            {
              title: '文件名',
              key: 'name',
              render: (_, f) => (
                <>
                  <Typography.Link href={caseFileUrl(lawCase.id, f.id)} target="_blank" rel="noopener">
                    <DownloadOutlined /> {f.fileName}
                  </Typography.Link>
                  {f.isAv && (
                    <div>
                      <Tag color="geekblue">音像记录</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        设备 {f.deviceNo ?? '—'}，{dateTimeText(f.recordedFrom)} 至{' '}
                        {dateTimeText(f.recordedTo)}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            { title: '大小', key: 'size', width: 90, render: (_, f) => fileSize(f.size) },
            { title: 'SM3', key: 'sm3', width: 190, render: (_, f) => <HashText hash={f.sm3} /> },
            {
              title: '上传',
              key: 'by',
              width: 150,
              render: (_, f) => (
                <Typography.Text style={{ fontSize: 12 }}>
                  {f.uploadedByName}
                  <br />
                  {dateTimeText(f.uploadedAt)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={9}>
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text strong>保管链</Typography.Text>
          {canAdd && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => open({ kind: 'custody', evidence })}>
              登记保管记录
            </Button>
          )}
        </Space>
        {evidence.custody.length === 0 ? (
          <Typography.Paragraph type="secondary">尚无保管记录</Typography.Paragraph>
        ) : (
          <Timeline
            data-testid="custody-chain"
            items={evidence.custody.map((c) => ({
              key: c.id,
              content: (
                <>
                  <Typography.Text strong>{dateTimeText(c.at)}</Typography.Text>{' '}
                  <Tag>{CUSTODY_ACTION_LABELS[c.action]}</Tag>
                  {[c.fromPerson && `自 ${c.fromPerson}`, c.toPerson && `交 ${c.toPerson}`, c.place]
                    .filter(Boolean)
                    .join('，')}
                  {c.note && (
                    <div>
                      <Typography.Text type="secondary">{c.note}</Typography.Text>
                    </div>
                  )}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      登记：{c.recordedByName}
                    </Typography.Text>
                  </div>
                </>
              ),
            }))}
          />
        )}
      </Col>
    </Row>
  );
}
