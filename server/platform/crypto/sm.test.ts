import { describe, expect, it } from 'vitest';
import { FieldCipher, sm3Hex } from './sm.js';

describe('SM3 and SM4 from Node’s OpenSSL', () => {
  it('matches the GB/T 32905-2016 SM3 test vector for "abc"', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('encrypts with SM4-CBC + HMAC-SM3 and detects tampering', () => {
    const c = new FieldCipher('0123456789abcdeffedcba9876543210');
    const sealed = c.encrypt('150402199001011234');
    expect(sealed).not.toContain('1504');
    expect(c.decrypt(sealed)).toBe('150402199001011234');
    const raw = Buffer.from(sealed, 'base64');
    raw[20] = raw[20]! ^ 1;
    expect(() => c.decrypt(raw.toString('base64'))).toThrow('篡改');
  });

  it('refuses a malformed key', () => {
    expect(() => new FieldCipher('short')).toThrow('32 位十六进制');
  });
});
