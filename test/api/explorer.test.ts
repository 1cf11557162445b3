import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../api/auth/clients.js";
import { configFromEnv } from "../../api/config.js";
import { startTestApp, type TestApp } from "../support/app.js";

/** Debian's chromium package (.ci/run installs it): browser builds cannot be downloaded here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const INTROSPECTION = `{ __schema { queryType { name } types { name } } }`;

let app: TestApp;
let browser: Browser;
/** A data directory other than the default, as KOORDINAT_DATA_DIR would set it. */
const dataDirConfig = configFromEnv({ NODE_ENV: "test", KOORDINAT_DATA_DIR: "/srv/koordinat-demo" });

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (set CHROMIUM_PATH for another)`);
  app = await startTestApp({ demoClientsFile: dataDirConfig.demoClientsFile });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("introspection without a token", () => {
  it("answers the schema where introspection is enabled, while every other field still needs a token", async () => {
    const introspection = await app.gql(INTROSPECTION);
    expect(introspection.status).toBe(200);
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data?.__schema.queryType.name).toBe("Query");
    expect(introspection.data?.__schema.types.length).toBeGreaterThan(100);

    const field = await app.gql(`{ provinces(first: 1) { totalCount } }`);
    expect(field.status).toBe(401);
    expect(field.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is refused where introspection is off (production's default)", async () => {
    const production = await startTestApp({ production: true, development: false, introspection: false, explorer: false });
    try {
      const response = await production.gql(INTROSPECTION);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0].message).toMatch(/introspection/i);
      const page = await fetch(`${production.origin}/graphql`, { headers: { accept: "text/html" } });
      expect(page.headers.get("content-type")).not.toMatch(/html/);
    } finally {
      await production.stop();
    }
  });
});

describe("the explorer in headless Chromium", () => {
  it("opens with loaded Docs, the real demo-clients path and no console or CSP errors, and runs a query with a demo token", async () => {
    const demo = await createClient(app.db, { role: "PROVINCIAL_DIRECTORATE", scope: "province:01", name: "Demo explorer", isDemo: true });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    // CSP violations are reported as console errors too; the event names the directive for a clearer failure.
    await page.addInitScript(
      `document.addEventListener("securitypolicyviolation", (event) => console.error("CSP " + event.violatedDirective + " blocked " + event.blockedURI));`,
    );

    await page.goto(`${app.origin}/graphql`);
    await expect.poll(() => page.locator("#status").innerText()).toBe("Demo clients: /srv/koordinat-demo/demo-clients.json");
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
    expect(await page.locator(".graphiql-query-editor").innerText()).toContain("provinces(first: 5)");

    await page.getByRole("button", { name: /documentation explorer/i }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).first().waitFor();
    expect(await docs.innerText()).not.toMatch(/error fetching schema/i);

    await page.fill("input[name=client_id]", demo.clientId);
    await page.fill("input[name=client_secret]", demo.clientSecret);
    await page.getByRole("button", { name: "Get token" }).click();
    await expect.poll(() => page.locator("#status").innerText()).toMatch(/^PROVINCIAL_DIRECTORATE token, valid 15 min/);

    await page.getByRole("button", { name: /execute query/i }).click();
    await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 15_000 }).toContain('"totalCount": 81');
    // Let late resources (fonts, workers) load or fail before the check.
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
    await page.close();
  });
});
