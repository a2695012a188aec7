import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { isApiError } from '../../../app/api';
import { ApiErrorAlert } from '../../../components/api-error';

interface MutationLike {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

export interface CaseFormModalProps<V extends object, B> {
  title: ReactNode;
  okText: string;
  onClose: () => void;
  mutation: MutationLike;
  /** Sends the body (usually `mutation.mutateAsync`); a rejection is shown from the mutation's error. */
  submit: (body: B) => Promise<unknown>;
  /** Form values → request body. */
  toBody: (values: V) => B;
  /** The shared contract of the body: checked before sending, its Chinese messages put on the fields. */
  schema?: z.ZodType;
  initialValues?: Partial<V>;
  /** An explanation (the legal basis of the step) above the form. */
  intro?: ReactNode;
  children?: ReactNode;
  width?: number;
  danger?: boolean;
  successText?: string;
  form?: FormInstance<V>;
  testId?: string;
}

type Issue = { path: PropertyKey[]; message: string };

/** The server's per-field messages of a 400, which the alert's summary does not list. */
function ServerDetails({ error }: { error: unknown }) {
  if (!isApiError(error) || error.details.length === 0) return null;
  return (
    <ul style={{ margin: '-8px 0 16px', paddingInlineStart: 20 }} data-testid="api-error-details">
      {error.details.map((d) => (
        <li key={d.path + d.message}>{d.message}</li>
      ))}
    </ul>
  );
}

/**
 * The modal of one case step: a form, checked against the shared zod contract, sent as one request. A refusal
 * from the server (message and basis) is shown inside and the modal stays open; success closes it, and the case
 * detail has been refreshed by then (api-case invalidates it).
 */
export function CaseFormModal<V extends object, B>({
  title,
  okText,
  onClose,
  mutation,
  submit,
  toBody,
  schema,
  initialValues,
  intro,
  children,
  width = 640,
  danger,
  successText,
  form: external,
  testId,
}: CaseFormModalProps<V, B>) {
  const { message } = App.useApp();
  const [own] = Form.useForm<V>();
  const form = external ?? own;
  const [issues, setIssues] = useState<Issue[]>([]);

  const finish = (values: V) => {
    const body = toBody(values);
    if (schema) {
      const r = schema.safeParse(body);
      if (!r.success) {
        setIssues(r.error.issues);
        // Body keys are the form's field names, so the contract's messages land on the fields they concern.
        (form as FormInstance).setFields(
          r.error.issues.map((i) => ({ name: i.path as (string | number)[], errors: [i.message] })),
        );
        return;
      }
    }
    setIssues([]);
    submit(body).then(
      () => {
        void message.success(successText ?? `${okText}：已完成`);
        onClose();
      },
      () => undefined,
    );
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText="取消"
      confirmLoading={mutation.isPending}
      width={width}
      onCancel={() => {
        mutation.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <div data-testid={testId}>
        {intro}
        <ApiErrorAlert error={mutation.error} />
        <ServerDetails error={mutation.error} />
        {issues.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="请检查填写内容"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {issues.map((i) => (
                  <li key={i.path.join('.') + i.message}>{i.message}</li>
                ))}
              </ul>
            }
          />
        )}
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={finish}
          onValuesChange={() => {
            if (issues.length) setIssues([]);
          }}
          scrollToFirstError
        >
          {children}
        </Form>
      </div>
    </Modal>
  );
}
