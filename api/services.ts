import { AppointmentService } from "./appointments/service.js";
import { ApprovalService } from "./approvals/service.js";
import { AuditService } from "./audit/service.js";
import { FacilityService } from "./facilities/service.js";
import { GeographyService } from "./geography/service.js";
import { HealthTourismService } from "./health-tourism/service.js";
import { IntegrationService } from "./integration/service.js";
import { KazakhstanService } from "./kazakhstan/service.js";
import { PatientService } from "./patients/service.js";
import { BedSearchService } from "./referrals/bed-search/service.js";
import { ReferralService } from "./referrals/service.js";
import { SgkReferenceDataService } from "./reimbursements/reference-data.js";
import { ReimbursementCalculator } from "./reimbursements/calculator.js";
import { ReimbursementClaimReads } from "./reimbursements/claim-reads.js";
import { ReimbursementClaimService } from "./reimbursements/claims.js";
import { SgkInsuranceService } from "./reimbursements/insurance.js";
import { PreReferralCheckService } from "./reimbursements/pre-referral.js";
import { SgkTablesService } from "./reimbursements/reference-tables.js";
import { StaffService } from "./staff/service.js";
import { SubmissionService } from "./submissions/service.js";
import { WebhookService } from "./webhooks/service.js";
import type { ServiceContext } from "./platform/conventions/service-context.js";

/** The services of one request, all sharing its principal, loaders and clock. */
export function createServices(ctx: ServiceContext) {
  const patients = new PatientService(ctx);
  const referrals = new ReferralService(ctx, patients);
  const sgkReference = new SgkReferenceDataService(ctx);
  const sgkTables = new SgkTablesService(ctx);
  const sgkInsurance = new SgkInsuranceService(ctx);
  const calculator = new ReimbursementCalculator(ctx, referrals, sgkReference, sgkTables);
  return {
    appointments: new AppointmentService(ctx, patients),
    approvals: new ApprovalService(ctx),
    audit: new AuditService(ctx),
    bedSearches: new BedSearchService(ctx, referrals),
    facilities: new FacilityService(ctx),
    geography: new GeographyService(ctx),
    healthTourism: new HealthTourismService(ctx),
    integration: new IntegrationService(ctx),
    kazakhstan: new KazakhstanService(ctx),
    patients,
    referrals,
    /** SGK (REIMB-1..15): one service per workflow or read model. */
    reimbursements: {
      calculator,
      claims: new ReimbursementClaimService(ctx, calculator, sgkInsurance),
      reads: new ReimbursementClaimReads(ctx),
      insurance: sgkInsurance,
      tables: sgkTables,
      preReferral: new PreReferralCheckService(ctx, calculator, sgkInsurance),
      referenceData: sgkReference,
    },
    staff: new StaffService(ctx),
    submissions: new SubmissionService(ctx),
    webhooks: new WebhookService(ctx),
  };
}

export type Services = ReturnType<typeof createServices>;
