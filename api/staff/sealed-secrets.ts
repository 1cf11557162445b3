import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { eq, and, isNotNull } from "drizzle-orm";
import type { Executor } from "../../drizzle/database.js";
import { staffAccounts } from "../../drizzle/schema/index.js";

/** Why a sealed secret cannot be opened (wrong or missing key, a plain or damaged value): sign-in fails closed. */
export class SealedSecretError extends Error {}

const FORMAT = "v1";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KID = /^[A-Za-z0-9_-]{1,32}$/;

/** `<kid>:<32 bytes, base64url>`: one key of KOORDINAT_SECRETS_KEY or of the development key file. */
export const newSecretsKey = () => `k${Date.now().toString(36)}:${randomBytes(KEY_BYTES).toString("base64url")}`;

/**
 * Secrets the server must read back (TOTP secrets) sealed with AES-256-GCM (node:crypto) under a key of its own, never
 * the database's: `v1:<key id>:<iv>:<ciphertext and tag>` (base64url), bound to the row it belongs to (the account id is
 * the additional data, so a sealed value copied onto another account does not open). The key ring is
 * `kid:key[,kid:key…]`: the first key seals, every key opens, so a key is rotated by putting the new one first and
 * restarting (the start re-seals every value under it), then dropping the old one.
 */
export class SecretSeal {
  private constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly currentKid: string,
  ) {}

  static parse(ring: string, origin = "KOORDINAT_SECRETS_KEY"): SecretSeal {
    const keys = new Map<string, Buffer>();
    for (const entry of ring
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [kid, encoded, extra] = entry.split(":");
      const key = Buffer.from(encoded ?? "", "base64url");
      if (!KID.test(kid ?? "") || extra !== undefined || key.length !== KEY_BYTES || keys.has(kid)) {
        throw new SealedSecretError(
          `${origin} must be kid:key[,kid:key…], each key 32 random bytes in base64url and each kid 1 to 32 letters, digits, - or _ (the first key seals): e.g. ${newSecretsKey()}`,
        );
      }
      keys.set(kid, key);
    }
    if (keys.size === 0) throw new SealedSecretError(`${origin} holds no key: e.g. ${newSecretsKey()}`);
    return new SecretSeal(keys, keys.keys().next().value!);
  }

  /** Development and tests: the key ring in `file`, made once (readable by this user only) when there is none. */
  static fromFile(file: string): SecretSeal {
    try {
      mkdirSync(dirname(file), { recursive: true });
      // `wx`: two processes starting together cannot both write one; the second reads the first's.
      writeFileSync(file, newSecretsKey() + "\n", { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return SecretSeal.parse(readFileSync(file, "utf8"), file);
  }

  static isSealed = (stored: string) => stored.startsWith(`${FORMAT}:`);

  /** Whether `stored` is sealed under the key that seals now (nothing to re-seal). */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`${FORMAT}:${this.currentKid}:`);
  }

  seal(plain: string, boundTo: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.keys.get(this.currentKid)!, iv).setAAD(Buffer.from(boundTo));
    const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return [FORMAT, this.currentKid, iv.toString("base64url"), sealed.toString("base64url")].join(":");
  }

  open(stored: string, boundTo: string): string {
    if (!SecretSeal.isSealed(stored)) {
      throw new SealedSecretError(
        `The secret of ${boundTo} is stored unsealed (written before sealing): start the server or run npm run db:migrate to seal it.`,
      );
    }
    const [, kid, ivText, sealedText] = stored.split(":");
    const key = this.keys.get(kid ?? "");
    if (!key)
      throw new SealedSecretError(`The secret of ${boundTo} is sealed with the key ${kid}, which KOORDINAT_SECRETS_KEY does not hold.`);
    const sealed = Buffer.from(sealedText ?? "", "base64url");
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivText ?? "", "base64url"))
        .setAAD(Buffer.from(boundTo))
        .setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    } catch {
      throw new SealedSecretError(
        `The secret of ${boundTo} does not open with the key ${kid}: KOORDINAT_SECRETS_KEY is not the key it was sealed with, or the value was altered.`,
      );
    }
  }
}

/** Where the key ring comes from (config): KOORDINAT_SECRETS_KEY, else (development, tests) a file beside the data. */
export interface SecretsKeySource {
  ring: string | undefined;
  /** Undefined in production, which needs KOORDINAT_SECRETS_KEY. */
  developmentFile: string | undefined;
}

export function loadSecretSeal(source: SecretsKeySource): SecretSeal {
  if (source.ring) return SecretSeal.parse(source.ring);
  if (source.developmentFile) return SecretSeal.fromFile(source.developmentFile);
  throw new SealedSecretError(
    `KOORDINAT_SECRETS_KEY is required in production: the key that seals the staff accounts' TOTP secrets, kept apart from the database. Make one with: node -e 'console.log("k1:" + require("crypto").randomBytes(32).toString("base64url"))'`,
  );
}

/**
 * Seals every TOTP secret that is not sealed under the current key (plain ones from before sealing and the demo seed's,
 * and those of an older key), and opens every other one, so that a wrong key stops the start rather than a sign-in.
 * Idempotent; each row is replaced only if it still holds what was read (another process may seal it meanwhile).
 * Returns how many rows it sealed.
 */
export async function sealTotpSecrets(db: Executor, seal: SecretSeal): Promise<number> {
  const rows = await db
    .select({ id: staffAccounts.id, totpSecret: staffAccounts.totpSecret })
    .from(staffAccounts)
    .where(isNotNull(staffAccounts.totpSecret));
  let sealed = 0;
  for (const { id, totpSecret } of rows) {
    const stored = totpSecret!;
    const plain = SecretSeal.isSealed(stored) ? seal.open(stored, id) : stored;
    if (seal.isCurrent(stored)) continue;
    const replaced = await db
      .update(staffAccounts)
      .set({ totpSecret: seal.seal(plain, id) })
      .where(and(eq(staffAccounts.id, id), eq(staffAccounts.totpSecret, stored)))
      .returning({ id: staffAccounts.id });
    sealed += replaced.length;
  }
  return sealed;
}
