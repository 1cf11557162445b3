/**
 * npm run client:create -- --role PARTNER_HOSPITAL --scope facility:100123 [--name "Ceyhan DH HBYS"]
 *   [--trusted-documents-only] [--max-depth N] [--max-aliases N] [--max-directives N] [--max-tokens N]
 *   [--max-cost N] [--rate-limit-points N] [--rate-limit-restore N]
 * Prints the new client's id and secret once; only the secret's hash is stored. Unset limits take
 * the server's defaults (SECURITY.md).
 */
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "../../../drizzle/database.js";
import { ClientSetupError, createClient, parseRole } from "../clients.js";

const limitOptions = {
  "max-depth": { type: "string" },
  "max-aliases": { type: "string" },
  "max-directives": { type: "string" },
  "max-tokens": { type: "string" },
  "max-cost": { type: "string" },
  "rate-limit-points": { type: "string" },
  "rate-limit-restore": { type: "string" },
} as const;

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    scope: { type: "string" },
    name: { type: "string" },
    "trusted-documents-only": { type: "boolean" },
    ...limitOptions,
  },
});
if (!values.role || !values.scope) {
  console.error(
    `usage: npm run client:create -- --role ROLE --scope national|facility:CODE|province:NN|insurer:CODE|organisation:CODE|person:KIND:VALUE [--name NAME] [--trusted-documents-only] ${Object.keys(
      limitOptions,
    )
      .map((option) => `[--${option} N]`)
      .join(" ")}`,
  );
  process.exit(2);
}

/** A limit given on the command line: a whole number ≥ 1 (aliases and directives may be 0). */
function limit(option: keyof typeof limitOptions, minimum = 1): number | undefined {
  const text = values[option];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < minimum) throw new ClientSetupError(`--${option} must be a whole number ≥ ${minimum}.`);
  return value;
}

const database = await openDatabase(databaseOptionsFromEnv());
try {
  const role = parseRole(values.role);
  const client = await createClient(database.db, {
    role,
    scope: values.scope,
    name: values.name ?? `${role} client`,
    policy: {
      limits: {
        depth: limit("max-depth"),
        aliases: limit("max-aliases", 0),
        directives: limit("max-directives", 0),
        tokens: limit("max-tokens"),
        cost: limit("max-cost"),
      },
      rateLimit: { points: limit("rate-limit-points"), restorePerSecond: limit("rate-limit-restore") },
      trustedDocumentsOnly: values["trusted-documents-only"] ?? false,
    },
  });
  console.log(JSON.stringify(client, null, 2));
} catch (error) {
  if (!(error instanceof ClientSetupError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await database.close();
}
