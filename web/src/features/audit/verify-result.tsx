import { Alert, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { VerifyResult } from './api';

export function shortHash(h: string): string {
  return h.length > 16 ? `${h.slice(0, 12)}…` : h;
}

/** The outcome of 校验审计链: intact (count and chain head), or the first event whose hash does not hold. */
export function VerifyResultAlert({ result, at }: { result: VerifyResult; at: Date }) {
  const when = `校验时间 ${dayjs(at).format('YYYY-MM-DD HH:mm:ss')}，耗时 ${Math.round(result.millis)} 毫秒。`;
  if (result.ok)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="verify-result"
        style={{ marginBottom: 16 }}
        title={
          <span>
            审计链完整：{result.count} 条记录，链头哈希{' '}
            <Tooltip title={<span style={{ wordBreak: 'break-all' }}>{result.headHash}</span>}>
              <Typography.Text className="zf-mono" copyable={{ text: result.headHash }}>
                {shortHash(result.headHash)}
              </Typography.Text>
            </Tooltip>
          </span>
        }
        description={`每条记录的 SM3 哈希与前一条记录相衔接，未发现篡改或删除。${when}`}
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      data-testid="verify-result"
      style={{ marginBottom: 16 }}
      title={`审计链校验未通过：第一条异常记录编号 ${result.firstBadId ?? '未知'}`}
      description={
        <>
          <div>原因：{result.reason ?? '未说明'}</div>
          <div>
            已校验 {result.count} 条记录。请立即报告安全管理员并保全数据库。{when}
          </div>
        </>
      }
    />
  );
}
