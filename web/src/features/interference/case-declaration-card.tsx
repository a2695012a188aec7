import { FormOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { Basis } from '../cases/case-page/shared';
import { dateTimeText } from '../cases/format';
import { useDeclarations, useDeclare, type DeclarationStatus } from './api';
import { DECLARATION_NOTE } from './labels';

type Officer = DeclarationStatus['officers'][number];
const ANSWER_LABELS = { none: '无内部人员过问', some: '有内部人员过问' } as const;

const newRegisterUrl = (caseId: string) => `/interference/registers/new?caseId=${caseId}`;

/** 「无」/「有」 for the caller, once (a declaration is never changed); 「有」 needs a register first. */
function DeclareButtons({ caseId, mine }: { caseId: string; mine: NonNullable<DeclarationStatus['mine']> }) {
  const { message } = App.useApp();
  const m = useDeclare(caseId);
  const send = (answer: 'none' | 'some') =>
    m.mutateAsync({ answer }).then(
      () => void message.success(`已声明：${ANSWER_LABELS[answer]}`),
      () => undefined,
    );
  return (
    <>
      <ApiErrorAlert error={m.error} style={{ marginTop: 12 }} />
      <Space wrap style={{ marginTop: 12 }} data-testid="declare-buttons">
        <Popconfirm
          title="声明本案无内部人员过问"
          description="声明提交后不得更改。确认本案办理中没有内部人员过问？"
          okText="确认声明"
          cancelText="取消"
          onConfirm={() => void send('none')}
        >
          <Button type="primary" loading={m.isPending} data-testid="declare-none">
            无内部人员过问
          </Button>
        </Popconfirm>
        <Popconfirm
          title="声明本案有内部人员过问"
          description="声明提交后不得更改。确认声明？"
          okText="确认声明"
          cancelText="取消"
          onConfirm={() => void send('some')}
        >
          <Button loading={m.isPending} data-testid="declare-some">
            有内部人员过问
          </Button>
        </Popconfirm>
        {mine.registerCount === 0 ? (
          <Link to={newRegisterUrl(caseId)} data-testid="declare-register-first">
            有过问的，请先登记过问情况
          </Link>
        ) : (
          <Typography.Text type="secondary">您已就本案登记 {mine.registerCount} 份登记表</Typography.Text>
        )}
      </Space>
    </>
  );
}

/**
 * 内部人员过问声明 (case page, 结案归档 tab): before closing, every handler declares whether anyone inside the
 * bureau interfered with the case; the closing is refused until all have. Answers are shown only when the server
 * returns them (to the declarant and the overseers).
 */
export function CaseDeclarationCard({ caseId }: { caseId: string }) {
  const q = useDeclarations(caseId);
  const canRecord = useAbility('interference.record');
  const d = q.data;
  return (
    <Card
      size="small"
      title="内部人员过问声明"
      data-testid="interference-declarations"
      extra={
        <Space>
          {d && (
            <Tag color={d.complete ? 'green' : 'orange'} data-testid="declarations-complete">
              {d.complete ? '已全部声明' : '尚有承办人员未声明'}
            </Tag>
          )}
          {canRecord && (
            <Link to={newRegisterUrl(caseId)}>
              <FormOutlined /> 登记过问情况
            </Link>
          )}
        </Space>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {DECLARATION_NOTE}
        {d && (
          <>
            <br />
            <Basis>{d.basis}</Basis>
          </>
        )}
      </Typography.Paragraph>
      <ApiErrorAlert error={q.error} />
      {q.isLoading && <Skeleton active paragraph={{ rows: 2 }} />}
      {d && (
        <Table<Officer>
          size="small"
          rowKey="userId"
          pagination={false}
          dataSource={d.officers}
          locale={{ emptyText: '本案暂无承办人员' }}
          onRow={(o) => ({ 'data-testid': `declaration-${o.name}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '承办人员', dataIndex: 'name', width: 140 },
            {
              title: '声明',
              key: 'declared',
              render: (_, o) =>
                o.declared ? (
                  <Space size={4} wrap>
                    <Tag color="green">已声明</Tag>
                    {o.answer && (
                      <Tag color={o.answer === 'some' ? 'red' : 'default'}>{ANSWER_LABELS[o.answer]}</Tag>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dateTimeText(o.declaredAt)}
                    </Typography.Text>
                  </Space>
                ) : (
                  <Tag color="orange">未声明</Tag>
                ),
            },
          ]}
        />
      )}
      {d?.mine?.canDeclare && <DeclareButtons caseId={caseId} mine={d.mine} />}
    </Card>
  );
}
