import { asc } from "drizzle-orm";
import { civilServantCoefficients, regularFareBands, regularFareTariffs } from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { groupBy } from "../platform/conventions/collections.js";
import { badInput, userError } from "../platform/conventions/errors.js";
import { inTransaction, refusingOnConstraint, type MutationResult } from "../platform/conventions/mutation.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { loadVersionedSettings, saveSettings, type VersionedSettings } from "../platform/conventions/settings.js";
import { calendarDate } from "../platform/time/clock.js";
import { parseCoefficientOrNull } from "./money.js";
import {
  DEFAULT_CONDITION_LISTS,
  DEFAULT_DEADLINES,
  type FareTariff,
  type ReimbursementDeadlines,
  type SgkConditionLists,
} from "./rules/facts.js";
import { checkCoefficient, checkFareBands, checkPeriod, checkReimbursementSettings, coefficientGaps } from "./rules/reference-tables.js";

const SETTINGS_KEY = "reimbursements";
const defaultSettings = { deadlines: DEFAULT_DEADLINES, conditions: DEFAULT_CONDITION_LISTS };
export type ReimbursementSettingsValue = typeof defaultSettings;

export type ReimbursementSettingsInput = { [K in keyof ReimbursementDeadlines]?: number | null } & {
  [K in keyof SgkConditionLists]?: string[] | null;
} & { expectedVersion?: number | null };

/** SGK's reference tables: the coefficient periods (REIMB-8, 14), the fare tariffs (REIMB-5) and the settings (REIMB-2, 4, 10). */
export class SgkTablesService {
  constructor(private readonly ctx: ServiceContext) {}

  async coefficients() {
    return this.ctx.db.select().from(civilServantCoefficients).orderBy(asc(civilServantCoefficients.validFrom));
  }

  async tariffs(): Promise<(FareTariff & { source: string })[]> {
    const [tariffs, bands] = await Promise.all([
      this.ctx.db.select().from(regularFareTariffs).orderBy(asc(regularFareTariffs.validFrom)),
      this.ctx.db.select().from(regularFareBands).orderBy(asc(regularFareBands.fromKm)),
    ]);
    const byTariff = groupBy(bands, (b) => b.tariffId);
    return tariffs.map((t) => ({ validFrom: t.validFrom, validUntil: t.validUntil, source: t.source, bands: byTariff.get(t.id) ?? [] }));
  }

  settings(): Promise<VersionedSettings<ReimbursementSettingsValue>> {
    return loadVersionedSettings(this.ctx.db, SETTINGS_KEY, defaultSettings);
  }

  /** REIMB-10's two limits (other SGK texts give 5 days for both) and SGK's condition lists of REIMB-2 and REIMB-4. */
  async updateSettings(input: ReimbursementSettingsInput): Promise<MutationResult<VersionedSettings<ReimbursementSettingsValue>>> {
    authorise(this.ctx.principal, "reimbursement-settings:update");
    const { emergencyFullDistance, primaryCareExceptions, expectedVersion, ...deadlines } = input;
    const given = Object.fromEntries(Object.entries(deadlines).filter(([, v]) => v != null)) as Record<string, number>;
    const lists = Object.fromEntries(
      Object.entries({ emergencyFullDistance, primaryCareExceptions })
        .filter(([, v]) => v != null)
        .map(([list, prefixes]) => [list, [...new Set(prefixes!.map((p) => p.trim().toUpperCase()))]]),
    );
    // A malformed limit or code is a bad request, as before the payload (the caller's form is wrong, not the rule's facts).
    const [malformed] = checkReimbursementSettings(given, lists);
    if (malformed) throw badInput(malformed.field!, malformed.message, malformed.rule);
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const current = await loadVersionedSettings(tx, SETTINGS_KEY, defaultSettings);
      const value = {
        deadlines: { ...current.value.deadlines, ...given },
        conditions: { ...current.value.conditions, ...lists },
      };
      const version = await saveSettings(tx, SETTINGS_KEY, value, t.principal.clientId, t.clock.now(), expectedVersion ?? null);
      return { value, version };
    });
  }

  /** REIMB-8: SGK adds a period of the civil-servant coefficient; periods never overlap. */
  async setCoefficient(input: {
    validFrom: string;
    validUntil: string;
    coefficient: string;
  }): Promise<MutationResult<typeof civilServantCoefficients.$inferSelect>> {
    authorise(this.ctx.principal, "civil-servant-coefficient:set");
    const millionths = parseCoefficientOrNull(input.coefficient);
    const errors = checkCoefficient(input, millionths);
    if (errors.length > 0) return { value: null, userErrors: errors };
    const overlap = userError(
      ["input", "validFrom"],
      "PERIOD_OVERLAPS",
      "Another coefficient period covers part of these dates.",
      "REIMB-8",
    );
    return refusingOnConstraint("civil_servant_coefficients_no_overlap", overlap, () =>
      refusingOnConstraint("civil_servant_coefficients_pkey", overlap, () =>
        inTransaction(this.ctx, async (t) => {
          const { tx } = t;
          const [row] = await tx
            .insert(civilServantCoefficients)
            .values({
              ...input,
              coefficientMillionths: millionths!,
              createdByClientId: t.principal.clientId,
              createdAt: t.clock.now(),
            })
            .returning();
          return row;
        }),
      ),
    );
  }

  /** REIMB-5: SGK adds a regular fare tariff; its bands cover 1 km upwards without gaps, and tariffs never overlap. */
  async setTariff(input: {
    validFrom: string;
    validUntil: string;
    source: string;
    bands: { fromKm: number; toKm: number; fareMinor: number }[];
  }) {
    authorise(this.ctx.principal, "regular-fare-tariff:set");
    const errors = [...checkPeriod(input, "REIMB-5"), ...checkFareBands(input.bands, ["input", "bands"])];
    if (errors.length > 0) return { value: null, userErrors: errors };
    const overlap = userError(["input", "validFrom"], "PERIOD_OVERLAPS", "Another tariff is in force on some of these dates.", "REIMB-5");
    return refusingOnConstraint("regular_fare_tariffs_no_overlap", overlap, () =>
      refusingOnConstraint("regular_fare_tariffs_valid_from_key", overlap, () =>
        inTransaction(this.ctx, async (t) => {
          const { tx } = t;
          const [tariff] = await tx
            .insert(regularFareTariffs)
            .values({ ...input, createdByClientId: t.principal.clientId, createdAt: t.clock.now() })
            .returning();
          const bands = await tx
            .insert(regularFareBands)
            .values(input.bands.map((b) => ({ ...b, tariffId: tariff.id })))
            .returning();
          return { validFrom: tariff.validFrom, validUntil: tariff.validUntil, source: tariff.source, bands };
        }),
      ),
    );
  }

  /** REIMB-14: the half-years without a coefficient, up to the one starting within `withinDays`; the coordination unit and SGK read it. */
  async coefficientGaps(withinDays: number) {
    authorise(this.ctx.principal, "civil-servant-coefficient:read-gaps");
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366)
      throw badInput(["withinDays"], "a number of days from 0 to 366.", "REIMB-14");
    return coefficientGaps(await this.coefficients(), calendarDate(this.ctx.clock.now()), withinDays);
  }
}
