import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../drizzle/paths.js";

/**
 * The rules live in docs/domain/: rules.md lists every rule (each as `**ID**`), sgk.md and beds-and-kazakhstan.md
 * tell the amended and added ones in full. Every ID must be named by a test, and rules.md must list every ID of
 * the original specification (../shared/DOMAIN.md, beside the repository where it is kept).
 */
const root = projectRoot();
const domainDocs = join(root, "docs", "domain");
const rulesPage = readFileSync(join(domainDocs, "rules.md"), "utf8");
/** The rule families, from rules.md's headings ("## Facilities — `FAC`"). */
const prefixes = [...rulesPage.matchAll(/^#+ .*— `([A-Z]+)`$/gm)].map((m) => m[1]);
const idPattern = new RegExp(`\\b(?:${prefixes.join("|")})-\\d+\\b`, "g");
const idsIn = (text: string) => new Set(text.match(idPattern) ?? []);
const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

const listed = new Set([...rulesPage.matchAll(/^- \*\*([A-Z]+-\d+)\*\*/gm)].map((m) => m[1]));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? testFiles(join(dir, entry.name)) : entry.name.endsWith(".test.ts") ? [join(dir, entry.name)] : [],
  );
}
/** The titles of every `describe`, `it` and `test` under test/ (their first argument, a string literal). */
const titles = testFiles(join(root, "test")).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/\b(?:describe|it|test)(?:\.\w+)*(?:\([^()]*\))?\(\s*(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map(
    (m) => m[2],
  ),
);

describe("the rule IDs in docs/domain", () => {
  it("rules.md lists each rule family and every rule once, including those the amendment pages add", () => {
    expect(prefixes).toEqual(["STAFF", "ID", "FAC", "PAT", "HT", "REF", "TP", "ER", "APR", "MDS", "APPT", "REIMB", "KZ"]);
    const everywhere = new Set<string>();
    for (const name of readdirSync(domainDocs).filter((n) => n.endsWith(".md")))
      for (const id of idsIn(readFileSync(join(domainDocs, name), "utf8"))) everywhere.add(id);
    expect(sorted(everywhere)).toEqual(sorted(listed));
    expect([...rulesPage.matchAll(/^- \*\*([A-Z]+-\d+)\*\*/gm)].length).toBe(listed.size);
  });

  it("rules.md lists every rule ID of the original specification (../shared/DOMAIN.md) when it is beside the repository", () => {
    const specification = join(root, "..", "shared", "DOMAIN.md");
    const specified = existsSync(specification) ? idsIn(readFileSync(specification, "utf8")) : new Set<string>();
    expect(sorted([...specified].filter((id) => !listed.has(id)))).toEqual([]);
  });

  it("every rule ID is named by a test", () => {
    const named = (id: string) => titles.some((title) => new RegExp(`\\b${id}\\b`).test(title));
    expect(listed.size).toBeGreaterThan(80);
    expect(sorted([...listed].filter((id) => !named(id)))).toEqual([]);
  });
});
