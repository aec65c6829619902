import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Parses SECRET_KEY: 32 bytes as 64 hex characters or as base64. */
export function parseSecretKey(raw: string): Buffer | null {
  const value = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  const decoded = Buffer.from(value, 'base64');
  return decoded.length === 32 && /^[A-Za-z0-9+/]+=*$/.test(value) ? decoded : null;
}

/** The development key, made once and kept in the data folder (readable by its owner only). */
export async function loadOrCreateKey(file: string): Promise<Buffer> {
  try {
    const key = parseSecretKey(await fs.readFile(file, 'utf8'));
    if (key) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${key.toString('hex')}\n`, { mode: 0o600 });
  return key;
}

/** AES-256-GCM: secrets at rest as `v1.<iv>.<tag>.<ciphertext>` (base64url); tampering is detected. */
export class SecretBox {
  /** The keys `sign` derives, by purpose. */
  private readonly signingKeys = new Map<string, Buffer>();

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('SecretBox needs a 32-byte key');
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /**
   * An HMAC-SHA256 of `data` (base64url) under a key derived for `purpose` alone, so a signature
   * made for one kind of link never passes for another.
   */
  sign(purpose: string, data: string): string {
    let key = this.signingKeys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.key, '', `ledgerpost:${purpose}`, 32));
      this.signingKeys.set(purpose, key);
    }
    return createHmac('sha256', key).update(data, 'utf8').digest('base64url');
  }

  /** Whether `signature` is `sign(purpose, data)`, compared in constant time. */
  verify(purpose: string, data: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(purpose, data));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  open(sealed: string): string {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || ciphertext === undefined)
      throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}
