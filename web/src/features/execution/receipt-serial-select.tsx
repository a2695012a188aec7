import { Alert, Select } from 'antd';
import { ApiErrorAlert } from '../../components/api-error';
import { useReceiptNumbers } from './api';

/**
 * Chooses the 罚没款票据 for cash collected on the spot: only the caller's own unused numbers (第七十条: a receipt
 * printed by the provincial finance department, or the party may refuse to pay). Without any, the officer is told
 * to draw a book from finance.
 */
export function ReceiptSerialSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (serial: string) => void;
  id?: string;
}) {
  const numbers = useReceiptNumbers({ mine: true });
  const unused = (numbers.data?.items ?? []).filter((n) => n.status === 'unused');
  return (
    <>
      <Select
        id={id}
        value={value}
        onChange={onChange}
        showSearch
        allowClear
        loading={numbers.isPending}
        className="zf-mono"
        aria-label="罚没款票据编号"
        data-testid="receipt-serial-select"
        placeholder="选择本人领用的未使用票据"
        notFoundContent="没有未使用的票据"
        options={unused.map((n) => ({ label: n.serial, value: n.serial }))}
      />
      <ApiErrorAlert error={numbers.error} style={{ marginTop: 8, marginBottom: 0 }} />
      {numbers.isSuccess && unused.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="receipt-none"
          title="您没有未使用的罚没款票据"
          description="当场收缴罚款必须出具省级财政部门统一制发的专用票据（《中华人民共和国行政处罚法》第七十条），请先向财务领用票据。"
        />
      )}
    </>
  );
}
