/**
 * npm run staff:create -- --username adana.il --name "Ayşe Yılmaz" --organisation "Adana İl Sağlık Müdürlüğü"
 *   --role PROVINCIAL_DIRECTORATE --scope province:01 [--totp]
 * Asks for the password on standard input (or KOORDINAT_STAFF_PASSWORD), stores only its hash, and prints the TOTP
 * provisioning URI once when the account has TOTP (always for national roles and the auditor: STAFF-2).
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "../../../drizzle/database.js";
import { ClientSetupError, parseRole } from "../../auth/clients.js";
import { configFromEnv } from "../../config.js";
import { createStaffAccount } from "../accounts.js";
import { loadSecretSeal } from "../sealed-secrets.js";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    name: { type: "string" },
    organisation: { type: "string" },
    role: { type: "string" },
    scope: { type: "string" },
    totp: { type: "boolean" },
  },
});
if (!values.username || !values.name || !values.organisation || !values.role || !values.scope) {
  console.error(
    'usage: npm run staff:create -- --username NAME --name "Display Name" --organisation "Organisation" --role ROLE --scope national|province:NN|facility:CODE|insurer:CODE|organisation:CODE [--totp]\n' +
      "The password is read from standard input (or KOORDINAT_STAFF_PASSWORD).",
  );
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.env.KOORDINAT_STAFF_PASSWORD) return process.env.KOORDINAT_STAFF_PASSWORD;
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write("Password (12 characters or more): ");
  for await (const line of prompt) {
    prompt.close();
    return line;
  }
  return "";
}

// The key first: without it (production needs KOORDINAT_SECRETS_KEY) no account is made.
const seal = loadSecretSeal(configFromEnv().secretsKey);
const database = await openDatabase(databaseOptionsFromEnv());
try {
  const role = parseRole(values.role);
  const username = values.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(username)) {
    throw new ClientSetupError("STAFF-4: a username is 2 to 63 lower case letters, digits, dot, dash or underscore.");
  }
  const password = await readPassword();
  if (password.length < 12) throw new ClientSetupError("STAFF-4: the password must have at least 12 characters.");
  if (password.toLowerCase().includes(username)) throw new ClientSetupError("STAFF-4: the password must not contain the username.");
  const { account, totpProvisioningUri } = await createStaffAccount(
    database.db,
    {
      username,
      displayName: values.name,
      organisation: values.organisation,
      role,
      scope: values.scope,
      password,
      totp: values.totp ?? false,
      createdBy: "cli",
    },
    seal,
  );
  console.log(
    JSON.stringify(
      {
        id: account.id,
        username: account.username,
        role: account.role,
        scope: values.scope,
        // Shown once: the person scans it into their authenticator app; it is not retrievable later.
        totpProvisioningUri,
      },
      null,
      2,
    ),
  );
} catch (error) {
  const duplicate = String((error as { cause?: { constraint_name?: string } })?.cause?.constraint_name ?? "").includes("username");
  if (!(error instanceof ClientSetupError) && !duplicate) throw error;
  console.error(duplicate ? `STAFF-4: the username ${values.username} is taken.` : (error as Error).message);
  process.exitCode = 2;
} finally {
  await database.close();
}
