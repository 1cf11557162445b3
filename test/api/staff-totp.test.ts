import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, isNotNull } from "drizzle-orm";
import { generate, generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../../api/config.js";
import { createStaffAccount } from "../../api/staff/accounts.js";
import { DEMO_STAFF } from "../../api/staff/demo-staff.js";
import { newSecretsKey, SecretSeal, sealTotpSecrets } from "../../api/staff/sealed-secrets.js";
import { startServer } from "../../api/server.js";
import { staffAccounts } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { startServerProcess } from "../support/server-process.js";
import { authorize, formAction, hiddenValue, testSecretSeal } from "../support/staff-sign-in.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const STEP_MS = 30_000;
/** The code of `secret` for the 30-second step `step` (RFC 6238's T). */
const codeOf = (secret: string, step: number) => generate({ secret, epoch: step * 30 });
const stepNow = () => Math.floor(Date.now() / STEP_MS);

let accounts = 0;
/** A national account of its own (TOTP required), with a secret the test knows. */
async function nationalAccount() {
  const secret = generateSecret();
  const username = `totp.${++accounts}`;
  const password = "Ulusal.Hesap.2026";
  const { account } = await createStaffAccount(
    app.db,
    {
      username,
      displayName: "TOTP",
      organisation: "KHGM",
      role: "COORDINATION_UNIT",
      scope: "national",
      password,
      totpSecret: secret,
      createdBy: "test",
    },
    testSecretSeal(),
  );
  return { id: account.id, username, password, totpSecret: secret };
}

const storedSecret = async (id: string) =>
  (await app.db.select({ totpSecret: staffAccounts.totpSecret }).from(staffAccounts).where(eq(staffAccounts.id, id)))[0].totpSecret!;

describe("STAFF-6: a TOTP code is accepted once (RFC 6238 §5.2)", () => {
  it("STAFF-6: refuses a code already accepted, and a code of an earlier step, saying it was used", async () => {
    const account = await nationalAccount();
    const step = stepNow();
    // The next step's code (the window holds a step either side), then the current one: earlier than one accepted.
    const accepted = await authorize(app.origin, account, { totp: await codeOf(account.totpSecret, step + 1) });
    expect(accepted.code).toBeTruthy();

    for (const code of [await codeOf(account.totpSecret, step + 1), await codeOf(account.totpSecret, step)]) {
      const refused = await authorize(app.origin, account, { totp: code });
      expect(refused.code).toBeUndefined();
      expect(refused.page!.status).toBe(401);
      expect(refused.page!.html).toContain('role="alert"');
      expect(refused.page!.html).toContain("STAFF-6");
      expect(refused.page!.html).toContain("Bu kod zaten kullanıldı");
      expect(refused.page!.html).toContain("This code was already used");
      expect(refused.page!.html).toContain('name="totp"');
    }
    const [row] = await app.db.select().from(staffAccounts).where(eq(staffAccounts.id, account.id));
    expect(row.totpLastTimeStep).toBe(step + 1);
  });
});

describe("TOTP secrets sealed at rest (AES-256-GCM under the server's key)", () => {
  it("stores no secret as it is: every row is sealed (the demo seed's plain secrets too, at start), and sign-in opens it", async () => {
    const account = await nationalAccount();
    const stored = await storedSecret(account.id);
    expect(stored).not.toContain(account.totpSecret);
    expect(stored).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{40,}$/);

    const all = await app.db
      .select({ username: staffAccounts.username, stored: staffAccounts.totpSecret })
      .from(staffAccounts)
      .where(isNotNull(staffAccounts.totpSecret));
    expect(all.map((r) => r.username)).toEqual(expect.arrayContaining(["koordinasyon", "denetci"]));
    for (const row of all) {
      expect(row.stored).toMatch(/^v1:/);
      for (const demo of DEMO_STAFF) if (demo.totpSecret) expect(row.stored).not.toContain(demo.totpSecret);
    }

    const signedIn = await authorize(app.origin, account, { totp: await codeOf(account.totpSecret, stepNow()) });
    expect(signedIn.code).toBeTruthy();
  });

  it("seals a secret stored plain (a row from before sealing): the sign-in refuses it until then, then accepts it", async () => {
    const account = await nationalAccount();
    await app.db.update(staffAccounts).set({ totpSecret: account.totpSecret }).where(eq(staffAccounts.id, account.id));

    // The reader refuses a plain secret: fail closed, no code.
    const refused = await authorize(app.origin, account, { totp: await codeOf(account.totpSecret, stepNow()) });
    expect(refused.code).toBeUndefined();
    expect(refused.page!.status).toBe(500);
    expect(refused.page!.html).toContain("The verification code cannot be checked now");

    // What the start and `npm run db:migrate` do; a second run finds nothing to seal.
    expect(await sealTotpSecrets(app.db, testSecretSeal())).toBe(1);
    expect(await sealTotpSecrets(app.db, testSecretSeal())).toBe(0);
    const stored = await storedSecret(account.id);
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(account.totpSecret);
    const signedIn = await authorize(app.origin, account, { totp: await codeOf(account.totpSecret, stepNow()) });
    expect(signedIn.code).toBeTruthy();
  });

  it("fails closed with a clear error under a wrong key: a server with another key does not start, and a sign-in is refused", async () => {
    const current = testSecretSeal();
    const config = configFromEnv({ NODE_ENV: "test" });
    for (const ring of [newSecretsKey(), `${current.currentKid}:${newSecretsKey().split(":")[1]}`]) {
      await expect(
        startServer({
          database: app.database,
          clock: app.clock,
          config: { ...config, secretsKey: { ring, developmentFile: undefined } },
          port: 0,
        }),
      ).rejects.toThrow(/KOORDINAT_SECRETS_KEY does not hold|does not open with the key/);
    }

    // A value sealed under another key meets the running server at sign-in: refused, no code.
    const account = await nationalAccount();
    const other = SecretSeal.parse(newSecretsKey());
    await app.db
      .update(staffAccounts)
      .set({ totpSecret: other.seal(account.totpSecret, account.id) })
      .where(eq(staffAccounts.id, account.id));
    const refused = await authorize(app.origin, account, { totp: await codeOf(account.totpSecret, stepNow()) });
    expect(refused.code).toBeUndefined();
    expect(refused.page!.status).toBe(500);
    expect(refused.page!.html).toContain("The verification code cannot be checked now");
    // Such a row would stop the next start too (as above): the other tests of this file start from a sound table.
    await app.db
      .update(staffAccounts)
      .set({ totpSecret: current.seal(account.totpSecret, account.id) })
      .where(eq(staffAccounts.id, account.id));
  });

  it("binds a sealed secret to its account: copied onto another account it does not open", async () => {
    const first = await nationalAccount();
    const second = await nationalAccount();
    const seal = testSecretSeal();
    expect(() => seal.open(seal.seal(first.totpSecret, first.id), second.id)).toThrow(/does not open/);
    expect(() => seal.open(first.totpSecret, first.id)).toThrow(/stored unsealed/);
  });

  it("rotates keys: with a new key first, the start re-seals every secret under it, and the old key can go", async () => {
    const account = await nationalAccount();
    const testRing = readFileSync(configFromEnv({ NODE_ENV: "test" }).secretsKey.developmentFile!, "utf8").trim();
    const next = newSecretsKey();
    const secrets = await app.db.select().from(staffAccounts).where(isNotNull(staffAccounts.totpSecret));
    expect(await sealTotpSecrets(app.db, SecretSeal.parse(`${next},${testRing}`))).toBe(secrets.length);
    expect(SecretSeal.parse(next).open(await storedSecret(account.id), account.id)).toBe(account.totpSecret);
    // Back under the test servers' key, for the other tests of this file.
    expect(await sealTotpSecrets(app.db, SecretSeal.parse(`${testRing},${next}`))).toBe(secrets.length);
    expect(testSecretSeal().open(await storedSecret(account.id), account.id)).toBe(account.totpSecret);
  });

  it("a production server without KOORDINAT_SECRETS_KEY refuses to start, saying why", async () => {
    const started = startServerProcess(undefined, {
      NODE_ENV: "production",
      KOORDINAT_SECRETS_KEY: "",
      KOORDINAT_DATA_DIR: mkdtempSync(join(tmpdir(), "koordinat-no-key-")),
    });
    await expect(started).rejects.toThrow(/exited with 1: .*KOORDINAT_SECRETS_KEY is required in production/);
  });

  it("refuses a malformed key ring with a message that shows the form", () => {
    for (const ring of ["", "k1", "k1:short", `bad kid:${"A".repeat(43)}`])
      expect(() => SecretSeal.parse(ring)).toThrow(/KOORDINAT_SECRETS_KEY/);
  });
});

describe.runIf(process.env.DATABASE_URL)("STAFF-6 under concurrency (real PostgreSQL)", () => {
  it("STAFF-6: two sign-ins sending the same code at once: exactly one is accepted", async () => {
    const account = await nationalAccount();
    // Both reach the TOTP page first, then send the same code together.
    const pages = await Promise.all([0, 1].map(() => authorize(app.origin, account, { totp: null })));
    const code = await codeOf(account.totpSecret, stepNow());
    const answers = await Promise.all(
      pages.map(async ({ browser, page }) => {
        const sent = await browser.follow(
          await browser.post(formAction(page!.html)!, { pending: hiddenValue(page!.html, "pending")!, totp: code }),
        );
        return sent instanceof URL ? { code: sent.searchParams.get("code") } : { status: sent.status, html: await sent.text() };
      }),
    );
    const accepted = answers.filter((answer) => "code" in answer && answer.code);
    const refused = answers.filter((answer) => "html" in answer);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ status: 401 });
    expect((refused[0] as { html: string }).html).toContain("STAFF-6");
  });
});
