import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkStepDecision } from "../../api/approvals/rules.js";
import type { Role } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { headEveryDepartment } from "../support/department-heads.js";
import { postGraphQL, startServerProcess, tokenFrom } from "../support/server-process.js";

let app: TestApp;
const tokens = {} as Record<"unit" | "DEPARTMENT_HEAD" | "DEPUTY_GENERAL_DIRECTOR" | "GENERAL_DIRECTOR" | "hospital", string>;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T07:00:00Z");
  tokens.unit = await app.tokenFor("COORDINATION_UNIT", "national");
  for (const role of ["DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR", "GENERAL_DIRECTOR"] as const)
    tokens[role] = await app.tokenFor(role, "national");
  tokens.hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
  // APR-6: this Department Head is the (acting) head of every department, so it decides every seeded chain.
  await headEveryDepartment(app, tokens.DEPARTMENT_HEAD, tokens.unit);
});
afterAll(() => app?.stop());

const fields = `id status revision version title currentStep { index kind role } template { code }
  subject { __typename ... on PetitionSubject { answer } ... on OverseasDeploymentSubject { employmentType } }
  history { revision stepIndex stepKind role decision comment decidedAt }`;
const start = `mutation ($input: StartApprovalInput!) { startApproval(input: $input) { approval { ${fields} } userErrors { field code rule message } } }`;
const decide = `mutation ($input: DecideApprovalStepInput!) { decideApprovalStep(input: $input) { approval { ${fields} } userErrors { field code rule message } } }`;

const documents = { photo: true, passport: true, payslip: true, workForm: true };
const subjects: Record<string, Record<string, unknown>> = {
  ACTIVITY_REPORT: { report: { period: "2026-10", summary: "Ekim ayı faaliyetleri" } },
  // APR-7: the annual report covers a year.
  ACTIVITY_REPORT_ANNUAL: { report: { period: "2026", summary: "2026 birim faaliyetleri" } },
  STRATEGIC_PLAN: { report: { period: "2025-2029", summary: "Stratejik plan göstergeleri" } },
  INTERNAL_CONTROL_REPORT: { report: { period: "2026-Q3", summary: "İç kontrol eylem planı, 3. çeyrek" } },
  ACTION_PLAN: { report: { period: "2026", summary: "180 günlük eylem planı" } },
  PUBLICATION: { publication: { publicationTitle: "Geçici Koruma Sağlık Hizmetleri Rehberi", summary: "Rehber" } },
  TRAINER_TRAINING: {
    trainerTraining: {
      startsOn: "2027-02-01",
      trainees: [{ name: "Dr. Elif Kaya", institution: "Adana İl Sağlık Müdürlüğü", provinceCode: "01" }],
    },
  },
  OVERSEAS_DEPLOYMENT: {
    overseasDeployment: {
      applicantName: "Uzm. Dr. Murat Şahin",
      employmentType: "PERMANENT_PUBLIC",
      countryCode: "SO",
      postingMonths: 6,
      documents,
      requests: ["uçak bileti"],
    },
  },
  INFORMATION_REQUEST: {
    informationRequest: { organisation: "WHO", reference: "WHO/EURO/2026/117", dueOn: "2026-12-15", summary: "Mülteci sağlığı verileri" },
  },
  PETITION: {
    petition: { channel: "BIMER_CIMER", petitionerName: "Ahmet Yıldız", receivedOn: "2026-11-20", summary: "Sevk gecikmesi şikâyeti" },
  },
  EXTERNAL_REQUEST: {
    externalRequest: {
      institution: "COURT_OF_ACCOUNTS",
      reference: "SAY-2026/88",
      answerDueOn: "2026-12-20",
      summary: "2026 denetim bulguları eylem planı",
    },
  },
  WORLD_BANK_ACTIVITY: {
    worldBankActivity: {
      activityTitle: "MHRS kapasite eğitimi",
      strategicGoal: "Randevu erişimini artırmak",
      summary: "81 il eğitim programı",
    },
  },
  DATA_REQUEST: {
    dataRequest: {
      requester: "Sağlık Hizmetleri Genel Müdürlüğü",
      studyTitle: "Sevk süreleri",
      dataRequested: "2025 il bazında sevk sayıları",
    },
  },
  GENERIC: { generic: { summary: "Genel onay konusu", attributes: [{ name: "Konu", value: "Deneme" }] } },
};

async function startFor(templateCode: string, subjectKind: string, overrides: Record<string, unknown> = {}) {
  const { data, errors } = await app.gql(
    start,
    { input: { templateCode, title: `${templateCode} test`, subject: subjects[subjectKind], ...overrides } },
    tokens.unit,
  );
  expect(errors).toBeUndefined();
  return data!.startApproval;
}

/** The token for a step's role: PREPARER steps are the preparing unit's. */
const tokenForStep = (role: string) => (role === "PREPARER" ? tokens.unit : tokens[role as Role & keyof typeof tokens]);
const decisionForStep: Record<string, string> = {
  REVIEW: "APPROVE",
  APPROVAL: "APPROVE",
  SIGNATURE: "SIGN",
  PREPARATION: "COMPLETE",
  EXTERNAL: "COMPLETE",
  NOTIFICATION: "COMPLETE",
};

describe("APR-1 templates as data", () => {
  it("APR-1 seeds every listed chain, each with its steps", async () => {
    const { data } = await app.gql(`{ approvalTemplates { code subjectKind steps { index kind role } } }`, {}, tokens.unit);
    const codes = data!.approvalTemplates.map((t: any) => t.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "ACTIVITY_REPORT_MONTHLY",
        "ACTIVITY_REPORT_ANNUAL",
        "STRATEGIC_PLAN",
        "INTERNAL_CONTROL_REPORT",
        "ACTION_PLAN_180_DAY",
        "PUBLICATION",
        "KBRN_TRAINER_TRAINING",
        "OVERSEAS_PERSONNEL_DEPLOYMENT",
        "INFORMATION_REQUEST",
        "PETITION",
      ]),
    );
    const monthly = data!.approvalTemplates.find((t: any) => t.code === "ACTIVITY_REPORT_MONTHLY");
    expect(monthly.steps.map((s: any) => `${s.role}:${s.kind}`)).toEqual([
      "DEPARTMENT_HEAD:APPROVAL",
      "DEPUTY_GENERAL_DIRECTOR:APPROVAL",
      "GENERAL_DIRECTOR:SIGNATURE",
    ]);
  });

  it("APR-1 runs every seeded template end to end", async () => {
    const { data } = await app.gql(`{ approvalTemplates { code subjectKind steps { index kind role } } }`, {}, tokens.unit);
    for (const template of data!.approvalTemplates) {
      let approval = (await startFor(template.code, template.code in subjects ? template.code : template.subjectKind)).approval;
      for (const step of template.steps) {
        expect(approval.currentStep.index).toBe(step.index);
        const last = step.index === template.steps.length - 1;
        const input = {
          id: approval.id,
          expectedVersion: approval.version,
          decision: decisionForStep[step.kind],
          comment: "Uygun görülmüştür.",
          ...(template.subjectKind === "PETITION" && last ? { answer: "Başvurunuz incelenmiş, sevkiniz düzenlenmiştir." } : {}),
        };
        const result = (await app.gql(decide, { input }, tokenForStep(step.role))).data!.decideApprovalStep;
        expect(result.userErrors).toEqual([]);
        approval = result.approval;
      }
      expect(approval.status).toBe("APPROVED");
      expect(approval.history.map((h: any) => h.decision)).toEqual(["SUBMIT", ...template.steps.map((s: any) => decisionForStep[s.kind])]);
      if (template.subjectKind === "PETITION") expect(approval.subject.answer).toMatch(/sevkiniz/);
    }
  });

  it("APR-1 refuses a subject of the wrong kind, a 4-b applicant, and a missing document", async () => {
    const wrong = await startFor("STRATEGIC_PLAN", "PUBLICATION");
    expect(wrong.userErrors[0]).toMatchObject({ rule: "APR-1", code: "SUBJECT_KIND" });
    const contract = await startFor("OVERSEAS_PERSONNEL_DEPLOYMENT", "OVERSEAS_DEPLOYMENT", {
      subject: {
        overseasDeployment: {
          ...(subjects.OVERSEAS_DEPLOYMENT.overseasDeployment as object),
          employmentType: "CONTRACT_4B",
          documents: { ...documents, payslip: false },
        },
      },
    });
    expect(contract.userErrors.map((e: any) => e.code)).toEqual(["NOT_PERMANENT", "DOCUMENTS_MISSING"]);
    expect(contract.userErrors[1].message).toContain("payslip");
  });

  it("APR-1 closes a petition only with the answer sent", async () => {
    const { approval } = await startFor("PETITION", "PETITION");
    let current = approval;
    for (const role of ["DEPARTMENT_HEAD", "GENERAL_DIRECTOR"] as const) {
      current = (
        await app.gql(
          decide,
          { input: { id: current.id, expectedVersion: current.version, decision: "APPROVE", comment: "Uygun." } },
          tokens[role],
        )
      ).data!.decideApprovalStep.approval;
    }
    const noAnswer = await app.gql(
      decide,
      { input: { id: current.id, expectedVersion: current.version, decision: "COMPLETE", comment: "Cevaplandı." } },
      tokens.unit,
    );
    expect(noAnswer.data!.decideApprovalStep.userErrors[0]).toMatchObject({ field: ["input", "answer"], rule: "APR-1" });
  });
});

describe("APR-2 who decides", () => {
  it("APR-2 only the holder of the step's role decides; the preparer never approves its own subject", async () => {
    const { approval } = await startFor("ACTIVITY_REPORT_MONTHLY", "ACTIVITY_REPORT");
    const input = { id: approval.id, expectedVersion: approval.version, decision: "APPROVE", comment: "Uygun." };
    const byGeneralDirector = await app.gql(decide, { input }, tokens.GENERAL_DIRECTOR);
    expect(byGeneralDirector.data!.decideApprovalStep.userErrors[0]).toMatchObject({ rule: "APR-2", code: "NOT_STEP_HOLDER" });
    const byPreparer = await app.gql(decide, { input }, tokens.unit);
    expect(byPreparer.data!.decideApprovalStep.userErrors[0].rule).toBe("APR-2");
    expect((await app.gql(decide, { input }, tokens.hospital)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const pending = await app.gql(`{ approvals(pendingForMe: true, first: 100) { edges { node { id } } } }`, {}, tokens.DEPARTMENT_HEAD);
    expect(pending.data!.approvals.edges.map((e: any) => e.node.id)).toContain(approval.id);
    const notYours = await app.gql(
      `{ approvals(pendingForMe: true, first: 100) { edges { node { id } } } }`,
      {},
      tokens.DEPUTY_GENERAL_DIRECTOR,
    );
    expect(notYours.data!.approvals.edges.map((e: any) => e.node.id)).not.toContain(approval.id);
  });

  it("APR-2 a preparer that also held an approving role still could not approve its own subject (pure rule)", () => {
    const errors = checkStepDecision({
      approval: { status: "IN_PROGRESS", currentStep: 0, preparerClientId: "kc_same", preparerRole: "DEPARTMENT_HEAD" },
      step: { kind: "APPROVAL", role: "DEPARTMENT_HEAD", labelTr: "", labelEn: "" },
      decider: { clientId: "kc_same", role: "DEPARTMENT_HEAD" },
      decision: "APPROVE",
      comment: "Uygun.",
    });
    expect(errors[0]).toMatchObject({ rule: "APR-2", code: "OWN_SUBJECT" });
  });
});

describe("APR-3 history and revisions", () => {
  it("APR-3 a RETURN goes back to the preparer, who resubmits as a new revision; history keeps everything", async () => {
    const { approval } = await startFor("STRATEGIC_PLAN", "STRATEGIC_PLAN");
    const approved = (
      await app.gql(
        decide,
        { input: { id: approval.id, expectedVersion: 1, decision: "APPROVE", comment: "Uygun." } },
        tokens.DEPARTMENT_HEAD,
      )
    ).data!.decideApprovalStep.approval;
    const noComment = await app.gql(
      decide,
      { input: { id: approved.id, expectedVersion: approved.version, decision: "RETURN", comment: "" } },
      tokens.DEPUTY_GENERAL_DIRECTOR,
    );
    expect(noComment.data!.decideApprovalStep.userErrors[0]).toMatchObject({ rule: "APR-3", field: ["input", "comment"] });
    const returned = (
      await app.gql(
        decide,
        { input: { id: approved.id, expectedVersion: approved.version, decision: "RETURN", comment: "Göstergeler güncellenmeli." } },
        tokens.DEPUTY_GENERAL_DIRECTOR,
      )
    ).data!.decideApprovalStep.approval;
    expect(returned).toMatchObject({ status: "RETURNED", currentStep: null, revision: 1 });
    const resubmit = `mutation ($input: ResubmitApprovalInput!) { resubmitApproval(input: $input) { approval { ${fields} } userErrors { code rule } } }`;
    const revised = (
      await app.gql(
        resubmit,
        {
          input: {
            id: returned.id,
            expectedVersion: returned.version,
            subject: { report: { period: "2025-2029", summary: "Güncellenmiş göstergeler" } },
            comment: "Düzeltildi.",
          },
        },
        tokens.unit,
      )
    ).data!.resubmitApproval.approval;
    expect(revised).toMatchObject({ status: "IN_PROGRESS", revision: 2, currentStep: { index: 0, role: "DEPARTMENT_HEAD" } });
    expect(revised.history.map((h: any) => `${h.revision}:${h.decision}`)).toEqual(["1:SUBMIT", "1:APPROVE", "1:RETURN", "2:RESUBMIT"]);
    expect(revised.history.every((h: any) => h.comment && h.decidedAt)).toBe(true);
    await expect(app.db.execute(sql`update approval_history set note = 'changed'`)).rejects.toThrow();
    await expect(app.db.execute(sql`delete from approval_history`)).rejects.toThrow();
  });

  it("APR-3 every step names the decisions it takes: one outside them is refused, one of them is recorded", async () => {
    const { approval } = await startFor("STRATEGIC_PLAN", "STRATEGIC_PLAN");
    const { data } = await app.gql(
      `query ($id: ID!) { node(id: $id) { ... on Approval { version currentStep { kind role decisions } template { steps { kind decisions } } } } }`,
      { id: approval.id },
      tokens.unit,
    );
    const { currentStep, template, version } = data!.node;
    // A signature is the only kind of step answered with SIGN.
    for (const step of template.steps) expect(step.decisions.includes("SIGN")).toBe(step.kind === "SIGNATURE");
    const outside = ["APPROVE", "SIGN", "COMPLETE", "REJECT", "RETURN"].find((d) => !currentStep.decisions.includes(d));
    const refused = await app.gql(
      decide,
      { input: { id: approval.id, expectedVersion: version, decision: outside, comment: "Uygun." } },
      tokenForStep(currentStep.role),
    );
    expect(refused.data!.decideApprovalStep.userErrors[0]).toMatchObject({ code: "NOT_FOR_STEP", rule: "APR-3" });
    const taken = await app.gql(
      decide,
      { input: { id: approval.id, expectedVersion: version, decision: currentStep.decisions[0], comment: "Uygun." } },
      tokenForStep(currentStep.role),
    );
    expect(taken.data!.decideApprovalStep.userErrors).toEqual([]);
    expect(taken.data!.decideApprovalStep.approval.history.at(-1).decision).toBe(currentStep.decisions[0]);
  });

  it("APR-3 reports average and p90 time per step kind and template", async () => {
    const { approval } = await startFor("PUBLICATION", "PUBLICATION");
    app.clock.advance(2 * 3600_000);
    await app.gql(
      decide,
      { input: { id: approval.id, expectedVersion: 1, decision: "APPROVE", comment: "Uygun." } },
      tokens.DEPARTMENT_HEAD,
    );
    const { data } = await app.gql(
      `{ approvalStepDurations(templateCode: "PUBLICATION") { templateCode stepKind decisions averageSeconds p90Seconds } }`,
      {},
      tokens.unit,
    );
    const approvalSteps = data!.approvalStepDurations.find((d: any) => d.stepKind === "APPROVAL");
    expect(approvalSteps.decisions).toBeGreaterThanOrEqual(2);
    expect(approvalSteps.p90Seconds).toBeGreaterThanOrEqual(approvalSteps.averageSeconds);
    expect(approvalSteps.p90Seconds).toBeGreaterThan(3600);
  });
});

describe("APR-4 simultaneous decisions", () => {
  it("APR-4 two approvers deciding the same step at once: exactly one decision is recorded, the others get CONFLICT, also from two server processes", async () => {
    const { approval } = await startFor("INFORMATION_REQUEST", "INFORMATION_REQUEST");
    // On real PostgreSQL every other approver decides through a second server process on the same database.
    const second = app.engine === "postgres" ? await startServerProcess(app.databaseUrl!) : null;
    const heads = await Promise.all(
      Array.from({ length: 6 }, async (_, i) =>
        second && i % 2
          ? { url: second.url, token: await tokenFrom(second.origin, app.db, "DEPARTMENT_HEAD", "national") }
          : { url: app.url, token: await app.tokenFor("DEPARTMENT_HEAD", "national") },
      ),
    );
    // APR-6: every one of them heads the chain's department, so only the race decides.
    for (const { token } of heads) await headEveryDepartment(app, token, tokens.unit, ["COORDINATION"]);
    const results = await Promise.all(
      heads.map(({ url, token }, i) =>
        postGraphQL(url, token, decide, {
          input: { id: approval.id, expectedVersion: 1, decision: i % 2 ? "APPROVE" : "RETURN", comment: `Karar ${i}` },
        }),
      ),
    ).finally(() => second?.stop());
    const recorded = results.filter((r) => r.data?.decideApprovalStep?.approval);
    const conflicts = results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT");
    expect(recorded).toHaveLength(1);
    expect(conflicts).toHaveLength(5);
    expect(conflicts[0].errors![0].extensions!.rule).toBe("APR-4");
    const { data } = await app.gql(`query ($id: ID!) { approval(id: $id) { history { stepIndex } } }`, { id: approval.id }, tokens.unit);
    expect(data!.approval.history.filter((h: any) => h.stepIndex === 0)).toHaveLength(1);
  });
});
