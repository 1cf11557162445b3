/**
 * `npm run codegen`, last step: the trusted-documents manifest. Every SDK operation exactly as the
 * SDK sends it, keyed by the SHA-256 of its text (`{ "<hash>": "<document>" }`, the format of
 * graphql-codegen's persisted documents). The server runs only these for trusted-documents-only
 * clients and answers a hash sent alone (Apollo's `extensions.persistedQuery.sha256Hash`).
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import * as generated from "../src/_generated/graphql.js";

const documents = Object.entries(generated)
  .filter(([name, value]) => name.endsWith("Document") && value instanceof generated.TypedDocumentString)
  .map(([, value]) => value.toString())
  .map((text) => [createHash("sha256").update(text).digest("hex"), text] as const)
  .sort(([a], [b]) => a.localeCompare(b));

const file = new URL("../src/_generated/trusted-documents.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(Object.fromEntries(documents), null, 2)}\n`);
console.log(`trusted documents: ${documents.length} operations → ${file.pathname}`);
