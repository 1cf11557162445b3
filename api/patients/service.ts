import { randomUUID } from "node:crypto";
import { and, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Executor, Transaction } from "../../drizzle/database.js";
import { patientAccessJustifications, patientCareLinks, patientIdentifiers, patients } from "../../drizzle/schema/index.js";
import type { CareLinkSource, Guardian, PatientCategory, PatientRow, Sex } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { audienceOf, authorise, authorised, decide } from "../auth/authorise.js";
import type { AccessDecision } from "../auth/policy.js";
import { patientFactsNeeded } from "./policy.js";
import { calendarDate } from "../platform/time/clock.js";
import { forbidden, notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { recordEvent } from "../events/outbox.js";
import { localIdOf, toGlobalId } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { inTransaction, refusingOnConstraint, refuseIfAny, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { literalLimit, tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { identifierKey, issuingCountryOf, type IdentifierInput } from "./identifier-rules.js";
import { careLinkSourceTypes, checkAccessJustification, checkIdentifierAt, checkNewPatient, checkPersonalData } from "./rules.js";

export interface PatientQuery {
  identifier?: IdentifierInput | null;
  category?: PatientCategory | null;
}

export interface GuardianValue {
  name: string;
  relationship: string;
  phone?: string | null;
  identifier?: IdentifierInput | null;
}

export interface ContactValue {
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface NewPatient {
  category: PatientCategory;
  identifiers: IdentifierInput[];
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  nationality: string;
  contact?: ContactValue | null;
  preferredLanguage: string;
  guardian?: GuardianValue | null;
  registeringFacilityId?: string | null;
  idempotencyKey?: string | null;
}

export interface PatientChanges {
  id: string;
  expectedVersion: number;
  givenName?: string | null;
  familyName?: string | null;
  contact?: ContactValue | null;
  preferredLanguage?: string | null;
  guardian?: GuardianValue | null;
  cancerPatient?: boolean | null;
}

const identifierTaken = (path: string[]) =>
  userError(path, "IDENTIFIER_TAKEN", "This identifier already belongs to a patient in the registry.", "ID-4");

/**
 * Patients are personal data: every read is authorised against PAT-3 and written to the access
 * log before it is returned; every write too.
 */
export class PatientService {
  /** Reads other services logged in their own statements (see `readAndLogged`). */
  private readonly loggedReads = new Set<string>();

  constructor(private readonly ctx: ServiceContext) {}

  /**
   * PAT-3 read decisions by patient, batched in the request's loaders: one access-log insert for the patients a batch
   * allows, each logged once per request.
   */
  private get readDecisions() {
    return this.ctx.loaders.supplied<string, AccessDecision>("patient:read-decisions", (ids) => this.decideReads(ids));
  }

  /** A patient by local ID, authorised (PAT-3) and logged; batched with the other loads of this request (one select). */
  async load(patientId: string): Promise<PatientRow> {
    const row = await this.ctx.loaders.patientById.load(patientId);
    if (!row) throw notFound("Patient", patientId);
    return this.authorisedRead(row);
  }

  /**
   * A patient row another service read in its own statement (a join, possibly only some columns): authorised and
   * logged as `load` does, but kept out of the request's cache so a partial row never answers another load.
   */
  authorisedRead<Row extends { id: string }>(row: Row): Row | Promise<Row> {
    // Read and logged by another service's statement: answered at once (a page of 50 makes no 50 promises).
    if (this.loggedReads.has(row.id)) return row;
    return this.readDecisions.load(row.id).then((decision) => {
      authorised(decision, "patient:read");
      return row;
    });
  }

  /**
   * The PAT-3 read decision when it is the same for every patient (the national roles), or null when it depends on
   * the patient. A service that reads patients under such a decision logs them in the statement that reads them.
   */
  uniformReadDecision(): AccessDecision | null {
    const needed = patientFactsNeeded(this.ctx.principal);
    if (needed.identifiers || needed.activeCareLinks) return null;
    return decide(this.ctx.principal, "patient:read", { identifiers: [], activeCareLinks: [] });
  }

  /** Patients another service read and logged under `decision` in its own statement: not logged again in this request. */
  readAndLogged(patientIds: readonly string[], decision: AccessDecision): void {
    for (const id of patientIds) {
      if (decision.allowed) this.loggedReads.add(id);
      this.readDecisions.prime(id, decision);
    }
  }

  private async decideReads(ids: readonly string[]): Promise<AccessDecision[]> {
    const decisions = await Promise.all(ids.map((id) => this.decide(id, "patient:read")));
    await recordAccess(
      this.ctx.db,
      this.ctx,
      ids.flatMap((id, i) => (decisions[i].allowed ? [{ patientId: id, action: "patient.read", basis: decisions[i].basis }] : [])),
    );
    return decisions;
  }

  async get(globalId: string): Promise<PatientRow> {
    const patient = await findByGlobalId(this.ctx.db, patients, "Patient", globalId);
    const decision = authorised(await this.decide(patient.id, "patient:read"), "patient:read");
    await recordAccess(this.ctx.db, this.ctx, [{ patientId: patient.id, action: "patient.read", basis: decision.basis }]);
    return patient;
  }

  /** Lists only the patients the principal may read: all for national roles, linked ones for a hospital, itself for a portal. */
  async list(filter: PatientQuery, args: PageArgs): Promise<Page<PatientRow>> {
    const { visible, basis } = this.visibility();
    const where = and(visible, ...patientConditions(filter));
    const page = await tablePage(this.ctx.db, patients, {
      where,
      orderBy: [patients.createdAt, patients.id],
      keyOf: (row: PatientRow) => [row.createdAt.toISOString(), row.id],
      args: args,
    });
    await recordAccess(
      this.ctx.db,
      this.ctx,
      page.nodes.map((p) => ({ patientId: p.id, action: "patient.list", basis })),
    );
    return page;
  }

  async register(input: NewPatient): Promise<MutationResult<PatientRow>> {
    const registeringFacilityId = input.registeringFacilityId
      ? localIdOf(input.registeringFacilityId, "Facility", ["input", "registeringFacilityId"])
      : null;
    const decision = authorise(this.ctx.principal, "patient:register", { registeringFacilityId });
    const errors = checkNewPatient({
      category: input.category,
      birthDate: input.birthDate,
      nationality: input.nationality,
      preferredLanguage: input.preferredLanguage,
      hasGuardian: Boolean(input.guardian),
      identifiers: input.identifiers,
      today: calendarDate(this.ctx.clock.now()),
    });
    if (input.guardian?.identifier) errors.push(...checkIdentifierAt(input.guardian.identifier, ["input", "guardian", "identifier"]));
    if (errors.length) return { value: null, userErrors: errors };
    return refusingOnConstraint("patient_identifiers_kind_value_key", identifierTaken(["input", "identifiers"]), () =>
      inTransaction(this.ctx, async (t) => {
        const { tx } = t;
        const claim = await claimIfKeyed<{ patientId: string; matched?: boolean }>(
          tx,
          { clientId: t.principal.clientId, now: t.clock.now() },
          "registerPatient",
          input,
        );
        if (claim?.replayed) {
          if (claim.result.matched)
            return this.matchedRegistration(tx, claim.result.patientId, input, registeringFacilityId, decision.basis);
          // The same client repeating its own registration (within the key's 24 h): answered, and logged like any read.
          await recordAccess(tx, t, [{ patientId: claim.result.patientId, action: "patient.register.replay", basis: decision.basis }]);
          return this.requireRow(tx, claim.result.patientId);
        }
        if (t.principal.role === "PARTNER_HOSPITAL") {
          const [holder] = await tx
            .select({ patientId: patientIdentifiers.patientId })
            .from(patientIdentifiers)
            .where(or(...input.identifiers.map((i) => identifierMatch(i))))
            .limit(literalLimit(1));
          if (holder) {
            await claim?.complete({ patientId: holder.patientId, matched: true });
            return this.matchedRegistration(tx, holder.patientId, input, registeringFacilityId, decision.basis);
          }
        }
        refuseIfAny(await this.takenIdentifiers(tx, input.identifiers, ["input", "identifiers"]));
        const now = t.clock.now();
        const [patient] = await tx
          .insert(patients)
          .values({ ...this.newPatientValues(input, registeringFacilityId), createdAt: now, updatedAt: now })
          .returning();
        await tx.insert(patientIdentifiers).values(
          input.identifiers.map((i) => ({
            patientId: patient.id,
            kind: i.kind,
            value: i.value,
            issuingCountry: issuingCountryOf(i),
            createdAt: now,
          })),
        );
        await recordAccess(tx, t, [{ patientId: patient.id, action: "patient.register", basis: decision.basis }]);
        await claim?.complete({ patientId: patient.id });
        return patient;
      }),
    );
  }

  /**
   * A hospital's registration of a person already in the registry (ID-4), answered as a fresh registration would be:
   * the registry's ID for them with only what the hospital itself sent, so the answer does not tell whether the
   * person was registered (a hospital cannot probe the registry with identifiers). Nothing of the stored record is
   * read out, nothing is stored but the access-log row, and no access follows: the hospital's first referral of the
   * patient then asks it for a reason (PAT-3, `checkNewCareLink`), as for any patient it did not register.
   */
  private async matchedRegistration(
    tx: Transaction,
    patientId: string,
    input: NewPatient,
    registeringFacilityId: string | null,
    basis: string,
  ): Promise<PatientRow> {
    const now = this.ctx.clock.now();
    await recordAccess(tx, this.ctx, [{ patientId, action: "patient.register.matched", basis }]);
    this.ctx.loaders.identifiersByPatientId.prime(
      patientId,
      input.identifiers.map((i) => ({
        id: randomUUID(),
        patientId,
        kind: i.kind,
        value: i.value,
        issuingCountry: issuingCountryOf(i),
        createdAt: now,
      })),
    );
    return {
      ...this.newPatientValues(input, registeringFacilityId),
      id: patientId,
      cancerPatient: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** A new patient's columns from the registration input. */
  private newPatientValues(input: NewPatient, registeringFacilityId: string | null) {
    return {
      category: input.category,
      givenName: input.givenName,
      familyName: input.familyName,
      birthDate: input.birthDate,
      sex: input.sex,
      nationality: input.nationality,
      phone: input.contact?.phone ?? null,
      email: input.contact?.email ?? null,
      address: input.contact?.address ?? null,
      preferredLanguage: input.preferredLanguage,
      guardian: guardianValue(input.guardian),
      registeringFacilityId,
      createdByClientId: this.ctx.principal.clientId,
    };
  }

  async update(input: PatientChanges): Promise<MutationResult<PatientRow>> {
    const current = await findByGlobalId(this.ctx.db, patients, "Patient", input.id, ["input", "id"]);
    const decision = authorised(await this.decide(current.id, "patient:update"), "patient:update");
    const errors = checkPersonalData(
      {
        birthDate: current.birthDate,
        nationality: current.nationality,
        preferredLanguage: input.preferredLanguage ?? current.preferredLanguage,
        hasGuardian: Boolean(input.guardian ?? current.guardian),
        today: calendarDate(this.ctx.clock.now()),
      },
      ["input"],
    );
    if (input.guardian?.identifier) errors.push(...checkIdentifierAt(input.guardian.identifier, ["input", "guardian", "identifier"]));
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const [updated] = await tx
        .update(patients)
        .set({
          ...(input.givenName != null && { givenName: input.givenName }),
          ...(input.familyName != null && { familyName: input.familyName }),
          ...(input.preferredLanguage != null && { preferredLanguage: input.preferredLanguage }),
          ...(input.contact != null && {
            phone: input.contact.phone ?? null,
            email: input.contact.email ?? null,
            address: input.contact.address ?? null,
          }),
          ...(input.guardian != null && { guardian: guardianValue(input.guardian) }),
          ...(input.cancerPatient != null && { cancerPatient: input.cancerPatient }),
          version: sql`${patients.version} + 1`,
          updatedAt: t.clock.now(),
        })
        .where(and(eq(patients.id, current.id), eq(patients.version, input.expectedVersion)))
        .returning();
      if (!updated) throw staleVersion("Patient", input.expectedVersion, (await this.requireRow(tx, current.id)).version);
      await recordAccess(tx, t, [{ patientId: current.id, action: "patient.update", basis: decision.basis }]);
      return updated;
    });
  }

  async addIdentifier(input: {
    patientId: string;
    expectedVersion: number;
    identifier: IdentifierInput;
  }): Promise<MutationResult<PatientRow>> {
    const current = await findByGlobalId(this.ctx.db, patients, "Patient", input.patientId, ["input", "patientId"]);
    const decision = authorised(await this.decide(current.id, "patient:update"), "patient:update");
    const errors = checkIdentifierAt(input.identifier, ["input", "identifier"]);
    if (errors.length) return { value: null, userErrors: errors };
    return refusingOnConstraint("patient_identifiers_kind_value_key", identifierTaken(["input", "identifiers"]), () =>
      inTransaction(this.ctx, async (t) => {
        const { tx } = t;
        refuseIfAny(await this.takenIdentifiers(tx, [input.identifier], ["input", "identifier"], true));
        const [updated] = await tx
          .update(patients)
          .set({ version: sql`${patients.version} + 1`, updatedAt: t.clock.now() })
          .where(and(eq(patients.id, current.id), eq(patients.version, input.expectedVersion)))
          .returning();
        if (!updated) throw staleVersion("Patient", input.expectedVersion, current.version);
        const i = input.identifier;
        await tx.insert(patientIdentifiers).values({
          patientId: current.id,
          kind: i.kind,
          value: i.value,
          issuingCountry: issuingCountryOf(i),
          createdAt: t.clock.now(),
        });
        await recordAccess(tx, t, [{ patientId: current.id, action: "patient.addIdentifier", basis: decision.basis }]);
        return updated;
      }).finally(() => this.ctx.loaders.identifiersByPatientId.clear(current.id)),
    );
  }

  /**
   * PAT-3 before a new care link of `facilityId` with the patient (a referral or appointment): the stated reason a
   * hospital owes when it creates its own access, checked (see `checkAccessJustification`). Read before the
   * transaction; `needed` says whether `recordJustification` must run in it.
   */
  async checkNewCareLink(
    patient: Pick<PatientRow, "id" | "registeringFacilityId">,
    facilityId: string,
    reason: string | null | undefined,
  ): Promise<{ needed: boolean; errors: UserError[] }> {
    const byHospital = this.ctx.principal.role === "PARTNER_HOSPITAL";
    const links = byHospital
      ? await this.ctx.db
          .select({ endedAt: patientCareLinks.endedAt })
          .from(patientCareLinks)
          .where(and(eq(patientCareLinks.patientId, patient.id), eq(patientCareLinks.facilityId, facilityId)))
      : [];
    return checkAccessJustification(
      {
        byHospital,
        linkedNow: links.some((l) => l.endedAt === null),
        justRegistered: patient.registeringFacilityId === facilityId && links.length === 0,
        reason,
      },
      ["input", "accessJustification"],
    );
  }

  /**
   * Records a hospital's stated reason for the care link `link` it just created (in the caller's transaction), and
   * announces it to the coordination unit; returns the access-log basis of the act.
   */
  async recordJustification(
    tx: Transaction,
    link: { patientId: string; facilityId: string; source: CareLinkSource; sourceId: string },
    reason: string,
  ): Promise<string> {
    const [justification] = await tx
      .insert(patientAccessJustifications)
      .values({
        ...link,
        reason: reason.trim(),
        clientId: this.ctx.principal.clientId,
        requestId: this.ctx.requestId,
        at: this.ctx.clock.now(),
      })
      .returning({ id: patientAccessJustifications.id });
    await recordEvent(tx, this.ctx, {
      type: "patient.access_justified",
      subject: { kind: "patient", id: link.patientId },
      data: {
        facilityId: toGlobalId("Facility", link.facilityId),
        grantedThrough: toGlobalId(careLinkSourceTypes[link.source], link.sourceId),
        justificationId: justification.id,
      },
      audience: audienceOf("patient-access-justification:read", undefined),
    });
    return `JUSTIFIED:${justification.id}`;
  }

  /** The facts PAT-3 needs for this principal (identifiers, active care links), through the request's loaders; no others are read. */
  /** The decision of `patient:read` or `patient:update` for one patient (asserted by the caller: reads are batched). */
  private async decide(patientId: string, action: "patient:read" | "patient:update"): Promise<AccessDecision> {
    const needed = patientFactsNeeded(this.ctx.principal);
    const [identifiers, activeCareLinks] = await Promise.all([
      needed.identifiers ? this.ctx.loaders.identifiersByPatientId.load(patientId) : [],
      needed.activeCareLinks ? this.ctx.loaders.activeCareLinksByPatientId.load(patientId) : [],
    ]);
    return decide(this.ctx.principal, action, {
      identifiers: identifiers.map((i) => identifierKey(i.kind, i.value, i.issuingCountry)),
      activeCareLinks,
    });
  }

  private visibility(): { visible: SQL | undefined; basis: string } {
    const { principal } = this.ctx;
    const { scope } = principal;
    if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return { visible: undefined, basis: "NATIONAL_SCOPE" };
    if (principal.role === "PARTNER_HOSPITAL" && scope.kind === "FACILITY") {
      return {
        visible: exists(
          this.ctx.db
            .select({ one: sql`1` })
            .from(patientCareLinks)
            .where(
              and(
                eq(patientCareLinks.patientId, patients.id),
                eq(patientCareLinks.facilityId, scope.facilityId),
                isNull(patientCareLinks.endedAt),
              ),
            ),
        ),
        basis: `CARE_LINK:FACILITY:${scope.facilityId}`,
      };
    }
    if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON") {
      return {
        visible: hasIdentifier({ kind: scope.identifierKind, value: scope.identifierValue, issuingCountry: scope.issuingCountry ?? "" }),
        basis: "SELF",
      };
    }
    throw forbidden("list patients", `the role ${principal.role} does not read patients' personal data`, "PAT-3", {
      action: "patient:list",
    });
  }

  private async takenIdentifiers(tx: Executor, identifiers: IdentifierInput[], path: string[], single = false): Promise<UserError[]> {
    const taken = await tx
      .select({ kind: patientIdentifiers.kind, value: patientIdentifiers.value, issuingCountry: patientIdentifiers.issuingCountry })
      .from(patientIdentifiers)
      .where(or(...identifiers.map((i) => identifierMatch(i))));
    const isTaken = (i: IdentifierInput) =>
      taken.some((t) => t.kind === i.kind && t.value === i.value && t.issuingCountry === issuingCountryOf(i));
    return identifiers.flatMap((i, index) =>
      isTaken(i) ? [identifierTaken(single ? [...path, "value"] : [...path, String(index), "value"])] : [],
    );
  }

  private async requireRow(tx: Transaction, id: string): Promise<PatientRow> {
    const [row] = await tx.select().from(patients).where(eq(patients.id, id));
    return row;
  }
}

const identifierMatch = (i: IdentifierInput) =>
  and(
    eq(patientIdentifiers.kind, i.kind),
    eq(patientIdentifiers.value, i.value),
    eq(patientIdentifiers.issuingCountry, issuingCountryOf(i)),
  );

function hasIdentifier(identifier: IdentifierInput): SQL {
  return sql`exists (select 1 from ${patientIdentifiers} where ${patientIdentifiers.patientId} = ${patients.id} and ${identifierMatch(identifier)})`;
}

function patientConditions(filter: PatientQuery): SQL[] {
  const conditions: SQL[] = [];
  if (filter.identifier) conditions.push(hasIdentifier(filter.identifier));
  if (filter.category) conditions.push(eq(patients.category, filter.category));
  return conditions;
}

function guardianValue(guardian: GuardianValue | null | undefined): Guardian | null {
  if (!guardian) return null;
  return {
    name: guardian.name,
    relationship: guardian.relationship,
    phone: guardian.phone ?? null,
    identifierKind: guardian.identifier?.kind ?? null,
    identifierValue: guardian.identifier?.value ?? null,
  };
}
