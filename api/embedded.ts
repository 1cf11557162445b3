import "reflect-metadata";
import type { NewClient } from "./auth/clients.js";
import { configFromEnv } from "./config.js";
import { SettableClock } from "./platform/time/clock.js";
import { startServer } from "./server.js";
import { newSecretsKey } from "./staff/sealed-secrets.js";
import { openDatabase } from "../drizzle/database.js";
import { seedDemo } from "../drizzle/seed/index.js";
import { buildDemoWorld } from "../drizzle/seed/world.js";

export interface EmbeddedKoordinat {
  url: string;
  /** The demo clients (one per role) with their secrets. */
  clients: NewClient[];
  clock: SettableClock;
  stop(): Promise<void>;
}

/**
 * The real server, in this process, on an in-memory embedded database with the demo seed and the demo world
 * (dated from the clock's now), on a free loopback port: what the SDK's offline sandbox runs.
 */
export async function startEmbedded(options: { time?: string } = {}): Promise<EmbeddedKoordinat> {
  const clock = new SettableClock();
  if (options.time) clock.set(options.time);
  const database = await openDatabase({ engine: "pglite" });
  await database.migrate();
  const { clients } = await seedDemo(database.db);
  await buildDemoWorld(database.db, clock);
  const testConfig = configFromEnv({ NODE_ENV: "test" });
  // The sandbox delivers webhooks to local receivers as a server would, promptly. It serves no explorer:
  // it is a test double, and the explorer's browser packages (React, GraphiQL) would weigh on every install.
  // Its database lives in memory, and so does the key sealing its TOTP secrets: no file is left in the caller's folder.
  const config = {
    ...testConfig,
    logLevel: "silent",
    explorer: false,
    webhooks: { ...testConfig.webhooks, intervalMs: 200 },
    secretsKey: { ring: newSecretsKey(), developmentFile: undefined },
  };
  const server = await startServer({ database, clock, config, port: 0, host: "127.0.0.1" });
  return {
    url: `http://127.0.0.1:${server.port}/graphql`,
    clients,
    clock,
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}
