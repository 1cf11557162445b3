/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  query ConsoleViewer {\n    viewer {\n      clientId\n      name\n      role\n      scope\n      person {\n        displayName\n        username\n      }\n    }\n  }\n": typeof types.ConsoleViewerDocument;
  "\n  query AccessLog($filter: AccessLogFilter, $after: String) {\n    accessLog(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          at\n          action\n          operation\n          basis\n          clientId\n          role\n          person {\n            username\n            displayName\n          }\n          patientId\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccessLogDocument;
  "\n  query ScheduleAdequacy($weekStart: LocalDate) {\n    scheduleAdequacy(weekStart: $weekStart) {\n      weekStart\n      facilities {\n        facility {\n          code\n          name\n        }\n        capacity\n        requiredCapacity\n        physicianCount\n        physiciansWithoutSchedule {\n          id\n        }\n        reasons\n      }\n    }\n  }\n": typeof types.ScheduleAdequacyDocument;
  "\n  query ApprovalInbox($pendingForMe: Boolean!) {\n    approvals(first: 30, pendingForMe: $pendingForMe, filter: { status: IN_PROGRESS }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          dueOn\n          createdAt\n          revision\n          version\n          template {\n            code\n            nameTr\n            nameEn\n            steps {\n              index\n              labelTr\n              labelEn\n              role\n              kind\n              decisions\n            }\n          }\n          currentStep {\n            index\n          }\n          history {\n            stepIndex\n            decision\n            actorRole\n            stepStartedAt\n            decidedAt\n            comment\n            revision\n          }\n        }\n      }\n    }\n    approvalStepDurations {\n      templateCode\n      stepKind\n      decisions\n      averageSeconds\n      p90Seconds\n    }\n  }\n": typeof types.ApprovalInboxDocument;
  "\n  mutation DecideApprovalStep($id: ID!, $expectedVersion: Int!, $decision: StepDecision!, $comment: String!) {\n    decideApprovalStep(input: { id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment }) {\n      approval {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DecideApprovalStepDocument;
  "\n  query BoardBedSearches {\n    openBedSearches(first: 50) {\n      edges {\n        node {\n          id\n          status\n          level\n          provinceCode\n          bedType\n          levels {\n            level\n            startedAt\n            endedAt\n            outcome\n          }\n          reservedFacility {\n            name\n          }\n          referral {\n            urgency\n            originFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n    timeToBedReport {\n      level\n      provinceCode\n      averageSeconds\n      searches\n    }\n  }\n": typeof types.BoardBedSearchesDocument;
  "\n  query BoardReferrals {\n    referrals(first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          urgency\n          version\n          diagnosisIcd10\n          scope\n          clinic {\n            code\n          }\n          originFacility {\n            code\n            name\n          }\n          destinationFacility {\n            code\n            name\n          }\n          patient {\n            category\n          }\n          provision {\n            valid\n            reference\n          }\n          history {\n            action\n            at\n            toStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardReferralsDocument;
  '\n  subscription BoardEvents {\n    events(types: ["referral.*", "bedSearch.*"]) {\n      id\n      type\n      subjectId\n      occurredAt\n    }\n  }\n': typeof types.BoardEventsDocument;
  "\n  mutation AcceptReferral($id: ID!, $expectedVersion: Int!) {\n    transitionReferral(input: { id: $id, action: ACCEPT, expectedVersion: $expectedVersion }) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AcceptReferralDocument;
  "\n  query FacilitiesWithClinic($clinic: String!, $provinceCode: String) {\n    facilities(first: 100, filter: { clinic: $clinic, provinceCode: $provinceCode }) {\n      edges {\n        node {\n          id\n          code\n          name\n          province {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.FacilitiesWithClinicDocument;
  "\n  query ProvinceChoices {\n    provinces(first: 81) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProvinceChoicesDocument;
  "\n  mutation CoordinateReferral($id: ID!, $expectedVersion: Int!, $action: ReferralAction!, $destinationFacilityId: ID, $reason: String) {\n    transitionReferral(\n      input: { id: $id, action: $action, expectedVersion: $expectedVersion, destinationFacilityId: $destinationFacilityId, reason: $reason }\n    ) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CoordinateReferralDocument;
  "\n  query ClaimStatement($id: ID!) {\n    reimbursementClaim(id: $id) {\n      id\n      status\n      version\n      rejectionReason\n      rejectionRules\n      statement {\n        eligible\n        paidDistanceKm\n        actualDistanceKm\n        travelPaidToFacility {\n          name\n        }\n        total {\n          amountMinor\n          currency\n        }\n        lines {\n          kind\n          person\n          quantity\n          unitAmount {\n            amountMinor\n            currency\n          }\n          amount {\n            amountMinor\n            currency\n          }\n          rules\n          explanationTr\n          explanationEn\n        }\n        ineligibility {\n          rule\n          explanationTr\n          explanationEn\n        }\n        notes {\n          rules\n          explanationTr\n          explanationEn\n        }\n      }\n    }\n  }\n": typeof types.ClaimStatementDocument;
  "\n  mutation CalculateClaim($id: ID!, $expectedVersion: Int!) {\n    calculateReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CalculateClaimDocument;
  "\n  mutation ApproveClaim($id: ID!, $expectedVersion: Int!, $comment: String) {\n    approveReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, comment: $comment }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApproveClaimDocument;
  "\n  mutation RejectClaim($id: ID!, $expectedVersion: Int!, $reason: String!, $rules: [String!]!) {\n    rejectReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, reason: $reason, rules: $rules }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RejectClaimDocument;
  "\n  query ClaimsToReview($status: ReimbursementClaimStatus) {\n    reimbursementClaims(first: 50, filter: { status: $status }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          channel\n          submittedAt\n          officeProvinceCode\n          referral {\n            originFacility {\n              name\n            }\n            destinationFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimsToReviewDocument;
  "\n  query Consolidation($period: String!) {\n    monthlyConsolidation(period: $period) {\n      period\n      previousPeriod\n      acceptedProvinces\n      national {\n        metric\n        value\n        previousValue\n        change\n      }\n      byNationality {\n        nationality\n        metric\n        value\n        previousValue\n        change\n      }\n    }\n  }\n": typeof types.ConsolidationDocument;
  "\n  mutation ExportConsolidation($period: String!) {\n    exportMonthlyConsolidation(input: { period: $period, format: XLSX }) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ExportConsolidationDocument;
  "\n  query ProvinceSubmission($period: String!, $provinceCode: String) {\n    monthlySubmission(period: $period, provinceCode: $provinceCode) {\n      id\n      status\n      version\n      revision\n      submittedAt\n      acceptedAt\n      province {\n        code\n        name\n      }\n      rows {\n        facility {\n          id\n          code\n          name\n        }\n        nationality\n        outpatientVisits\n        emergencyVisits\n        inpatientAdmissions\n        surgeries\n        births\n        intensiveCareAdmissions\n        referralsOut\n      }\n      corrections {\n        facility {\n          name\n        }\n        nationality\n        metric\n        reason\n        revision\n      }\n    }\n  }\n": typeof types.ProvinceSubmissionDocument;
  "\n  mutation AcceptSubmission($id: ID!, $expectedVersion: Int!) {\n    acceptMonthlySubmission(input: { id: $id, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AcceptSubmissionDocument;
  "\n  mutation RequestSubmissionCorrection($id: ID!, $expectedVersion: Int!, $rows: [CorrectionRowInput!]!, $comment: String) {\n    requestSubmissionCorrection(input: { id: $id, expectedVersion: $expectedVersion, rows: $rows, comment: $comment }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RequestSubmissionCorrectionDocument;
  "\n  mutation SaveMonthlyDraft($period: String!, $expectedVersion: Int, $rows: [MonthlySubmissionRowInput!]!) {\n    saveMonthlyDraft(input: { period: $period, expectedVersion: $expectedVersion, rows: $rows }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SaveMonthlyDraftDocument;
  "\n  mutation SubmitMonthlySubmission($period: String!, $expectedVersion: Int!) {\n    submitMonthlySubmission(input: { period: $period, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SubmitMonthlySubmissionDocument;
  "\n  query SubmissionPeriod($period: String!) {\n    monthlySubmissionPeriod(period: $period) {\n      period\n      opensOn\n      dueOn\n      provinces {\n        province {\n          code\n          name\n        }\n        status\n        overdue\n        submittedAt\n      }\n    }\n  }\n": typeof types.SubmissionPeriodDocument;
  "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n    rule\n  }\n": typeof types.UserErrorFieldsFragmentDoc;
};
const documents: Documents = {
  "\n  query ConsoleViewer {\n    viewer {\n      clientId\n      name\n      role\n      scope\n      person {\n        displayName\n        username\n      }\n    }\n  }\n":
    types.ConsoleViewerDocument,
  "\n  query AccessLog($filter: AccessLogFilter, $after: String) {\n    accessLog(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          at\n          action\n          operation\n          basis\n          clientId\n          role\n          person {\n            username\n            displayName\n          }\n          patientId\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.AccessLogDocument,
  "\n  query ScheduleAdequacy($weekStart: LocalDate) {\n    scheduleAdequacy(weekStart: $weekStart) {\n      weekStart\n      facilities {\n        facility {\n          code\n          name\n        }\n        capacity\n        requiredCapacity\n        physicianCount\n        physiciansWithoutSchedule {\n          id\n        }\n        reasons\n      }\n    }\n  }\n":
    types.ScheduleAdequacyDocument,
  "\n  query ApprovalInbox($pendingForMe: Boolean!) {\n    approvals(first: 30, pendingForMe: $pendingForMe, filter: { status: IN_PROGRESS }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          dueOn\n          createdAt\n          revision\n          version\n          template {\n            code\n            nameTr\n            nameEn\n            steps {\n              index\n              labelTr\n              labelEn\n              role\n              kind\n              decisions\n            }\n          }\n          currentStep {\n            index\n          }\n          history {\n            stepIndex\n            decision\n            actorRole\n            stepStartedAt\n            decidedAt\n            comment\n            revision\n          }\n        }\n      }\n    }\n    approvalStepDurations {\n      templateCode\n      stepKind\n      decisions\n      averageSeconds\n      p90Seconds\n    }\n  }\n":
    types.ApprovalInboxDocument,
  "\n  mutation DecideApprovalStep($id: ID!, $expectedVersion: Int!, $decision: StepDecision!, $comment: String!) {\n    decideApprovalStep(input: { id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment }) {\n      approval {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.DecideApprovalStepDocument,
  "\n  query BoardBedSearches {\n    openBedSearches(first: 50) {\n      edges {\n        node {\n          id\n          status\n          level\n          provinceCode\n          bedType\n          levels {\n            level\n            startedAt\n            endedAt\n            outcome\n          }\n          reservedFacility {\n            name\n          }\n          referral {\n            urgency\n            originFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n    timeToBedReport {\n      level\n      provinceCode\n      averageSeconds\n      searches\n    }\n  }\n":
    types.BoardBedSearchesDocument,
  "\n  query BoardReferrals {\n    referrals(first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          urgency\n          version\n          diagnosisIcd10\n          scope\n          clinic {\n            code\n          }\n          originFacility {\n            code\n            name\n          }\n          destinationFacility {\n            code\n            name\n          }\n          patient {\n            category\n          }\n          provision {\n            valid\n            reference\n          }\n          history {\n            action\n            at\n            toStatus\n          }\n        }\n      }\n    }\n  }\n":
    types.BoardReferralsDocument,
  '\n  subscription BoardEvents {\n    events(types: ["referral.*", "bedSearch.*"]) {\n      id\n      type\n      subjectId\n      occurredAt\n    }\n  }\n':
    types.BoardEventsDocument,
  "\n  mutation AcceptReferral($id: ID!, $expectedVersion: Int!) {\n    transitionReferral(input: { id: $id, action: ACCEPT, expectedVersion: $expectedVersion }) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.AcceptReferralDocument,
  "\n  query FacilitiesWithClinic($clinic: String!, $provinceCode: String) {\n    facilities(first: 100, filter: { clinic: $clinic, provinceCode: $provinceCode }) {\n      edges {\n        node {\n          id\n          code\n          name\n          province {\n            code\n          }\n        }\n      }\n    }\n  }\n":
    types.FacilitiesWithClinicDocument,
  "\n  query ProvinceChoices {\n    provinces(first: 81) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n":
    types.ProvinceChoicesDocument,
  "\n  mutation CoordinateReferral($id: ID!, $expectedVersion: Int!, $action: ReferralAction!, $destinationFacilityId: ID, $reason: String) {\n    transitionReferral(\n      input: { id: $id, action: $action, expectedVersion: $expectedVersion, destinationFacilityId: $destinationFacilityId, reason: $reason }\n    ) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.CoordinateReferralDocument,
  "\n  query ClaimStatement($id: ID!) {\n    reimbursementClaim(id: $id) {\n      id\n      status\n      version\n      rejectionReason\n      rejectionRules\n      statement {\n        eligible\n        paidDistanceKm\n        actualDistanceKm\n        travelPaidToFacility {\n          name\n        }\n        total {\n          amountMinor\n          currency\n        }\n        lines {\n          kind\n          person\n          quantity\n          unitAmount {\n            amountMinor\n            currency\n          }\n          amount {\n            amountMinor\n            currency\n          }\n          rules\n          explanationTr\n          explanationEn\n        }\n        ineligibility {\n          rule\n          explanationTr\n          explanationEn\n        }\n        notes {\n          rules\n          explanationTr\n          explanationEn\n        }\n      }\n    }\n  }\n":
    types.ClaimStatementDocument,
  "\n  mutation CalculateClaim($id: ID!, $expectedVersion: Int!) {\n    calculateReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.CalculateClaimDocument,
  "\n  mutation ApproveClaim($id: ID!, $expectedVersion: Int!, $comment: String) {\n    approveReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, comment: $comment }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.ApproveClaimDocument,
  "\n  mutation RejectClaim($id: ID!, $expectedVersion: Int!, $reason: String!, $rules: [String!]!) {\n    rejectReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, reason: $reason, rules: $rules }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.RejectClaimDocument,
  "\n  query ClaimsToReview($status: ReimbursementClaimStatus) {\n    reimbursementClaims(first: 50, filter: { status: $status }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          channel\n          submittedAt\n          officeProvinceCode\n          referral {\n            originFacility {\n              name\n            }\n            destinationFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.ClaimsToReviewDocument,
  "\n  query Consolidation($period: String!) {\n    monthlyConsolidation(period: $period) {\n      period\n      previousPeriod\n      acceptedProvinces\n      national {\n        metric\n        value\n        previousValue\n        change\n      }\n      byNationality {\n        nationality\n        metric\n        value\n        previousValue\n        change\n      }\n    }\n  }\n":
    types.ConsolidationDocument,
  "\n  mutation ExportConsolidation($period: String!) {\n    exportMonthlyConsolidation(input: { period: $period, format: XLSX }) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.ExportConsolidationDocument,
  "\n  query ProvinceSubmission($period: String!, $provinceCode: String) {\n    monthlySubmission(period: $period, provinceCode: $provinceCode) {\n      id\n      status\n      version\n      revision\n      submittedAt\n      acceptedAt\n      province {\n        code\n        name\n      }\n      rows {\n        facility {\n          id\n          code\n          name\n        }\n        nationality\n        outpatientVisits\n        emergencyVisits\n        inpatientAdmissions\n        surgeries\n        births\n        intensiveCareAdmissions\n        referralsOut\n      }\n      corrections {\n        facility {\n          name\n        }\n        nationality\n        metric\n        reason\n        revision\n      }\n    }\n  }\n":
    types.ProvinceSubmissionDocument,
  "\n  mutation AcceptSubmission($id: ID!, $expectedVersion: Int!) {\n    acceptMonthlySubmission(input: { id: $id, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.AcceptSubmissionDocument,
  "\n  mutation RequestSubmissionCorrection($id: ID!, $expectedVersion: Int!, $rows: [CorrectionRowInput!]!, $comment: String) {\n    requestSubmissionCorrection(input: { id: $id, expectedVersion: $expectedVersion, rows: $rows, comment: $comment }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.RequestSubmissionCorrectionDocument,
  "\n  mutation SaveMonthlyDraft($period: String!, $expectedVersion: Int, $rows: [MonthlySubmissionRowInput!]!) {\n    saveMonthlyDraft(input: { period: $period, expectedVersion: $expectedVersion, rows: $rows }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.SaveMonthlyDraftDocument,
  "\n  mutation SubmitMonthlySubmission($period: String!, $expectedVersion: Int!) {\n    submitMonthlySubmission(input: { period: $period, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n":
    types.SubmitMonthlySubmissionDocument,
  "\n  query SubmissionPeriod($period: String!) {\n    monthlySubmissionPeriod(period: $period) {\n      period\n      opensOn\n      dueOn\n      provinces {\n        province {\n          code\n          name\n        }\n        status\n        overdue\n        submittedAt\n      }\n    }\n  }\n":
    types.SubmissionPeriodDocument,
  "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n    rule\n  }\n": types.UserErrorFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ConsoleViewer {\n    viewer {\n      clientId\n      name\n      role\n      scope\n      person {\n        displayName\n        username\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ConsoleViewer {\n    viewer {\n      clientId\n      name\n      role\n      scope\n      person {\n        displayName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AccessLog($filter: AccessLogFilter, $after: String) {\n    accessLog(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          at\n          action\n          operation\n          basis\n          clientId\n          role\n          person {\n            username\n            displayName\n          }\n          patientId\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): (typeof documents)["\n  query AccessLog($filter: AccessLogFilter, $after: String) {\n    accessLog(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          at\n          action\n          operation\n          basis\n          clientId\n          role\n          person {\n            username\n            displayName\n          }\n          patientId\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ScheduleAdequacy($weekStart: LocalDate) {\n    scheduleAdequacy(weekStart: $weekStart) {\n      weekStart\n      facilities {\n        facility {\n          code\n          name\n        }\n        capacity\n        requiredCapacity\n        physicianCount\n        physiciansWithoutSchedule {\n          id\n        }\n        reasons\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ScheduleAdequacy($weekStart: LocalDate) {\n    scheduleAdequacy(weekStart: $weekStart) {\n      weekStart\n      facilities {\n        facility {\n          code\n          name\n        }\n        capacity\n        requiredCapacity\n        physicianCount\n        physiciansWithoutSchedule {\n          id\n        }\n        reasons\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApprovalInbox($pendingForMe: Boolean!) {\n    approvals(first: 30, pendingForMe: $pendingForMe, filter: { status: IN_PROGRESS }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          dueOn\n          createdAt\n          revision\n          version\n          template {\n            code\n            nameTr\n            nameEn\n            steps {\n              index\n              labelTr\n              labelEn\n              role\n              kind\n              decisions\n            }\n          }\n          currentStep {\n            index\n          }\n          history {\n            stepIndex\n            decision\n            actorRole\n            stepStartedAt\n            decidedAt\n            comment\n            revision\n          }\n        }\n      }\n    }\n    approvalStepDurations {\n      templateCode\n      stepKind\n      decisions\n      averageSeconds\n      p90Seconds\n    }\n  }\n",
): (typeof documents)["\n  query ApprovalInbox($pendingForMe: Boolean!) {\n    approvals(first: 30, pendingForMe: $pendingForMe, filter: { status: IN_PROGRESS }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          dueOn\n          createdAt\n          revision\n          version\n          template {\n            code\n            nameTr\n            nameEn\n            steps {\n              index\n              labelTr\n              labelEn\n              role\n              kind\n              decisions\n            }\n          }\n          currentStep {\n            index\n          }\n          history {\n            stepIndex\n            decision\n            actorRole\n            stepStartedAt\n            decidedAt\n            comment\n            revision\n          }\n        }\n      }\n    }\n    approvalStepDurations {\n      templateCode\n      stepKind\n      decisions\n      averageSeconds\n      p90Seconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DecideApprovalStep($id: ID!, $expectedVersion: Int!, $decision: StepDecision!, $comment: String!) {\n    decideApprovalStep(input: { id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment }) {\n      approval {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation DecideApprovalStep($id: ID!, $expectedVersion: Int!, $decision: StepDecision!, $comment: String!) {\n    decideApprovalStep(input: { id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment }) {\n      approval {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BoardBedSearches {\n    openBedSearches(first: 50) {\n      edges {\n        node {\n          id\n          status\n          level\n          provinceCode\n          bedType\n          levels {\n            level\n            startedAt\n            endedAt\n            outcome\n          }\n          reservedFacility {\n            name\n          }\n          referral {\n            urgency\n            originFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n    timeToBedReport {\n      level\n      provinceCode\n      averageSeconds\n      searches\n    }\n  }\n",
): (typeof documents)["\n  query BoardBedSearches {\n    openBedSearches(first: 50) {\n      edges {\n        node {\n          id\n          status\n          level\n          provinceCode\n          bedType\n          levels {\n            level\n            startedAt\n            endedAt\n            outcome\n          }\n          reservedFacility {\n            name\n          }\n          referral {\n            urgency\n            originFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n    timeToBedReport {\n      level\n      provinceCode\n      averageSeconds\n      searches\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BoardReferrals {\n    referrals(first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          urgency\n          version\n          diagnosisIcd10\n          scope\n          clinic {\n            code\n          }\n          originFacility {\n            code\n            name\n          }\n          destinationFacility {\n            code\n            name\n          }\n          patient {\n            category\n          }\n          provision {\n            valid\n            reference\n          }\n          history {\n            action\n            at\n            toStatus\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query BoardReferrals {\n    referrals(first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          urgency\n          version\n          diagnosisIcd10\n          scope\n          clinic {\n            code\n          }\n          originFacility {\n            code\n            name\n          }\n          destinationFacility {\n            code\n            name\n          }\n          patient {\n            category\n          }\n          provision {\n            valid\n            reference\n          }\n          history {\n            action\n            at\n            toStatus\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription BoardEvents {\n    events(types: ["referral.*", "bedSearch.*"]) {\n      id\n      type\n      subjectId\n      occurredAt\n    }\n  }\n',
): (typeof documents)['\n  subscription BoardEvents {\n    events(types: ["referral.*", "bedSearch.*"]) {\n      id\n      type\n      subjectId\n      occurredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AcceptReferral($id: ID!, $expectedVersion: Int!) {\n    transitionReferral(input: { id: $id, action: ACCEPT, expectedVersion: $expectedVersion }) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AcceptReferral($id: ID!, $expectedVersion: Int!) {\n    transitionReferral(input: { id: $id, action: ACCEPT, expectedVersion: $expectedVersion }) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FacilitiesWithClinic($clinic: String!, $provinceCode: String) {\n    facilities(first: 100, filter: { clinic: $clinic, provinceCode: $provinceCode }) {\n      edges {\n        node {\n          id\n          code\n          name\n          province {\n            code\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query FacilitiesWithClinic($clinic: String!, $provinceCode: String) {\n    facilities(first: 100, filter: { clinic: $clinic, provinceCode: $provinceCode }) {\n      edges {\n        node {\n          id\n          code\n          name\n          province {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ProvinceChoices {\n    provinces(first: 81) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ProvinceChoices {\n    provinces(first: 81) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CoordinateReferral($id: ID!, $expectedVersion: Int!, $action: ReferralAction!, $destinationFacilityId: ID, $reason: String) {\n    transitionReferral(\n      input: { id: $id, action: $action, expectedVersion: $expectedVersion, destinationFacilityId: $destinationFacilityId, reason: $reason }\n    ) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation CoordinateReferral($id: ID!, $expectedVersion: Int!, $action: ReferralAction!, $destinationFacilityId: ID, $reason: String) {\n    transitionReferral(\n      input: { id: $id, action: $action, expectedVersion: $expectedVersion, destinationFacilityId: $destinationFacilityId, reason: $reason }\n    ) {\n      referral {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ClaimStatement($id: ID!) {\n    reimbursementClaim(id: $id) {\n      id\n      status\n      version\n      rejectionReason\n      rejectionRules\n      statement {\n        eligible\n        paidDistanceKm\n        actualDistanceKm\n        travelPaidToFacility {\n          name\n        }\n        total {\n          amountMinor\n          currency\n        }\n        lines {\n          kind\n          person\n          quantity\n          unitAmount {\n            amountMinor\n            currency\n          }\n          amount {\n            amountMinor\n            currency\n          }\n          rules\n          explanationTr\n          explanationEn\n        }\n        ineligibility {\n          rule\n          explanationTr\n          explanationEn\n        }\n        notes {\n          rules\n          explanationTr\n          explanationEn\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ClaimStatement($id: ID!) {\n    reimbursementClaim(id: $id) {\n      id\n      status\n      version\n      rejectionReason\n      rejectionRules\n      statement {\n        eligible\n        paidDistanceKm\n        actualDistanceKm\n        travelPaidToFacility {\n          name\n        }\n        total {\n          amountMinor\n          currency\n        }\n        lines {\n          kind\n          person\n          quantity\n          unitAmount {\n            amountMinor\n            currency\n          }\n          amount {\n            amountMinor\n            currency\n          }\n          rules\n          explanationTr\n          explanationEn\n        }\n        ineligibility {\n          rule\n          explanationTr\n          explanationEn\n        }\n        notes {\n          rules\n          explanationTr\n          explanationEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CalculateClaim($id: ID!, $expectedVersion: Int!) {\n    calculateReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation CalculateClaim($id: ID!, $expectedVersion: Int!) {\n    calculateReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ApproveClaim($id: ID!, $expectedVersion: Int!, $comment: String) {\n    approveReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, comment: $comment }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation ApproveClaim($id: ID!, $expectedVersion: Int!, $comment: String) {\n    approveReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, comment: $comment }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RejectClaim($id: ID!, $expectedVersion: Int!, $reason: String!, $rules: [String!]!) {\n    rejectReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, reason: $reason, rules: $rules }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation RejectClaim($id: ID!, $expectedVersion: Int!, $reason: String!, $rules: [String!]!) {\n    rejectReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, reason: $reason, rules: $rules }) {\n      claim {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ClaimsToReview($status: ReimbursementClaimStatus) {\n    reimbursementClaims(first: 50, filter: { status: $status }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          channel\n          submittedAt\n          officeProvinceCode\n          referral {\n            originFacility {\n              name\n            }\n            destinationFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ClaimsToReview($status: ReimbursementClaimStatus) {\n    reimbursementClaims(first: 50, filter: { status: $status }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          channel\n          submittedAt\n          officeProvinceCode\n          referral {\n            originFacility {\n              name\n            }\n            destinationFacility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Consolidation($period: String!) {\n    monthlyConsolidation(period: $period) {\n      period\n      previousPeriod\n      acceptedProvinces\n      national {\n        metric\n        value\n        previousValue\n        change\n      }\n      byNationality {\n        nationality\n        metric\n        value\n        previousValue\n        change\n      }\n    }\n  }\n",
): (typeof documents)["\n  query Consolidation($period: String!) {\n    monthlyConsolidation(period: $period) {\n      period\n      previousPeriod\n      acceptedProvinces\n      national {\n        metric\n        value\n        previousValue\n        change\n      }\n      byNationality {\n        nationality\n        metric\n        value\n        previousValue\n        change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ExportConsolidation($period: String!) {\n    exportMonthlyConsolidation(input: { period: $period, format: XLSX }) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation ExportConsolidation($period: String!) {\n    exportMonthlyConsolidation(input: { period: $period, format: XLSX }) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ProvinceSubmission($period: String!, $provinceCode: String) {\n    monthlySubmission(period: $period, provinceCode: $provinceCode) {\n      id\n      status\n      version\n      revision\n      submittedAt\n      acceptedAt\n      province {\n        code\n        name\n      }\n      rows {\n        facility {\n          id\n          code\n          name\n        }\n        nationality\n        outpatientVisits\n        emergencyVisits\n        inpatientAdmissions\n        surgeries\n        births\n        intensiveCareAdmissions\n        referralsOut\n      }\n      corrections {\n        facility {\n          name\n        }\n        nationality\n        metric\n        reason\n        revision\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ProvinceSubmission($period: String!, $provinceCode: String) {\n    monthlySubmission(period: $period, provinceCode: $provinceCode) {\n      id\n      status\n      version\n      revision\n      submittedAt\n      acceptedAt\n      province {\n        code\n        name\n      }\n      rows {\n        facility {\n          id\n          code\n          name\n        }\n        nationality\n        outpatientVisits\n        emergencyVisits\n        inpatientAdmissions\n        surgeries\n        births\n        intensiveCareAdmissions\n        referralsOut\n      }\n      corrections {\n        facility {\n          name\n        }\n        nationality\n        metric\n        reason\n        revision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AcceptSubmission($id: ID!, $expectedVersion: Int!) {\n    acceptMonthlySubmission(input: { id: $id, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AcceptSubmission($id: ID!, $expectedVersion: Int!) {\n    acceptMonthlySubmission(input: { id: $id, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RequestSubmissionCorrection($id: ID!, $expectedVersion: Int!, $rows: [CorrectionRowInput!]!, $comment: String) {\n    requestSubmissionCorrection(input: { id: $id, expectedVersion: $expectedVersion, rows: $rows, comment: $comment }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation RequestSubmissionCorrection($id: ID!, $expectedVersion: Int!, $rows: [CorrectionRowInput!]!, $comment: String) {\n    requestSubmissionCorrection(input: { id: $id, expectedVersion: $expectedVersion, rows: $rows, comment: $comment }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SaveMonthlyDraft($period: String!, $expectedVersion: Int, $rows: [MonthlySubmissionRowInput!]!) {\n    saveMonthlyDraft(input: { period: $period, expectedVersion: $expectedVersion, rows: $rows }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation SaveMonthlyDraft($period: String!, $expectedVersion: Int, $rows: [MonthlySubmissionRowInput!]!) {\n    saveMonthlyDraft(input: { period: $period, expectedVersion: $expectedVersion, rows: $rows }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SubmitMonthlySubmission($period: String!, $expectedVersion: Int!) {\n    submitMonthlySubmission(input: { period: $period, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation SubmitMonthlySubmission($period: String!, $expectedVersion: Int!) {\n    submitMonthlySubmission(input: { period: $period, expectedVersion: $expectedVersion }) {\n      submission {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SubmissionPeriod($period: String!) {\n    monthlySubmissionPeriod(period: $period) {\n      period\n      opensOn\n      dueOn\n      provinces {\n        province {\n          code\n          name\n        }\n        status\n        overdue\n        submittedAt\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SubmissionPeriod($period: String!) {\n    monthlySubmissionPeriod(period: $period) {\n      period\n      opensOn\n      dueOn\n      provinces {\n        province {\n          code\n          name\n        }\n        status\n        overdue\n        submittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n    rule\n  }\n",
): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n    rule\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
