/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` dropped, Dates as ISO strings.
 * The same event always encodes to the same bytes, whichever engine stored it and in which key order jsonb
 * returned it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object': {
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    case 'undefined':
    case 'function':
    case 'symbol':
      break;
  }
  throw new Error(`canonicalJson: unsupported ${typeof value}`);
}
