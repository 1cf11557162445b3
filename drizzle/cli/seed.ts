import { dataDirFromEnv, databaseOptionsFromEnv, openDatabase } from "../database.js";
import { isSeeded, seedDemo, writeDemoClients } from "../seed/index.js";

const database = await openDatabase(databaseOptionsFromEnv());
try {
  await database.migrate();
  if (await isSeeded(database.db)) {
    console.log("the database already holds the demo data; nothing to do");
  } else {
    const { clients } = await seedDemo(database.db);
    console.log(`seeded the demo data; demo clients in ${writeDemoClients(dataDirFromEnv(), clients)}`);
  }
} finally {
  await database.close();
}
