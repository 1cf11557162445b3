import { and, eq, sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import type { Executor } from "../../drizzle/database.js";
import { mdsPeriodTotals, mdsRows, mdsSubmissions } from "../../drizzle/schema/index.js";
import type { TpNationality } from "../../drizzle/schema/index.js";
import type { ReferenceData } from "../geography/reference-data.js";
import { changeOf, METRICS, NATIONALITIES, previousPeriod, type Change, type Metric } from "./rules.js";

export interface ProvinceNationalityTotals {
  provinceCode: string;
  nationality: TpNationality;
  values: Record<Metric, number>;
}

export interface Consolidation {
  period: string;
  previousPeriod: string;
  acceptedProvinces: number;
  national: ({ metric: Metric } & Change)[];
  byNationality: ({ nationality: TpNationality; metric: Metric } & Change)[];
  byProvince: ({ provinceCode: string; metric: Metric } & Change)[];
}

/** MDS-5: sums of the accepted revision of every accepted submission of a period, per province and nationality. */
export async function acceptedTotals(db: Executor, period: string): Promise<ProvinceNationalityTotals[]> {
  const t = mdsPeriodTotals;
  const metrics = Object.fromEntries(METRICS.map((m) => [m, t[m]])) as Record<Metric, (typeof t)[Metric]>;
  const rows = await db
    .select({ provinceCode: t.provinceCode, nationality: t.nationality, ...metrics })
    .from(t)
    .where(eq(t.period, period))
    .orderBy(t.provinceCode, t.nationality);
  return rows.map(({ provinceCode, nationality, ...values }) => ({ provinceCode, nationality, values }));
}

/** MDS-5: adds a submission's accepted revision to its period's totals; called in the transaction that accepts it. */
export async function addToPeriodTotals<Row extends { id: string }>(tx: Executor, accepted: Row): Promise<Row> {
  const sums = Object.fromEntries(METRICS.map((m) => [m, sql<number>`sum(${mdsRows[m]})::int`.as(m)]));
  await tx.insert(mdsPeriodTotals).select(
    tx
      .select({
        period: mdsSubmissions.period,
        provinceCode: mdsSubmissions.provinceCode,
        nationality: mdsRows.nationality,
        submissionId: mdsSubmissions.id,
        ...sums,
      })
      .from(mdsRows)
      .innerJoin(mdsSubmissions, and(eq(mdsSubmissions.id, mdsRows.submissionId), eq(mdsSubmissions.revision, mdsRows.revision)))
      .where(eq(mdsSubmissions.id, accepted.id))
      .groupBy(mdsSubmissions.id, mdsRows.nationality) as never,
  );
  return accepted;
}

const sumBy = <K>(totals: ProvinceNationalityTotals[], keyOf: (t: ProvinceNationalityTotals) => K, metric: Metric) => {
  const out = new Map<K, number>();
  for (const t of totals) out.set(keyOf(t), (out.get(keyOf(t)) ?? 0) + t.values[metric]);
  return out;
};

/** National totals by metric, by nationality and by province, each with the change against the previous period. */
export function consolidate(period: string, current: ProvinceNationalityTotals[], previous: ProvinceNationalityTotals[]): Consolidation {
  const hadPrevious = previous.length > 0;
  const prior = (value: number | undefined) => (hadPrevious ? (value ?? 0) : null);
  const national: Consolidation["national"] = [];
  const byNationality: Consolidation["byNationality"] = [];
  const byProvince: Consolidation["byProvince"] = [];
  for (const metric of METRICS) {
    const total = (list: ProvinceNationalityTotals[]) => list.reduce((sum, t) => sum + t.values[metric], 0);
    national.push({ metric, ...changeOf(total(current), prior(total(previous))) });
    const nowByNationality = sumBy(current, (t) => t.nationality, metric);
    const thenByNationality = sumBy(previous, (t) => t.nationality, metric);
    for (const nationality of NATIONALITIES) {
      byNationality.push({
        nationality,
        metric,
        ...changeOf(nowByNationality.get(nationality) ?? 0, prior(thenByNationality.get(nationality))),
      });
    }
    const nowByProvince = sumBy(current, (t) => t.provinceCode, metric);
    const thenByProvince = sumBy(previous, (t) => t.provinceCode, metric);
    for (const [provinceCode, value] of [...nowByProvince].sort(([a], [b]) => a.localeCompare(b))) {
      // A province with nothing accepted last period has no previous value, not zero.
      byProvince.push({ provinceCode, metric, ...changeOf(value, thenByProvince.get(provinceCode) ?? null) });
    }
  }
  return {
    period,
    previousPeriod: previousPeriod(period),
    acceptedProvinces: new Set(current.map((t) => t.provinceCode)).size,
    national,
    byNationality,
    byProvince,
  };
}

export async function consolidationOf(
  db: Executor,
  period: string,
): Promise<{ consolidation: Consolidation; current: ProvinceNationalityTotals[] }> {
  const [current, previous] = await Promise.all([acceptedTotals(db, period), acceptedTotals(db, previousPeriod(period))]);
  return { consolidation: consolidate(period, current, previous), current };
}

const metricHeadings: Record<Metric, string> = {
  outpatientVisits: "Poliklinik",
  emergencyVisits: "Acil",
  inpatientAdmissions: "Yatış",
  surgeries: "Ameliyat",
  births: "Doğum",
  intensiveCareAdmissions: "Yoğun bakım",
  referralsOut: "Sevk",
};

/** Long-format CSV: one line per province, nationality and metric. */
export function consolidationCsv(period: string, current: ProvinceNationalityTotals[], reference: ReferenceData): string {
  const lines = current.flatMap((t) =>
    METRICS.map((metric) => [
      period,
      t.provinceCode,
      reference.provinces.get(t.provinceCode)?.name ?? "",
      t.nationality,
      metric,
      t.values[metric],
    ]),
  );
  return stringify(lines, { header: true, columns: ["period", "province_code", "province", "nationality", "metric", "value"] });
}

/** The workbook: a sheet of totals and one per nationality; provinces down, metrics across, headers frozen. */
export async function consolidationWorkbook(
  period: string,
  current: ProvinceNationalityTotals[],
  reference: ReferenceData,
): Promise<Buffer> {
  // Loaded when a workbook is asked for: exceljs is the heaviest package the service loads, for one export.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Koordinat";
  workbook.created = new Date(0);
  const addSheet = (name: string, rows: ProvinceNationalityTotals[]) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
    sheet.columns = [
      { header: "İl kodu", key: "code", width: 9 },
      { header: "İl", key: "name", width: 18 },
      ...METRICS.map((m) => ({ header: metricHeadings[m], key: m, width: 14 })),
    ];
    const header = sheet.getRow(1);
    header.font = { bold: true, color: { argb: "FFFFFFFF" } };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF0B3954" } };
    const byProvince = new Map<string, Record<Metric, number>>();
    for (const t of rows) {
      const sums = byProvince.get(t.provinceCode) ?? (Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>);
      for (const m of METRICS) sums[m] += t.values[m];
      byProvince.set(t.provinceCode, sums);
    }
    for (const [code, sums] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
      sheet.addRow({ code, name: reference.provinces.get(code)?.name ?? "", ...sums });
    }
    const total = sheet.addRow({
      code: "",
      name: "Türkiye",
      ...Object.fromEntries(METRICS.map((m) => [m, rows.reduce((s, t) => s + t.values[m], 0)])),
    });
    total.font = { bold: true };
  };
  addSheet(`Toplam ${period}`, current);
  for (const nationality of NATIONALITIES)
    addSheet(
      nationality === "SY" ? "Suriye (SY)" : "Irak (IQ)",
      current.filter((t) => t.nationality === nationality),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
