import { Alert, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { isApiError } from '../app/api';

/** The server's refusal as an inline alert: the Chinese message, the legal or policy basis, the request id. */
export function ApiErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  if (!error) return null;
  const e = isApiError(error) ? error : null;
  const message = e?.message ?? (error instanceof Error ? error.message : '操作失败');
  const description =
    e?.basis || e?.requestId ? (
      <>
        {e.basis && <div data-testid="error-basis">依据：{e.basis}</div>}
        {e.requestId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            请求编号 {e.requestId}
          </Typography.Text>
        )}
      </>
    ) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="api-error"
      title={message}
      description={description}
      style={{ marginBottom: 16, ...style }}
    />
  );
}

/**
 * Puts the server's per-field validation messages on the matching form fields. Returns whether any field
 * was marked (the general alert is still shown for the summary).
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!isApiError(error) || error.details.length === 0) return false;
  const byField = new Map<string, string[]>();
  for (const d of error.details) {
    const name = d.path.split('.').pop() ?? '';
    if (!fields.includes(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), d.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
