import { databaseOptionsFromEnv, openDatabase } from "../database.js";

const database = await openDatabase(databaseOptionsFromEnv());
await database.migrate();
await database.close();
console.log(`migrated the ${database.engine} database`);
