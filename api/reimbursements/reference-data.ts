import { and, asc, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Executor } from "../../drizzle/database.js";
import { roadDistances, settlementAreaHistory, settlementAreas, type RoadDistanceRow } from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { decideReimbursementWork } from "../auth/policy.js";
import { calendarDate } from "../platform/time/clock.js";
import { notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { inTransaction, refusingOnConstraint, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { ESTIMATED_ROAD_FACTOR, estimatedRoadKm } from "./rules/distance.js";
import type { DistanceFacts } from "./rules/facts.js";

/** A distance as the API shows it: the figure in force on a day, where it comes from, and the pair's dated rows. */
export interface RoadDistanceAnswer extends DistanceFacts {
  fromAreaCode: string;
  toAreaCode: string;
  on: string;
  /** The row in force (null when estimated). */
  validFrom: string | null;
  source: string;
  history: RoadDistanceRow[];
}

const MAX_ROAD_KM = 5000;
const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/**
 * REIMB-13: SGK's settlement areas and road distances as dated reference data. Every pair of known areas has a
 * distance on every day: the published or SGK-set row in force, else an estimate from the areas' coordinates.
 */
export class SgkReferenceDataService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The distances from one area to several on `day`, one statement for the rows and one for the coordinates. */
  async distancesFrom(from: string, to: string[], day: string, db: Executor = this.ctx.db): Promise<Map<string, DistanceFacts>> {
    const others = [...new Set(to.filter((code) => code !== from))];
    const result = new Map<string, DistanceFacts>(to.filter((code) => code === from).map((code) => [code, { km: 0, estimated: false }]));
    if (others.length === 0) return result;
    const [rows, areas] = await Promise.all([
      db
        .select()
        .from(roadDistances)
        .where(
          and(
            or(
              and(eq(roadDistances.fromCode, from), inArray(roadDistances.toCode, others)),
              and(eq(roadDistances.toCode, from), inArray(roadDistances.fromCode, others)),
            ),
            lte(roadDistances.validFrom, day),
          ),
        )
        .orderBy(desc(roadDistances.validFrom)),
      db
        .select({ code: settlementAreas.code, latitude: settlementAreas.latitude, longitude: settlementAreas.longitude })
        .from(settlementAreas)
        .where(inArray(settlementAreas.code, [from, ...others])),
    ]);
    const coordinates = new Map(areas.map((a) => [a.code, a]));
    for (const row of rows) {
      const other = row.fromCode === from ? row.toCode : row.fromCode;
      if (!result.has(other)) result.set(other, { km: row.km, estimated: false });
    }
    const origin = coordinates.get(from);
    for (const other of others) {
      const target = coordinates.get(other);
      if (!result.has(other) && origin && target) result.set(other, { km: estimatedRoadKm(origin, target), estimated: true });
    }
    return result;
  }

  /** One pair's distance on a day, with every dated row recorded for it. */
  async roadDistance(fromAreaCode: string, toAreaCode: string, on: string | null): Promise<RoadDistanceAnswer> {
    const day = on ?? calendarDate(this.ctx.clock.now());
    for (const code of [fromAreaCode, toAreaCode]) this.requireArea(code);
    const [a, b] = ordered(fromAreaCode, toAreaCode);
    const [distance, history] = await Promise.all([
      this.distancesFrom(fromAreaCode, [toAreaCode], day),
      this.ctx.db
        .select()
        .from(roadDistances)
        .where(and(eq(roadDistances.fromCode, a), eq(roadDistances.toCode, b)))
        .orderBy(asc(roadDistances.validFrom)),
    ]);
    const facts = distance.get(toAreaCode)!;
    const inForce = history.filter((row) => row.validFrom <= day).at(-1) ?? null;
    return {
      ...facts,
      fromAreaCode,
      toAreaCode,
      on: day,
      validFrom: inForce?.validFrom ?? null,
      source:
        fromAreaCode === toAreaCode
          ? "same settlement area"
          : (inForce?.source ?? `estimated: great-circle distance between the areas' reference points × ${ESTIMATED_ROAD_FACTOR}`),
      history,
    };
  }

  /** SGK sets a pair's road distance from a day on; earlier rows stay and keep applying before it. */
  async setRoadDistance(input: {
    fromAreaCode: string;
    toAreaCode: string;
    km: number;
    validFrom: string;
    source: string;
  }): Promise<MutationResult<RoadDistanceAnswer>> {
    authorise(decideReimbursementWork(this.ctx.principal, "keep the road distances"), "set a road distance");
    const errors: UserError[] = [];
    for (const field of ["fromAreaCode", "toAreaCode"] as const)
      if (!this.ctx.reference.settlementAreas.has(input[field]))
        errors.push(userError(["input", field], "UNKNOWN_SETTLEMENT_AREA", `There is no settlement area ${input[field]}.`, "REIMB-13"));
    if (input.fromAreaCode === input.toAreaCode)
      errors.push(userError(["input", "toAreaCode"], "SAME_AREA", "A distance joins two different settlement areas.", "REIMB-13"));
    if (!Number.isInteger(input.km) || input.km < 1 || input.km > MAX_ROAD_KM)
      errors.push(
        userError(["input", "km"], "KM_OUT_OF_RANGE", `A road distance is a whole number of km from 1 to ${MAX_ROAD_KM}.`, "REIMB-13"),
      );
    if (input.source.trim().length === 0)
      errors.push(userError(["input", "source"], "SOURCE_REQUIRED", "Say where the figure comes from.", "REIMB-13"));
    if (errors.length > 0) return { value: null, userErrors: errors };
    const [fromCode, toCode] = ordered(input.fromAreaCode, input.toAreaCode);
    const taken = userError(
      ["input", "validFrom"],
      "DISTANCE_EXISTS",
      `A distance for this pair already starts on ${input.validFrom}: rows are never changed; start the correction on another day.`,
      "REIMB-13",
    );
    const result = await refusingOnConstraint("road_distances_pkey", taken, () =>
      inTransaction(this.ctx.db, (tx) =>
        tx.insert(roadDistances).values({
          fromCode,
          toCode,
          km: input.km,
          validFrom: input.validFrom,
          source: input.source.trim(),
          createdByClientId: this.ctx.principal.clientId,
          createdAt: this.ctx.clock.now(),
        }),
      ),
    );
    if (result.userErrors.length > 0) return { value: null, userErrors: result.userErrors };
    return { value: await this.roadDistance(input.fromAreaCode, input.toAreaCode, input.validFrom), userErrors: [] };
  }

  /** SGK adds a settlement area (no expectedVersion) or changes one (the version it read); every version is kept. */
  async setSettlementArea(input: {
    code: string;
    provinceCode: string;
    name: string;
    latitude: number;
    longitude: number;
    effectiveFrom: string;
    expectedVersion?: number | null;
  }): Promise<MutationResult<typeof settlementAreas.$inferSelect>> {
    authorise(decideReimbursementWork(this.ctx.principal, "keep the settlement areas"), "set a settlement area");
    const errors: UserError[] = [];
    if (!/^\d{2}-\d{2,3}$/.test(input.code) || input.code.slice(0, 2) !== input.provinceCode)
      errors.push(
        userError(
          ["input", "code"],
          "BAD_AREA_CODE",
          "An area code is the province's plate code, a dash and a number, e.g. 06-04.",
          "REIMB-13",
        ),
      );
    if (!this.ctx.reference.provinces.has(input.provinceCode))
      errors.push(userError(["input", "provinceCode"], "UNKNOWN_PROVINCE", `There is no province ${input.provinceCode}.`, "REIMB-13"));
    if (input.name.trim().length < 2) errors.push(userError(["input", "name"], "NAME_REQUIRED", "An area has a name.", "REIMB-13"));
    // Türkiye's bounding box: a point outside it is a typo (swapped or mis-signed coordinates).
    if (!(input.latitude >= 35.8 && input.latitude <= 42.2))
      errors.push(userError(["input", "latitude"], "OUTSIDE_TURKEY", "The latitude is within Türkiye (35.8 to 42.2).", "REIMB-13"));
    if (!(input.longitude >= 25.6 && input.longitude <= 44.9))
      errors.push(userError(["input", "longitude"], "OUTSIDE_TURKEY", "The longitude is within Türkiye (25.6 to 44.9).", "REIMB-13"));
    const existing = this.ctx.reference.settlementAreas.get(input.code);
    if (existing && existing.provinceCode !== input.provinceCode)
      errors.push(userError(["input", "provinceCode"], "PROVINCE_FIXED", "An area stays in its province.", "REIMB-13"));
    if (!existing && input.expectedVersion != null)
      errors.push(userError(["input", "expectedVersion"], "NO_SUCH_AREA", "A new area is added without expectedVersion.", "REIMB-13"));
    if (existing && input.expectedVersion == null)
      errors.push(
        userError(
          ["input", "expectedVersion"],
          "AREA_EXISTS",
          `Area ${input.code} exists: give the version you read to change it.`,
          "REIMB-13",
        ),
      );
    if (errors.length > 0) return { value: null, userErrors: errors };
    const values = { provinceCode: input.provinceCode, name: input.name.trim(), latitude: input.latitude, longitude: input.longitude };
    const exists = userError(["input", "code"], "AREA_EXISTS", `Area ${input.code} was just added by someone else.`, "REIMB-13");
    const result = await refusingOnConstraint("settlement_areas_pkey", exists, () =>
      inTransaction(this.ctx.db, async (tx) => {
        const [row] = existing
          ? await tx
              .update(settlementAreas)
              .set({ ...values, version: sql`${settlementAreas.version} + 1` })
              .where(and(eq(settlementAreas.code, input.code), eq(settlementAreas.version, input.expectedVersion!)))
              .returning()
          : await tx
              .insert(settlementAreas)
              .values({ code: input.code, ...values })
              .returning();
        if (!row) {
          const [current] = await tx
            .select({ version: settlementAreas.version })
            .from(settlementAreas)
            .where(eq(settlementAreas.code, input.code));
          throw staleVersion("SettlementArea", input.expectedVersion!, current?.version ?? 0);
        }
        await tx.insert(settlementAreaHistory).values({
          code: row.code,
          version: row.version,
          ...values,
          effectiveFrom: input.effectiveFrom,
          clientId: this.ctx.principal.clientId,
          actorPerson: this.ctx.principal.person?.id ?? null,
          at: this.ctx.clock.now(),
        });
        return row;
      }),
    );
    // This process's cached reference data follows at once; other processes on their next reload.
    if (result.value) await this.ctx.reference.reload();
    return result;
  }

  settlementAreaHistory(code: string) {
    this.requireArea(code);
    return this.ctx.db
      .select()
      .from(settlementAreaHistory)
      .where(eq(settlementAreaHistory.code, code))
      .orderBy(asc(settlementAreaHistory.version));
  }

  private requireArea(code: string) {
    const area = this.ctx.reference.settlementAreas.get(code);
    if (!area) throw notFound("SettlementArea", code);
    return area;
  }
}
