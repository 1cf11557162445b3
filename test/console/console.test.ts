import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_CLIENT_ID } from "../../api/auth/principal.js";
import { demoStaff } from "../../api/staff/demo-staff.js";
import { buildDemoWorld, DEMO_WORLD } from "../../drizzle/seed/world.js";
import { consoleBuilt } from "../../scripts/console.mjs";
import { startTestApp, type TestApp } from "../support/app.js";
import { demoTotpCode, signIn as staffTokens } from "../support/staff-sign-in.js";

/** Debian's chromium package (.ci/run installs it): browser builds cannot be downloaded here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** Each screen's screenshot (gitignored). */
const SHOTS = join(process.cwd(), "test-output", "console");

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Console errors, page errors, CSP violations and failed requests of every page: none is expected. */
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const folder = await consoleBuilt();
  app = await startTestApp({ consoleDir: folder });
  app.clock.set(new Date().toISOString());
  await buildDemoWorld(app.db, app.clock);
  // A fresh profile per launch (playwright makes a temporary user-data-dir and removes it at close).
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await app?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.addInitScript(
    `document.addEventListener("securitypolicyviolation", (event) => console.error("CSP " + event.violatedDirective + " blocked " + event.blockedURI));`,
  );
  return page;
}

/**
 * Signs a demo staff account in to the console as a person would: the console's button, the provider's login page
 * (username, password), the TOTP page where the account has a second factor, and back to the console (PKCE S256:
 * oidc-client-ts sends the challenge, the provider requires it).
 */
async function signIn(username: string): Promise<Page> {
  const account = demoStaff(username);
  const page = await newPage();
  await page.goto(`${app.origin}/console/`);
  await page.getByRole("button", { name: "Giriş yap" }).click();
  await page.locator('input[name="username"]').fill(account.username);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  if (account.totpSecret) {
    await page.locator('input[name="totp"]').fill(await demoTotpCode(account));
    await page.locator('button[type="submit"]').click();
  }
  await menu(page).waitFor();
  return page;
}

const menu = (page: Page) => page.getByRole("navigation", { name: /Ana menü|Main menu/ });
/** An expression evaluated in the page (this file is compiled without the DOM's types). */
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

describe("the console is served at /console", () => {
  it("answers every app path with the app under the console's CSP, and a missing asset with 404", async () => {
    const page = await fetch(`${app.origin}/console/board`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${app.origin}/console/assets/missing.js`)).status).toBe(404);
  });
});

describe("DOC-3: the console's principals run the console's own documents only", () => {
  it("runs a console document sent by its hash, and refuses a document the console does not have", async () => {
    const token = (await staffTokens(app.origin, demoStaff("koordinasyon"))).access_token;
    const hashOf = await import("../../examples/console/src/gql/persisted-documents.json", { with: { type: "json" } });
    const [hash] = Object.entries(hashOf.default).find(([, document]) => document.startsWith("query ConsoleViewer"))!;
    const post = (body: unknown) =>
      fetch(app.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));
    const known = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(known.body.errors).toBeUndefined();
    expect(known.body.data.viewer).toMatchObject({ clientId: CONSOLE_CLIENT_ID, role: "COORDINATION_UNIT" });

    const changed = await post({ query: "query ConsoleViewer { viewer { clientId name role scope trustedDocumentsOnly } }" });
    expect(changed.status).toBe(403);
    expect(changed.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(changed.body.errors[0].message).toMatch(/operations console runs only its own documents/);
  });
});

// A sign-in is several pages and redirects in a real browser: on a loaded machine more than the default 30 s.
describe("the operations console in headless Chromium", { timeout: 120_000 }, () => {
  it("signs in with PKCE and TOTP, shows the provinces' submissions for a period and Adana's rows, and the consolidation with its Excel download", async () => {
    const page = await signIn("koordinasyon");
    await shot(page, "board");
    await menu(page).getByRole("link", { name: "Aylık bildirimler" }).click();
    await page.getByRole("heading", { level: 1, name: "Aylık bildirimler" }).waitFor();
    const period = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 2, 1)).toISOString().slice(0, 7);
    await page.getByLabel("Dönem", { exact: true }).fill(period);
    await page.getByRole("button", { name: "Göster" }).click();
    const grid = page.getByTestId("province-grid");
    // The period asked for, not the one shown before it (the grid stays while the next one loads).
    await expect.poll(() => page.locator("#grid-title").innerText()).toContain(period);
    await expect.poll(() => grid.locator("button").count()).toBe(81);
    await expect.poll(() => grid.locator(`[data-province="${DEMO_WORLD.province}"]`).getAttribute("data-state")).toBe("SUBMITTED");
    expect(await grid.locator("button.overdue").count()).toBeGreaterThan(70);
    await grid.locator(`[data-province="${DEMO_WORLD.province}"]`).click();
    const detail = page.getByTestId("province-submission");
    await expect.poll(() => detail.locator("h2").innerText()).toContain("SUBMITTED");
    expect(await detail.locator("tbody tr").count()).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Excel olarak indir" }).click();
    const link = page.getByTestId("download-link");
    await link.waitFor();
    const download = await fetch((await link.getAttribute("href"))!);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toContain("spreadsheetml");
    await shot(page, "submissions");
  });

  it("accepts a referral at the destination hospital, and the coordination board moves it live", async () => {
    const board = await signIn("koordinasyon");
    const waiting = board.getByTestId("waiting-destination");
    await waiting.locator("li.referral").first().waitFor();
    const referral = await waiting.locator(`li.referral[data-status="PLACED"]`).first().getAttribute("data-referral");
    expect(referral).toBeTruthy();

    const hospital = await signIn("bilkent");
    const item = hospital.getByTestId("waiting-destination").locator(`li[data-referral="${referral}"]`);
    await item.getByRole("button", { name: /^Kabul et/ }).click();
    await item
      .getByText("Sevk kabul edildi")
      .or(hospital.getByTestId("under-way").locator(`li[data-referral="${referral}"]`))
      .first()
      .waitFor();

    // No reload: the `events` subscription brought the change.
    await board.getByTestId("under-way").locator(`li[data-referral="${referral}"]`).waitFor({ timeout: 15_000 });
    expect(await waiting.locator(`li[data-referral="${referral}"]`).count()).toBe(0);
    expect(await board.getByTestId("last-event").innerText()).toContain("referral.accepted");
    await shot(board, "board-live");
    await shot(hospital, "board-hospital");
  });

  it("shows the approval inbox with each chain's steps, and appointment adequacy per facility", async () => {
    const page = await signIn("koordinasyon");
    await menu(page).getByRole("link", { name: "Onay kutusu" }).click();
    await page.locator("li[data-approval]").first().waitFor();
    expect(await page.locator("li[data-approval] ol.steps li").count()).toBeGreaterThan(2);
    expect(await page.locator("li[data-approval]").first().innerText()).toMatch(/Adımda geçen süre/);
    await shot(page, "approvals");
    await menu(page).getByRole("link", { name: "Randevu yeterliliği" }).click();
    await page.getByRole("heading", { level: 2, name: /Hafta başı/ }).waitFor();
    await shot(page, "adequacy");
  });

  it("SGK reviews a claim: reads the itemised statement with its rule IDs, approves it", async () => {
    // Every half-year up to today has its coefficient, so the demo world's claims are calculated when filed.
    const page = await signIn("sgk.inceleme");
    await page.getByLabel("Durum").selectOption("CALCULATED");
    const row = page.locator(`tr[data-status="CALCULATED"]`).first();
    await row.waitFor();
    await row.getByRole("button").click();
    const review = page.getByTestId("claim-review");
    await expect.poll(() => review.locator("h2").innerText()).toContain("CALCULATED");
    await review.locator("table.statement tbody tr").first().waitFor();
    expect(await review.locator("table.statement .rule").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^REIMB-\d+$/)]),
    );
    await shot(page, "claim-statement");
    await review.getByRole("button", { name: "Onayla" }).click();
    await expect.poll(() => review.locator("h2").innerText()).toContain("APPROVED");
    await shot(page, "claims");
  });

  it("REIMB-11: a rejection naming no rule is refused, and the console shows the rule and the sentence as the API gives them", async () => {
    const page = await signIn("sgk.inceleme");
    await page.getByLabel("Durum").selectOption("CALCULATED");
    const row = page.locator(`tr[data-status="CALCULATED"]`).first();
    await row.waitFor();
    await row.getByRole("button").click();
    const review = page.getByTestId("claim-review");
    await review.getByLabel("Ret gerekçesi").fill("Belge eksik");
    await review.getByRole("button", { name: "Reddet" }).click();
    const alert = review.getByRole("alert");
    await alert.waitFor();
    expect(await alert.locator(".rule").first().innerText()).toBe("REIMB-11");
    expect(await alert.innerText()).toContain("A rejection names the failing rule IDs (REIMB-1..REIMB-13).");
    await shot(page, "refusal");
  });

  it("shows the access log to the auditor, with the person who read: filtered by person, then by patient", async () => {
    const page = await signIn("denetci");
    await menu(page).getByRole("link", { name: "Erişim kaydı" }).click();
    const log = page.getByTestId("access-log");
    await log.locator("tbody tr").first().waitFor();
    // The coordination unit's person read patients on the board above: the log names them.
    await page.getByLabel("Kişi (kullanıcı adı)").fill("koordinasyon");
    await page.getByRole("button", { name: "Uygula" }).click();
    await expect
      .poll(
        async () =>
          new Set(await log.locator("tbody tr td[data-person]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-person")))),
      )
      .toEqual(new Set(["koordinasyon"]));
    const patient = await log.locator("tbody tr td code").first().innerText();
    await page.getByLabel("Kişi (kullanıcı adı)").fill("");
    await page.getByLabel("Hasta kimliği").fill(patient);
    await page.getByRole("button", { name: "Uygula" }).click();
    await expect.poll(async () => new Set(await log.locator("tbody tr td:nth-child(8) code").allInnerTexts())).toEqual(new Set([patient]));
    await shot(page, "access-log");
  });

  it("is usable by keyboard: skip link, the menu in order with a visible focus, and the language switch", async () => {
    const page = await signIn("koordinasyon");
    await page.keyboard.press("Tab");
    expect(await inPage<string>(page, "document.activeElement?.textContent")).toBe("İçeriğe geç");
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      names.push(await inPage<string>(page, `document.activeElement?.textContent ?? ""`));
    }
    expect(names).toEqual(["Koordinasyon panosu", "Aylık bildirimler", "Onay kutusu", "Randevu yeterliliği"]);
    const outline = await inPage<string>(page, "getComputedStyle(document.activeElement).outlineStyle");
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Randevu yeterliliği" }).waitFor();
    expect(page.url()).toBe(`${app.origin}/console/adequacy`);
    expect(await inPage<string>(page, "document.activeElement?.id")).toBe("main");
    // The language switch, by keyboard: English labels, <html lang="en">.
    await page.getByRole("button", { name: /Dil: English/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Appointment adequacy" }).waitFor();
    expect(await inPage<string>(page, "document.documentElement.lang")).toBe("en");
    await shot(page, "keyboard-english");
  });

  it("signs out at the provider and back to the console's sign-in page; the old access token no longer works", async () => {
    const page = await signIn("koordinasyon");
    const token = await inPage<string>(
      page,
      `JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith("oidc.user")))).access_token`,
    );
    expect((await app.gql(`{ viewer { role } }`, {}, token)).status).toBe(403);
    await page.getByRole("button", { name: "Çıkış yap" }).click();
    // The provider asks the person to confirm (its RP-initiated logout page), then returns to /console/.
    await page.locator('button[name="logout"]').click();
    await page.getByRole("button", { name: "Giriş yap" }).waitFor();
    expect(page.url()).toBe(`${app.origin}/console/`);
    expect((await app.gql(`{ viewer { role } }`, {}, token)).status).toBe(401);
    expect(await inPage<string[]>(page, `Object.keys(sessionStorage).filter((key) => key.startsWith("oidc.user"))`)).toEqual([]);
    await shot(page, "signed-out");
  });

  describe("the coordination unit's actions, through the schema, with the API's refusals", () => {
    /** One signed-in coordination unit for these three (its TOTP sign-in is the slow part, and a code is used once). */
    let unitPage: Promise<Page> | undefined;
    const unit = () => (unitPage ??= signIn("koordinasyon"));
    /** A machine client of the coordination unit, to set the scene and read the server's state. */
    const api = async <T = any>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await app.gql<T>(query, variables, await app.tokenFor("COORDINATION_UNIT", "national"));
      expect(response.errors).toBeUndefined();
      return response.data!;
    };

    it("REF-2: places a waiting referral with a facility that has its clinic; a cancellation without a reason is refused with its rule", async () => {
      const { origin, destination, patients } = await api(
        `{ origin: facilityByCode(code: "${DEMO_WORLD.originHospital}") { id }
           destination: facilityByCode(code: "${DEMO_WORLD.destinationHospital}") { id name }
           patients(first: 20) { edges { node { id category } } } }`,
      );
      const patient = patients.edges.map((e: any) => e.node).find((p: any) => p.category !== "TEMPORARY_PROTECTION");
      const created = await api(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { rule message } } }`,
        {
          input: {
            patientId: patient.id,
            originFacilityId: origin.id,
            clinicCode: "CARDIOLOGY",
            requestingPhysician: "Uzm. Dr. Elif Kaya",
            diagnosisIcd10: "I20.0",
            urgency: "URGENT",
            medicalGrounds: "OTHER",
            accessJustification: "Kararsız angina; ileri merkezde koroner anjiyografi gerekiyor.",
          },
        },
      );
      expect(created.createReferral.userErrors).toEqual([]);
      const referral = created.createReferral.referral.id as string;

      const page = await unit();
      await menu(page).getByRole("link", { name: "Koordinasyon panosu" }).click();
      const item = page.getByTestId("waiting-origin").locator(`li[data-referral="${referral}"]`);
      await item.waitFor();

      await item.getByRole("button", { name: "Sevki iptal et" }).click();
      const alert = item.getByRole("alert");
      await alert.waitFor();
      expect(await alert.locator(".rule").first().innerText()).toBe("REF-2");
      expect(await alert.innerText()).toContain("A cancellation gives its reason.");
      await shot(page, "board-refusal");

      // By keyboard: the facility chosen, Tab to the button (its focus visible), Enter.
      const select = item.getByLabel(/^Yerleştirilecek kurum/);
      await select.selectOption(destination.id);
      await select.focus();
      await page.keyboard.press("Tab");
      expect(await inPage<string>(page, "document.activeElement?.textContent")).toBe("Yer ayır");
      expect(await inPage<string>(page, "getComputedStyle(document.activeElement).outlineStyle")).not.toBe("none");
      await page.keyboard.press("Enter");
      await page.getByTestId("waiting-destination").locator(`li[data-referral="${referral}"]`).waitFor();
      expect(await page.getByTestId("waiting-origin").locator(`li[data-referral="${referral}"]`).count()).toBe(0);
      const stored = await api(`query ($id: ID!) { referral(id: $id) { status destinationFacility { code } history { action } } }`, {
        id: referral,
      });
      expect(stored.referral).toMatchObject({ status: "PLACED", destinationFacility: { code: DEMO_WORLD.destinationHospital } });
      expect(stored.referral.history.map((h: any) => h.action)).toEqual(["create", "place"]);
      await shot(page, "board-placed");
    });

    it("TP-3/TP-4: a temporary-protection referral out of the province is refused while Adana has the clinic; escalated to the unit, the unit places it there", async () => {
      const { origin, destination, patients } = await api(
        `{ origin: facilityByCode(code: "${DEMO_WORLD.originHospital}") { id }
           destination: facilityByCode(code: "${DEMO_WORLD.destinationHospital}") { id province { code } }
           patients(first: 1, filter: { category: TEMPORARY_PROTECTION }) { edges { node { id } } } }`,
      );
      const created = await api(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { rule message } } }`,
        {
          input: {
            patientId: patients.edges[0].node.id,
            originFacilityId: origin.id,
            clinicCode: "CARDIOLOGY",
            requestingPhysician: "Uzm. Dr. Elif Kaya",
            diagnosisIcd10: "I21.9",
            urgency: "URGENT",
            medicalGrounds: "OTHER",
            provision: { valid: true, reference: "PRV-01-2026-0042" },
            accessJustification: "Geçici koruma altındaki hasta; kardiyoloji kliniğinde ileri tedavi gerekiyor.",
          },
        },
      );
      expect(created.createReferral.userErrors).toEqual([]);
      const referral = created.createReferral.referral.id as string;

      const page = await unit();
      await menu(page).getByRole("link", { name: "Koordinasyon panosu" }).click();
      const item = page.getByTestId("waiting-origin").locator(`li[data-referral="${referral}"]`);
      const destinationSelect = item.getByLabel(/^Yerleştirilecek kurum/);
      const place = async () => {
        // The destinations narrowed to the hospital's province: none of another province is offered.
        await item.getByLabel("İl", { exact: true }).selectOption(destination.province.code);
        await expect
          .poll(() => destinationSelect.locator("option").evaluateAll((options) => options.map((o) => o.textContent ?? "")))
          .toSatisfy(
            (texts: string[]) => texts.length > 1 && texts.slice(1).every((text) => text.endsWith(`(${destination.province.code})`)),
          );
        await destinationSelect.selectOption(destination.id);
        await item.getByRole("button", { name: "Yer ayır" }).click();
      };

      // Out of the province while Adana's hospitals with the clinic have not declined: refused.
      await place();
      const alert = item.getByRole("alert");
      await alert.waitFor();
      expect(await alert.locator(".rule").first().innerText()).toBe("TP-3");
      expect(await alert.innerText()).toContain("Temporary protection: refer within the province first");
      await shot(page, "board-tp-refusal");

      await item.getByRole("button", { name: "Birime aktar (TP-4)" }).click();
      await expect.poll(() => item.getAttribute("data-status")).toBe("ESCALATED");
      const chainRow = page.getByTestId("tp-chain").locator("tbody tr", { hasText: "ESCALATED" });
      // The chain's fourth step (TP-4, escalated to the unit) is the one under way.
      expect(await chainRow.locator("td.step").nth(3).getAttribute("class")).toBe("step current");

      // Escalated, the unit coordinates with any suitable hospital (TP-4): Ankara is now allowed.
      await place();
      await page.getByTestId("waiting-destination").locator(`li[data-referral="${referral}"]`).waitFor();
      const stored = await api(`query ($id: ID!) { referral(id: $id) { status scope destinationFacility { code } history { action } } }`, {
        id: referral,
      });
      expect(stored.referral).toMatchObject({
        status: "PLACED",
        scope: "OUT_OF_PROVINCE",
        destinationFacility: { code: DEMO_WORLD.destinationHospital },
      });
      expect(stored.referral.history.map((h: any) => h.action)).toEqual(["create", "escalate", "place"]);
      await shot(page, "board-tp-placed");
    });

    it("MDS-3: sends Adana's submission back with a row and its reason, then accepts the resubmission; the grid's colour follows", async () => {
      const period = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 2, 1)).toISOString().slice(0, 7);
      const page = await unit();
      const openAdana = async (state: string) => {
        await menu(page).getByRole("link", { name: "Aylık bildirimler" }).click();
        await page.getByLabel("Dönem", { exact: true }).fill(period);
        await page.getByRole("button", { name: "Göster" }).click();
        await expect.poll(() => page.locator("#grid-title").innerText()).toContain(period);
        const adana = page.getByTestId("province-grid").locator(`[data-province="${DEMO_WORLD.province}"]`);
        await expect.poll(() => adana.getAttribute("data-state")).toBe(state);
        await adana.click();
        await expect.poll(() => page.getByTestId("province-submission").locator("h2").innerText()).toContain(state);
        return adana;
      };
      const stored = async () =>
        (
          await api(
            `query ($period: String!) { monthlySubmission(period: $period, provinceCode: "${DEMO_WORLD.province}") {
               status revision corrections { metric reason } } }`,
            { period },
          )
        ).monthlySubmission;

      let adana = await openAdana("SUBMITTED");
      const detail = page.getByTestId("province-submission");
      await detail.getByLabel("Düzeltme gerekçesi").fill("Acil başvuru sayısı HBYS kaydıyla uyuşmuyor.");
      // No row chosen: the API names the rule.
      await detail.getByRole("button", { name: "Düzeltme iste" }).click();
      const alert = detail.getByRole("alert");
      await alert.waitFor();
      expect(await alert.locator(".rule").first().innerText()).toBe("MDS-3");
      expect(await alert.innerText()).toContain("Name at least one row to correct, with the reason.");
      await shot(page, "submission-refusal");

      await detail
        .getByRole("checkbox", { name: /^Düzeltilecek: / })
        .first()
        .check();
      await detail.getByLabel("Gösterge").selectOption("EMERGENCY_VISITS");
      await detail.getByRole("button", { name: "Düzeltme iste" }).click();
      await expect.poll(() => adana.getAttribute("data-state")).toBe("CORRECTION_REQUESTED");
      await expect.poll(() => detail.locator("h2").innerText()).toContain("CORRECTION_REQUESTED");
      expect(await stored()).toMatchObject({
        status: "CORRECTION_REQUESTED",
        corrections: [{ metric: "EMERGENCY_VISITS", reason: "Acil başvuru sayısı HBYS kaydıyla uyuşmuyor." }],
      });
      await shot(page, "submission-correction-requested");

      // Adana's directorate corrects the flagged row in its console and hands the new revision in.
      const directorate = await signIn("adana.il");
      await menu(directorate).getByRole("link", { name: "Aylık bildirimler" }).click();
      await directorate.getByLabel("Dönem", { exact: true }).fill(period);
      await directorate.getByRole("button", { name: "Göster" }).click();
      const own = directorate.getByTestId("province-submission");
      await expect.poll(() => own.locator("h2").innerText()).toContain("CORRECTION_REQUESTED");
      const flagged = own.getByRole("spinbutton", { name: /· SY · emergencyVisits$/ }).first();
      const facility = (await flagged.getAttribute("aria-label"))!.split(" · ")[0];
      const corrected = Number(await flagged.inputValue()) + 3;
      await flagged.fill(String(corrected));
      await own.getByRole("button", { name: "Taslağı kaydet" }).click();
      await expect.poll(() => own.getByRole("button", { name: "Bildirimi gönder" }).isEnabled()).toBe(true);
      await own.getByRole("button", { name: "Bildirimi gönder" }).click();
      await expect.poll(() => own.locator("h2").innerText()).toContain("RESUBMITTED");
      await shot(directorate, "submission-resubmitted");
      const resubmitted = (
        await api(
          `query ($period: String!) { monthlySubmission(period: $period, provinceCode: "${DEMO_WORLD.province}") {
             status revision rows { facility { name } nationality emergencyVisits } } }`,
          { period },
        )
      ).monthlySubmission;
      expect(resubmitted).toMatchObject({ status: "RESUBMITTED", revision: 2 });
      expect(resubmitted.rows).toContainEqual({ facility: { name: facility }, nationality: "SY", emergencyVisits: corrected });

      await page.reload();
      adana = await openAdana("RESUBMITTED");
      await detail.getByRole("button", { name: "Bildirimi kabul et" }).click();
      await expect.poll(() => adana.getAttribute("data-state")).toBe("ACCEPTED");
      expect(await stored()).toMatchObject({ status: "ACCEPTED" });
      // MDS-5: the consolidation counts the accepted province.
      await expect.poll(() => page.getByTestId("consolidation").innerText()).toContain("Kabul edilen il: 1");
      await shot(page, "submission-accepted");
    });

    it("APR-2: decides the unit's own step by keyboard and the chain moves on; an approver's step is refused with its rule", async () => {
      const started = await api(
        `mutation ($input: StartApprovalInput!) { startApproval(input: $input) { approval { id } userErrors { rule message } } }`,
        {
          input: {
            templateCode: "OVERSEAS_PERSONNEL_DEPLOYMENT",
            title: "Somali görevlendirmesi (konsol)",
            subject: {
              overseasDeployment: {
                applicantName: "Uzm. Dr. Murat Şahin",
                employmentType: "PERMANENT_PUBLIC",
                countryCode: "SO",
                postingMonths: 6,
                documents: { photo: true, passport: true, payslip: true, workForm: true },
                requests: ["uçak bileti"],
              },
            },
          },
        },
      );
      expect(started.startApproval.userErrors).toEqual([]);
      const approval = started.startApproval.approval.id as string;

      const page = await unit();
      await menu(page).getByRole("link", { name: "Onay kutusu" }).click();
      // The demo world's monthly report waits for an approver: the unit prepared it and does not hold that step.
      const report = page.locator("li[data-approval]", { hasText: "Aylık Faaliyet Raporu" }).first();
      await report.waitFor();
      await report.getByLabel("Karar notu").fill("Uygun görülmüştür.");
      await report.getByRole("button", { name: "Karar ver" }).click();
      const alert = report.getByRole("alert");
      await alert.waitFor();
      expect(await alert.locator(".rule").first().innerText()).toBe("APR-2");
      expect(await alert.innerText()).toMatch(/is decided by [A-Z_]+, not COORDINATION_UNIT\./);
      await shot(page, "approval-refusal");

      // The unit's own first step (PREPARATION), by keyboard: the note, then Enter submits the form.
      const card = page.locator(`li[data-approval="${approval}"]`);
      await card.getByLabel("Karar", { exact: true }).waitFor();
      expect(await card.getByLabel("Karar", { exact: true }).locator("option").allInnerTexts()).toEqual(["Tamamla"]);
      await card.getByLabel("Karar notu").focus();
      await page.keyboard.type("Aday seçildi, belgeler tam.");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => card.locator("ol.steps > li").evaluateAll((steps) => steps.slice(0, 2).map((s) => s.className)))
        .toEqual(["done", "current"]);
      const stored = await api(`query ($id: ID!) { approval(id: $id) { status currentStep { index } history { decision comment } } }`, {
        id: approval,
      });
      expect(stored.approval).toMatchObject({
        status: "IN_PROGRESS",
        currentStep: { index: 1 },
        history: expect.arrayContaining([{ decision: "COMPLETE", comment: "Aday seçildi, belgeler tam." }]),
      });
      await shot(page, "approval-decided");
    });
  });

  it("had no console errors, CSP violations or failed requests on any page", () => {
    expect(problems).toEqual([]);
  });
});
