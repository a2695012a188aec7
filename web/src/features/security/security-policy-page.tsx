import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { z } from 'zod';
import { SecurityPolicyBody, type SecurityPolicy } from '../../../../common/contracts/security';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { zodRule } from '../../components/zod-rule';
import { http } from '../../app/api';
import { SESSION_KEY } from '../../app/session';

type Policy = z.infer<typeof SecurityPolicy>;
type PolicyBody = z.infer<typeof SecurityPolicyBody>;

const BASIS = '《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）8.1.4.1 身份鉴别';

const FIELDS: {
  name: keyof PolicyBody;
  label: string;
  unit: string;
  min: number;
  max: number;
  explain: string;
}[] = [
  {
    name: 'minLength',
    label: '密码最小长度',
    unit: '位',
    min: 8,
    max: 64,
    explain: '新设置的密码不得短于此长度。不得低于 8 位。',
  },
  {
    name: 'minClasses',
    label: '密码字符类别',
    unit: '类',
    min: 3,
    max: 4,
    explain: '小写字母、大写字母、数字、符号四类字符中，密码至少须包含的类别数。不得低于 3 类。',
  },
  {
    name: 'lockThreshold',
    label: '登录失败锁定阈值',
    unit: '次',
    min: 3,
    max: 10,
    explain: '连续输错密码达到此次数即锁定账号（登录失败处理）。取值 3 至 10 次。',
  },
  {
    name: 'lockMinutes',
    label: '锁定时长',
    unit: '分钟',
    min: 5,
    max: 1440,
    explain: '账号被锁定后自动解锁前的时长；系统管理员也可提前解锁。取值 5 至 1440 分钟。',
  },
  {
    name: 'idleMinutes',
    label: '会话空闲超时',
    unit: '分钟',
    min: 5,
    max: 30,
    explain: '用户无操作超过此时长自动退出登录，到期前一分钟提醒。不得超过 30 分钟。',
  },
];

/** 安全策略 (security administrator): password rules, lockout and idle timeout. */
export function SecurityPolicyPage() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyBody>();
  const policy = useQuery({
    queryKey: ['security-policy'],
    queryFn: () => http.get<Policy>('/api/security/policy'),
  });
  const save = useMutation({
    mutationFn: (body: PolicyBody) => http.put<Policy>('/api/security/policy', body),
    onSuccess: async (p) => {
      client.setQueryData(['security-policy'], p);
      await client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });

  useEffect(() => {
    if (policy.data) form.setFieldsValue(policy.data);
  }, [policy.data, form]);

  return (
    <>
      <PageHeader
        title="安全策略"
        description="设置口令复杂度、登录失败处理和会话超时。修改立即生效，并记入审计日志。"
      />
      <ApiErrorAlert error={policy.error} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card>
            {policy.isPending ? (
              <Skeleton active />
            ) : (
              <Form<PolicyBody>
                name="securityPolicy"
                form={form}
                layout="horizontal"
                labelCol={{ flex: '150px' }}
                onFinish={(v) =>
                  save.mutate(v, {
                    onSuccess: () => void message.success('安全策略已保存'),
                    onError: (e) =>
                      applyFieldErrors(
                        form,
                        e,
                        FIELDS.map((f) => f.name),
                      ),
                  })
                }
              >
                <ApiErrorAlert error={save.error} />
                {FIELDS.map((f) => (
                  <Form.Item
                    key={f.name}
                    name={f.name}
                    label={f.label}
                    extra={f.explain}
                    rules={[
                      { required: true, message: `请输入${f.label}` },
                      zodRule(SecurityPolicyBody.shape[f.name]),
                    ]}
                  >
                    <InputNumber
                      min={f.min}
                      max={f.max}
                      precision={0}
                      suffix={f.unit}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                ))}
                <Form.Item label=" " colon={false}>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                    保存
                  </Button>
                </Form.Item>
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="修改记录" style={{ marginBottom: 16 }}>
            {policy.data?.updatedAt ? (
              <Typography.Paragraph style={{ margin: 0 }} data-testid="policy-updated">
                最近由 <Typography.Text strong>{policy.data.updatedBy ?? '未知用户'}</Typography.Text> 于{' '}
                {dayjs(policy.data.updatedAt).format('YYYY-MM-DD HH:mm')} 修改。
              </Typography.Paragraph>
            ) : (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="policy-updated">
                尚未修改，当前为系统默认策略。
              </Typography.Paragraph>
            )}
          </Card>
          <Alert
            type="info"
            showIcon
            title="依据"
            description={`${BASIS}：应对登录的用户进行身份标识和鉴别，口令具有复杂度要求并定期更换；应具有登录失败处理功能，配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施。`}
          />
        </Col>
      </Row>
    </>
  );
}
