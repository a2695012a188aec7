import { InputNumber, type InputNumberProps } from 'antd';
import { fenToYuanInput, parseYuan } from '../format';

type YuanInputProps = Omit<InputNumberProps<string>, 'value' | 'onChange' | 'stringMode'> & {
  /** The amount in fen (the form's value). */
  value?: number | null;
  onChange?: (fen: number | null) => void;
};

/**
 * A form control holding integer fen (STYLE §7) while the person types 元, two decimals at most; the text is
 * parsed to fen without passing through a float.
 */
export function YuanInput({ value, onChange, style, ...rest }: YuanInputProps) {
  return (
    <InputNumber<string>
      stringMode
      min="0"
      precision={2}
      suffix="元"
      style={{ width: 160, ...style }}
      {...rest}
      value={value === null || value === undefined ? null : fenToYuanInput(value)}
      onChange={(v) => onChange?.(v === null || v === '' ? null : parseYuan(v))}
    />
  );
}
