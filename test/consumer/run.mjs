// The consumer test (CI: .ci/run): what a partner's developer does with only the packages. Packs
// @koordinat/sdk and @koordinat/sandbox (prepack builds them), installs them with plain `npm install` into
// empty folders outside the repository, type-checks a strict program (and proves a wrong field fails tsc),
// then runs it and the repository's examples against the sandbox from there.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "..", "..");
const work = mkdtempSync(join(tmpdir(), "koordinat-consumer-"));
const started = Date.now();
const step = (name) => console.log(`-- ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

/** Runs a command; returns its output, or throws with it. */
function run(command, args, cwd, { expectFailure = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false" },
  });
  const output = `${result.stdout}${result.stderr}`;
  if ((result.status === 0) === expectFailure) {
    throw new Error(`${command} ${args.join(" ")} ${expectFailure ? "succeeded but must fail" : `failed (${result.status})`}:\n${output}`);
  }
  return output;
}

/** Runs a compiled program with node, in parallel with others; resolves with its output, or rejects with it. */
function runAsync(script, cwd) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script], { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`node ${script} failed:\n${stdout}${stderr}`)) : resolve(stdout),
    );
  });
}

function emptyProject(name, dependencies = {}) {
  const dir = join(work, name);
  cpSync(join(here, "tsconfig.json"), join(dir, "tsconfig.json"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module", dependencies }, null, 2));
  return dir;
}

try {
  step("pack @koordinat/sdk and @koordinat/sandbox");
  execFileSync("npm", ["pack", "-w", "@koordinat/sdk", "-w", "@koordinat/sandbox", "--pack-destination", work], {
    cwd: repo,
    stdio: "ignore",
  });
  const tarballs = readdirSync(work).filter((f) => f.endsWith(".tgz"));
  const sdk = join(
    work,
    tarballs.find((f) => f.startsWith("koordinat-sdk-")),
  );
  const sandbox = join(
    work,
    tarballs.find((f) => f.startsWith("koordinat-sandbox-")),
  );

  step("the SDK alone installs with no flags and no warnings");
  const sdkOnly = emptyProject("sdk-only");
  const sdkInstall = run("npm", ["install", sdk], sdkOnly);
  const warnings = sdkInstall.split("\n").filter((line) => /^npm (warn|error)/i.test(line));
  if (warnings.length) throw new Error(`npm install of the SDK warned:\n${warnings.join("\n")}`);

  step("the SDK and the sandbox install with plain npm install");
  const project = emptyProject("partner-app");
  const install = run("npm", ["install", sdk, sandbox, "typescript@~6.0", "@types/node@^20"], project);
  // npm 11 lists packages with install scripts it has not been told to allow (@apollo/protobufjs, under
  // @apollo/server); anything else is a fault of the packages: engines, peers, resolution.
  const faults = install.split("\n").filter((line) => /^npm (warn|error)/i.test(line) && !/install-scripts/.test(line));
  if (faults.length) throw new Error(`npm install of the SDK and the sandbox warned:\n${faults.join("\n")}`);

  step("a strict TypeScript program type-checks; a wrong field does not");
  cpSync(join(repo, "sdk", "example"), join(project, "example"), { recursive: true });
  // The operations console is a browser application with its own toolchain (Vite, the DOM's types), not a program of
  // the SDK's consumers: it is type-checked and built by the repository's own scripts.
  const consoleApp = join(repo, "examples", "console");
  cpSync(join(repo, "examples"), join(project, "examples"), { recursive: true, filter: (source) => !source.startsWith(consoleApp) });
  cpSync(join(here, "program.ts"), join(project, "program.ts"));
  cpSync(join(here, "wrong-field.ts"), join(project, "wrong-field.ts"));
  // One compilation of everything: it must fail, on wrong-field.ts alone and for both wrong fields (tsc still
  // emits the JavaScript of the rest, which runs below).
  const tsc = join(project, "node_modules", "typescript", "bin", "tsc");
  const compiled = run(process.execPath, [tsc, "-p", "."], project, { expectFailure: true });
  const errors = compiled.split("\n").filter((line) => /error TS\d+/.test(line));
  const elsewhere = errors.filter((line) => !line.startsWith("wrong-field.ts"));
  if (elsewhere.length) throw new Error(`tsc refused correct code:\n${elsewhere.join("\n")}`);
  for (const expected of [/Property 'birthDate' does not exist/, /"QUATERNARY"/]) {
    if (!errors.some((line) => expected.test(line))) throw new Error(`tsc did not refuse wrong-field.ts with ${expected}:\n${compiled}`);
  }

  step("the program and the examples run against the sandbox");
  const [program, examples] = await Promise.all([runAsync("dist/program.js", project), runAsync("dist/examples/run-all.js", project)]);
  console.log(program.trim());
  console.log(examples.trim().split("\n").slice(-1).join("\n"));
  step("consumer test passed");
} finally {
  rmSync(work, { recursive: true, force: true });
}
