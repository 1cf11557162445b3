import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { compiled } from "../../scripts/compile.mjs";

const projects: string[] = [];
afterEach(() => projects.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project of two TypeScript modules (main.ts imports the answer from answer.ts). */
function project(answer: number): { root: string; setAnswer(value: number): void } {
  const root = mkdtempSync(join(tmpdir(), "koordinat-compile-"));
  projects.push(root);
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext" } }));
  writeFileSync(join(root, "src", "main.ts"), `import { answer } from "./answer.js";\nexport const result: number = answer * 2;\n`);
  const setAnswer = (value: number) => writeFileSync(join(root, "src", "answer.ts"), `export const answer: number = ${value};\n`);
  setAnswer(answer);
  return { root, setAnswer };
}

const run = async (file: string) => ((await import(`${pathToFileURL(file).href}?${Date.now()}`)) as { result: number }).result;

describe("npm start's compiled bundle (scripts/compile.mjs)", () => {
  it("is reused while its sources are unchanged, and rebuilt when any module it bundles changed: an edit is never served stale", async () => {
    const { root, setAnswer } = project(21);
    const file = await compiled("src/main.ts", root);
    expect(await run(file)).toBe(42);

    writeFileSync(file, "export const result = -1;\n");
    expect(await compiled("src/main.ts", root)).toBe(file);
    expect(await run(file)).toBe(-1);

    setAnswer(50);
    expect(await run(await compiled("src/main.ts", root))).toBe(100);
  });
});
