import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "otplib";
import type { Executor } from "../../drizzle/database.js";
import { inArray } from "drizzle-orm";
import { staffAccounts, type Role } from "../../drizzle/schema/index.js";
import { createStaffAccount, totpUri } from "./accounts.js";

export interface DemoStaffAccount {
  username: string;
  password: string;
  displayName: string;
  organisation: string;
  role: Role;
  scope: string;
  /** Base32 TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s); null when the account signs in with its password alone. */
  totpSecret: string | null;
}

/**
 * The demo staff accounts (development and tests only: production refuses demo accounts, as it refuses demo
 * clients). Their passwords and TOTP secrets are fixed and public, so tests and the console's browser tests can
 * sign in: `demoTotpCodeAt(account, at)` gives a step's code (the tests' `demoTotpCode` one the sign-in accepts now).
 */
export const DEMO_STAFF: readonly DemoStaffAccount[] = [
  {
    username: "koordinasyon",
    password: "Koordinasyon.Demo.2026",
    displayName: "Koordinasyon Birimi Nöbetçisi",
    organisation: "Kamu Hastaneleri Genel Müdürlüğü — Koordinasyon Birimi",
    role: "COORDINATION_UNIT",
    scope: "national",
    totpSecret: "DJ3CSMXCFSUSTBL2Y423TKT4F2FKTYKO",
  },
  {
    username: "denetci",
    password: "Denetci.Demo.2026",
    displayName: "KVKK Denetçisi",
    organisation: "Sağlık Bakanlığı Denetim Hizmetleri Başkanlığı",
    role: "AUDITOR",
    scope: "national",
    totpSecret: "SPIED5SJK7ZXHPRAMLAQWOC4TR4DQ3AG",
  },
  {
    username: "adana.il",
    password: "Adana.Demo.2026",
    displayName: "Adana İl Sağlık Müdürlüğü Uzmanı",
    organisation: "Adana İl Sağlık Müdürlüğü",
    role: "PROVINCIAL_DIRECTORATE",
    scope: "province:01",
    totpSecret: null,
  },
  {
    username: "sgk.inceleme",
    password: "Sgk.Demo.2026",
    displayName: "SGK Fatura İnceleme Uzmanı",
    organisation: "Sosyal Güvenlik Kurumu",
    role: "INSURER",
    scope: "insurer:SGK",
    totpSecret: null,
  },
  {
    username: "bilkent",
    password: "Bilkent.Demo.2026",
    displayName: "Bilkent Şehir Hastanesi Hasta Kabul",
    organisation: "Ankara Bilkent Şehir Hastanesi",
    role: "PARTNER_HOSPITAL",
    scope: "facility:106101",
    totpSecret: null,
  },
  {
    username: "ceyhan",
    password: "Ceyhan.Demo.2026",
    displayName: "Ceyhan Devlet Hastanesi Sevk Masası",
    organisation: "Ceyhan Devlet Hastanesi",
    role: "PARTNER_HOSPITAL",
    scope: "facility:101101",
    totpSecret: null,
  },
  {
    username: "adana.112",
    password: "Adana112.Demo.2026",
    displayName: "Adana 112 Komuta Kontrol Merkezi",
    organisation: "Adana 112 Acil Çağrı Merkezi",
    role: "EMERGENCY_112",
    scope: "province:01",
    totpSecret: null,
  },
];

export const demoStaff = (username: string): DemoStaffAccount => {
  const account = DEMO_STAFF.find((a) => a.username === username);
  if (!account) throw new Error(`no demo staff account ${username}`);
  return account;
};

/** The account's TOTP code of the 30-second step at `at` (a step's code, whether or not it was used). */
export function demoTotpCodeAt(account: DemoStaffAccount, at: Date): Promise<string> {
  if (!account.totpSecret) throw new Error(`${account.username} has no TOTP secret`);
  return generate({ secret: account.totpSecret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * The demo secrets are public (above): the seed writes them as they are, and the server's start seals them
 * (sealTotpSecrets) as it seals any secret written before sealing.
 */
const AS_PUBLISHED = { seal: (secret: string) => secret };

/** Creates the demo staff accounts (seeded with the demo clients); those that exist already are left as they are. */
export async function seedDemoStaff(db: Executor): Promise<void> {
  const existing = new Set(
    (
      await db
        .select({ username: staffAccounts.username })
        .from(staffAccounts)
        .where(
          inArray(
            staffAccounts.username,
            DEMO_STAFF.map((a) => a.username),
          ),
        )
    ).map((row) => row.username),
  );
  for (const account of DEMO_STAFF.filter((a) => !existing.has(a.username))) {
    await createStaffAccount(
      db,
      {
        ...account,
        totpSecret: account.totpSecret ?? undefined,
        totp: account.totpSecret !== null,
        isDemo: true,
        createdBy: "seed",
      },
      AS_PUBLISHED,
    );
  }
}

export const demoStaffFile = (dataDir: string) => join(dataDir, "demo-staff.json");

/** Writes the demo accounts' credentials beside demo-clients.json (readable by this user only). */
export function writeDemoStaff(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = demoStaffFile(dataDir);
  const accounts = DEMO_STAFF.map((a) => ({ ...a, totpUri: a.totpSecret ? totpUri(a.username, a.totpSecret) : null }));
  writeFileSync(file, JSON.stringify(accounts, null, 2) + "\n", { mode: 0o600 });
  return file;
}
