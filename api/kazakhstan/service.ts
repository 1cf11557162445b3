import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import {
  kzAttachmentRequests,
  kzAttachments,
  kzGuaranteedDiseases,
  kzGuaranteedServices,
  kzInsuranceContracts,
  kzPhcOrganisations,
  kzServiceQuotas,
  patientIdentifiers,
  patients,
} from "../../drizzle/schema/index.js";
import type {
  KzAttachmentRow,
  KzContractRow,
  KzRequestDocuments,
  KzRequestRow,
  KzServiceRow,
  PatientRow,
} from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { audienceOf, authorise } from "../auth/authorise.js";
import { attachmentRequestAudience, contractExpiryAudience, overdueAttachmentAudience } from "./policy.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent, type EventContext, type NewEvent } from "../events/outbox.js";
import type { Database } from "../../drizzle/database.js";
import type { Clock } from "../platform/time/clock.js";
import { addDays, addMonths } from "../platform/time/clock.js";
import { calendarDate } from "../platform/time/clock.js";
import { badInput, notFound, userError } from "../platform/conventions/errors.js";
import { isUuid, localIdOf, toGlobalId } from "../platform/conventions/global-id.js";
import { idempotent, rowById } from "../platform/conventions/idempotency.js";
import { inTransaction, refuseIfAny, refusingOnConstraint, type MutationResult } from "../platform/conventions/mutation.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { TransactionContext } from "../platform/conventions/transaction.js";
import { moveErrors, recordCreation, transition } from "../platform/conventions/workflow.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { holidaySet } from "../platform/time/holidays.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { checkIin, identifierKey } from "../patients/identifier-rules.js";
import { ageOn } from "../patients/rules.js";
import {
  attachmentEnd,
  checkAttachmentRequest,
  checkContract,
  checkCoverageAtDecision,
  checkHolidayCalendar,
  checkSubmissionChannel,
  CONTRACT_EXPIRY_WARNING_DAYS,
  checkRefusal,
  coveringContracts,
  decisionDeadline,
  KZ_TIME_ZONE,
  quotaAvailability,
} from "./rules.js";
import { attachmentRequestWorkflow } from "./workflow.js";

export interface NewContract {
  number: string;
  kind: "VHI" | "OSMS";
  insuredIin: string;
  startsOn: string;
  endsOn: string;
  idempotencyKey?: string | null;
}

export interface NewAttachmentRequest {
  personIin: string;
  organisationCode: string;
  contractId: string;
  channel: "EGOV_PORTAL" | "IN_PERSON";
  edsCertificateRef?: string | null;
  applicationLanguage?: string | null;
  documents: KzRequestDocuments;
  residence: { kind: string; city: string; district: string };
  applicantRelation: "SELF" | "FAMILY_MEMBER" | "LEGAL_REPRESENTATIVE";
  /** In person: the family member or representative who applies, as the organisation's staff identified them. */
  applicantIin?: string | null;
  idempotencyKey?: string | null;
}

/** Kazakhstan: insurance (KZ-1..3), attachment to primary care (KZ-4..12), the guaranteed volume (KZ-13, KZ-14). */
/** Who a request concerns; its audience at each step follows from its status (attachmentRequestAudience). */
type RequestAudienceFacts = Omit<Parameters<typeof attachmentRequestAudience>[0], "status">;

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

export class KazakhstanService {
  constructor(private readonly ctx: ServiceContext) {}

  private today(): string {
    return calendarDate(this.ctx.clock.now(), KZ_TIME_ZONE);
  }

  /** KZ-1: a person in the Kazakh registry is found by IIN (ID-2). */
  private async personByIin(iin: string, field: string[]): Promise<PatientRow> {
    const person = await this.findPersonByIin(iin, field);
    if (!person) throw notFound("Person with IIN", iin);
    return person;
  }

  private async findPersonByIin(iin: string, field: string[]): Promise<PatientRow | null> {
    const violation = checkIin(iin);
    if (violation) throw badInput(field, violation.message, "KZ-1");
    const [row] = await this.ctx.db
      .select({ patient: patients })
      .from(patients)
      .innerJoin(patientIdentifiers, eq(patientIdentifiers.patientId, patients.id))
      .where(and(eq(patientIdentifiers.kind, "IIN"), eq(patientIdentifiers.value, iin)));
    return row?.patient ?? null;
  }

  /** One contract by global ID (node), for its insurer, the insured person's portal and auditors. */
  async contract(globalId: string): Promise<KzContractRow> {
    const row = await findByGlobalId(this.ctx.db, kzInsuranceContracts, "InsuranceContract", globalId);
    authorise(this.ctx.principal, "kz-contract:read", row);
    return row;
  }

  async registerContract(input: NewContract): Promise<MutationResult<KzContractRow>> {
    authorise(this.ctx.principal, "kz-contract:register");
    const insurerCode = (this.ctx.principal.scope as { insurerCode: string }).insurerCode;
    const errors = checkContract(input);
    if (errors.length) return { value: null, userErrors: errors };
    const { idempotencyKey: _key, ...contract } = input;
    const taken = userError(["input", "number"], "TAKEN", "This insurer already registered a contract with this number.", "KZ-2");
    return refusingOnConstraint("kz_contracts_insurer_number_key", taken, () =>
      inTransaction(this.ctx, (t) =>
        idempotent(t, "registerInsuranceContract", input, rowById<KzContractRow>(kzInsuranceContracts), async () => {
          const [row] = await t.tx
            .insert(kzInsuranceContracts)
            .values({ ...contract, insurerCode, registeredByClientId: t.principal.clientId, createdAt: t.clock.now() })
            .returning();
          return row;
        }),
      ),
    );
  }

  /** KZ-3: may a foreigner with this IIN be employed on `day` (active VHI or OSMS)? */
  async employmentEligibility(iin: string, day: string): Promise<{ eligible: boolean; contracts: KzContractRow[]; rule: string }> {
    const violation = checkIin(iin);
    if (violation) throw badInput(["iin"], violation.message, "KZ-1");
    authorise(this.ctx.principal, "kz-eligibility:read", { iin });
    const contracts = await this.ctx.db
      .select()
      .from(kzInsuranceContracts)
      .where(eq(kzInsuranceContracts.insuredIin, iin))
      .orderBy(asc(kzInsuranceContracts.startsOn));
    const covering = coveringContracts(contracts, day);
    return { eligible: covering.length > 0, contracts: covering, rule: "KZ-3" };
  }

  async submitRequest(input: NewAttachmentRequest): Promise<MutationResult<KzRequestRow>> {
    const person = await this.personByIin(input.personIin, ["input", "personIin"]);
    const identifiers = (await this.ctx.loaders.identifiersByPatientId.load(person.id)).map((i) =>
      identifierKey(i.kind, i.value, i.issuingCountry),
    );
    const principal = this.ctx.principal;
    // A portal applies for its own person, for a family member with their consent (KZ-10), or for a child it is the
    // legal representative of (KZ-11); at the organisation its staff file any of these, checking the documents.
    const applicant = await this.applicantOf(input);
    const decision = authorise(principal, "kz-attachment:submit", {
      organisationCode: input.organisationCode,
      applicantRelation: input.applicantRelation,
      personIdentifiers: identifiers,
      applicant: applicant && { isThePerson: applicant.id === person.id, iin: applicant.iin },
      guardian: { identifierKind: person.guardian?.identifierKind ?? null, identifierValue: person.guardian?.identifierValue ?? null },
    });
    const contractId = localIdOf(input.contractId, "InsuranceContract", ["input", "contractId"]);
    const [contract] = isUuid(contractId)
      ? await this.ctx.db.select().from(kzInsuranceContracts).where(eq(kzInsuranceContracts.id, contractId))
      : [];
    const [organisation] = await this.ctx.db.select().from(kzPhcOrganisations).where(eq(kzPhcOrganisations.code, input.organisationCode));
    if (!organisation) throw notFound("PHC organisation", input.organisationCode);
    const personIin = identifiers.find((i) => i.startsWith("IIN:"))!.slice(4);
    const now = this.ctx.clock.now();
    const holidays = await holidaySet(this.ctx.db, "KZ");
    const errors = [
      ...checkSubmissionChannel({ byPortal: principal.role === "EGOV_PORTAL", channel: input.channel }),
      ...checkAttachmentRequest({
        ...input,
        edsCertificateRef: input.edsCertificateRef ?? null,
        applicationLanguage: input.applicationLanguage ?? null,
        personAge: ageOn(person.birthDate, this.today()),
        contract: contract ?? null,
        personIin,
        today: this.today(),
        organisation,
        residence: input.residence,
      }),
      ...checkHolidayCalendar(now, holidays),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    const audience = {
      organisationCode: organisation.code,
      personIdentifiers: [...identifiers, ...(applicant ? [identifierKey("IIN", applicant.iin)] : [])],
      insurerCode: contract.insurerCode,
    };
    return inTransaction(this.ctx, (t) =>
      idempotent(t, "submitAttachmentRequest", input, rowById<KzRequestRow>(kzAttachmentRequests), async () => {
        const [row] = await t.tx
          .insert(kzAttachmentRequests)
          .values({
            personId: person.id,
            organisationCode: organisation.code,
            contractId: contract.id,
            channel: input.channel,
            edsCertificateRef: input.edsCertificateRef ?? null,
            applicationLanguage: input.applicationLanguage ?? null,
            documents: input.documents,
            residenceKind: input.residence.kind,
            residenceCity: input.residence.city,
            residenceDistrict: input.residence.district,
            applicantRelation: input.applicantRelation,
            applicantPersonId: applicant?.id ?? null,
            submittedAt: now,
            decisionDueAt: decisionDeadline(now, holidays),
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await recordAccess(t.tx, t, [{ patientId: person.id, action: "kz.attachment.submit", basis: decision.basis }]);
        await recordCreation(t, attachmentRequestWorkflow, {
          row,
          action: "submit",
          event: (created) => requestEvent(created, null, "submit", audience),
        });
        return row;
      }),
    );
  }

  /**
   * Who applies for someone else (KZ-10, KZ-11): on the portal, its own person; at the organisation, the applicant its
   * staff identified (`applicantIin`), if given. Null for SELF.
   */
  private async applicantOf(input: NewAttachmentRequest): Promise<{ id: string; iin: string } | null> {
    if (input.applicantRelation === "SELF") return null;
    const { scope } = this.ctx.principal;
    const iin =
      this.ctx.principal.role === "EGOV_PORTAL"
        ? scope.kind === "PERSON" && scope.identifierKind === "IIN"
          ? scope.identifierValue
          : null
        : (input.applicantIin ?? null);
    // A portal acting for someone without an IIN has no applicant: the policy refuses it (KZ-10).
    if (!iin) return null;
    const applicant = await this.personByIin(iin, ["input", "applicantIin"]);
    return { id: applicant.id, iin };
  }

  /** KZ-9 / KZ-12: a person's attachments, current and ended, newest first, each with why and when it ended. */
  async attachmentHistory(iin: string) {
    const person = await this.readablePerson(iin);
    const rows = await this.ctx.db
      .select()
      .from(kzAttachments)
      .where(eq(kzAttachments.personId, person.id))
      // Newest first: the open one, then by when each ended (several can start on one day).
      .orderBy(desc(kzAttachments.startsOn), sql`${kzAttachments.endedAt} desc nulls first`, desc(kzAttachments.id));
    return rows.map((row) => this.withState(row));
  }

  private withState(row: KzAttachmentRow) {
    const today = this.today();
    const end = attachmentEnd(row, today);
    return { ...row, ...end, active: end.endReason === null };
  }

  /** KZ-6: the organisation's staff file the request into the Register of Attached Population. */
  async fileRequest(input: { id: string; expectedVersion: number }): Promise<MutationResult<KzRequestRow>> {
    const request = await this.request(input.id);
    authorise(this.ctx.principal, "kz-attachment:file", request);
    const errors = moveErrors(attachmentRequestWorkflow, request.status, "file");
    if (errors.length) return { value: null, userErrors: errors };
    const audience = await this.requestAudience(request);
    return inTransaction(this.ctx, (t) =>
      transition(t, attachmentRequestWorkflow, {
        row: request,
        expectedVersion: input.expectedVersion,
        action: "file",
        changes: { filedAt: t.clock.now() },
        event: (updated) => requestEvent(updated, request.status, "file", audience),
      }),
    );
  }

  /** KZ-8 / KZ-9 / KZ-12: attach (ending any other open attachment) with a notice, or refuse with reasons. */
  async decideRequest(input: {
    id: string;
    expectedVersion: number;
    attach: boolean;
    refusalReason?: string | null;
  }): Promise<MutationResult<KzRequestRow>> {
    const request = await this.request(input.id);
    authorise(this.ctx.principal, "kz-attachment:decide", request);
    const outcome = input.attach ? "ATTACHED" : "REFUSED";
    const errors = [
      ...moveErrors(attachmentRequestWorkflow, request.status, "decide", outcome),
      ...(input.attach ? [] : checkRefusal(input.refusalReason)),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    const audience = await this.requestAudience(request);
    const decide = (t: TransactionContext, changes: Partial<KzRequestRow>) =>
      transition(t, attachmentRequestWorkflow, {
        row: request,
        expectedVersion: input.expectedVersion,
        action: "decide",
        to: outcome,
        changes: { decidedAt: now, ...changes },
        note: input.attach ? null : input.refusalReason!,
        event: (updated) => requestEvent(updated, request.status, "decide", audience),
      });
    return inTransaction(this.ctx, async (t) => {
      if (!input.attach) return decide(t, { refusalReason: input.refusalReason! });
      const { tx } = t;
      // KZ-12: one person's attachments are decided one at a time.
      await tx.select({ id: patients.id }).from(patients).where(eq(patients.id, request.personId)).for("update");
      const [contract] = await tx.select().from(kzInsuranceContracts).where(eq(kzInsuranceContracts.id, request.contractId));
      refuseIfAny(checkCoverageAtDecision(contract, this.today()));
      await tx
        .update(kzAttachments)
        .set({ endedAt: now, endReason: `REATTACHED:${request.organisationCode}` })
        .where(and(eq(kzAttachments.personId, request.personId), isNull(kzAttachments.endedAt)));
      await tx.insert(kzAttachments).values({
        personId: request.personId,
        organisationCode: request.organisationCode,
        contractId: contract.id,
        requestId: request.id,
        startsOn: this.today(),
        validUntil: contract.endsOn,
      });
      return decide(t, { noticeNumber: `KZ-ATT-${this.today().replaceAll("-", "")}-${request.id.slice(0, 8).toUpperCase()}` });
    });
  }

  /** Every step of the request, oldest first (the request's loader: one statement for a page of requests). */
  history(requestId: string) {
    return this.ctx.loaders.attachmentRequestHistory.load(requestId);
  }

  async request(globalId: string): Promise<KzRequestRow> {
    const row = await findByGlobalId(this.ctx.db, kzAttachmentRequests, "AttachmentRequest", globalId);
    return row;
  }

  /** One request, for its organisation or an auditor (as the organisation's list); `node(id:)` reads it so. */
  async readableRequest(globalId: string): Promise<KzRequestRow> {
    const row = await this.request(globalId);
    authorise(this.ctx.principal, "kz-attachment:read-requests", row);
    return row;
  }

  /** An organisation's requests; `overdueOnly` lists those past their one-business-day deadline (KZ-7). */
  /** An organisation's requests by decision deadline, earliest first (ties by ID), paged like every list. */
  requests(organisationCode: string, overdueOnly: boolean, args: PageArgs): Promise<Page<KzRequestRow>> {
    authorise(this.ctx.principal, "kz-attachment:read-requests", { organisationCode });
    return tablePage(this.ctx.db, kzAttachmentRequests, {
      where: and(
        eq(kzAttachmentRequests.organisationCode, organisationCode),
        overdueOnly
          ? and(inArray(kzAttachmentRequests.status, ["SUBMITTED", "FILED"]), lt(kzAttachmentRequests.decisionDueAt, this.ctx.clock.now()))
          : undefined,
      ),
      orderBy: [kzAttachmentRequests.decisionDueAt, kzAttachmentRequests.id],
      keyOf: (row: KzRequestRow) => [row.decisionDueAt.toISOString(), row.id],
      args,
    });
  }

  /** A person's attachment as of today: active, or lapsed with its contract (KZ-9). */
  async attachment(iin: string | null | undefined) {
    const person = await this.readablePerson(this.iinOrOwn(iin));
    const [row] = await this.ctx.db
      .select()
      .from(kzAttachments)
      .where(and(eq(kzAttachments.personId, person.id), isNull(kzAttachments.endedAt)));
    return row ? this.withState(row) : null;
  }

  /** KZ-13 / KZ-14: records a free guaranteed service, refusing one beyond its quota with the date it is available again. */
  async recordService(input: {
    personIin: string;
    serviceCode: string;
    diseaseCode: string;
    providedOn: string;
  }): Promise<MutationResult<KzServiceRow>> {
    const principal = this.ctx.principal;
    const organisationCode = principal.scope.kind === "ORGANISATION" ? principal.scope.organisationCode : "";
    authorise(principal, "kz-service:record", { organisationCode });
    const person = await this.personByIin(input.personIin, ["input", "personIin"]);
    const [[disease], [quota]] = await Promise.all([
      this.ctx.db.select().from(kzGuaranteedDiseases).where(eq(kzGuaranteedDiseases.code, input.diseaseCode)),
      this.ctx.db.select().from(kzServiceQuotas).where(eq(kzServiceQuotas.code, input.serviceCode)),
    ]);
    const errors = [];
    if (!disease)
      errors.push(
        userError(
          ["input", "diseaseCode"],
          "NOT_GUARANTEED",
          "The free guaranteed volume covers the 23 diseases dangerous to others only.",
          "KZ-13",
        ),
      );
    if (!quota)
      errors.push(userError(["input", "serviceCode"], "UNKNOWN_SERVICE", "The service is not in the guaranteed volume's table.", "KZ-14"));
    if (input.providedOn > this.today())
      errors.push(userError(["input", "providedOn"], "IN_FUTURE", "A service is recorded once given, not ahead.", "KZ-14"));
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      // Serialise one person's services so two organisations cannot both use the last place of a quota.
      await tx.select({ id: patients.id }).from(patients).where(eq(patients.id, person.id)).for("update");
      const previous = await tx
        .select({ providedOn: kzGuaranteedServices.providedOn })
        .from(kzGuaranteedServices)
        .where(and(eq(kzGuaranteedServices.personId, person.id), eq(kzGuaranteedServices.serviceCode, quota.code)));
      const availability = quotaAvailability(
        quota,
        previous.map((p) => p.providedOn),
        input.providedOn,
      );
      if (!availability.allowed) {
        refuseIfAny([
          userError(
            ["input", "serviceCode"],
            "QUOTA_USED",
            `${quota.nameEn}: the quota (${quota.limitCount}, ${quota.period}) is used; available again on ${availability.availableOn}.`,
            "KZ-14",
          ),
        ]);
      }
      const [row] = await tx
        .insert(kzGuaranteedServices)
        .values({
          ...input,
          personId: person.id,
          organisationCode,
          recordedByClientId: principal.clientId,
          createdAt: t.clock.now(),
        })
        .returning();
      await recordAccess(tx, t, [
        { patientId: person.id, action: "kz.guaranteedService.record", basis: `ORGANISATION:${organisationCode}` },
      ]);
      return row;
    });
  }

  /** KZ-14: each quota of the guaranteed volume, used and when it is available next. */
  async guaranteedVolume(iin: string | null | undefined, day: string) {
    const person = await this.readablePerson(this.iinOrOwn(iin));
    const [quotas, services] = await Promise.all([
      this.ctx.db.select().from(kzServiceQuotas).orderBy(asc(kzServiceQuotas.code)),
      this.ctx.db.select().from(kzGuaranteedServices).where(eq(kzGuaranteedServices.personId, person.id)),
    ]);
    return quotas.map((quota) => {
      const dates = services.filter((s) => s.serviceCode === quota.code).map((s) => s.providedOn);
      const availability = quotaAvailability(quota, dates, day);
      const inPeriod = (d: string) => (quota.period === "CALENDAR_YEAR" ? d.slice(0, 4) === day.slice(0, 4) : d > addMonths(day, -6));
      return { ...quota, used: dates.filter((d) => d <= day && inPeriod(d)).length, availableOn: availability.availableOn ?? day };
    });
  }

  diseases() {
    return this.ctx.db.select().from(kzGuaranteedDiseases).orderBy(asc(kzGuaranteedDiseases.code));
  }

  /** The IIN asked for, or the portal's own person's when it leaves it out (it acts for that one person). */
  private iinOrOwn(iin: string | null | undefined): string {
    if (iin) return iin;
    const { scope } = this.ctx.principal;
    if (scope.kind === "PERSON" && scope.identifierKind === "IIN") return scope.identifierValue;
    throw badInput(["iin"], "is required: only an e-government portal acting for a person with an IIN may leave it out.");
  }

  /**
   * The person with this IIN, authorised and logged. A caller who may not read them is refused the same way whether
   * or not the IIN is registered (FORBIDDEN either way): only one who could read that person learns it is not.
   */
  private async readablePerson(iin: string): Promise<PatientRow> {
    const person = await this.findPersonByIin(iin, ["iin"]);
    const identifiers = person
      ? (await this.ctx.loaders.identifiersByPatientId.load(person.id)).map((i) => identifierKey(i.kind, i.value, i.issuingCountry))
      : [identifierKey("IIN", iin, "")];
    const { insuredByCaller, knownToOrganisation } = await this.kzPartyFacts(person?.id ?? null, iin);
    const decision = authorise(this.ctx.principal, "kz-person:read", {
      identifiers,
      insuredByCaller,
      knownToOrganisation,
      minorGuardian:
        person && ageOn(person.birthDate, this.today()) < 18
          ? { identifierKind: person.guardian?.identifierKind ?? null, identifierValue: person.guardian?.identifierValue ?? null }
          : null,
    });
    if (!person) throw notFound("Person with IIN", iin);
    await recordAccess(this.ctx.db, this.ctx, [{ patientId: person.id, action: "kz.person.read", basis: decision.basis }]);
    return person;
  }

  /** What `kz-person:read` asks of an insurer (does it insure the person?) or a PHC organisation (is the person known there?). */
  private async kzPartyFacts(personId: string | null, iin: string): Promise<{ insuredByCaller: boolean; knownToOrganisation: boolean }> {
    const { scope, role } = this.ctx.principal;
    if (role === "INSURER" && scope.kind === "INSURER") {
      const [contract] = await this.ctx.db
        .select({ id: kzInsuranceContracts.id })
        .from(kzInsuranceContracts)
        .where(and(eq(kzInsuranceContracts.insurerCode, scope.insurerCode), eq(kzInsuranceContracts.insuredIin, iin)));
      return { insuredByCaller: Boolean(contract), knownToOrganisation: false };
    }
    if (role === "PHC_ORGANISATION" && scope.kind === "ORGANISATION") {
      // An unregistered IIN is looked up like any other (the nil UUID matches nothing): same answer, same work.
      personId ??= NIL_UUID;
      const [request] = await this.ctx.db
        .select({ id: kzAttachmentRequests.id })
        .from(kzAttachmentRequests)
        .where(and(eq(kzAttachmentRequests.personId, personId), eq(kzAttachmentRequests.organisationCode, scope.organisationCode)));
      const [served] = request
        ? [request]
        : await this.ctx.db
            .select({ id: kzGuaranteedServices.id })
            .from(kzGuaranteedServices)
            .where(and(eq(kzGuaranteedServices.personId, personId), eq(kzGuaranteedServices.organisationCode, scope.organisationCode)));
      return { insuredByCaller: false, knownToOrganisation: Boolean(served) };
    }
    return { insuredByCaller: false, knownToOrganisation: false };
  }

  /** Who hears of a request's steps; read before the transaction (loaders may not run inside one). */
  private async requestAudience(request: KzRequestRow): Promise<RequestAudienceFacts> {
    const [contract] = await this.ctx.db
      .select({ insurerCode: kzInsuranceContracts.insurerCode })
      .from(kzInsuranceContracts)
      .where(eq(kzInsuranceContracts.id, request.contractId));
    // The person, and whoever applied for them (a parent's portal hears of the child's attachment: KZ-10, KZ-11).
    const identifiers = (
      await Promise.all(
        [request.personId, request.applicantPersonId]
          .filter((id): id is string => id !== null)
          .map((id) => this.ctx.loaders.identifiersByPatientId.load(id)),
      )
    ).flat();
    return {
      organisationCode: request.organisationCode,
      personIdentifiers: identifiers.map((i) => identifierKey(i.kind, i.value, i.issuingCountry)),
      insurerCode: contract.insurerCode,
    };
  }
}

/** A request's step as an event: its organisation and auditors hear of it; on ATTACHED, the person and the insurer too. */
function requestEvent(
  row: KzRequestRow,
  fromStatus: KzRequestRow["status"] | null,
  action: string,
  audience: RequestAudienceFacts,
): NewEvent {
  return {
    type: statusEvent("attachmentRequest", row.status),
    subject: { kind: "attachmentRequest", id: row.id },
    data: {
      action,
      fromStatus,
      toStatus: row.status,
      version: row.version,
      organisationCode: row.organisationCode,
      channel: row.channel,
      decisionDueAt: row.decisionDueAt.toISOString(),
      contractId: toGlobalId("InsuranceContract", row.contractId),
    },
    audience: audienceOf("kz-attachment:read-requests", { ...audience, status: row.status }),
  };
}

/**
 * KZ-7: requests still undecided after their one-business-day deadline are announced once to the organisation that
 * owes the decision and to the insurer (`attachmentRequest.overdue`). The server runs it every minute; returns how many.
 */
export async function notifyOverdueAttachmentDecisions(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  const job: EventContext = { clock, principal: null };
  return db.transaction(async (tx) => {
    const overdue = await tx
      .update(kzAttachmentRequests)
      .set({ overdueNotifiedAt: now })
      .where(
        and(
          inArray(kzAttachmentRequests.status, ["SUBMITTED", "FILED"]),
          lt(kzAttachmentRequests.decisionDueAt, now),
          isNull(kzAttachmentRequests.overdueNotifiedAt),
        ),
      )
      .returning();
    if (!overdue.length) return 0;
    const insurers = await tx
      .select({ id: kzInsuranceContracts.id, insurerCode: kzInsuranceContracts.insurerCode })
      .from(kzInsuranceContracts)
      .where(
        inArray(
          kzInsuranceContracts.id,
          overdue.map((r) => r.contractId),
        ),
      );
    const insurerOf = new Map(insurers.map((c) => [c.id, c.insurerCode]));
    await recordEvent(
      tx,
      job,
      ...overdue.map((row) => ({
        type: "attachmentRequest.overdue" as const,
        subject: { kind: "attachmentRequest" as const, id: row.id },
        data: {
          action: "overdue",
          status: row.status,
          version: row.version,
          organisationCode: row.organisationCode,
          channel: row.channel,
          decisionDueAt: row.decisionDueAt.toISOString(),
          contractId: toGlobalId("InsuranceContract", row.contractId),
          rule: "KZ-7",
        },
        audience: overdueAttachmentAudience({ organisationCode: row.organisationCode, insurerCode: insurerOf.get(row.contractId)! }),
      })),
    );
    return overdue.length;
  });
}

/**
 * KZ-15: once, within CONTRACT_EXPIRY_WARNING_DAYS of a contract's last day, its person, the organisation they are
 * attached to under it and the insurer hear what lapses with it: the attachment (KZ-9) and, unless another contract
 * covers the next day, employment eligibility (KZ-3). The server runs it every minute; returns how many contracts.
 */
export async function warnExpiringInsuranceContracts(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  const today = calendarDate(now, KZ_TIME_ZONE);
  const job: EventContext = { clock, principal: null };
  return db.transaction(async (tx) => {
    const ending = await tx
      .update(kzInsuranceContracts)
      .set({ expiryWarnedAt: now })
      .where(
        and(
          isNull(kzInsuranceContracts.expiryWarnedAt),
          gte(kzInsuranceContracts.endsOn, today),
          lte(kzInsuranceContracts.endsOn, addDays(today, CONTRACT_EXPIRY_WARNING_DAYS)),
        ),
      )
      .returning();
    if (!ending.length) return 0;
    // One after the other: inside a transaction the embedded engine runs one statement at a time.
    const attachments = await tx
      .select({ contractId: kzAttachments.contractId, organisationCode: kzAttachments.organisationCode })
      .from(kzAttachments)
      .where(
        and(
          inArray(
            kzAttachments.contractId,
            ending.map((c) => c.id),
          ),
          isNull(kzAttachments.endedAt),
        ),
      );
    const laterContracts = await tx
      .select()
      .from(kzInsuranceContracts)
      .where(
        inArray(
          kzInsuranceContracts.insuredIin,
          ending.map((c) => c.insuredIin),
        ),
      );
    await recordEvent(
      tx,
      job,
      ...ending.map((contract) => {
        const organisationCode = attachments.find((a) => a.contractId === contract.id)?.organisationCode ?? null;
        const dayAfter = addDays(contract.endsOn, 1);
        const coveredAfter =
          coveringContracts(
            laterContracts.filter((c) => c.insuredIin === contract.insuredIin && c.id !== contract.id),
            dayAfter,
          ).length > 0;
        return {
          type: "insuranceContract.expiring" as const,
          subject: { kind: "insuranceContract" as const, id: contract.id },
          data: {
            action: "expiryWarning",
            kind: contract.kind,
            insurerCode: contract.insurerCode,
            endsOn: contract.endsOn,
            lapsesOn: dayAfter,
            attachmentLapses: organisationCode !== null,
            attachedOrganisationCode: organisationCode,
            employmentEligibilityLapses: !coveredAfter,
            rules: ["KZ-3", "KZ-9", "KZ-15"],
          },
          audience: contractExpiryAudience({ insuredIin: contract.insuredIin, organisationCode, insurerCode: contract.insurerCode }),
        };
      }),
    );
    return ending.length;
  });
}
