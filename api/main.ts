import "reflect-metadata";
import { DataDirInUseError, dataDirFromEnv, databaseOptionsFromEnv, openDatabase } from "../drizzle/database.js";
import { isSeeded, seedDemo, writeDemoClients } from "../drizzle/seed/index.js";
import { configFromEnv } from "./config.js";
import { systemClock } from "./platform/clock.js";
import { createLogger } from "./platform/logger.js";
import { startServer } from "./server.js";

const config = configFromEnv();
const log = createLogger(config.logLevel);
const options = databaseOptionsFromEnv();
const database = await openDatabase(options).catch((error: unknown) => {
  if (!(error instanceof DataDirInUseError)) throw error;
  log.fatal(error.message);
  process.exit(1);
});
await database.migrate();

// The embedded database seeds itself on first start, so `npm start` alone gives a working demo.
if (options.engine === "pglite" && !(await isSeeded(database.db))) {
  const { clients } = await seedDemo(database.db);
  const file = writeDemoClients(dataDirFromEnv(), clients);
  log.info({ file }, "seeded the demo data; demo client credentials written");
}

const server = await startServer({ database, clock: systemClock, config });
log.info(
  { url: server.url, explorer: config.explorer ? server.url : undefined, database: database.engine },
  `Koordinat GraphQL at ${server.url}`,
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    await server.stop();
    await database.close();
    process.exit(0);
  });
}
