import type { App } from 'antd';
import type { ReactNode } from 'react';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/**
 * Asks once more before an irreversible step (a payment booked, a fine terminated, a case file sealed). Resolves
 * when confirmed; rejects when cancelled, so a form modal calling it stays open with its values.
 */
export function confirmStep(
  modal: ModalApi,
  props: { title: ReactNode; content?: ReactNode; okText?: string; danger?: boolean },
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    modal.confirm({
      title: props.title,
      content: props.content,
      okText: props.okText ?? '确认',
      cancelText: '返回修改',
      okButtonProps: { danger: props.danger, 'data-testid': 'confirm-ok' },
      onOk: () => resolve(),
      onCancel: () => reject(new Error('cancelled')),
    });
  });
}
