import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Result, Row, Skeleton, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { registerPdfUrl, useRegister, type RegisterView } from './api';
import { SEALED_NOTE } from './labels';
import { AttachmentsCard, ChainCard, RegisterDetails } from './register-details';
import { AccessLogCard, ActionsCard } from './register-history';
import { RegisterModals, type RegisterModal } from './register-modals';

/** The buttons the register's abilities allow (never derived here), and the print that anyone who sees it has. */
function Actions({ r, open }: { r: RegisterView; open: (m: RegisterModal) => void }) {
  const navigate = useNavigate();
  const a = r.abilities;
  const buttons: { key: string; show: boolean; node: ReactNode }[] = [
    {
      key: 'instruct',
      show: a.instruct,
      node: (
        <Button type="primary" onClick={() => open('instruct')} data-testid="register-instruct">
          批示
        </Button>
      ),
    },
    {
      key: 'verify',
      show: a.verify,
      node: (
        <Button type="primary" onClick={() => open('verify')} data-testid="register-verify">
          核查结论
        </Button>
      ),
    },
    {
      key: 'conclude',
      show: a.conclude,
      node: (
        <Button type="primary" onClick={() => open('conclude')} data-testid="register-conclude">
          处理结果
        </Button>
      ),
    },
    {
      key: 'refer',
      show: a.refer,
      node: (
        <Button danger onClick={() => open('refer')} data-testid="register-refer">
          移送司法机关
        </Button>
      ),
    },
    {
      key: 'correct',
      show: a.correct,
      node: (
        <Button
          onClick={() => void navigate(`/interference/registers/new?correctsId=${r.id}`)}
          data-testid="register-correct"
        >
          更正登记
        </Button>
      ),
    },
    {
      key: 'print',
      show: true,
      node: (
        <Button
          icon={<PrinterOutlined />}
          href={registerPdfUrl(r.id)}
          target="_blank"
          rel="noopener"
          data-testid="register-print"
        >
          打印登记表
        </Button>
      ),
    },
  ];
  return (
    <Space wrap data-testid="register-buttons">
      {buttons
        .filter((b) => b.show)
        .map((b) => (
          <span key={b.key}>{b.node}</span>
        ))}
    </Space>
  );
}

/**
 * /interference/registers/:id — one 《内部人员过问案件办理行为登记表》: its content, evidence, place in the chain,
 * the 批示 and what followed, and (for 纪检 and the audit administrator) who read it. A register the caller may
 * not see is a plain 404 that does not say whether it exists.
 */
export function RegisterPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useRegister(id);
  const [modal, setModal] = useState<RegisterModal | null>(null);
  const r = q.data;
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (isApiError(q.error) && q.error.status === 404)
    return (
      <Result
        status="404"
        title="登记表不存在或无权查看"
        extra={<Button onClick={() => void navigate('/interference/registers')}>返回干预登记簿</Button>}
      />
    );
  if (!r) return <ApiErrorAlert error={q.error} />;
  return (
    <>
      <PageHeader
        title={`内部人员过问案件办理行为登记表 ${r.registerNo}`}
        description={`案件 ${r.caseNo} · 记录人 ${r.recorderName}`}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/interference/registers')}>
            干预登记簿
          </Button>
        }
      />
      <ApiErrorAlert error={q.error} />
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={SEALED_NOTE}
        data-testid="sealed-note"
      />
      <div style={{ marginBottom: 16 }}>
        <Actions r={r} open={setModal} />
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <RegisterDetails r={r} />
          <AttachmentsCard r={r} />
        </Col>
        <Col xs={24} xl={9}>
          <ActionsCard r={r} />
          <ChainCard r={r} />
        </Col>
      </Row>
      {r.abilities.accessLog && <AccessLogCard registerId={r.id} />}
      <RegisterModals which={modal} r={r} onClose={() => setModal(null)} />
    </>
  );
}
