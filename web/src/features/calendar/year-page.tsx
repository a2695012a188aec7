import { LeftOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { useAbility } from '../../app/session';
import { useCalendarSummary, useImports, useYear } from './api';
import { ImportModal } from './import-modal';
import { OverlayEditor } from './overlay-editor';
import { Legend, YearGrid } from './year-grid';

const ORIGIN_TAGS = {
  bundled: <Tag color="blue">内置数据</Tag>,
  imported: <Tag color="geekblue">已导入</Tag>,
  projected: <Tag color="gold">推算</Tag>,
} as const;

/**
 * 工作日历: a year at a glance — statutory holidays, 调休 rest days, make-up working days and local days
 * coloured apart, the notice each comes from, projected years flagged. Calendar maintainers import a year's
 * notice and edit the local overlay here.
 */
export function YearPage() {
  const canMaintain = useAbility('calendar.maintain');
  const [year, setYear] = useState(() => Math.min(Math.max(dayjs().year(), 2019), 2035));
  const [importing, setImporting] = useState(false);
  const summary = useCalendarSummary();
  const view = useYear(year);
  const imports = useImports(canMaintain);
  const y = view.data;

  return (
    <>
      <PageHeader
        title="工作日历"
        description="法定节假日、调休及地方休息日安排。工作日期间跳过休息日，调休上班日计为工作日。鼠标移到日期上查看原因与依据的通知。"
        extra={
          <Space>
            <Button
              icon={<LeftOutlined />}
              disabled={year <= 2019}
              onClick={() => setYear(year - 1)}
              aria-label="上一年"
            />
            <Select
              value={year}
              style={{ width: 150 }}
              onChange={setYear}
              options={(summary.data?.years ?? []).map((s) => ({
                value: s.year,
                label: `${s.year}年${s.origin === 'projected' ? '（推算）' : ''}`,
              }))}
            />
            <Button
              icon={<RightOutlined />}
              disabled={year >= 2035}
              onClick={() => setYear(year + 1)}
              aria-label="下一年"
            />
            {canMaintain && (
              <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                导入年度通知
              </Button>
            )}
          </Space>
        }
      />
      <ApiErrorAlert error={view.error ?? summary.error} />
      {y?.projected && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={y.projectionMessage}
          description="仅推算《全国年节及纪念日放假办法》规定的法定节假日（农历、节气），不含调休与补假。据此计算的期限均标注「推算」；通知发布并导入后自动重算。"
        />
      )}
      <Card style={{ marginBottom: 16 }} size="small">
        <Spin spinning={view.isFetching}>
          <Descriptions
            size="small"
            column={{ xs: 1, lg: 2 }}
            items={[
              {
                key: 'origin',
                label: `${year}年数据来源`,
                children: y ? (
                  <Space>
                    {ORIGIN_TAGS[y.origin]}
                    {y.importVersion && <Tag>第 {y.importVersion} 版</Tag>}
                  </Space>
                ) : (
                  '—'
                ),
              },
              {
                key: 'version',
                label: '日历版本',
                children: (
                  <Typography.Text code>
                    {y?.calendarVersion ?? summary.data?.calendarVersion ?? '—'}
                  </Typography.Text>
                ),
              },
              {
                key: 'notices',
                label: '放假安排通知',
                span: 2,
                children: y?.notices.length ? (
                  <Space orientation="vertical" size={2}>
                    {y.notices.map((n) => (
                      <span key={n.title} data-testid="notice">
                        《{n.title}》{n.docNo ? `（${n.docNo}）` : ''}，{n.issuedOn} 发布{' '}
                        {!n.verified && <Tag color="orange">文号未与原文核对</Tag>}
                      </span>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">尚未发布</Typography.Text>
                ),
              },
            ]}
          />
          <div style={{ marginTop: 12 }}>
            <Legend projected={!!y?.projected} />
          </div>
        </Spin>
      </Card>
      {y && <YearGrid year={year} days={y.days} />}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} xl={canMaintain ? 14 : 24}>
          <OverlayEditor canMaintain={canMaintain} />
        </Col>
        {canMaintain && (
          <Col xs={24} xl={10}>
            <Card title="导入记录" size="small">
              {(imports.data?.items ?? []).length === 0 ? (
                <Typography.Text type="secondary">尚无导入记录；2019—2026 年为系统内置数据。</Typography.Text>
              ) : (
                <ul style={{ paddingInlineStart: 20, margin: 0 }}>
                  {imports.data?.items.map((i) => (
                    <li key={i.id}>
                      {i.year}年 第{i.version}版 · {i.docNo} · {i.importedByName} ·{' '}
                      {dayjs(i.importedAt).format('YYYY-MM-DD HH:mm')}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </Col>
        )}
      </Row>
      <ImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
