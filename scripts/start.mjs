// `npm start` (and `npm run webhooks:worker`): runs an entry point from its compiled bundle in this process —
// compiled at `npm install`, rebuilt here first when a source changed since (scripts/compile.mjs).
//
//   node scripts/start.mjs [entry]   (api/main.ts when none is named)
import { pathToFileURL } from "node:url";
import { compiled } from "./compile.mjs";

const entry = process.argv[2] ?? "api/main.ts";
const file = await compiled(entry);
// Stack traces name the bundle's lines (each module's code follows a comment naming its source file). For the
// TypeScript sources' lines, NODE_OPTIONS=--enable-source-maps: not by default, as reading the maps of the bundle
// and of every package costs a tenth of the start.
await import(pathToFileURL(file).href);
