import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { and, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  domainEvents,
  facilities,
  MDS_METRICS as METRICS,
  mdsDispatches,
  mdsPeriodTotals,
  mdsRows,
  monthlySubmissionHistory,
  mdsSubmissions,
  type MdsMetric,
} from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { subscribedReceiver } from "../support/webhook-receiver.js";

/** 5 November 2026, noon in Istanbul: October's data is open, due on the 10th. */
const NOW = "2026-11-05T09:00:00Z";

let app: TestApp;
let coordination: string;
let facilitiesByProvince: Map<string, string[]>;
const gid = (id: string) => Buffer.from(`Facility:${id}`).toString("base64url");

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  const rows = await app.db.select({ id: facilities.id, provinceCode: facilities.provinceCode }).from(facilities).orderBy(facilities.code);
  facilitiesByProvince = new Map();
  for (const row of rows)
    if (row.provinceCode) facilitiesByProvince.set(row.provinceCode, [...(facilitiesByProvince.get(row.provinceCode) ?? []), gid(row.id)]);
});
afterAll(() => app?.stop());

/** An event's data, whatever its subject (the tests read a few fields). */
const data = (event: { data: unknown }) => event.data as Record<string, unknown>;

/** What a replayed mutation must not add to. */
const writtenRows = async () => ({
  submissions: await app.db.$count(mdsSubmissions),
  history: await app.db.$count(monthlySubmissionHistory),
  dispatches: await app.db.$count(mdsDispatches),
  events: await app.db.$count(domainEvents),
});

const save = `mutation ($input: SaveMonthlyDraftInput!) { saveMonthlyDraft(input: $input) { submission { id status revision version } userErrors { field code message rule } } }`;
const submit = `mutation ($input: SubmitMonthlySubmissionInput!) { submitMonthlySubmission(input: $input) { submission { id status revision version } userErrors { code rule message } } }`;
const accept = `mutation ($input: AcceptMonthlySubmissionInput!) { acceptMonthlySubmission(input: $input) { submission { status version } userErrors { code rule message } } }`;

/** Deterministic counts for a province, facility and nationality (the test's own independent data). */
const countsFor = (province: string, facilityIndex: number, nationality: string, period: string) =>
  Object.fromEntries(
    METRICS.map((m, i) => [
      m,
      (Number(province) * 7 + facilityIndex * 13 + i * 3 + (nationality === "SY" ? 5 : 1) + (period.endsWith("09") ? 2 : 0)) % 97,
    ]),
  ) as Record<(typeof METRICS)[number], number>;

const rowsFor = (province: string, period: string) =>
  (facilitiesByProvince.get(province) ?? []).flatMap((facilityId, index) =>
    ["SY", "IQ"].map((nationality) => ({ facilityId, nationality, ...countsFor(province, index, nationality, period) })),
  );

async function submitProvince(province: string, period: string): Promise<{ id: string; version: number }> {
  const token = await app.tokenFor("PROVINCIAL_DIRECTORATE", `province:${province}`);
  const saved = (await app.gql(save, { input: { period, rows: rowsFor(province, period) } }, token)).data!.saveMonthlyDraft;
  expect(saved.userErrors).toEqual([]);
  const submitted = (await app.gql(submit, { input: { period, expectedVersion: saved.submission.version } }, token)).data!
    .submitMonthlySubmission;
  expect(submitted.userErrors).toEqual([]);
  return submitted.submission;
}

describe("MDS-1 periods", () => {
  it("MDS-1 opens entry on the 1st for the previous month, not for the current one", async () => {
    const adana = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:01");
    const current = await app.gql(save, { input: { period: "2026-11", rows: [] } }, adana);
    expect(current.data!.saveMonthlyDraft.userErrors[0]).toMatchObject({ rule: "MDS-1", code: "NOT_OPEN", field: ["input", "period"] });
    expect((await app.gql(save, { input: { period: "2026-10", rows: [] } }, adana)).data!.saveMonthlyDraft.userErrors).toEqual([]);
    expect((await app.gql(save, { input: { period: "2026-13", rows: [] } }, adana)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("MDS-1 the due day is configurable (default the 10th)", async () => {
    const period = `query { monthlySubmissionPeriod(period: "2026-10") { opensOn dueOn } }`;
    expect((await app.gql(period, {}, coordination)).data!.monthlySubmissionPeriod).toEqual({ opensOn: "2026-11-01", dueOn: "2026-11-10" });
    await app.gql(`mutation { setMonthlySubmissionDueDay(input: { dueDay: 15 }) { settings { dueDay } } }`, {}, coordination);
    expect((await app.gql(period, {}, coordination)).data!.monthlySubmissionPeriod.dueOn).toBe("2026-11-15");
    await app.gql(`mutation { setMonthlySubmissionDueDay(input: { dueDay: 10 }) { settings { dueDay } } }`, {}, coordination);
  });
});

describe("MDS-2 rows", () => {
  it("MDS-2 refuses rows of another province's facility, negative counts and duplicates, row by row, storing nothing", async () => {
    const hatay = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:31");
    const own = facilitiesByProvince.get("31")![0];
    const foreign = facilitiesByProvince.get("06")![0];
    const base = { nationality: "SY", ...Object.fromEntries(METRICS.map((m) => [m, 1])) };
    const rows = [
      { ...base, facilityId: own },
      { ...base, facilityId: foreign },
      { ...base, facilityId: own, nationality: "IQ", births: -2 },
      { ...base, facilityId: own },
    ];
    const { data } = await app.gql(save, { input: { period: "2026-10", rows } }, hatay);
    expect(data!.saveMonthlyDraft.submission).toBeNull();
    expect(data!.saveMonthlyDraft.userErrors.map((e: any) => [e.field.join("."), e.code, e.rule])).toEqual([
      ["input.rows.1.facilityId", "FACILITY_OUTSIDE_PROVINCE", "MDS-2"],
      ["input.rows.2.births", "NEGATIVE_OR_FRACTION", "MDS-2"],
      ["input.rows.3.facilityId", "DUPLICATE_ROW", "MDS-2"],
    ]);
    expect((await app.gql(`{ monthlySubmission(period: "2026-10") { id } }`, {}, hatay)).data!.monthlySubmission).toBeNull();
    const fraction = await app.gql(save, { input: { period: "2026-10", rows: [{ ...base, facilityId: own, surgeries: 1.5 }] } }, hatay);
    expect(fraction.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("MDS-2 keeps one submission per province and period, and a province sees only its own", async () => {
    const kilis = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:79");
    const first = (await app.gql(save, { input: { period: "2026-10", rows: rowsFor("79", "2026-10") } }, kilis)).data!.saveMonthlyDraft
      .submission;
    const second = (await app.gql(save, { input: { period: "2026-10", rows: rowsFor("79", "2026-10").slice(0, 1) } }, kilis)).data!
      .saveMonthlyDraft.submission;
    expect(second.id).toBe(first.id);
    const gaziantep = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:27");
    expect(
      (await app.gql(`{ monthlySubmission(period: "2026-10", provinceCode: "79") { id } }`, {}, gaziantep)).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await app.gql(`{ monthlySubmission(period: "2026-10", provinceCode: "79") { rows { nationality } } }`, {}, kilis)).data!
        .monthlySubmission.rows,
    ).toHaveLength(1);
  });
});

describe("MDS-3 review cycle", () => {
  it("MDS-3 submitted → correction requested (rows and reasons) → resubmitted → accepted, every revision kept", async () => {
    const samsun = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:55");
    const submitted = await submitProvince("55", "2026-10");
    const editAfterSubmit = await app.gql(save, { input: { period: "2026-10", rows: [] } }, samsun);
    expect(editAfterSubmit.data!.saveMonthlyDraft.userErrors[0]).toMatchObject({ rule: "MDS-3", code: "NOT_EDITABLE" });
    const firstRow = rowsFor("55", "2026-10")[0];
    const corrected = (
      await app.gql(
        `mutation ($input: RequestSubmissionCorrectionInput!) { requestSubmissionCorrection(input: $input) { submission { status revision version } userErrors { code rule } } }`,
        {
          input: {
            id: submitted.id,
            expectedVersion: submitted.version,
            rows: [
              {
                facilityId: firstRow.facilityId,
                nationality: "SY",
                metric: "BIRTHS",
                reason: "Doğum sayısı yatış sayısından fazla olamaz",
              },
            ],
          },
        },
        coordination,
      )
    ).data!.requestSubmissionCorrection.submission;
    expect(corrected).toMatchObject({ status: "CORRECTION_REQUESTED", revision: 2 });
    const seen = await app.gql(
      `{ monthlySubmission(period: "2026-10") { status corrections { revision metric reason facility { id } } } }`,
      {},
      samsun,
    );
    expect(seen.data!.monthlySubmission.corrections).toEqual([
      { revision: 1, metric: "BIRTHS", reason: expect.stringContaining("Doğum"), facility: { id: firstRow.facilityId } },
    ]);
    const fixedRows = rowsFor("55", "2026-10").map((r, i) => (i === 0 ? { ...r, births: 0 } : r));
    const saved = (await app.gql(save, { input: { period: "2026-10", rows: fixedRows } }, samsun)).data!.saveMonthlyDraft.submission;
    const resubmitted = (await app.gql(submit, { input: { period: "2026-10", expectedVersion: saved.version } }, samsun)).data!
      .submitMonthlySubmission.submission;
    expect(resubmitted.status).toBe("RESUBMITTED");
    const revisions = await app.gql(
      `{ monthlySubmission(period: "2026-10") { r1: rows(revision: 1) { facility { id } nationality births } r2: rows(revision: 2) { facility { id } nationality births } history { fromStatus toStatus } } }`,
      {},
      samsun,
    );
    const birthsOfCorrectedRow = (rows: any[]) => rows.find((r) => r.facility.id === firstRow.facilityId && r.nationality === "SY").births;
    expect(birthsOfCorrectedRow(revisions.data!.monthlySubmission.r1)).toBe(firstRow.births);
    expect(birthsOfCorrectedRow(revisions.data!.monthlySubmission.r2)).toBe(0);
    expect(revisions.data!.monthlySubmission.history.map((h: any) => h.toStatus)).toEqual([
      "SUBMITTED",
      "CORRECTION_REQUESTED",
      "RESUBMITTED",
    ]);
    const accepted = (await app.gql(accept, { input: { id: submitted.id, expectedVersion: resubmitted.version } }, coordination)).data!
      .acceptMonthlySubmission;
    expect(accepted.submission.status).toBe("ACCEPTED");
    const again = (await app.gql(accept, { input: { id: submitted.id, expectedVersion: accepted.submission.version } }, coordination)).data!
      .acceptMonthlySubmission;
    expect(again.userErrors[0]).toMatchObject({ rule: "MDS-3", code: "INVALID_TRANSITION" });
    expect(again.userErrors[0].message).toContain("ACCEPTED");
  });
});

describe("MDS-4 to MDS-6: a full period of 81 provinces", () => {
  it("MDS-4 lists who has not submitted and who is overdue", async () => {
    app.clock.set("2026-11-11T09:00:00Z");
    try {
      const { data } = await app.gql(
        `{ monthlySubmissionPeriod(period: "2026-10") { provinces { province { code } status overdue } } }`,
        {},
        coordination,
      );
      const provinces = data!.monthlySubmissionPeriod.provinces;
      expect(provinces).toHaveLength(81);
      expect(provinces.find((p: any) => p.province.code === "34")).toEqual({
        province: { code: "34" },
        status: "NOT_STARTED",
        overdue: true,
      });
      expect(provinces.find((p: any) => p.province.code === "55")).toMatchObject({ status: "ACCEPTED", overdue: false });
    } finally {
      app.clock.set(NOW);
    }
    expect(
      (
        await app.gql(
          `{ monthlySubmissionPeriod(period: "2026-10") { period } }`,
          {},
          await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:01"),
        )
      ).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
  });

  it("MDS-5 consolidates an 81-province period with the change against the previous one, and exports CSV and Excel", async () => {
    // September for two provinces (the previous period), then October for all 81.
    for (const province of ["01", "06"]) {
      const { id, version } = await submitProvince(province, "2026-09");
      await app.gql(accept, { input: { id, expectedVersion: version } }, coordination);
    }
    const provinces = [...facilitiesByProvince.keys()].filter((p) => !["55", "79"].includes(p));
    for (const province of provinces) {
      const { id, version } = await submitProvince(province, "2026-10");
      await app.gql(accept, { input: { id, expectedVersion: version } }, coordination);
    }
    const kilis = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:79");
    const kilisSaved = (await app.gql(save, { input: { period: "2026-10", rows: rowsFor("79", "2026-10") } }, kilis)).data!.saveMonthlyDraft
      .submission;
    const kilisSubmitted = (
      await app.gql(
        submit,
        { input: { period: "2026-10", expectedVersion: kilisSaved.version, idempotencyKey: "kilis-2026-10-submit" } },
        kilis,
      )
    ).data!.submitMonthlySubmission.submission;
    const before = await writtenRows();
    const retried = (
      await app.gql(
        submit,
        { input: { period: "2026-10", expectedVersion: kilisSaved.version, idempotencyKey: "kilis-2026-10-submit" } },
        kilis,
      )
    ).data!.submitMonthlySubmission;
    expect(retried).toEqual({ submission: kilisSubmitted, userErrors: [] });
    // The replay answers the first result and writes no new history row or event.
    expect(await writtenRows()).toEqual(before);
    await app.gql(accept, { input: { id: kilisSubmitted.id, expectedVersion: kilisSubmitted.version } }, coordination);

    // The independent computation, from the test's own data.
    const expected = (period: string, list: string[], fixSamsun: boolean) => {
      const totals = Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<string, number>;
      for (const province of list) {
        rowsFor(province, period).forEach((row: any, i) => {
          for (const m of METRICS) totals[m] += fixSamsun && province === "55" && i === 0 && m === "births" ? 0 : row[m];
        });
      }
      return totals;
    };
    const october = expected("2026-10", [...facilitiesByProvince.keys()], true);
    const september = expected("2026-09", ["01", "06"], false);
    const { data } = await app.gql(
      `{ monthlyConsolidation(period: "2026-10") { acceptedProvinces previousPeriod national { metric value previousValue change } byNationality { nationality metric value } byProvince { province { code } metric value previousValue } } }`,
      {},
      coordination,
    );
    const consolidation = data!.monthlyConsolidation;
    expect(consolidation.acceptedProvinces).toBe(81);
    // The schema spells a metric in upper case (OUTPATIENT_VISITS); the rows' input fields are camelCase (outpatientVisits).
    const rowField = (metric: string) => metric.toLowerCase().replace(/_(.)/g, (_, c: string) => c.toUpperCase());
    expect(consolidation.national.map((l: any) => l.metric)).toContain("OUTPATIENT_VISITS");
    for (const line of consolidation.national) {
      const m = rowField(line.metric);
      expect(line).toEqual({ metric: line.metric, value: october[m], previousValue: september[m], change: october[m] - september[m] });
    }
    const sy = consolidation.byNationality.filter((l: any) => l.nationality === "SY").reduce((s: number, l: any) => s + l.value, 0);
    const iq = consolidation.byNationality.filter((l: any) => l.nationality === "IQ").reduce((s: number, l: any) => s + l.value, 0);
    expect(sy + iq).toBe(Object.values(october).reduce((a, b) => a + b, 0));
    expect(consolidation.byProvince.find((l: any) => l.province.code === "34" && l.metric === "SURGERIES").previousValue).toBeNull();

    const link = async (format: string) =>
      (
        await app.gql(
          `mutation ($format: ExportFormat!) { exportMonthlyConsolidation(input: { period: "2026-10", format: $format }) { link { url expiresAt } } }`,
          { format },
          coordination,
        )
      ).data!.exportMonthlyConsolidation.link;
    const xlsxLink = await link("XLSX");
    const xlsx = await fetch(xlsxLink.url.replace(/^https?:\/\/[^/]+/, app.origin));
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Toplam 2026-10", "Suriye (SY)", "Irak (IQ)"]);
    const totals = workbook.worksheets[0];
    expect(totals.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(totals.getRow(1).font?.bold).toBe(true);
    const last = totals.getRow(totals.rowCount);
    expect(last.getCell(2).value).toBe("Türkiye");
    METRICS.forEach((m, i) => expect(last.getCell(3 + i).value).toBe(october[m]));
    expect(totals.rowCount).toBe(1 + 81 + 1);

    const csv = await (await fetch((await link("CSV")).url.replace(/^https?:\/\/[^/]+/, app.origin))).text();
    const lines = parse(csv, { columns: true }) as { metric: string; value: string }[];
    expect(lines.filter((l) => l.metric === "outpatientVisits").reduce((s, l) => s + Number(l.value), 0)).toBe(october.outpatientVisits);

    app.clock.advance(6 * 60_000);
    try {
      expect((await fetch(xlsxLink.url.replace(/^https?:\/\/[^/]+/, app.origin))).status).toBe(410);
    } finally {
      app.clock.advance(-6 * 60_000);
    }
  }, 120_000); // 81 provinces submitted through GraphQL: minutes on a loaded 2-core machine

  it("MDS-6 records the monthly dispatch to HSGM with its letter number and date", async () => {
    const record = `mutation ($input: RecordSubmissionDispatchInput!) { recordSubmissionDispatch(input: $input) { dispatch { id recipient letterNumber letterDate } userErrors { code } } }`;
    await app.gql(
      record,
      {
        input: {
          period: "2026-10",
          recipient: "Göç Sağlığı Hizmetleri Dairesi Başkanlığı (HSGM)",
          letterNumber: "E-12345678-604.02-2026/88",
          letterDate: "2026-11-12",
        },
      },
      coordination,
    );
    const { data } = await app.gql(`{ monthlyDispatches(period: "2026-10") { recipient letterNumber letterDate } }`, {}, coordination);
    expect(data!.monthlyDispatches).toEqual([
      { recipient: expect.stringContaining("HSGM"), letterNumber: "E-12345678-604.02-2026/88", letterDate: "2026-11-12" },
    ]);
    const province = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:01");
    expect(
      (await app.gql(record, { input: { period: "2026-10", recipient: "x y", letterNumber: "1", letterDate: "2026-11-12" } }, province))
        .errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
  });
});

describe("conventions of the monthly submissions", () => {
  it("MDS-1 the due day is versioned: a stale expectedVersion is a CONFLICT naming the current one; a day not in every month is refused", async () => {
    const set = `mutation ($input: SetMonthlySubmissionDueDayInput!) { setMonthlySubmissionDueDay(input: $input) { settings { dueDay version } userErrors { field code rule } } }`;
    const { version } = (await app.gql(`{ monthlySubmissionSettings { dueDay version } }`, {}, coordination)).data!
      .monthlySubmissionSettings;
    const moved = (await app.gql(set, { input: { dueDay: 12, expectedVersion: version } }, coordination)).data!.setMonthlySubmissionDueDay;
    try {
      expect(moved).toEqual({ settings: { dueDay: 12, version: version + 1 }, userErrors: [] });
      const stale = await app.gql(set, { input: { dueDay: 14, expectedVersion: version } }, coordination);
      expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: version + 1 });
      const impossible = (await app.gql(set, { input: { dueDay: 31 } }, coordination)).data!.setMonthlySubmissionDueDay;
      expect(impossible).toEqual({ settings: null, userErrors: [{ field: ["input", "dueDay"], code: "NOT_A_DUE_DAY", rule: "MDS-1" }] });
      expect((await app.gql(`{ monthlySubmissionDueDay }`, {}, coordination)).data!.monthlySubmissionDueDay).toBe(12);
    } finally {
      await app.gql(set, { input: { dueDay: 10 } }, coordination);
    }
  });

  it("MDS-6 a dispatch retried with its idempotency key answers the first and records nothing new", async () => {
    const record = `mutation ($input: RecordSubmissionDispatchInput!) { recordSubmissionDispatch(input: $input) { dispatch { id period } userErrors { code } } }`;
    const input = {
      period: "2026-08",
      recipient: "İçişleri Bakanlığı Göç İdaresi Başkanlığı",
      letterNumber: "E-55555555-604.02-2026/41",
      letterDate: "2026-09-14",
      idempotencyKey: "dispatch-2026-08-goc",
    };
    const first = (await app.gql(record, { input }, coordination)).data!.recordSubmissionDispatch;
    expect(first.userErrors).toEqual([]);
    const before = await writtenRows();
    expect((await app.gql(record, { input }, coordination)).data!.recordSubmissionDispatch).toEqual(first);
    expect(await writtenRows()).toEqual(before);
    const { data } = await app.gql(`{ monthlyDispatches(period: "2026-08") { letterNumber } }`, {}, coordination);
    expect(data!.monthlyDispatches).toEqual([{ letterNumber: input.letterNumber }]);
  });

  it("MDS-3 the status history is append-only: the database refuses to change or delete it", async () => {
    const [entry] = await app.db.select().from(monthlySubmissionHistory).limit(1);
    expect(entry).toBeDefined();
    // The driver wraps the database's refusal: its cause says why.
    const refusal = (change: Promise<unknown>) =>
      change.then(
        () => "changed",
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    const where = eq(monthlySubmissionHistory.id, entry.id);
    expect(await refusal(app.db.update(monthlySubmissionHistory).set({ note: "rewritten" }).where(where))).toMatch(/append-only/);
    expect(await refusal(app.db.delete(monthlySubmissionHistory).where(where))).toMatch(/append-only/);
    expect(await app.db.select().from(monthlySubmissionHistory).where(where)).toEqual([entry]);
  });

  it("MDS-7 the unit corrects a submission itself: a new revision with its rows and its own history entry; the province is told and its revision stays", async () => {
    const istanbul = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:34");
    const hooks = await subscribedReceiver(app.gql, istanbul, ["monthlySubmission.corrected"]);
    try {
      const submitted = await submitProvince("34", "2026-09");
      const [first, second] = rowsFor("34", "2026-09");
      const correct = `mutation ($input: CorrectMonthlySubmissionInput!) { correctMonthlySubmission(input: $input) {
        submission { id status revision version history { fromStatus toStatus action comment } } userErrors { field code rule } } }`;
      const reason = "Doğum sayısı hastane kayıtlarıyla düzeltildi (telefonla teyit).";
      const corrected = { ...first, births: first.births + 3 };
      const outside = { ...second, facilityId: facilitiesByProvince.get("01")![0] };
      const refused = (
        await app.gql(correct, { input: { id: submitted.id, expectedVersion: submitted.version, rows: [outside], reason } }, coordination)
      ).data!.correctMonthlySubmission;
      expect(refused).toEqual({
        submission: null,
        userErrors: [{ field: ["input", "rows", "0", "facilityId"], code: "FACILITY_OUTSIDE_PROVINCE", rule: "MDS-2" }],
      });
      const byProvince = await app.gql(
        correct,
        { input: { id: submitted.id, expectedVersion: submitted.version, rows: [corrected], reason } },
        istanbul,
      );
      expect(byProvince.errors?.[0].extensions?.code).toBe("FORBIDDEN");

      const done = (
        await app.gql(correct, { input: { id: submitted.id, expectedVersion: submitted.version, rows: [corrected], reason } }, coordination)
      ).data!.correctMonthlySubmission;
      expect(done.userErrors).toEqual([]);
      expect(done.submission).toMatchObject({ status: "SUBMITTED", revision: 2, version: submitted.version + 1 });
      expect(done.submission.history.at(-1)).toEqual({
        fromStatus: "SUBMITTED",
        toStatus: "SUBMITTED",
        action: "correct",
        comment: reason,
      });

      const rowsOf = async (revision: number) =>
        (
          await app.gql(
            `query ($id: ID!, $revision: Int) { node(id: $id) { ... on MonthlySubmission { rows(revision: $revision) { facility { id } nationality births } } } }`,
            { id: submitted.id, revision },
            istanbul,
          )
        ).data!.node.rows.find((r: any) => r.facility.id === first.facilityId && r.nationality === first.nationality);
      expect([(await rowsOf(1)).births, (await rowsOf(2)).births]).toEqual([first.births, first.births + 3]);

      await app.server.jobs.deliverWebhooks();
      expect(hooks.accepted.map((e) => [e.type, e.subject.id, data(e).revision, data(e).reason])).toEqual([
        ["monthlySubmission.corrected", submitted.id, 2, reason],
      ]);
      const accepted = (await app.gql(accept, { input: { id: submitted.id, expectedVersion: done.submission.version } }, coordination))
        .data!.acceptMonthlySubmission;
      expect(accepted.submission.status).toBe("ACCEPTED");
      // MDS-5: the period's consolidation counts the accepted revision, the unit's correction included.
      const { data: september } = await app.gql(
        `{ monthlyConsolidation(period: "2026-09") { byProvince { province { code } metric value } } }`,
        {},
        coordination,
      );
      const istanbulBirths = september!.monthlyConsolidation.byProvince.find((l: any) => l.province.code === "34" && l.metric === "BIRTHS");
      expect(istanbulBirths.value).toBe(rowsFor("34", "2026-09").reduce((sum, row) => sum + row.births, 0) + 3);
      const afterAcceptance = (
        await app.gql(
          correct,
          { input: { id: submitted.id, expectedVersion: done.submission.version + 1, rows: [corrected], reason } },
          coordination,
        )
      ).data!.correctMonthlySubmission;
      expect(afterAcceptance.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION", rule: "MDS-7" })]);
    } finally {
      await hooks.stop();
    }
  });

  it("MDS-4 past the due day each overdue province hears monthlySubmission.overdue once, with the unit; another province hears nothing of it", async () => {
    const [adana, hatay] = await Promise.all(["01", "31"].map((p) => app.tokenFor("PROVINCIAL_DIRECTORATE", `province:${p}`)));
    const [adanaHooks, hatayHooks] = await Promise.all(
      [adana, hatay].map((t) => subscribedReceiver(app.gql, t, ["monthlySubmission.overdue"])),
    );
    try {
      // January 2027: December 2026 was due on the 10th, and November 2026 on 10 December; nothing of either is handed in yet.
      app.clock.set("2027-01-04T09:00:00Z");
      const draft = (await app.gql(save, { input: { period: "2026-12", rows: rowsFor("01", "2026-12") } }, adana)).data!.saveMonthlyDraft
        .submission;
      await submitProvince("31", "2026-12");
      expect(await app.server.jobs.notifyOverdueMonthlySubmissions()).toBe(81); // November only: December is not due yet
      app.clock.set("2027-01-12T09:00:00Z");
      expect(await app.server.jobs.notifyOverdueMonthlySubmissions()).toBe(80); // December: all but Hatay, which handed it in
      expect(await app.server.jobs.notifyOverdueMonthlySubmissions()).toBe(0); // once each

      await app.server.jobs.deliverWebhooks();
      const seen = (hooks: typeof adanaHooks) =>
        hooks.accepted.map((e) => [data(e).period, data(e).provinceCode, data(e).status, e.subject.type]).sort();
      expect(seen(adanaHooks)).toEqual([
        ["2026-11", "01", "NOT_STARTED", "Province"],
        ["2026-12", "01", "DRAFT", "MonthlySubmission"],
      ]);
      expect(adanaHooks.accepted.find((e) => data(e).period === "2026-12")!.subject.id).toBe(draft.id);
      expect(seen(hatayHooks)).toEqual([["2026-11", "31", "NOT_STARTED", "Province"]]);
      const told = await app.db.select().from(domainEvents).where(eq(domainEvents.type, "monthlySubmission.overdue"));
      expect(told.filter((e) => !e.audience.includes("COORDINATION_UNIT"))).toEqual([]);
      expect(told).toHaveLength(161);
    } finally {
      app.clock.set(NOW);
      await Promise.all([adanaHooks, hatayHooks].map((h) => h.stop()));
    }
  });

  it("MDS-5 every period's totals, kept as submissions are accepted, are the sums of the accepted revisions' rows", async () => {
    const sums = <T extends Record<MdsMetric, AnyColumn>>(columns: T) =>
      Object.fromEntries(METRICS.map((m) => [m, sql<number>`sum(${columns[m]})::int`])) as Record<MdsMetric, SQL<number>>;
    const fromRows = await app.db
      .select({
        period: mdsSubmissions.period,
        provinceCode: mdsSubmissions.provinceCode,
        nationality: mdsRows.nationality,
        ...sums(mdsRows),
      })
      .from(mdsRows)
      .innerJoin(mdsSubmissions, and(eq(mdsSubmissions.id, mdsRows.submissionId), eq(mdsSubmissions.revision, mdsRows.revision)))
      .where(eq(mdsSubmissions.status, "ACCEPTED"))
      .groupBy(mdsSubmissions.period, mdsSubmissions.provinceCode, mdsRows.nationality);
    const t = mdsPeriodTotals;
    const kept = await app.db
      .select({ period: t.period, provinceCode: t.provinceCode, nationality: t.nationality, ...sums(t) })
      .from(t)
      .groupBy(t.period, t.provinceCode, t.nationality);
    const key = (row: { period: string; provinceCode: string; nationality: string }) =>
      `${row.period} ${row.provinceCode} ${row.nationality}`;
    const ordered = <R extends { period: string; provinceCode: string; nationality: string }>(rows: R[]) =>
      rows.sort((a, b) => key(a).localeCompare(key(b)));
    // 2026-09 (three provinces, Istanbul's corrected) and 2026-10 (all 81), each province with both nationalities.
    expect(fromRows.length).toBe((3 + 81) * 2);
    expect(ordered(kept)).toEqual(ordered(fromRows));
  });
});
