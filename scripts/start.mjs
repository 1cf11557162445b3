// `npm start` (and `npm run webhooks:worker`): runs an entry point from its compiled bundle in this process —
// compiled at `npm install`, rebuilt here first when a source changed since (scripts/compile.mjs); for the API, the
// operations console likewise (scripts/console.mjs).
//
//   node scripts/start.mjs [entry]   (api/main.ts when none is named)
import { pathToFileURL } from "node:url";
import { compiled } from "./compile.mjs";
import { consoleBuilt } from "./console.mjs";

const entry = process.argv[2] ?? "api/main.ts";
const file = await compiled(entry);
// The operations console the API serves at /console, built again first when one of its sources changed.
if (entry === "api/main.ts" && !["0", "false", "no", "off"].includes((process.env.KOORDINAT_CONSOLE ?? "").toLowerCase())) {
  await consoleBuilt();
}
// Stack traces name the bundle's lines (each module's code follows a comment naming its source file). For the
// TypeScript sources' lines, NODE_OPTIONS=--enable-source-maps: not by default, as reading the maps of the bundle
// and of every package costs a tenth of the start.
await import(pathToFileURL(file).href);
