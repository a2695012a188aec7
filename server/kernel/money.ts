/** Money is integer fen throughout (STYLE §7); this is where it becomes text for 文书 and messages. */

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function checkFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额须为整数分：${fen}`);
}

/** Integer fen as yuan with thousands separators: yuan(500000) is '5,000.00元'. */
export function yuan(fen: number): string {
  checkFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${group(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}元`;
}
