import { existsSync } from "node:fs";
import { makeTemplate, templateDir } from "../seed/template.js";

// `npm install` (postinstall) makes the embedded database's template once, so that the first `npm start` is quick.
const existing = templateDir();
if (existsSync(existing)) {
  console.log(`koordinat: the embedded database template is ready (${existing})`);
} else {
  console.log("koordinat: making the embedded database template (migrations, reference data, demo clients; once)…");
  console.log(`koordinat: template written to ${await makeTemplate()}`);
}
