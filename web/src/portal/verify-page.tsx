import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  QuestionCircleFilled,
} from '@ant-design/icons';
import { Card, Col, Descriptions, Input, Row, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CATEGORY_LABELS, CERTIFICATE_KIND_LABELS } from '../../../common/contracts/personnel';
import type { VerifyStatus } from '../../../common/contracts/portal';
import { ApiErrorAlert } from '../components/api-error';
import { usePageTitle } from '../components/page';
import { useVerification, type VerificationResult } from './api';

const LOOK: Record<VerifyStatus, { label: string; color: string; icon: ReactNode }> = {
  valid: { label: '有效', color: '#389e0d', icon: <CheckCircleFilled /> },
  suspended: { label: '已暂扣', color: '#d46b08', icon: <ExclamationCircleFilled /> },
  revoked: { label: '已吊销', color: '#cf1322', icon: <CloseCircleFilled /> },
  cancelled: { label: '已注销', color: '#595959', icon: <CloseCircleFilled /> },
  expired: { label: '已过期', color: '#cf1322', icon: <CloseCircleFilled /> },
  unknown: { label: '查无此证', color: '#8c8c8c', icon: <QuestionCircleFilled /> },
};

function Outcome({ r }: { r: VerificationResult }) {
  const look = LOOK[r.status];
  const c = r.certificate;
  return (
    <Card style={{ borderTop: `4px solid ${look.color}` }} data-testid="verify-result">
      <Row gutter={24} align="middle">
        <Col flex="none" style={{ fontSize: 56, color: look.color }}>
          {look.icon}
        </Col>
        <Col flex="auto">
          <Typography.Title level={3} style={{ margin: 0, color: look.color }} data-testid="verify-status">
            {look.label}
          </Typography.Title>
          <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 15 }}>{r.message}</Typography.Paragraph>
          <Typography.Text type="secondary">
            证件编号 <span className="zf-mono">{r.number}</span> · 核验日期 {r.asOf}
          </Typography.Text>
        </Col>
        {r.status === 'valid' && (
          <Col flex="none">
            <img
              src={`/api/portal/certificates/${encodeURIComponent(r.number)}/qr.svg`}
              alt="本页二维码"
              width={120}
              height={120}
            />
          </Col>
        )}
      </Row>
      {c && (
        <Descriptions
          bordered
          size="small"
          style={{ marginTop: 20 }}
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: '持证人', children: c.holderName },
            { key: 'unit', label: '所在单位', children: c.unitName },
            { key: 'kind', label: '证件种类', children: CERTIFICATE_KIND_LABELS[c.kind] },
            { key: 'auth', label: '发证机关', children: c.issuingAuthority },
            {
              key: 'cat',
              label: '执法类别',
              children: c.categories.map((x) => CATEGORY_LABELS[x]).join('、') || '—',
            },
            { key: 'region', label: '执法区域', children: c.region },
            { key: 'issued', label: '发证日期', children: c.issuedOn },
            { key: 'until', label: '有效期至', children: c.validUntil },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0', fontSize: 12 }}>
        依据：{r.basis}
      </Typography.Paragraph>
    </Card>
  );
}

/** 执法证件核验: the public checks a certificate number (or scans the card's QR code, which leads here). */
export function VerifyPage() {
  usePageTitle('执法证件核验');
  const { number } = useParams();
  const navigate = useNavigate();
  const result = useVerification(number);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        执法证件核验
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        输入执法人员出示的证件编号，查询该证件当前是否有效。执法人员应当出示有效的行政执法证件。
      </Typography.Paragraph>
      <Input.Search
        key={number ?? ''}
        defaultValue={number}
        placeholder="请输入证件编号"
        enterButton="核验"
        size="large"
        allowClear
        aria-label="证件编号"
        style={{ maxWidth: 520, marginBottom: 24 }}
        onSearch={(v) => {
          const n = v.trim();
          if (n) void navigate(`/portal/verify/${encodeURIComponent(n)}`);
        }}
      />
      <ApiErrorAlert error={result.error} />
      {result.isFetching && !result.data && <Spin />}
      {result.data && <Outcome r={result.data} />}
    </>
  );
}
