import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, InputNumber, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { HearingRoomBody } from '../../../../common/contracts/hearings';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { useHearingRooms, useSaveHearingRoom, type HearingRoom } from './api';

type RoomValues = { name?: string; location?: string; capacity?: number | null; active: boolean };

function RoomModal({ room, onClose }: { room: HearingRoom | null; onClose: () => void }) {
  const m = useSaveHearingRoom();
  return (
    <CaseFormModal<RoomValues, z.input<typeof HearingRoomBody>>
      title={room ? `编辑听证室：${room.name}` : '新增听证室'}
      okText="保存"
      onClose={onClose}
      mutation={m}
      schema={HearingRoomBody}
      testId="hearing-room-modal"
      initialValues={
        room
          ? { name: room.name, location: room.location, capacity: room.capacity, active: room.active }
          : { active: true }
      }
      toBody={(v) => ({
        name: v.name ?? '',
        location: v.location ?? '',
        capacity: v.capacity ?? null,
        active: v.active,
      })}
      submit={(body) => m.mutateAsync({ id: room?.id ?? null, body })}
      successText="听证室已保存"
    >
      <Form.Item
        name="name"
        label="听证室名称"
        rules={[{ required: true, whitespace: true, message: '请填写听证室名称' }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="location"
        label="地点"
        rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
        extra="安排听证时，选择听证室即以此地点作为听证地点（可再修改）。"
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="capacity" label="容纳人数">
        <InputNumber min={1} max={1000} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="active" label="启用" valuePropName="checked">
        <Switch checkedChildren="启用" unCheckedChildren="停用" />
      </Form.Item>
    </CaseFormModal>
  );
}

/** 听证室 (/hearings/rooms): the rooms offered when arranging a hearing; a disused room is kept, not deleted. */
export function HearingRoomsPage() {
  const rooms = useHearingRooms();
  const [editing, setEditing] = useState<HearingRoom | null | undefined>(undefined);
  return (
    <>
      <PageHeader
        title="听证室"
        description="安排听证时可选择的听证室。停用的听证室不再供选择，已安排的听证不受影响。"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            data-testid="hearing-room-add"
          >
            新增听证室
          </Button>
        }
      />
      <Card>
        <ApiErrorAlert error={rooms.error} />
        <Table<HearingRoom>
          rowKey="id"
          size="middle"
          loading={rooms.isFetching}
          dataSource={rooms.data?.items ?? []}
          pagination={false}
          locale={{
            emptyText: (
              <Empty description="尚未登记听证室。安排听证时也可直接填写地点。">
                <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                  新增听证室
                </Button>
              </Empty>
            ),
          }}
          onRow={(r) =>
            ({ 'data-testid': `hearing-room-row-${r.name}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: '名称', dataIndex: 'name', key: 'name', width: 200 },
            { title: '地点', dataIndex: 'location', key: 'location' },
            {
              title: '容纳人数',
              key: 'capacity',
              width: 110,
              render: (_, r) => (r.capacity ? `${r.capacity} 人` : '—'),
            },
            {
              title: '状态',
              key: 'active',
              width: 90,
              render: (_, r) => (r.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
            },
            {
              key: 'ops',
              width: 90,
              render: (_, r) => (
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(r)}
                  data-testid="hearing-room-edit"
                >
                  编辑
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing !== undefined && <RoomModal room={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
