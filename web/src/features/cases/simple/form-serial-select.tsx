import { Alert, Select } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../../app/session';
import { ApiErrorAlert } from '../../../components/api-error';
import { useFormBooks } from '../api-admin';

/**
 * Chooses the 当场处罚决定书 number for an on-the-spot decision: only the caller's own numbers that are allocated
 * and unused. Without any, the officer is told where to get a range.
 */
export function FormSerialSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (serial: string) => void;
  id?: string;
}) {
  const { user } = useSession();
  const books = useFormBooks();
  const serials = (books.data?.items ?? [])
    .filter((b) => b.holderId === user?.id)
    .flatMap((b) => b.numbers.filter((n) => n.status === 'allocated'));
  return (
    <>
      <Select
        id={id}
        value={value}
        onChange={onChange}
        showSearch
        loading={books.isPending}
        className="zf-mono"
        aria-label="当场处罚决定书编号"
        options={serials.map((n) => ({ label: n.serial, value: n.serial }))}
      />
      <ApiErrorAlert error={books.error} style={{ marginTop: 8, marginBottom: 0 }} />
      {books.isSuccess && serials.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title="您没有未使用的决定书编号"
          description={
            <>
              请向政策法规科领取编号段。<Link to="/form-books">查看我的决定书编号</Link>
            </>
          }
        />
      )}
    </>
  );
}
