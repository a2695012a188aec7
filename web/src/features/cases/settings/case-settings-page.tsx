import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useAbility } from '../../../app/session';
import { ApiErrorAlert } from '../../../components/api-error';
import { PageHeader } from '../../../components/page';
import { useCaseSettings, type CaseSettings } from '../api-admin';
import { dateTimeText } from '../format';
import { SettingsForm } from './settings-form';
import { SettingsView } from './settings-view';

type Version = CaseSettings['versions'][number];

/**
 * 案件设置: the bureau's dated case configuration — number patterns, the defence period, the hearing, legal
 * review and collective-discussion thresholds and the 音像记录事项清单. Each version applies from its effective
 * date; a case step is judged by the version in force on the day it happened.
 */
export function CaseSettingsPage() {
  const settings = useCaseSettings();
  const canConfigure = useAbility('case.configure');
  const data = settings.data;
  const today = dayjs().format('YYYY-MM-DD');

  return (
    <>
      <PageHeader
        title="案件设置"
        description="听证、法制审核、集体讨论的数额标准等可能随地方规定调整的事项，以带生效日期的版本保存，不溯及既往。"
      />
      <ApiErrorAlert error={settings.error} />
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card
            title="现行设置"
            loading={settings.isPending}
            extra={
              data && (
                <Typography.Text type="secondary">
                  {data.currentFrom ? `自 ${data.currentFrom} 起施行` : '系统默认设置'}
                </Typography.Text>
              )
            }
            style={{ marginBottom: 16 }}
          >
            {data && <SettingsView s={data.current} />}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="版本记录" loading={settings.isPending} style={{ marginBottom: 16 }}>
            <Table<Version>
              size="small"
              rowKey={(v) => `${v.effectiveFrom}-${v.createdAt}`}
              pagination={false}
              dataSource={data?.versions ?? []}
              locale={{ emptyText: '尚无修改记录，使用系统默认设置' }}
              columns={[
                {
                  title: '生效日期',
                  key: 'from',
                  width: 130,
                  render: (_, v) => (
                    <>
                      {v.effectiveFrom}
                      {v.effectiveFrom > today && <Tag color="gold">待生效</Tag>}
                      {v.effectiveFrom === data?.currentFrom && <Tag color="green">现行</Tag>}
                    </>
                  ),
                },
                { title: '修改说明', dataIndex: 'note' },
                {
                  title: '设定人',
                  key: 'by',
                  width: 140,
                  render: (_, v) => (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {v.createdByName}
                      <br />
                      {dateTimeText(v.createdAt)}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {canConfigure && data && (
        <Card title="保存新版本">
          {/* A saved version re-seeds the form from the new state. */}
          <SettingsForm key={data.versions.length} state={data} />
        </Card>
      )}
    </>
  );
}
