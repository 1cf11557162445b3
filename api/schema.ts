import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AppointmentResolver, FacilityScheduleAdequacyResolver, PhysicianResolver, SlotResolver } from "./appointments/resolver.js";
import { ApprovalResolver, ApprovalTemplateResolver } from "./approvals/resolver.js";
import {
  MonthlySubmissionResolver,
  MonthlySubmissionRowResolver,
  ProvinceMetricChangeResolver,
  ProvincePeriodStatusResolver,
  SubmissionCorrectionResolver,
} from "./submissions/resolver.js";
import { InsuranceContractResolver, KazakhstanResolver } from "./kazakhstan/resolver.js";
import { BedSearchResolver } from "./referrals/bed-search/resolver.js";
import { ReferralResolver } from "./referrals/resolver.js";
import { HealthTourismResolver } from "./health-tourism/resolver.js";
import {
  PreReferralCheckResolver,
  ReimbursementLineResolver,
  ReimbursementResolver,
  ReimbursementStatementResolver,
} from "./reimbursements/resolver.js";
import { AccessLogResolver, PatientAccessJustificationResolver } from "./audit/resolver.js";
import { FacilityResolver } from "./facilities/resolver.js";
import { DistrictResolver, ProvinceResolver, SettlementAreaResolver } from "./geography/resolver.js";
import { IntegrationResolver } from "./integration/resolver.js";
import { StaffAccountResolver } from "./staff/resolver.js";
import { actorPersonResolver } from "./staff/person.js";
import { AppointmentHistoryEntry } from "../schema/appointments.js";
import { ApprovalHistoryEntry } from "../schema/approvals.js";
import { AttachmentRequestHistoryEntry } from "../schema/kazakhstan.js";
import { HealthTourismHistoryEntry } from "../schema/health-tourism.js";
import { ReferralHistoryEntry } from "../schema/referrals.js";
import { ReimbursementClaimHistoryEntry } from "../schema/reimbursements.js";
import { SubmissionEvent } from "../schema/submissions.js";
import { NodeResolver } from "./node-resolver.js";
import { PatientResolver } from "./patients/resolver.js";
import { DomainEventSubscriptionResolver, WebhookDeliveryResolver, WebhookSubscriptionResolver } from "./webhooks/resolver.js";
import { eventBus } from "./events/live.js";
import { callFieldResolversDirectly } from "./platform/performance/lean-resolvers.js";
import { validateArgument } from "./platform/performance/argument-validation.js";
import { describeRootFieldRoles } from "./auth/root-field-access.js";

let schema: Promise<GraphQLSchema> | undefined;

const resolvers = [
  NodeResolver,
  IntegrationResolver,
  ProvinceResolver,
  SettlementAreaResolver,
  DistrictResolver,
  FacilityResolver,
  PatientResolver,
  AccessLogResolver,
  PatientAccessJustificationResolver,
  AppointmentResolver,
  SlotResolver,
  PhysicianResolver,
  FacilityScheduleAdequacyResolver,
  ApprovalTemplateResolver,
  ApprovalResolver,
  MonthlySubmissionResolver,
  MonthlySubmissionRowResolver,
  SubmissionCorrectionResolver,
  ProvincePeriodStatusResolver,
  ProvinceMetricChangeResolver,
  KazakhstanResolver,
  InsuranceContractResolver,
  ReferralResolver,
  BedSearchResolver,
  HealthTourismResolver,
  ReimbursementResolver,
  ReimbursementStatementResolver,
  ReimbursementLineResolver,
  PreReferralCheckResolver,
  WebhookSubscriptionResolver,
  WebhookDeliveryResolver,
  DomainEventSubscriptionResolver,
  StaffAccountResolver,
  // The person behind each history step (staff sign-in).
  ...[
    AppointmentHistoryEntry,
    ApprovalHistoryEntry,
    AttachmentRequestHistoryEntry,
    HealthTourismHistoryEntry,
    ReferralHistoryEntry,
    ReimbursementClaimHistoryEntry,
    SubmissionEvent,
  ].map(actorPersonResolver),
] as const;

/** type-graphql builds the root types without a description; the schema's own reference needs one. */
function describeRootTypes(built: GraphQLSchema): void {
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  const subscription = built.getSubscriptionType();
  if (query)
    query.description = "Reads. Each field ends with the roles that may call it; its service then checks every object against your scope.";
  if (mutation)
    mutation.description =
      "Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it.";
  if (subscription) subscription.description = "Live events over graphql-ws on /graphql, filtered to what your client may see.";
}

/** The executable schema; built once per process. */
export function koordinatSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    pubSub: eventBus,
    // Validation is off by default in type-graphql 2, and its default error echoes the input (see validateArgument).
    validateFn: validateArgument,
    emitSchemaFile: false,
  }).then((built) => {
    // No authChecker and no globalMiddlewares above: see callFieldResolversDirectly.
    callFieldResolversDirectly(built, resolvers);
    describeRootTypes(built);
    describeRootFieldRoles(built);
    return built;
  });
  return schema;
}
