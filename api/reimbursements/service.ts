import DataLoader from "dataloader";
import { and, asc, eq, exists, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import {
  civilServantCoefficients,
  facilities,
  facilityClinics,
  patientIdentifiers,
  patients,
  referralHistory,
  referrals,
  regularFareBands,
  regularFareTariffs,
  reimbursementClaimHistory,
  reimbursementClaims,
  sgkInsuranceFacts,
} from "../../drizzle/schema/index.js";
import type { FacilityRow, PatientRow, ReferralRow, ReimbursementClaimRow, SgkInsuranceFactRow } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import {
  SGK_INSURER_CODE,
  reimbursementClaimAudience,
  decideReimbursementClaimRead,
  decideReimbursementQuote,
  decideReimbursementWork,
  type AccessDecision,
} from "../auth/policy.js";
import { actorOf } from "../auth/principal.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent, type NewEvent } from "../events/outbox.js";
import { levelOfKind, kindsOfLevel } from "../facilities/rules.js";
import type { ReferralService } from "../referrals/service.js";
import { identifierKey } from "../patients/identifier-rules.js";
import { calendarDate } from "../platform/time/clock.js";
import { groupBy } from "../platform/conventions/collections.js";
import { badInput, notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { localIdOf, toGlobalId } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { anyOf } from "../platform/performance/loaders.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import {
  currentVersionOf,
  inTransaction,
  refusingOnConstraint,
  staleVersion,
  violatedConstraint,
  type MutationResult,
} from "../platform/conventions/mutation.js";
import { nthBusinessDayFrom } from "../platform/time/business-days.js";
import { literalLimit, tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { holidaySet } from "../platform/time/holidays.js";
import { loadSettings, saveSettings } from "../platform/conventions/settings.js";
import { nextStateOf } from "../platform/conventions/state-machine.js";
import { parseCoefficientOrNull } from "./money.js";
import type { SgkReferenceDataService } from "./reference-data.js";
import {
  DEFAULT_CONDITION_LISTS,
  DEFAULT_DEADLINES,
  calculateStatement,
  coefficientGaps,
  documentNotes,
  nominalTrip,
  checkFareBands,
  checkRejection,
  checkReferenceCoverage,
  checkTripFacts,
  claimTransitions,
  type ClaimAction,
  type DistanceFacts,
  type Explained,
  type FacilityFacts,
  type FareTariff,
  type ReferenceFacts,
  type ReferralFacts,
  type ReimbursementDeadlines,
  type SgkConditionLists,
  type Statement,
  type TripFacts,
} from "./rules.js";

/** The trip as the API takes it: facility IDs still global, optional lists possibly absent. */
export interface TripInputValue {
  applicationDate: string;
  departureDate: string;
  returnDate: string;
  transport: TripFacts["transport"];
  tickets?: {
    person: "PATIENT" | "COMPANION";
    leg: "OUTBOUND" | "RETURN";
    amountMinor: number;
    cabinClass?: "ECONOMY" | "BUSINESS" | "VIP" | null;
    economyFareMinor?: number | null;
  }[];
  healthBoardReport?: TripFacts["healthBoardReport"] | null;
  emergencyTransportDocument?: TripFacts["emergencyTransportDocument"] | null;
  outpatientDays?: string[];
  inpatientDays?: string[];
  sickLeaveDays?: string[];
  sameDayDischarge?: boolean;
  onwardReferrals?: { facilityId: string; outpatientDays: string[] }[];
  companion?: { recordedOnReferral: boolean; transport?: TripFacts["transport"] | null } | null;
}

export interface ExplicitReferralFacts {
  originFacilityId: string;
  destinationFacilityId: string;
  clinicCode: string;
  medicalGrounds: ReferralRow["medicalGrounds"];
  urgency: ReferralRow["urgency"];
  companionRequired: boolean;
  referralDate: string;
  diagnosisIcd10?: string | null;
}

export interface QuoteRequest {
  referralId?: string | null;
  referral?: ExplicitReferralFacts | null;
  trip: TripInputValue;
}

export interface ClaimStep {
  id: string;
  expectedVersion: number;
  comment?: string | null;
}

export type QuoteResult = { statement: Statement; userErrors: [] } | { statement: null; userErrors: UserError[] };

const SETTINGS_KEY = "reimbursements";
const defaultSettings = { deadlines: DEFAULT_DEADLINES, conditions: DEFAULT_CONDITION_LISTS };
type ReimbursementSettingsValue = typeof defaultSettings;
const ICD10_PREFIX = /^[A-Z](\d{1,2}(\.\d{1,2})?)?$/;
const TRIP_PATH = ["input", "trip"];
/** Missing reference data: a claim waits SUBMITTED until it is added, instead of being refused. */
const REFERENCE_GAPS = new Set(["NO_COEFFICIENT", "NO_FARE_TARIFF", "NO_HOLIDAY_CALENDAR"]);

/** SGK travel, daily allowance and companion statements (REIMB-1..10) and their claims (REIMB-11). */
export class ReimbursementService {
  private readonly historyLoader = new DataLoader<string, (typeof reimbursementClaimHistory.$inferSelect)[]>(async (ids) => {
    const rows = await this.ctx.db
      .select()
      .from(reimbursementClaimHistory)
      .where(anyOf(reimbursementClaimHistory.claimId, ids))
      .orderBy(asc(reimbursementClaimHistory.id));
    const byClaim = groupBy(rows, (r) => r.claimId);
    return ids.map((id) => byClaim.get(id) ?? []);
  });

  /** A claim's referral, read on the strength of the claim's authorisation; logged, as it carries health data. */
  private readonly claimReferralLoader = new DataLoader<ReimbursementClaimRow, ReferralRow, string>(
    async (claims) => {
      const rows = await this.ctx.db
        .select()
        .from(referrals)
        .where(anyOf(referrals.id, [...new Set(claims.map((c) => c.referralId))]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      await recordAccess(
        this.ctx.db,
        this.ctx,
        claims.map((c) => ({ patientId: c.patientId, action: "referral.read", basis: `REIMBURSEMENT_CLAIM:${c.id}` })),
      );
      return claims.map((c) => byId.get(c.referralId) ?? notFound("Referral", c.referralId));
    },
    { cacheKeyFn: (claim) => claim.id },
  );

  /** A claim's patient, read on the strength of the claim's own authorisation; one access-log insert per batch. */
  private readonly claimPatientLoader = new DataLoader<ReimbursementClaimRow, PatientRow, string>(
    async (claims) => {
      const rows = await this.ctx.db
        .select()
        .from(patients)
        .where(anyOf(patients.id, [...new Set(claims.map((c) => c.patientId))]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      await recordAccess(
        this.ctx.db,
        this.ctx,
        claims.map((c) => ({ patientId: c.patientId, action: "patient.read", basis: `REIMBURSEMENT_CLAIM:${c.id}` })),
      );
      return claims.map((c) => byId.get(c.patientId) ?? notFound("Patient", c.patientId));
    },
    { cacheKeyFn: (claim) => claim.id },
  );

  constructor(
    private readonly ctx: ServiceContext,
    private readonly referralService: ReferralService,
    private readonly referenceData: SgkReferenceDataService,
  ) {}

  // ---- the calculator ----

  /** The what-if statement for a stored referral or explicit facts; writes nothing but the access log. */
  async quote(request: QuoteRequest): Promise<QuoteResult> {
    if (Boolean(request.referralId) === Boolean(request.referral))
      throw badInput(["input", "referralId"], "give either referralId (a stored referral) or referral (its facts), not both.");
    let facts: ReferralFacts | UserError[];
    if (request.referralId) {
      const row = await findByGlobalId(this.ctx.db, referrals, "Referral", request.referralId, ["input", "referralId"]);
      const decision = decideReimbursementQuote(this.ctx.principal, {
        referralReadable: this.referralService.mayRead(row),
        patientIdentifiers: await this.identifierKeysOf(row.patientId),
      });
      authorise(decision, "quote reimbursement for this referral");
      await recordAccess(this.ctx.db, this.ctx, [{ patientId: row.patientId, action: "reimbursement.quote", basis: decision.basis }]);
      facts = await this.storedReferralFacts(row);
    } else {
      facts = await this.explicitReferralFacts(request.referral!);
    }
    if (Array.isArray(facts)) return { statement: null, userErrors: facts };
    return this.statementFor(
      facts,
      request.trip,
      request.referralId ? ["input", "referralId"] : ["input", "referral", "destinationFacilityId"],
    );
  }

  private async statementFor(referral: ReferralFacts, tripInput: TripInputValue, referralPath: string[]): Promise<QuoteResult> {
    const trip = await this.tripFacts(tripInput);
    if (Array.isArray(trip)) return { statement: null, userErrors: trip };
    const inputErrors = checkTripFacts(referral, trip, TRIP_PATH);
    if (inputErrors.length > 0) return { statement: null, userErrors: inputErrors };
    const facts = await this.referenceFacts(referral);
    const reference = { ...facts, actual: facts.actual! };
    const coverage = checkReferenceCoverage(referral, trip, reference, TRIP_PATH);
    if (coverage.length > 0) return { statement: null, userErrors: coverage };
    return { statement: calculateStatement(referral, trip, reference), userErrors: [] };
  }

  private async storedReferralFacts(row: ReferralRow): Promise<ReferralFacts | UserError[]> {
    const at = ["input", "referralId"];
    if (!row.destinationFacilityId)
      return [userError(at, "REFERRAL_NOT_PLACED", "The referral has no destination yet: it is placed first (REF-2).", "REIMB-11")];
    const [origin, destination, arrival] = await Promise.all([
      this.facilityFacts(row.originFacilityId),
      this.facilityFacts(row.destinationFacilityId),
      this.ctx.db
        .select({ at: referralHistory.at })
        .from(referralHistory)
        .where(and(eq(referralHistory.referralId, row.id), eq(referralHistory.toStatus, "PATIENT_ARRIVED")))
        .orderBy(asc(referralHistory.id))
        .limit(literalLimit(1)),
    ]);
    if (!origin || !destination)
      return [userError(at, "NOT_IN_TURKEY", "SGK travel is paid for referrals between facilities in Türkiye.", "REIMB-1")];
    return {
      origin,
      destination,
      recordedArrivalDate: arrival[0] ? calendarDate(arrival[0].at) : null,
      clinicCode: row.clinicCode,
      medicalGrounds: row.medicalGrounds,
      urgency: row.urgency,
      companionRequired: row.companionRequired,
      referralDate: calendarDate(row.createdAt),
      diagnosisIcd10: row.diagnosisIcd10,
    };
  }

  private async explicitReferralFacts(input: ExplicitReferralFacts): Promise<ReferralFacts | UserError[]> {
    const path = ["input", "referral"];
    const originId = localIdOf(input.originFacilityId, "Facility", [...path, "originFacilityId"]);
    const destinationId = localIdOf(input.destinationFacilityId, "Facility", [...path, "destinationFacilityId"]);
    const [origin, destination] = await Promise.all([this.facilityFacts(originId), this.facilityFacts(destinationId)]);
    const errors: UserError[] = [];
    if (origin === undefined) throw notFound("Facility", input.originFacilityId);
    if (destination === undefined) throw notFound("Facility", input.destinationFacilityId);
    if (origin === null)
      errors.push(userError([...path, "originFacilityId"], "NOT_IN_TURKEY", "The referring facility is not in Türkiye.", "REIMB-1"));
    if (destination === null)
      errors.push(
        userError([...path, "destinationFacilityId"], "NOT_IN_TURKEY", "SGK travel is paid for referrals within Türkiye.", "REIMB-1"),
      );
    if (!this.ctx.reference.clinics.has(input.clinicCode))
      errors.push(userError([...path, "clinicCode"], "UNKNOWN_CLINIC", `There is no clinic ${input.clinicCode}.`, "REIMB-3"));
    if (errors.length > 0) return errors;
    return {
      ...input,
      diagnosisIcd10: input.diagnosisIcd10 ?? null,
      origin: origin!,
      destination: destination!,
      recordedArrivalDate: null,
    };
  }

  /** undefined: no such facility; null: an overseas facility (no settlement area). */
  private async facilityFacts(facilityId: string): Promise<FacilityFacts | null | undefined> {
    const row = await this.ctx.loaders.facilityById.load(facilityId);
    if (!row) return undefined;
    return toFacilityFacts(row);
  }

  private async tripFacts(input: TripInputValue): Promise<TripFacts | UserError[]> {
    const onward = await Promise.all(
      (input.onwardReferrals ?? []).map(async (o, i) => {
        const id = localIdOf(o.facilityId, "Facility", [...TRIP_PATH, "onwardReferrals", String(i), "facilityId"]);
        const facility = await this.facilityFacts(id);
        if (facility === undefined) throw notFound("Facility", o.facilityId);
        return facility ? { facility, outpatientDays: o.outpatientDays } : null;
      }),
    );
    const overseas = onward.findIndex((o) => o === null);
    if (overseas >= 0)
      return [
        userError(
          [...TRIP_PATH, "onwardReferrals", String(overseas), "facilityId"],
          "NOT_IN_TURKEY",
          "An onward referral within Türkiye.",
          "REIMB-7",
        ),
      ];
    return {
      applicationDate: input.applicationDate,
      departureDate: input.departureDate,
      returnDate: input.returnDate,
      transport: input.transport,
      tickets: (input.tickets ?? []).map((t) => ({
        person: t.person,
        leg: t.leg,
        amountMinor: t.amountMinor,
        cabinClass: t.cabinClass ?? null,
        economyFareMinor: t.economyFareMinor ?? null,
      })),
      healthBoardReport: input.healthBoardReport ?? null,
      emergencyTransportDocument: input.emergencyTransportDocument ?? null,
      outpatientDays: input.outpatientDays ?? [],
      inpatientDays: input.inpatientDays ?? [],
      sickLeaveDays: input.sickLeaveDays ?? [],
      sameDayDischarge: input.sameDayDischarge ?? false,
      onwardReferrals: onward.filter((o) => o !== null),
      companion: input.companion
        ? { recordedOnReferral: input.companion.recordedOnReferral, transport: input.companion.transport ?? null }
        : null,
    };
  }

  /** Distances, the nearest able level-3 facility, the coefficient and tariff tables, holidays, deadlines and condition lists. */
  private async referenceFacts(
    referral: Omit<ReferralFacts, "destination"> & { destination: FacilityFacts | null },
  ): Promise<Omit<ReferenceFacts, "actual"> & { actual: DistanceFacts | null }> {
    const from = referral.origin.settlementAreaCode;
    const day = referral.referralDate;
    const [nearestTertiary, actual, coefficients, tariffs, holidays, settings] = await Promise.all([
      this.nearestTertiary(from, referral.clinicCode, day),
      referral.destination
        ? this.referenceData
            .distancesFrom(from, [referral.destination.settlementAreaCode], day)
            .then((d) => d.get(referral.destination!.settlementAreaCode)!)
        : null,
      this.coefficients(),
      this.tariffs(),
      holidaySet(this.ctx.db, "TR"),
      this.settings(),
    ]);
    return { actual, nearestTertiary, coefficients, tariffs, holidays, deadlines: settings.deadlines, conditions: settings.conditions };
  }

  /** REIMB-3: the level-3 facility with the clinic nearest by road to the origin's settlement area (0 km inside it). */
  private async nearestTertiary(from: string, clinicCode: string, day: string): Promise<ReferenceFacts["nearestTertiary"]> {
    const candidates = await this.ctx.db
      .select({ facility: facilities })
      .from(facilities)
      .innerJoin(facilityClinics, and(eq(facilityClinics.facilityId, facilities.id), eq(facilityClinics.clinicCode, clinicCode)))
      .where(and(inArray(facilities.kind, kindsOfLevel(3)), isNotNull(facilities.settlementAreaCode)));
    if (candidates.length === 0) return null;
    const distances = await this.referenceData.distancesFrom(
      from,
      candidates.map((c) => c.facility.settlementAreaCode!),
      day,
    );
    const [nearest] = candidates
      .map(({ facility }) => ({
        code: facility.code,
        facility: toFacilityFacts(facility)!,
        distance: distances.get(facility.settlementAreaCode!)!,
      }))
      .sort((a, b) => a.distance.km - b.distance.km || a.code.localeCompare(b.code));
    return { facility: nearest.facility, distance: nearest.distance };
  }

  // ---- reference tables ----

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

  settings(): Promise<ReimbursementSettingsValue> {
    return loadSettings(this.ctx.db, SETTINGS_KEY, defaultSettings);
  }

  /** REIMB-10's two limits (other SGK texts give 5 days for both) and SGK's condition lists of REIMB-2 and REIMB-4. */
  async updateSettings(
    input: { [K in keyof ReimbursementDeadlines]?: number | null } & { [K in keyof SgkConditionLists]?: string[] | null },
  ): Promise<ReimbursementSettingsValue> {
    authorise(decideReimbursementWork(this.ctx.principal, "change the reimbursement settings"), "change the reimbursement settings");
    const current = await this.settings();
    const { emergencyFullDistance, primaryCareExceptions, ...deadlines } = input;
    const given = Object.fromEntries(Object.entries(deadlines).filter(([, v]) => v != null));
    const lists = { emergencyFullDistance, primaryCareExceptions };
    const conditions = Object.fromEntries(
      Object.entries(lists)
        .filter(([, v]) => v != null)
        .map(([list, prefixes]) => [list, [...new Set(prefixes!.map((p) => p.trim().toUpperCase()))]]),
    );
    const next = { deadlines: { ...current.deadlines, ...given }, conditions: { ...current.conditions, ...conditions } };
    for (const [field, days] of Object.entries(next.deadlines))
      if (!Number.isInteger(days) || days < 1 || days > 30)
        throw badInput(["input", field], "a number of business days from 1 to 30.", "REIMB-10");
    for (const [list, prefixes] of Object.entries(conditions))
      prefixes.forEach((prefix, i) => {
        if (!ICD10_PREFIX.test(prefix))
          throw badInput(
            ["input", list, String(i)],
            "an ICD-10 code or code prefix such as I21, I21.0 or T.",
            list === "emergencyFullDistance" ? "REIMB-4" : "REIMB-2",
          );
      });
    await saveSettings(this.ctx.db, SETTINGS_KEY, next, this.ctx.principal.clientId, this.ctx.clock.now());
    return next;
  }

  /** REIMB-8: SGK adds a period of the civil-servant coefficient; periods never overlap. */
  async setCoefficient(input: {
    validFrom: string;
    validUntil: string;
    coefficient: string;
  }): Promise<MutationResult<typeof civilServantCoefficients.$inferSelect>> {
    authorise(decideReimbursementWork(this.ctx.principal, "keep the civil-servant coefficient table"), "add a coefficient period");
    const millionths = parseCoefficientOrNull(input.coefficient);
    const errors = checkPeriod(input, "REIMB-8");
    if (millionths === null || millionths === 0)
      errors.push(
        userError(
          ["input", "coefficient"],
          "NOT_A_COEFFICIENT",
          "The coefficient is a positive decimal with up to 6 places, e.g. 1.387871.",
          "REIMB-8",
        ),
      );
    if (errors.length > 0) return { value: null, userErrors: errors };
    const overlap = userError(
      ["input", "validFrom"],
      "PERIOD_OVERLAPS",
      "Another coefficient period covers part of these dates.",
      "REIMB-8",
    );
    return refusingOnConstraint("civil_servant_coefficients_no_overlap", overlap, () =>
      refusingOnConstraint("civil_servant_coefficients_pkey", overlap, () =>
        inTransaction(this.ctx.db, async (tx) => {
          const [row] = await tx
            .insert(civilServantCoefficients)
            .values({
              ...input,
              coefficientMillionths: millionths!,
              createdByClientId: this.ctx.principal.clientId,
              createdAt: this.ctx.clock.now(),
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
    authorise(decideReimbursementWork(this.ctx.principal, "keep the regular fare tariffs"), "add a regular fare tariff");
    const errors = [...checkPeriod(input, "REIMB-5"), ...checkFareBands(input.bands, ["input", "bands"])];
    if (errors.length > 0) return { value: null, userErrors: errors };
    const overlap = userError(["input", "validFrom"], "PERIOD_OVERLAPS", "Another tariff is in force on some of these dates.", "REIMB-5");
    return refusingOnConstraint("regular_fare_tariffs_no_overlap", overlap, () =>
      refusingOnConstraint("regular_fare_tariffs_valid_from_key", overlap, () =>
        inTransaction(this.ctx.db, async (tx) => {
          const [tariff] = await tx
            .insert(regularFareTariffs)
            .values({ ...input, createdByClientId: this.ctx.principal.clientId, createdAt: this.ctx.clock.now() })
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
    authorise(
      ["COORDINATION_UNIT", "AUDITOR"].includes(this.ctx.principal.role)
        ? { allowed: true, basis: "NATIONAL_SCOPE" }
        : decideReimbursementWork(this.ctx.principal, "read the coefficient gaps"),
      "read the coefficient gaps",
    );
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366)
      throw badInput(["withinDays"], "a number of days from 0 to 366.", "REIMB-14");
    return coefficientGaps(await this.coefficients(), calendarDate(this.ctx.clock.now()), withinDays);
  }

  // ---- SGK insurance status (REIMB-12) ----

  /** SGK records a patient's insurance status from a day on; `expectedVersion` is the number of facts it read. */
  async recordInsuranceStatus(input: {
    patientId: string;
    insured: boolean;
    effectiveFrom: string;
    reference: string;
    expectedVersion: number;
  }): Promise<MutationResult<InsuranceStatus>> {
    const decision = decideReimbursementWork(this.ctx.principal, "record SGK insurance status");
    authorise(decision, "record SGK insurance status");
    const patient = await findByGlobalId(this.ctx.db, patients, "Patient", input.patientId, ["input", "patientId"]);
    if (input.reference.trim().length === 0)
      return {
        value: null,
        userErrors: [userError(["input", "reference"], "REFERENCE_REQUIRED", "Give SGK's reference for the status.", "REIMB-12")],
      };
    const facts = await this.insuranceFacts(patient.id);
    if (facts.length !== input.expectedVersion) throw staleVersion("SgkInsuranceStatus", input.expectedVersion, facts.length);
    const now = this.ctx.clock.now();
    try {
      await inTransaction(this.ctx.db, async (tx) => {
        await tx.insert(sgkInsuranceFacts).values({
          patientId: patient.id,
          sequence: input.expectedVersion + 1,
          insured: input.insured,
          effectiveFrom: input.effectiveFrom,
          reference: input.reference.trim(),
          clientId: this.ctx.principal.clientId,
          at: now,
        });
        await recordAccess(tx, this.ctx, [{ patientId: patient.id, action: "sgkInsurance.record", basis: decision.basis }]);
      });
    } catch (error) {
      // Another SGK office recorded a fact for this patient in between.
      if (violatedConstraint(error) === "sgk_insurance_facts_sequence_key")
        throw staleVersion("SgkInsuranceStatus", input.expectedVersion, (await this.insuranceFacts(patient.id)).length);
      throw error;
    }
    return { value: await this.insuranceStatusOf(patient.id, input.effectiveFrom), userErrors: [] };
  }

  /** The status on a day (today by default) with every recorded fact; SGK, auditors, and the portal for its person. */
  async insuranceStatus(patientGlobalId: string, on: string | null): Promise<InsuranceStatus> {
    const patient = await findByGlobalId(this.ctx.db, patients, "Patient", patientGlobalId, ["patientId"]);
    const decision = decideReimbursementClaimRead(this.ctx.principal, await this.identifierKeysOf(patient.id));
    authorise(decision, "read this patient's SGK insurance status");
    await recordAccess(this.ctx.db, this.ctx, [{ patientId: patient.id, action: "sgkInsurance.read", basis: decision.basis }]);
    return this.insuranceStatusOf(patient.id, on ?? calendarDate(this.ctx.clock.now()));
  }

  /** REIMB-12: insurance is SGK's own dated fact on the referral day, not a guess from the patient's category. */
  private async insuranceRefusal(referral: ReferralRow): Promise<UserError | null> {
    const insurance = await this.insuranceStatusOf(referral.patientId, calendarDate(referral.createdAt));
    if (insurance.insured === true) return null;
    return userError(
      ["input", "referralId"],
      "NOT_SGK_INSURED",
      insurance.fact
        ? `SGK recorded the patient as not insured from ${insurance.fact.effectiveFrom} (${insurance.fact.reference}); travel and daily allowance need insurance on the referral day.`
        : "SGK has recorded no insurance status for the patient on the referral day: record it (recordSgkInsuranceStatus) first.",
      "REIMB-12",
    );
  }

  private insuranceFacts(patientId: string) {
    return this.ctx.db
      .select()
      .from(sgkInsuranceFacts)
      .where(eq(sgkInsuranceFacts.patientId, patientId))
      .orderBy(asc(sgkInsuranceFacts.sequence));
  }

  /** REIMB-12: the fact with the latest effectiveFrom on or before the day decides; on a tie, the later recorded. */
  private async insuranceStatusOf(patientId: string, on: string): Promise<InsuranceStatus> {
    const history = await this.insuranceFacts(patientId);
    const inForce = history
      .filter((f) => f.effectiveFrom <= on)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.sequence - b.sequence)
      .at(-1);
    return { patientId, on, insured: inForce?.insured ?? null, fact: inForce ?? null, version: history.length, history };
  }

  // ---- the pre-referral check (REIMB-15) ----

  /**
   * What SGK will and will not pay for a referral about to be made, before the patient travels: the nearest able
   * level-3 facility, the statement of the nominal trip there (the same calculation as a quote), what the document
   * carries, the deadline, and the patient's insurance. The caller has been authorised to create the referral.
   */
  async preReferralCheck(input: {
    patientId: string;
    originFacilityId: string;
    clinicCode: string;
    diagnosisIcd10: string;
    urgency: ReferralRow["urgency"];
    medicalGrounds: ReferralRow["medicalGrounds"];
    companionRequired: boolean;
    authorisedTransport: ReferralRow["authorisedTransport"];
  }): Promise<PreReferralCheck> {
    const referralDate = calendarDate(this.ctx.clock.now());
    const patientId = localIdOf(input.patientId, "Patient", ["input", "patientId"]);
    const origin = await this.facilityFacts(localIdOf(input.originFacilityId, "Facility", ["input", "originFacilityId"]));
    const insurance = await this.insuranceStatusOf(patientId, referralDate);
    const documentNotesOf = documentNotes(input);
    const insuranceNote = insuranceExplanation(insurance);
    if (!origin)
      return {
        referralDate,
        insured: insurance.insured,
        nearestTertiary: null,
        statement: null,
        applicationDeadline: null,
        notes: [
          insuranceNote,
          ...documentNotesOf,
          {
            rules: ["REIMB-1"],
            explanationTr: "SGK yol gideri Türkiye içindeki sevkler içindir.",
            explanationEn: "SGK travel is paid for referrals within Türkiye.",
          },
        ],
      };
    const facts: Omit<ReferralFacts, "destination"> = {
      origin,
      clinicCode: input.clinicCode,
      medicalGrounds: input.medicalGrounds,
      urgency: input.urgency,
      companionRequired: input.companionRequired,
      referralDate,
      recordedArrivalDate: null,
      diagnosisIcd10: input.diagnosisIcd10,
    };
    const reference = await this.referenceFacts({ ...facts, destination: null });
    const nearest = reference.nearestTertiary;
    const { deadlines, holidays } = reference;
    const holidayYearKnown = [...holidays].some((day) => day.startsWith(referralDate.slice(0, 4)));
    const applicationDeadline = holidayYearKnown ? nthBusinessDayFrom(referralDate, deadlines.travelAndDailyBusinessDays, holidays) : null;
    if (!nearest)
      return {
        referralDate,
        insured: insurance.insured,
        nearestTertiary: null,
        statement: null,
        applicationDeadline,
        notes: [
          insuranceNote,
          ...documentNotesOf,
          {
            rules: ["REIMB-3"],
            explanationTr: `${input.clinicCode} kliniği olan üçüncü basamak kuruluş yok: yol gideri gidilen kuruma göre hesaplanır.`,
            explanationEn: `No level-3 facility has the clinic ${input.clinicCode}: travel is reckoned to wherever the referral is placed.`,
          },
        ],
      };
    const referral: ReferralFacts = { ...facts, destination: nearest.facility };
    const trip = nominalTrip(referralDate, input.authorisedTransport, input.companionRequired);
    const full = { ...reference, actual: nearest.distance };
    const gaps = checkReferenceCoverage(referral, trip, full, []);
    const statement = gaps.length === 0 ? calculateStatement(referral, trip, full) : null;
    return {
      referralDate,
      insured: insurance.insured,
      nearestTertiary: nearest,
      statement,
      applicationDeadline: statement?.applicationDeadline ?? applicationDeadline,
      notes: [
        insuranceNote,
        ...documentNotesOf,
        ...gaps.map((gap) => ({ rules: [gap.rule!], explanationTr: gap.message, explanationEn: gap.message })),
      ],
    };
  }

  // ---- claims (REIMB-11) ----

  /** SGK records a claim filed by post or in person; it is calculated at once when the reference tables cover the trip. */
  async submit(input: {
    referralId: string;
    trip: TripInputValue;
    channel: ReimbursementClaimRow["channel"];
    officeProvinceCode: string;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<ReimbursementClaimRow>> {
    const decision = decideReimbursementWork(this.ctx.principal, "record reimbursement claims");
    authorise(decision, "record this claim");
    const referral = await findByGlobalId(this.ctx.db, referrals, "Referral", input.referralId, ["input", "referralId"]);
    if (referral.status !== "PATIENT_ARRIVED" && referral.status !== "COMPLETED")
      return {
        value: null,
        userErrors: [
          userError(
            ["input", "referralId"],
            "REFERRAL_NOT_ATTENDED",
            `The referral is ${referral.status}: a claim follows a referral the patient attended (PATIENT_ARRIVED or COMPLETED).`,
            "REIMB-11",
          ),
        ],
      };
    const now = this.ctx.clock.now();
    const refusals: UserError[] = [];
    const uninsured = await this.insuranceRefusal(referral);
    if (uninsured) refusals.push(uninsured);
    if (input.trip.returnDate > calendarDate(now))
      refusals.push(userError(["input", "trip", "returnDate"], "TRIP_NOT_OVER", "A claim is filed after the return.", "REIMB-11"));
    if (refusals.length > 0) return { value: null, userErrors: refusals };
    const calculation = await this.calculationOf(referral, input.trip);
    if (calculation.inputErrors.length > 0) return { value: null, userErrors: calculation.inputErrors };
    const audience = await this.audienceOf(referral.patientId);
    const claimExists = userError(
      ["input", "referralId"],
      "CLAIM_EXISTS",
      "This referral already has a claim that is not rejected.",
      "REIMB-11",
    );
    return refusingOnConstraint("reimbursement_claims_one_live_per_referral", claimExists, () =>
      inTransaction(this.ctx.db, async (tx) => {
        const key = await claimIfKeyed<{ claimId: string }>(
          tx,
          { clientId: this.ctx.principal.clientId, now },
          "submitReimbursementClaim",
          input,
        );
        if (key?.replayed) return this.requireClaim(tx, key.result.claimId);
        const { statement } = calculation;
        const [claim] = await tx
          .insert(reimbursementClaims)
          .values({
            referralId: referral.id,
            patientId: referral.patientId,
            insurerCode: SGK_INSURER_CODE,
            channel: input.channel,
            officeProvinceCode: input.officeProvinceCode,
            trip: input.trip as unknown as Record<string, unknown>,
            statement: statement as unknown as Record<string, unknown> | null,
            totalMinor: statement?.totalMinor ?? null,
            status: statement ? "CALCULATED" : "SUBMITTED",
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const entry = { claimId: claim.id, ...actorOf(this.ctx.principal), at: now };
        await tx
          .insert(reimbursementClaimHistory)
          .values({ ...entry, fromStatus: null, toStatus: "SUBMITTED", action: "submit", comment: input.channel });
        await tx.insert(reimbursementClaimHistory).values(
          statement
            ? { ...entry, fromStatus: "SUBMITTED", toStatus: "CALCULATED", action: "calculate", comment: "automatic calculation" }
            : {
                ...entry,
                fromStatus: "SUBMITTED",
                toStatus: "SUBMITTED",
                action: "calculate",
                comment: calculation.pendingBecause.map((e) => e.message).join(" "),
              },
        );
        await recordEvent(
          tx,
          this.ctx,
          claimEvent({ ...claim, status: "SUBMITTED", statement: null, totalMinor: null }, null, "submit", audience),
          ...(statement ? [claimEvent(claim, "SUBMITTED", "calculate", audience)] : []),
        );
        await recordAccess(tx, this.ctx, [{ patientId: referral.patientId, action: "reimbursement.submit", basis: decision.basis }]);
        await key?.complete({ claimId: claim.id });
        return claim;
      }),
    );
  }

  /** Input errors refuse the claim; reference gaps (no coefficient or tariff yet) leave it SUBMITTED until SGK adds them. */
  private async calculationOf(referral: ReferralRow, trip: TripInputValue) {
    const facts = await this.storedReferralFacts(referral);
    if (Array.isArray(facts)) return { inputErrors: facts, pendingBecause: [], statement: null };
    const result = await this.statementFor(facts, trip, ["input", "referralId"]);
    if (result.statement) return { inputErrors: [], pendingBecause: [], statement: result.statement };
    const pending = result.userErrors.filter((e) => REFERENCE_GAPS.has(e.code));
    return pending.length === result.userErrors.length
      ? { inputErrors: [], pendingBecause: pending, statement: null }
      : { inputErrors: result.userErrors.filter((e) => !pending.includes(e)), pendingBecause: [], statement: null };
  }

  /** Calculates (again) from the stored facts and today's reference tables. */
  calculate(step: ClaimStep) {
    return this.transition(step, "calculate", async (claim) => {
      const [referral] = await this.ctx.db.select().from(referrals).where(eq(referrals.id, claim.referralId));
      const calculation = await this.calculationOf(referral, claim.trip as unknown as TripInputValue);
      const errors = [...calculation.inputErrors, ...calculation.pendingBecause];
      if (!calculation.statement) return errors;
      return { statement: calculation.statement as unknown as Record<string, unknown>, totalMinor: calculation.statement.totalMinor };
    });
  }

  approve(step: ClaimStep) {
    return this.transition(step, "approve", async (claim) => {
      // SGK may have corrected the insurance since the claim was filed: payment still needs it (REIMB-12).
      const [referral] = await this.ctx.db.select().from(referrals).where(eq(referrals.id, claim.referralId));
      const uninsured = await this.insuranceRefusal(referral);
      if (uninsured) return [{ ...uninsured, field: ["input", "id"] }];
      const statement = claim.statement as unknown as Statement | null;
      if (statement && !statement.eligible)
        return statement.ineligibility.map((i) =>
          userError(
            ["input", "id"],
            "NOT_PAYABLE",
            `The statement refuses the claim (${i.explanationEn}); reject it with ${i.rule}.`,
            i.rule,
          ),
        );
      if (!statement || statement.totalMinor === 0)
        return [
          userError(
            ["input", "id"],
            "NOTHING_TO_PAY",
            "The statement pays nothing; reject the claim with the rule that applies.",
            "REIMB-11",
          ),
        ];
      return {};
    });
  }

  reject(step: ClaimStep & { rules: string[]; reason: string }) {
    return this.transition(step, "reject", async () => {
      const errors = checkRejection(step.rules, step.reason);
      return errors.length > 0 ? errors : { rejectionRules: [...new Set(step.rules)], rejectionReason: step.reason.trim() };
    });
  }

  recordPayment(step: ClaimStep & { pttReference: string; paidOn: string }) {
    const taken = userError(
      ["input", "pttReference"],
      "PAYMENT_REFERENCE_TAKEN",
      "This PTT reference is already recorded for another claim.",
      "REIMB-11",
    );
    return refusingOnConstraint("reimbursement_claims_payment_reference_key", taken, () =>
      this.transition(step, "pay", async (claim) => {
        if (step.paidOn > calendarDate(this.ctx.clock.now()))
          return [userError(["input", "paidOn"], "PAID_IN_FUTURE", "The payment date is not in the future.", "REIMB-11")];
        if (step.paidOn < calendarDate(claim.updatedAt))
          return [userError(["input", "paidOn"], "PAID_BEFORE_APPROVAL", "The payment date is not before the approval.", "REIMB-11")];
        return { paymentReference: step.pttReference, paidOn: step.paidOn };
      }),
    );
  }

  /**
   * One claim transition: SGK only, the state machine's next state, the step's own checks (read
   * before the transaction), a version-guarded update and its history row, all in one transaction.
   */
  private async transition(
    step: ClaimStep,
    action: ClaimAction,
    decide: (claim: ReimbursementClaimRow) => Promise<UserError[] | Partial<ReimbursementClaimRow>>,
  ): Promise<MutationResult<ReimbursementClaimRow>> {
    const decision = decideReimbursementWork(this.ctx.principal, `${action} reimbursement claims`);
    authorise(decision, `${action} this claim`);
    const claim = await findByGlobalId(this.ctx.db, reimbursementClaims, "ReimbursementClaim", step.id, ["input", "id"]);
    if (claim.version !== step.expectedVersion) throw staleVersion("ReimbursementClaim", step.expectedVersion, claim.version);
    const next = nextStateOf(claimTransitions, claim.status, action, "REIMB-11");
    // The action is the mutation itself: the refusal points at the claim.
    if ("error" in next) return { value: null, userErrors: [{ ...next.error, field: ["input", "id"] }] };
    const outcome = await decide(claim);
    if (Array.isArray(outcome)) return { value: null, userErrors: outcome };
    const audience = await this.audienceOf(claim.patientId);
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      const [updated] = await tx
        .update(reimbursementClaims)
        .set({ ...outcome, status: next.to, version: sql`${reimbursementClaims.version} + 1`, updatedAt: now })
        .where(and(eq(reimbursementClaims.id, claim.id), eq(reimbursementClaims.version, step.expectedVersion)))
        .returning();
      if (!updated)
        throw staleVersion("ReimbursementClaim", step.expectedVersion, await currentVersionOf(tx, reimbursementClaims, claim.id));
      await tx.insert(reimbursementClaimHistory).values({
        claimId: claim.id,
        fromStatus: claim.status,
        toStatus: next.to,
        action,
        ...actorOf(this.ctx.principal),
        comment: step.comment ?? null,
        at: now,
      });
      await recordEvent(tx, this.ctx, claimEvent(updated, claim.status, action, audience));
      await recordAccess(tx, this.ctx, [{ patientId: claim.patientId, action: `reimbursement.${action}`, basis: decision.basis }]);
      return updated;
    });
  }

  private async requireClaim(tx: Transaction, id: string): Promise<ReimbursementClaimRow> {
    const [row] = await tx.select().from(reimbursementClaims).where(eq(reimbursementClaims.id, id));
    if (!row) throw notFound("ReimbursementClaim", id);
    return row;
  }

  // ---- reads ----

  async get(globalId: string): Promise<ReimbursementClaimRow> {
    const claim = await findByGlobalId(this.ctx.db, reimbursementClaims, "ReimbursementClaim", globalId);
    const decision = await this.decideRead(claim);
    authorise(decision, "read this reimbursement claim");
    await recordAccess(this.ctx.db, this.ctx, [{ patientId: claim.patientId, action: "reimbursement.read", basis: decision.basis }]);
    return claim;
  }

  /** SGK's work queue and auditors' view; the portal's person sees their own claims. */
  async list(
    filter: { status?: ReimbursementClaimRow["status"] | null; referralId?: string | null },
    args: PageArgs,
  ): Promise<Page<ReimbursementClaimRow>> {
    const { visible, basis } = this.visibleClaims();
    const where = and(
      visible,
      filter.status ? eq(reimbursementClaims.status, filter.status) : undefined,
      filter.referralId
        ? eq(reimbursementClaims.referralId, localIdOf(filter.referralId, "Referral", ["filter", "referralId"]))
        : undefined,
    );
    const page = await tablePage(this.ctx.db, reimbursementClaims, {
      where,
      orderBy: [reimbursementClaims.createdAt, reimbursementClaims.id],
      keyOf: (row: ReimbursementClaimRow) => [row.createdAt.toISOString(), row.id],
      args,
    });
    await recordAccess(
      this.ctx.db,
      this.ctx,
      page.nodes.map((claim) => ({ patientId: claim.patientId, action: "reimbursement.list", basis })),
    );
    return page;
  }

  history(claimId: string) {
    return this.historyLoader.load(claimId);
  }

  referralOf(claim: ReimbursementClaimRow): Promise<ReferralRow> {
    return this.claimReferralLoader.load(claim);
  }

  patientOf(claim: ReimbursementClaimRow): Promise<PatientRow> {
    return this.claimPatientLoader.load(claim);
  }

  /** Which claims the caller lists, and the basis the access log records for them. */
  private visibleClaims(): { visible: SQL | undefined; basis: string } {
    const { principal } = this.ctx;
    const { scope } = principal;
    if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON") {
      const visible = exists(
        this.ctx.db
          .select({ one: sql`1` })
          .from(patientIdentifiers)
          .where(
            and(
              eq(patientIdentifiers.patientId, reimbursementClaims.patientId),
              eq(patientIdentifiers.kind, scope.identifierKind),
              eq(patientIdentifiers.value, scope.identifierValue),
              eq(patientIdentifiers.issuingCountry, scope.issuingCountry),
            ),
          ),
      );
      return { visible, basis: "SELF" };
    }
    const decision = decideReimbursementClaimRead(principal, []);
    authorise(decision, "list reimbursement claims");
    return { visible: undefined, basis: decision.basis };
  }

  /** Who hears of a claim's steps; read before the transaction (loaders may not run inside one). */
  private async audienceOf(patientId: string) {
    const identifiers = await this.ctx.loaders.identifiersByPatientId.load(patientId);
    return reimbursementClaimAudience(identifiers.map((i) => identifierKey(i.kind, i.value, i.issuingCountry)));
  }

  private async decideRead(claim: ReimbursementClaimRow): Promise<AccessDecision> {
    return decideReimbursementClaimRead(this.ctx.principal, await this.identifierKeysOf(claim.patientId));
  }

  private async identifierKeysOf(patientId: string): Promise<string[]> {
    const { principal } = this.ctx;
    // Only a person-scoped portal's decision depends on the identifiers; spare the others the read.
    if (principal.scope.kind !== "PERSON") return [];
    const identifiers = await this.ctx.loaders.identifiersByPatientId.load(patientId);
    return identifiers.map((i) => identifierKey(i.kind, i.value, i.issuingCountry));
  }
}

function toFacilityFacts(row: FacilityRow): FacilityFacts | null {
  if (!row.provinceCode || !row.settlementAreaCode) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: levelOfKind[row.kind],
    provinceCode: row.provinceCode,
    settlementAreaCode: row.settlementAreaCode,
  };
}

function checkPeriod(input: { validFrom: string; validUntil: string }, rule: string): UserError[] {
  return input.validUntil < input.validFrom
    ? [userError(["input", "validUntil"], "PERIOD_ENDS_BEFORE_START", "validUntil is on or after validFrom.", rule)]
    : [];
}

/** A claim's transition as an event: amounts and references, no personal data. */
function claimEvent(
  claim: ReimbursementClaimRow,
  fromStatus: ReimbursementClaimRow["status"] | null,
  action: string,
  audience: string[],
): NewEvent {
  return {
    type: statusEvent("reimbursementClaim", claim.status),
    subject: { kind: "reimbursementClaim", id: claim.id },
    data: {
      action,
      fromStatus,
      toStatus: claim.status,
      version: claim.version,
      referralId: toGlobalId("Referral", claim.referralId),
      totalMinor: claim.totalMinor,
      currency: "TRY",
      paymentReference: claim.paymentReference,
      rejectionRules: claim.rejectionRules ?? [],
    },
    audience,
  };
}

export interface InsuranceStatus {
  patientId: string;
  on: string;
  /** null: SGK has recorded nothing in force on that day. */
  insured: boolean | null;
  fact: SgkInsuranceFactRow | null;
  /** The number of recorded facts: the next recording names it as expectedVersion. */
  version: number;
  history: SgkInsuranceFactRow[];
}

export interface PreReferralCheck {
  referralDate: string;
  insured: boolean | null;
  nearestTertiary: ReferenceFacts["nearestTertiary"];
  /** The nominal trip to the nearest able level-3 facility, as reimbursementQuote calculates it; null when reference data is missing. */
  statement: Statement | null;
  applicationDeadline: string | null;
  notes: Explained[];
}

function insuranceExplanation(status: InsuranceStatus): Explained {
  const rules = ["REIMB-12"];
  if (status.insured === true)
    return {
      rules,
      explanationTr: `Hasta ${status.fact!.effectiveFrom} tarihinden beri SGK sigortalısı.`,
      explanationEn: `The patient is SGK-insured since ${status.fact!.effectiveFrom}.`,
    };
  if (status.insured === false)
    return {
      rules,
      explanationTr: `SGK hastayı ${status.fact!.effectiveFrom} tarihinden beri sigortasız kaydetti: yol ve gündelik ödenmez.`,
      explanationEn: `SGK recorded the patient as not insured from ${status.fact!.effectiveFrom}: no travel or daily allowance is paid.`,
    };
  return {
    rules,
    explanationTr: "SGK hastanın sigortalılık durumunu kaydetmedi: ödeme, SGK'nın sigortalılığı kaydetmesine bağlı.",
    explanationEn: "SGK has not recorded the patient's insurance status: payment depends on SGK recording the patient as insured.",
  };
}
