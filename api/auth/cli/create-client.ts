/**
 * npm run client:create -- --role PARTNER_HOSPITAL --scope facility:100123 [--name "Ceyhan DH HBYS"]
 * Prints the new client's id and secret once; only the secret's hash is stored.
 */
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "../../../drizzle/database.js";
import { ClientSetupError, createClient, parseRole } from "../clients.js";

const { values } = parseArgs({
  options: { role: { type: "string" }, scope: { type: "string" }, name: { type: "string" } },
});
if (!values.role || !values.scope) {
  console.error(
    "usage: npm run client:create -- --role ROLE --scope national|facility:CODE|province:NN|insurer:CODE|organisation:CODE|person:KIND:VALUE [--name NAME]",
  );
  process.exit(2);
}
const database = await openDatabase(databaseOptionsFromEnv());
try {
  const role = parseRole(values.role);
  const client = await createClient(database.db, { role, scope: values.scope, name: values.name ?? `${role} client` });
  console.log(JSON.stringify(client, null, 2));
} catch (error) {
  if (!(error instanceof ClientSetupError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await database.close();
}
