import { configFromEnv } from "../../api/config.js";
import { loadSecretSeal, sealTotpSecrets } from "../../api/staff/sealed-secrets.js";
import { databaseOptionsFromEnv, openDatabase } from "../database.js";

// The key first: production needs KOORDINAT_SECRETS_KEY to seal the staff accounts' TOTP secrets after migrating.
const seal = loadSecretSeal(configFromEnv().secretsKey);
const database = await openDatabase(databaseOptionsFromEnv());
try {
  await database.migrate();
  const sealed = await sealTotpSecrets(database.db, seal);
  console.log(`migrated the ${database.engine} database${sealed ? `; sealed ${sealed} staff TOTP secrets under the current key` : ""}`);
} finally {
  await database.close();
}
