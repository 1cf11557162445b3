import { fileURLToPath } from "node:url";

/** Runs an example when its file is executed directly, not when `run-all` imports it. */
export async function runIfMain(moduleUrl: string, run: () => Promise<void>) {
  if (process.argv[1] && fileURLToPath(moduleUrl) === process.argv[1]) await run();
}
