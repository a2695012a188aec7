import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Pagination,
  Row,
  Segmented,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { RoleTags } from '../../components/role-tags';
import { useSession } from '../../app/session';
import { useMarkRead, useNotifications } from './api';
import { NotificationItem } from './notification-item';

/** Links in notifications lead only to pages of this application. */
function isInternal(link: string): boolean {
  return /^\/(?![/\\])/.test(link);
}

function greeting(hour: number): string {
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** 工作台: the user's to-dos and deadline reminders, filled by the case modules as they arrive. */
export function WorkbenchPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications(unreadOnly, page, 10);
  const markRead = useMarkRead();

  return (
    <>
      <PageHeader title="工作台" />
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card
            title={
              <span>
                <BellOutlined /> 待办与提醒
                {!!list.data?.unread && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {list.data.unread} 条未读
                  </Tag>
                )}
              </span>
            }
            extra={
              <Segmented
                size="small"
                value={unreadOnly ? 'unread' : 'all'}
                options={[
                  { label: '全部', value: 'all' },
                  { label: '未读', value: 'unread' },
                ]}
                onChange={(v) => {
                  setUnreadOnly(v === 'unread');
                  setPage(1);
                }}
              />
            }
          >
            <ApiErrorAlert error={list.error ?? markRead.error} />
            {list.data && list.data.total === 0 ? (
              <Empty
                style={{ padding: '32px 0' }}
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 4 }}>
                      {unreadOnly ? '没有未读的提醒' : '暂无待办事项'}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary">
                      案件办理中分配给您的待办事项、期限提醒（临期、逾期、督办）将显示在这里。
                    </Typography.Text>
                  </>
                }
              />
            ) : (
              <Spin spinning={list.isFetching}>
                {(list.data?.items ?? []).map((n) => (
                  <NotificationItem
                    key={n.id}
                    n={n}
                    actions={
                      <Space size={0}>
                        {n.link && isInternal(n.link) && (
                          <Button type="link" size="small" onClick={() => void navigate(n.link!)}>
                            办理
                          </Button>
                        )}
                        {!n.readAt && (
                          <Button
                            type="link"
                            size="small"
                            icon={<CheckOutlined />}
                            loading={markRead.isPending && markRead.variables === n.id}
                            onClick={() => markRead.mutate(n.id)}
                          >
                            标为已读
                          </Button>
                        )}
                      </Space>
                    }
                  />
                ))}
                {(list.data?.total ?? 0) > 10 && (
                  <Pagination
                    size="small"
                    style={{ marginTop: 12, textAlign: 'right' }}
                    current={page}
                    pageSize={10}
                    total={list.data?.total ?? 0}
                    onChange={setPage}
                  />
                )}
              </Spin>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={`${greeting(new Date().getHours())}，${user?.displayName ?? ''}`}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'username', label: '用户名', children: user?.username },
                { key: 'roles', label: '角色', children: <RoleTags roles={user?.roles ?? []} /> },
                { key: 'unit', label: '所在单位', children: user?.unitName ?? '—' },
                { key: 'today', label: '今天', children: dayjs().format('YYYY年M月D日 dddd') },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
