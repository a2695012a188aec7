import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FieldCipher } from '../../platform/crypto/sm.js';
import type { Engine } from '../../platform/db/database.js';

/**
 * Protection of personal identifiers at rest (ID numbers): SM4-CBC + HMAC-SM3 encryption (platform FieldCipher)
 * and a keyed HMAC-SM3 digest (blind index) to find duplicates without decrypting. Both keys derive from one
 * 128-bit master key. Belongs in platform/crypto once a second module needs it (ADR 0003).
 */
export class FieldProtector {
  private readonly cipher: FieldCipher;
  private readonly indexKey: Buffer;
  private readonly checkKey: Buffer;

  constructor(masterKeyHex: string) {
    this.cipher = new FieldCipher(masterKeyHex);
    const master = Buffer.from(masterKeyHex, 'hex');
    this.indexKey = crypto.createHmac('sm3', master).update('zhifa-field-index').digest();
    this.checkKey = crypto.createHmac('sm3', master).update('zhifa-field-check').digest();
  }

  encrypt(plain: string): string {
    return this.cipher.encrypt(plain);
  }

  decrypt(sealed: string): string {
    return this.cipher.decrypt(sealed);
  }

  /** Deterministic keyed digest: equal inputs give equal digests; without the key it reveals nothing. */
  digest(value: string): string {
    return crypto.createHmac('sm3', this.indexKey).update(value).digest('hex');
  }

  /** The key check value stored in the database (field_key_check) to detect a wrong key at start-up. */
  checkValue(): string {
    return crypto.createHmac('sm3', this.checkKey).update('zhifa-field-key-check-v1').digest('hex');
  }
}

export type FieldKeySource = 'env' | 'file' | 'ephemeral' | 'none';

export interface ResolvedFieldKey {
  protector: FieldProtector | null;
  source: FieldKeySource;
  /** The key file, when the key lives in DATA_DIR. */
  file: string | null;
  /** A Chinese warning for the log when personal identifiers cannot be stored. */
  warning: string | null;
}

export const FIELD_KEY_FILE = 'field-key';

// One key per process for callers that configure no storage (tests, embedding): stable across apps built in
// the same process, never written anywhere.
let ephemeral: string | null = null;

/**
 * Where the field key comes from (ADR 0003):
 * 1. `ZHIFA_FIELD_KEY` (32 hex characters) whenever it is set — required for PostgreSQL deployments, where
 *    several instances must share one key;
 * 2. embedded PGlite without it: a key generated once into `DATA_DIR/field-key` (mode 0600), next to the
 *    database it protects — a single-machine default; back the file up with the data directory;
 * 3. PostgreSQL without it: none. The server starts (with a warning) and refuses to store or reveal ID
 *    numbers (FIELD_KEY_MISSING) rather than generate a key per instance that the others could not read;
 * 4. no data directory given at all (tests, embedding): a random key held in memory for this process.
 * @throws Error with a Chinese message when the configured key or the key file is malformed
 */
export function resolveFieldKey(opts: {
  fieldKey?: string | null;
  dataDir?: string | null;
  engine: Engine;
}): ResolvedFieldKey {
  if (opts.fieldKey)
    return { protector: new FieldProtector(opts.fieldKey.trim()), source: 'env', file: null, warning: null };
  if (opts.dataDir === undefined || opts.dataDir === null) {
    ephemeral ??= crypto.randomBytes(16).toString('hex');
    return { protector: new FieldProtector(ephemeral), source: 'ephemeral', file: null, warning: null };
  }
  if (opts.engine === 'postgres')
    return {
      protector: null,
      source: 'none',
      file: null,
      warning:
        '未配置 ZHIFA_FIELD_KEY：使用 PostgreSQL 时须通过环境变量提供 32 位十六进制字段加密密钥（各实例相同），' +
        '否则不能保存或查看执法人员身份证号。生成方法：openssl rand -hex 16',
    };
  const file = path.join(opts.dataDir, FIELD_KEY_FILE);
  return { protector: new FieldProtector(readOrCreateKeyFile(file)), source: 'file', file, warning: null };
}

function readOrCreateKeyFile(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx': never overwrite; a concurrent starter that lost the race reads the winner's key below.
    fs.writeFileSync(file, `${crypto.randomBytes(16).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{32}$/i.test(key))
    throw new Error(
      `字段加密密钥文件 ${file} 内容无效（应为 32 位十六进制）。请从备份恢复该文件，切勿删除后重建`,
    );
  return key;
}
