import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtRestCipher } from '../../../../../main/services/crypto/atRestCipher';

const cipher = new AtRestCipher(randomBytes(32));

describe('AtRestCipher', () => {
  it('round-trips any value under its associated data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.string(), (bytes, aad) => {
        const plain = Buffer.from(bytes);
        expect(cipher.decrypt(cipher.encrypt(plain, aad), aad).equals(plain)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('uses a fresh nonce for every value', () => {
    const a = cipher.encrypt(Buffer.from('same'), 'row');
    const b = cipher.encrypt(Buffer.from('same'), 'row');
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
  });

  it('refuses another row, a flipped bit, another key and unknown formats', () => {
    const sealed = cipher.encrypt(Buffer.from('13800000000'), 'outbox_item:1');
    expect(() => cipher.decrypt(sealed, 'outbox_item:2')).toThrow(expect.objectContaining({ code: 'crypto.decrypt_failed' }));
    const flipped = Buffer.from(sealed);
    flipped[20] = flipped[20]! ^ 1;
    expect(() => cipher.decrypt(flipped, 'outbox_item:1')).toThrow(expect.objectContaining({ code: 'crypto.decrypt_failed' }));
    expect(() => new AtRestCipher(randomBytes(32)).decrypt(sealed, 'outbox_item:1')).toThrow(/authentication/);
    expect(() => cipher.decrypt(Buffer.from([9, 1, 2]), 'x')).toThrow(expect.objectContaining({ code: 'crypto.bad_ciphertext' }));
  });

  it('accepts only 256-bit keys', () => {
    expect(() => new AtRestCipher(randomBytes(16))).toThrow(expect.objectContaining({ code: 'crypto.bad_key' }));
  });
});
