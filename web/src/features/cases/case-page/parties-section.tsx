import { EditOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PARTY_KIND_LABELS } from '../../../../../common/contracts/cases';
import type { PartyView } from '../api-case';
import { useCaseContext } from './context';
import { HashText } from './shared';

/** 当事人: ID numbers masked (the server never sends them whole); e-delivery consent with its digest. */
export function PartiesSection() {
  const { lawCase, open } = useCaseContext();
  const canEdit = lawCase.abilities.editParties;
  const columns: TableColumnsType<PartyView> = [
    {
      title: '当事人',
      key: 'name',
      render: (_, p) => (
        <>
          <Typography.Text strong>{p.name}</Typography.Text> <Tag>{PARTY_KIND_LABELS[p.kind]}</Tag>
          {p.isMinor && <Tag color="orange">未成年人</Tag>}
          {p.limitedCapacity && <Tag color="orange">限制行为能力</Tag>}
          <div>
            <Typography.Text
              type="secondary"
              className="zf-mono"
              style={{ fontSize: 12 }}
              data-testid="party-id-masked"
            >
              {p.idNumberMasked}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: '地址、法定代表人、电话',
      key: 'contact',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{p.address ?? '—'}</span>
          {p.legalRep && <Typography.Text type="secondary">法定代表人：{p.legalRep}</Typography.Text>}
          {p.phone && <Typography.Text type="secondary">{p.phone}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '电子送达',
      key: 'consent',
      width: 260,
      render: (_, p) =>
        p.eDeliveryConsent ? (
          <Space orientation="vertical" size={0}>
            <span>
              <Tag color="green">已签订确认书</Tag>
              {p.eDeliveryAddress}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.consentFileName} <HashText hash={p.consentSm3} />
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">未同意电子送达</Typography.Text>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'ops',
            width: 190,
            render: (_: unknown, p: PartyView) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => open({ kind: 'party', party: p })}
                >
                  修改
                </Button>
                <Tooltip title="上传当事人签字的电子送达确认书">
                  <Button
                    type="link"
                    size="small"
                    icon={<SafetyCertificateOutlined />}
                    onClick={() => open({ kind: 'consent', party: p })}
                  >
                    电子送达确认书
                  </Button>
                </Tooltip>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title="当事人"
      extra={
        canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => open({ kind: 'party', party: null })}>
            添加当事人
          </Button>
        )
      }
    >
      <Table<PartyView>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={lawCase.parties}
        pagination={false}
        locale={{ emptyText: '尚未登记当事人' }}
        onRow={(p) => ({ 'data-testid': `party-row-${p.name}` }) as React.HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}
