/**
 * npm run staff:disable -- --username adana.il
 * Disables the account (STAFF-5): it can no longer sign in, and its sessions, refresh and access tokens end now.
 */
import { eq } from "drizzle-orm";
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "../../../drizzle/database.js";
import { staffAccounts } from "../../../drizzle/schema/index.js";
import { disableStaffAccount } from "../accounts.js";

const { values } = parseArgs({ options: { username: { type: "string" } } });
if (!values.username) {
  console.error("usage: npm run staff:disable -- --username NAME");
  process.exit(2);
}

const database = await openDatabase(databaseOptionsFromEnv());
try {
  const [account] = await database.db.select().from(staffAccounts).where(eq(staffAccounts.username, values.username.trim().toLowerCase()));
  if (!account) {
    console.error(`No staff account has the username ${values.username}.`);
    process.exitCode = 2;
  } else if (account.disabledAt) {
    console.error(`${account.username} was disabled on ${account.disabledAt.toISOString()}.`);
    process.exitCode = 2;
  } else {
    const disabled = await database.db.transaction((tx) => disableStaffAccount(tx, account.id, "cli", new Date()));
    console.log(JSON.stringify({ id: disabled!.id, username: disabled!.username, disabledAt: disabled!.disabledAt }, null, 2));
  }
} finally {
  await database.close();
}
