import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELD_KEY_FILE, FieldProtector, resolveFieldKey } from './field-key.js';
import { sniffImage } from './file-store.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-key-'));
  dirs.push(d);
  return d;
};

describe('the field key (ADR 0003)', () => {
  it('uses ZHIFA_FIELD_KEY on any engine', () => {
    const r = resolveFieldKey({
      fieldKey: '0123456789abcdef0123456789abcdef',
      dataDir: tmp(),
      engine: 'postgres',
    });
    expect(r.source).toBe('env');
    expect(r.protector?.decrypt(r.protector.encrypt('15040419880612301X'))).toBe('15040419880612301X');
  });

  it('rejects a malformed key with a Chinese message', () => {
    expect(() => resolveFieldKey({ fieldKey: 'short', dataDir: null, engine: 'pglite' })).toThrow(
      '32 位十六进制',
    );
  });

  it('generates a 0600 key file in DATA_DIR for PGlite once, and reuses it', () => {
    const dir = tmp();
    const first = resolveFieldKey({ dataDir: dir, engine: 'pglite' });
    const file = path.join(dir, FIELD_KEY_FILE);
    expect(first.source).toBe('file');
    expect(first.file).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = resolveFieldKey({ dataDir: dir, engine: 'pglite' });
    expect(again.protector!.checkValue()).toBe(first.protector!.checkValue());
    expect(again.protector!.decrypt(first.protector!.encrypt('x'))).toBe('x');
  });

  it('refuses a damaged key file instead of replacing it', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, FIELD_KEY_FILE), 'not a key\n');
    expect(() => resolveFieldKey({ dataDir: dir, engine: 'pglite' })).toThrow('切勿删除后重建');
  });

  it('has no key for PostgreSQL without ZHIFA_FIELD_KEY, and says how to set one', () => {
    const r = resolveFieldKey({ dataDir: tmp(), engine: 'postgres' });
    expect(r.protector).toBeNull();
    expect(r.warning).toContain('ZHIFA_FIELD_KEY');
  });

  it('keeps one in-memory key per process when no storage is configured', () => {
    const a = resolveFieldKey({ engine: 'postgres' });
    const b = resolveFieldKey({ dataDir: null, engine: 'pglite' });
    expect(a.source).toBe('ephemeral');
    expect(a.protector!.checkValue()).toBe(b.protector!.checkValue());
  });

  it('digests deterministically under the key, and differently under another key', () => {
    const k1 = new FieldProtector('0123456789abcdef0123456789abcdef');
    const k2 = new FieldProtector('fedcba9876543210fedcba9876543210');
    expect(k1.digest('abc')).toBe(k1.digest('abc'));
    expect(k1.digest('abc')).not.toBe(k2.digest('abc'));
    expect(k1.encrypt('abc')).not.toBe(k1.encrypt('abc'));
    expect(k1.checkValue()).not.toBe(k2.checkValue());
  });
});

describe('photo type by content', () => {
  it('recognises JPEG and PNG and nothing else', () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImage(Buffer.from('<svg></svg>'))).toBeNull();
  });
});
