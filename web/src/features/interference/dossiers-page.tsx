import { DownloadOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Menu,
  Row,
  Segmented,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  FILE_KIND_LABELS,
  FILE_KINDS,
  type PersonalFileKind,
} from '../../../../common/contracts/interference';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { dateTimeText } from '../cases/format';
import { dossierExportUrl, useDossier, useDossierSubjects, type FileEntryView } from './api';

const KIND_COLORS: Record<PersonalFileKind, string> = { integrity: 'volcano', enforcement: 'blue' };

/** One person's entries, filtered by file; each read is audited by the server. */
function Entries({ userId, name }: { userId: string; name: string }) {
  const [kind, setKind] = useState<PersonalFileKind | 'all'>('all');
  const q = useDossier(userId, kind === 'all' ? undefined : kind);
  return (
    <Card
      title={`${name} 的档案`}
      data-testid="dossier-entries"
      extra={
        <Button icon={<DownloadOutlined />} href={dossierExportUrl(userId)} data-testid="dossier-export">
          导出 Excel
        </Button>
      }
    >
      <Segmented
        style={{ marginBottom: 16 }}
        value={kind}
        onChange={(v) => setKind(v as PersonalFileKind | 'all')}
        options={[
          { value: 'all', label: '全部' },
          ...FILE_KINDS.map((k) => ({ value: k, label: FILE_KIND_LABELS[k] })),
        ]}
        data-testid="dossier-kind"
      />
      <ApiErrorAlert error={q.error} />
      <Table<FileEntryView>
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="暂无档案记录" /> }}
        columns={[
          { title: '日期', dataIndex: 'occurredOn', width: 110 },
          {
            title: '档案',
            key: 'kind',
            width: 100,
            render: (_, e) => <Tag color={KIND_COLORS[e.fileKind]}>{FILE_KIND_LABELS[e.fileKind]}</Tag>,
          },
          {
            title: '事项',
            key: 'title',
            render: (_, e) => (
              <>
                <Typography.Text strong>{e.title}</Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{e.detail}</div>
              </>
            ),
          },
          {
            title: '登记',
            key: 'by',
            width: 150,
            render: (_, e) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.recordedByName} {dateTimeText(e.recordedAt)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

/**
 * 廉政档案和执法档案 (/dossiers, 主要领导 and 纪检; 第十一条): the people with entries — interveners (批示, 核查,
 * 处理) in the 廉政档案, handlers (不记录认定) in the 执法档案 — and one person's entries with the Excel export.
 */
export function DossiersPage() {
  const subjects = useDossierSubjects();
  const [selected, setSelected] = useState<string | null>(null);
  const list = subjects.data ?? [];
  const current = list.find((s) => s.subjectId === selected);
  return (
    <>
      <PageHeader
        title="廉政档案和执法档案"
        description="干预、插手案件办理的情况记入过问人廉政档案；不记录、不如实记录的情况记入办案人员执法档案。查阅、导出均留痕。"
      />
      <ApiErrorAlert error={subjects.error} />
      <Row gutter={16}>
        <Col xs={24} md={7} xl={5}>
          <Card title="人员" size="small" styles={{ body: { padding: 0 } }} data-testid="dossier-subjects">
            {subjects.isLoading ? (
              <Skeleton active style={{ padding: 16 }} />
            ) : list.length === 0 ? (
              <Empty description="暂无档案记录" style={{ padding: 24 }} />
            ) : (
              <Menu
                mode="inline"
                selectedKeys={selected ? [selected] : []}
                onClick={({ key }) => setSelected(key)}
                style={{ borderInlineEnd: 0 }}
                items={list.map((s) => ({
                  key: s.subjectId,
                  label: (
                    <span style={{ display: 'flex', justifyContent: 'space-between' }}>
                      {s.subjectName}
                      <Badge count={s.entries} color="#8c8c8c" />
                    </span>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={17} xl={19}>
          {current ? (
            <Entries key={current.subjectId} userId={current.subjectId} name={current.subjectName} />
          ) : (
            <Card>
              <Empty description="请从左侧选择人员" />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
