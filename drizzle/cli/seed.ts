import { parseArgs } from "node:util";
import { dataDirFromEnv, databaseOptionsFromEnv, openDatabase } from "../database.js";
import { isSeeded, seedDemo, seedPublishedReference, writeDemoClients } from "../seed/index.js";

// --reference: the published reference data only (no demo patients, clients or staff), for a production database.
const { values } = parseArgs({ options: { reference: { type: "boolean", default: false } } });

const database = await openDatabase(databaseOptionsFromEnv());
try {
  await database.migrate();
  if (await isSeeded(database.db)) {
    console.log("the database already holds the reference data; nothing to do");
  } else if (values.reference) {
    await database.db.transaction((tx) => seedPublishedReference(tx));
    console.log("loaded the published reference data (provinces, facilities, holidays, tariffs, coefficients…); no demo data");
  } else {
    const { clients } = await seedDemo(database.db);
    console.log(`seeded the demo data; demo clients in ${writeDemoClients(dataDirFromEnv(), clients)}`);
  }
} finally {
  await database.close();
}
