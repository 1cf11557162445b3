// `npm start` (and `npm run webhooks:worker`): runs an entry point from its compiled bundle in this process —
// compiled at `npm install`, rebuilt here first when a source changed since (scripts/compile.mjs).
//
//   node scripts/start.mjs [entry]   (api/main.ts when none is named)
import { pathToFileURL } from "node:url";
import { compiled } from "./compile.mjs";

const entry = process.argv[2] ?? "api/main.ts";
const file = await compiled(entry);
// Errors and stack traces name the TypeScript sources, as under tsx.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(file).href);
