import crypto from 'node:crypto';

/** SM3 (GB/T 32905-2016) digest as lowercase hex, from Node's OpenSSL. */
export function sm3Hex(data: string | Buffer): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

export function sm3Hasher(): crypto.Hash {
  return crypto.createHash('sm3');
}

/** Random URL-safe token. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/**
 * SM4-CBC + HMAC-SM3 (encrypt-then-MAC) for personal data at rest (ID numbers, 统一社会信用代码 of persons).
 * OpenSSL offers no SM4-GCM, hence the explicit MAC. Output: base64(iv ‖ ciphertext ‖ mac).
 */
export class FieldCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(masterKeyHex: string) {
    if (!/^[0-9a-f]{32}$/i.test(masterKeyHex))
      throw new Error('ZHIFA_FIELD_KEY 须为 32 位十六进制（128 位 SM4 密钥）');
    const master = Buffer.from(masterKeyHex, 'hex');
    this.encKey = crypto.createHmac('sm3', master).update('zhifa-field-enc').digest().subarray(0, 16);
    this.macKey = crypto.createHmac('sm3', master).update('zhifa-field-mac').digest();
  }

  encrypt(plain: string): string {
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('sm4-cbc', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const mac = crypto.createHmac('sm3', this.macKey).update(iv).update(body).digest();
    return Buffer.concat([iv, body, mac]).toString('base64');
  }

  decrypt(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64');
    if (raw.length < 16 + 16 + 32) throw new Error('密文格式不正确');
    const iv = raw.subarray(0, 16);
    const body = raw.subarray(16, raw.length - 32);
    const mac = raw.subarray(raw.length - 32);
    const expected = crypto.createHmac('sm3', this.macKey).update(iv).update(body).digest();
    if (!crypto.timingSafeEqual(mac, expected)) throw new Error('密文校验失败（可能被篡改）');
    const decipher = crypto.createDecipheriv('sm4-cbc', this.encKey, iv);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
