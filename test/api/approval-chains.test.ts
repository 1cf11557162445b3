import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvalTemplates } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { headEveryDepartment } from "../support/department-heads.js";

/** The chains as seeds 000 and 001 draw them (docs/domain/approvals.md, APR-5..13). */
let app: TestApp;
let unit: string;
let head: string; // heads every department
let statisticsHead: string; // heads IARSY only
let coordinationHead: string; // heads COORDINATION only
let communicationsHead: string; // heads COMMUNICATIONS only
let deputy: string;
let director: string;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T07:00:00Z");
  unit = await app.tokenFor("COORDINATION_UNIT", "national");
  head = await app.tokenFor("DEPARTMENT_HEAD", "national");
  statisticsHead = await app.tokenFor("DEPARTMENT_HEAD", "national");
  coordinationHead = await app.tokenFor("DEPARTMENT_HEAD", "national");
  communicationsHead = await app.tokenFor("DEPARTMENT_HEAD", "national");
  deputy = await app.tokenFor("DEPUTY_GENERAL_DIRECTOR", "national");
  director = await app.tokenFor("GENERAL_DIRECTOR", "national");
  await headEveryDepartment(app, head, unit);
  await headEveryDepartment(app, statisticsHead, unit, ["IARSY"]);
  await headEveryDepartment(app, coordinationHead, unit, ["COORDINATION"]);
  await headEveryDepartment(app, communicationsHead, unit, ["COMMUNICATIONS"]);
});
afterAll(() => app?.stop());

const fields = `id status version dueOn overdue currentStep { index kind role department }
  template { code templateVersion steps { kind } }
  subject { __typename ... on PetitionSubject { channel answer answeringUnit } ... on InformationRequestSubject { organisation requestingCountryCode }
    ... on ExternalRequestSubject { institution } ... on GenericSubject { summary attributes { name value } } }
  history { decision stepIndex }`;
const START = `mutation ($input: StartApprovalInput!) { startApproval(input: $input) { approval { ${fields} } userErrors { field code rule message } } }`;
const DECIDE = `mutation ($input: DecideApprovalStepInput!) { decideApprovalStep(input: $input) { approval { ${fields} } userErrors { field code rule message } } }`;
const TEMPLATE_FIELDS = `code templateVersion status departmentCode subjectKind retiredAt steps { index kind role department labelEn }`;

async function start(templateCode: string, subject: Record<string, unknown>, token = unit) {
  const { data, errors } = await app.gql(START, { input: { templateCode, title: `${templateCode} deneme`, subject } }, token);
  expect(errors).toBeUndefined();
  return data!.startApproval;
}

async function decide(approval: { id: string; version: number }, token: string, decision: string, extra: Record<string, unknown> = {}) {
  const { data, errors } = await app.gql(
    DECIDE,
    { input: { id: approval.id, expectedVersion: approval.version, decision, comment: "Uygun görülmüştür.", ...extra } },
    token,
  );
  expect(errors).toBeUndefined();
  return data!.decideApprovalStep;
}

async function templates(includeRetired = false) {
  const { data, errors } = await app.gql(
    `query ($r: Boolean!) { approvalTemplates(includeRetired: $r) { ${TEMPLATE_FIELDS} } }`,
    { r: includeRetired },
    unit,
  );
  expect(errors).toBeUndefined();
  return data!.approvalTemplates as { code: string; steps: { kind: string; role: string; labelEn: string; department: string | null }[] }[];
}

const report = (period: string) => ({ report: { period, summary: "Birim faaliyetleri" } });
const petition = { petition: { channel: "SBN", petitionerName: "Ayşe Demir", receivedOn: "2026-11-20", summary: "Randevu şikâyeti" } };

describe("APR-5 strategic management: dispatch to SGB, the General Director's signature only where the seed has it", () => {
  it("APR-5 every seed-001 chain that ends with SGB ends with the unit's dispatch to it; only the activity reports are signed", async () => {
    const all = await templates();
    const byCode = new Map(all.map((t) => [t.code, t]));
    for (const code of [
      "ACTIVITY_REPORT_ANNUAL",
      "STRATEGIC_PLAN",
      "SGB_COORDINATION",
      "INTERNAL_CONTROL_REPORT",
      "RESPONSIBILITY_MATRIX",
      "ACTION_PLAN_180_DAY",
    ]) {
      const last = byCode.get(code)!.steps.at(-1)!;
      expect({ code, kind: last.kind, role: last.role }).toEqual({ code, kind: "NOTIFICATION", role: "PREPARER" });
      expect(last.labelEn).toContain("Strategy Development Department (SGB)");
    }
    const signedByDirector = all
      .filter((t) => t.steps.some((s) => s.kind === "SIGNATURE" && s.role === "GENERAL_DIRECTOR"))
      .map((t) => t.code)
      .sort();
    expect(signedByDirector).toEqual(["ACTIVITY_REPORT_ANNUAL", "ACTIVITY_REPORT_MONTHLY"]);
  });

  it("APR-5 the annual activity report: signed by the General Director, then dispatched to SGB by the unit", async () => {
    let approval = (await start("ACTIVITY_REPORT_ANNUAL", report("2026"))).approval;
    for (const [token, decision] of [
      [head, "APPROVE"],
      [deputy, "APPROVE"],
      [director, "SIGN"],
    ] as const)
      approval = (await decide(approval, token, decision)).approval;
    expect(approval.currentStep).toMatchObject({ kind: "NOTIFICATION", role: "PREPARER" });
    approval = (await decide(approval, unit, "COMPLETE")).approval;
    expect(approval.status).toBe("APPROVED");
    expect(approval.history.map((h: any) => h.decision)).toEqual(["SUBMIT", "APPROVE", "APPROVE", "SIGN", "COMPLETE"]);
  });
});

describe("APR-6 the Department Head of the chain's department", () => {
  it("APR-6 another department's head neither decides nor sees the step; the chain's own head does", async () => {
    const { approval } = await start("ACTIVITY_REPORT_MONTHLY", report("2026-11"));
    const refused = await decide(approval, coordinationHead, "APPROVE");
    expect(refused.userErrors[0]).toMatchObject({ rule: "APR-6", code: "NOT_DEPARTMENT_HEAD", field: ["input", "decision"] });
    const inbox = async (token: string) =>
      (await app.gql(`{ approvals(pendingForMe: true, first: 100) { edges { node { id } } } }`, {}, token)).data!.approvals.edges.map(
        (e: any) => e.node.id,
      );
    expect(await inbox(coordinationHead)).not.toContain(approval.id);
    expect(await inbox(statisticsHead)).toContain(approval.id);
    const decided = await decide(approval, statisticsHead, "APPROVE");
    expect(decided.userErrors).toEqual([]);
    expect(decided.approval.currentStep.role).toBe("DEPUTY_GENERAL_DIRECTOR");
  });

  it("APR-6 a client is made a department's head only if it is a Department Head, by the coordination unit only", async () => {
    const viewer = (await app.gql(`{ viewer { clientId } }`, {}, deputy)).data!.viewer;
    const assign = `mutation ($input: AssignDepartmentHeadInput!) { assignDepartmentHead(input: $input) { department { code headClientIds } userErrors { code rule } } }`;
    const notHead = await app.gql(assign, { input: { clientId: viewer.clientId, departmentCode: "IARSY" } }, unit);
    expect(notHead.data!.assignDepartmentHead.userErrors).toEqual([{ code: "NOT_DEPARTMENT_HEAD", rule: "APR-6" }]);
    const byHead = await app.gql(assign, { input: { clientId: viewer.clientId, departmentCode: "IARSY" } }, head);
    expect(byHead.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("APR-7 reports carry their due dates and show as overdue", () => {
  it("APR-7 the monthly report is due on its month's last day, the annual one on 31 December; late ones are overdue", async () => {
    const october = (await start("ACTIVITY_REPORT_MONTHLY", report("2026-10"))).approval;
    const november = (await start("ACTIVITY_REPORT_MONTHLY", report("2026-11"))).approval;
    const annual = (await start("ACTIVITY_REPORT_ANNUAL", report("2026"))).approval;
    expect([october.dueOn, october.overdue]).toEqual(["2026-10-31", true]);
    expect([november.dueOn, november.overdue]).toEqual(["2026-11-30", false]);
    expect([annual.dueOn, annual.overdue]).toEqual(["2026-12-31", false]);
    const overdue = await app.gql(`{ approvals(filter: { overdue: true }, first: 100) { edges { node { id } } } }`, {}, unit);
    const ids = overdue.data!.approvals.edges.map((e: any) => e.node.id);
    expect(ids).toContain(october.id);
    expect(ids).not.toContain(november.id);
    app.clock.set("2026-12-01T07:00:00Z");
    try {
      const later = await app.gql(`query ($id: ID!) { approval(id: $id) { overdue } }`, { id: november.id }, unit);
      expect(later.data!.approval.overdue).toBe(true);
    } finally {
      app.clock.set("2026-11-25T07:00:00Z");
    }
  });

  it("APR-7 a report covers the period its template is due for", async () => {
    const wrong = await start("ACTIVITY_REPORT_ANNUAL", report("2026-11"));
    expect(wrong.userErrors).toEqual([
      expect.objectContaining({ rule: "APR-7", code: "PERIOD_SHAPE", field: ["input", "subject", "report", "period"] }),
    ]);
  });
});

const CREATE = `mutation ($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { template { ${TEMPLATE_FIELDS} } userErrors { field code rule } } }`;
const REVISE = `mutation ($input: ReviseApprovalTemplateInput!) { reviseApprovalTemplate(input: $input) { template { ${TEMPLATE_FIELDS} } userErrors { field code rule } } }`;
const RETIRE = `mutation ($input: RetireApprovalTemplateInput!) { retireApprovalTemplate(input: $input) { template { ${TEMPLATE_FIELDS} } userErrors { field code rule } } }`;
const twoSteps = [
  { kind: "APPROVAL", role: "DEPARTMENT_HEAD", labelTr: "Daire Başkanı onaylar", labelEn: "Department Head approves" },
  { kind: "NOTIFICATION", role: "PREPARER", labelTr: "İlgililere bildirilir", labelEn: "Those concerned informed" },
];

describe("APR-8 templates the coordination unit creates, versions and retires", () => {
  it("APR-8 create is idempotent and the coordination unit's alone; a revision is a new version; running chains keep theirs; retired takes no new chains", async () => {
    const input = {
      code: "TRAINING_PLAN",
      nameTr: "Eğitim planı",
      nameEn: "Training plan",
      subjectKind: "GENERIC",
      departmentCode: "IARSY",
      steps: twoSteps,
      idempotencyKey: "create-training-plan-1",
    };
    const count = () => app.db.$count(approvalTemplates);
    const forbidden = await app.gql(CREATE, { input }, head);
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const created = (await app.gql(CREATE, { input }, unit)).data!.createApprovalTemplate;
    expect(created.template).toMatchObject({ code: "TRAINING_PLAN", templateVersion: 1, status: "CURRENT", departmentCode: "IARSY" });
    const before = await count();
    const replay = (await app.gql(CREATE, { input }, unit)).data!.createApprovalTemplate;
    expect(replay).toEqual(created);
    expect(await count()).toBe(before);

    const subject = { generic: { summary: "2027 eğitim planı", attributes: [{ name: "Dönem", value: "2027" }] } };
    const onVersion1 = (await start("TRAINING_PLAN", subject)).approval;
    expect(onVersion1.template.templateVersion).toBe(1);

    const revised = (
      await app.gql(
        REVISE,
        {
          input: {
            code: "TRAINING_PLAN",
            expectedVersion: 1,
            steps: [
              ...twoSteps.slice(0, 1),
              { kind: "APPROVAL", role: "DEPUTY_GENERAL_DIRECTOR", labelTr: "GMY onaylar", labelEn: "Deputy approves" },
              twoSteps[1],
            ],
            idempotencyKey: "revise-training-plan-1",
          },
        },
        unit,
      )
    ).data!.reviseApprovalTemplate;
    expect(revised.template).toMatchObject({ templateVersion: 2, status: "CURRENT" });
    expect(revised.template.steps).toHaveLength(3);
    const stale = await app.gql(REVISE, { input: { code: "TRAINING_PLAN", expectedVersion: 1, steps: twoSteps } }, unit);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2, rule: "APR-8" });

    const onVersion2 = (await start("TRAINING_PLAN", subject)).approval;
    expect(onVersion2.template.templateVersion).toBe(2);
    // The chain on version 1 still runs on its two steps.
    const first = (await decide(onVersion1, head, "APPROVE")).approval;
    expect(first.currentStep).toMatchObject({ index: 1, role: "PREPARER", kind: "NOTIFICATION" });

    const retired = (await app.gql(RETIRE, { input: { code: "TRAINING_PLAN", expectedVersion: 2 } }, unit)).data!.retireApprovalTemplate;
    expect(retired.template.status).toBe("RETIRED");
    expect((await templates()).map((t) => t.code)).not.toContain("TRAINING_PLAN");
    expect((await templates(true)).map((t) => t.code)).toContain("TRAINING_PLAN");
    const refused = await start("TRAINING_PLAN", subject);
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: "TEMPLATE_RETIRED", rule: "APR-8" })]);
    const finished = (await decide(first, unit, "COMPLETE")).approval;
    expect(finished.status).toBe("APPROVED");
    const versions = await app.gql(`{ approvalTemplateVersions(code: "TRAINING_PLAN") { templateVersion status } }`, {}, unit);
    expect(versions.data!.approvalTemplateVersions).toEqual([
      { templateVersion: 1, status: "SUPERSEDED" },
      { templateVersion: 2, status: "RETIRED" },
    ]);
  });

  it("APR-8 refuses a preparer that approves, a department that does not exist, and a code in use", async () => {
    const result = (
      await app.gql(
        CREATE,
        {
          input: {
            code: "PETITION",
            nameTr: "Deneme",
            nameEn: "Trial",
            subjectKind: "GENERIC",
            departmentCode: "NOWHERE",
            steps: [{ kind: "APPROVAL", role: "PREPARER", labelTr: "Birim onaylar", labelEn: "Unit approves" }],
          },
        },
        unit,
      )
    ).data!.createApprovalTemplate;
    expect(result.template).toBeNull();
    expect(result.userErrors.map((e: any) => e.code).sort()).toEqual(["PREPARER_APPROVES", "TEMPLATE_EXISTS", "UNKNOWN_DEPARTMENT"]);
    expect(result.userErrors.every((e: any) => e.rule === "APR-8")).toBe(true);
  });
});

describe("APR-9 a generic subject for chains the subject kinds do not name", () => {
  it("APR-9 a GENERIC template's chain carries a summary and named attributes", async () => {
    await app.gql(
      CREATE,
      {
        input: {
          code: "MHRS_PROJECT",
          nameTr: "MHRS iyileştirme projesi",
          nameEn: "MHRS improvement project",
          subjectKind: "GENERIC",
          departmentCode: "IARSY",
          steps: twoSteps,
        },
      },
      unit,
    );
    const started = await start("MHRS_PROJECT", {
      generic: { summary: "Randevu iptal oranını azaltma", attributes: [{ name: "Hedef", value: "%10" }] },
    });
    expect(started.approval.subject).toEqual({
      __typename: "GenericSubject",
      summary: "Randevu iptal oranını azaltma",
      attributes: [{ name: "Hedef", value: "%10" }],
    });
    const wrongKind = await start("MHRS_PROJECT", report("2026"));
    expect(wrongKind.userErrors[0]).toMatchObject({ code: "SUBJECT_KIND", rule: "APR-1" });
  });
});

describe("APR-10 petitions: SBN, the Communications Department Head, the relevant unit's answer", () => {
  it("APR-10 via the relevant unit: the Communications Department Head forwards, the unit records who answered", async () => {
    const tpl = (await templates()).find((t) => t.code === "PETITION_RELEVANT_UNIT")!;
    expect(tpl.steps.map((s) => `${s.role}:${s.kind}:${s.department ?? ""}`)).toEqual([
      "DEPARTMENT_HEAD:APPROVAL:",
      "GENERAL_DIRECTOR:APPROVAL:",
      "DEPARTMENT_HEAD:REVIEW:COMMUNICATIONS",
      "PREPARER:EXTERNAL:",
    ]);
    let approval = (await start("PETITION_RELEVANT_UNIT", petition)).approval;
    expect(approval.subject.channel).toBe("SBN");
    approval = (await decide(approval, coordinationHead, "APPROVE")).approval;
    approval = (await decide(approval, director, "APPROVE")).approval;
    expect(approval.currentStep).toMatchObject({ role: "DEPARTMENT_HEAD", department: "COMMUNICATIONS" });
    expect((await decide(approval, coordinationHead, "APPROVE")).userErrors[0]).toMatchObject({
      rule: "APR-6",
      code: "NOT_DEPARTMENT_HEAD",
    });
    approval = (await decide(approval, communicationsHead, "APPROVE")).approval;
    const answered = await decide(approval, unit, "COMPLETE", {
      answer: "Başvurunuz il sağlık müdürlüğünce cevaplandırılmıştır.",
      answeringUnit: "Ankara İl Sağlık Müdürlüğü",
    });
    expect(answered.userErrors).toEqual([]);
    expect(answered.approval.status).toBe("APPROVED");
    expect(answered.approval.subject).toMatchObject({
      answeringUnit: "Ankara İl Sağlık Müdürlüğü",
      answer: expect.stringContaining("cevaplandırılmıştır"),
    });
  });

  it("APR-10 our unit answers through the system: no answering unit is named", async () => {
    let approval = (await start("PETITION", petition)).approval;
    approval = (await decide(approval, coordinationHead, "APPROVE")).approval;
    approval = (await decide(approval, director, "APPROVE")).approval;
    const refused = await decide(approval, unit, "COMPLETE", { answer: "Cevabınız sistemden iletilmiştir.", answeringUnit: "Başka birim" });
    expect(refused.userErrors[0]).toMatchObject({ rule: "APR-10", field: ["input", "answeringUnit"] });
  });
});

describe("APR-11 overseas deployment: selection, two Department Head steps, tickets and equipment, completion", () => {
  it("APR-11 the chain has the seed's ten steps' decisions in order", async () => {
    const tpl = (await templates()).find((t) => t.code === "OVERSEAS_PERSONNEL_DEPLOYMENT")!;
    expect(tpl.steps.map((s) => `${s.role}:${s.kind}`)).toEqual([
      "PREPARER:PREPARATION",
      "DEPARTMENT_HEAD:APPROVAL",
      "PREPARER:PREPARATION",
      "DEPARTMENT_HEAD:APPROVAL",
      "GENERAL_DIRECTOR:APPROVAL",
      "PREPARER:EXTERNAL",
      "PREPARER:NOTIFICATION",
      "PREPARER:PREPARATION",
      "PREPARER:NOTIFICATION",
    ]);
    expect(tpl.steps[0].labelEn).toMatch(/Selection/);
    expect(tpl.steps[7].labelEn).toMatch(/tickets.*equipment/);
    expect(tpl.steps[8].labelEn).toMatch(/Completion/);
  });
});

describe("APR-12 foreign-relations requests from organisations and countries", () => {
  const request = (extra: Record<string, unknown>) => ({
    informationRequest: { reference: "2026/ikili/14", dueOn: "2026-12-20", summary: "Sağlık turizmi verileri", ...extra },
  });

  it("APR-12 a bilateral request names its country; an organisation is named unless WHO, OECD or the EU", async () => {
    const bilateral = await start("INFORMATION_REQUEST", request({ organisation: "COUNTRY", requestingCountryCode: "AZ" }));
    expect(bilateral.userErrors).toEqual([]);
    expect(bilateral.approval.subject).toMatchObject({ organisation: "COUNTRY", requestingCountryCode: "AZ" });
    const noCountry = await start("INFORMATION_REQUEST", request({ organisation: "COUNTRY" }));
    expect(noCountry.userErrors).toEqual([
      expect.objectContaining({ rule: "APR-12", field: ["input", "subject", "informationRequest", "requestingCountryCode"] }),
    ]);
    const unnamed = await start("INFORMATION_REQUEST", request({ organisation: "OTHER_ORGANISATION" }));
    expect(unnamed.userErrors[0]).toMatchObject({ rule: "APR-12", field: ["input", "subject", "informationRequest", "organisationName"] });
  });
});

describe("APR-13 the chains seed 001 names that were missing", () => {
  it("APR-13 responsibility matrix ends at the Deputy General Director; posters go through two approval rounds; the others exist", async () => {
    const byCode = new Map((await templates()).map((t) => [t.code, t]));
    const matrix = byCode.get("RESPONSIBILITY_MATRIX")!.steps.map((s) => s.role);
    expect(matrix).toEqual(["DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR", "PREPARER"]);
    const poster = byCode.get("INTERNAL_CONTROL_POSTER")!.steps;
    expect(poster.filter((s) => s.role === "GENERAL_DIRECTOR" && s.kind === "APPROVAL")).toHaveLength(2);
    expect(poster.filter((s) => s.role === "DEPARTMENT_HEAD")).toHaveLength(2);
    expect([...byCode.keys()]).toEqual(
      expect.arrayContaining(["EXTERNAL_INSTITUTION_REQUEST", "WORLD_BANK_ACTIVITY", "SCIENTIFIC_DATA_REQUEST", "WORKFLOW_CHARTS"]),
    );
    const presidency = await start("EXTERNAL_INSTITUTION_REQUEST", {
      externalRequest: { institution: "PRESIDENCY", reference: "CB-2026/55", summary: "Eylem planı gerçekleşmeleri" },
    });
    expect(presidency.userErrors).toEqual([]);
    expect(presidency.approval.subject).toMatchObject({ __typename: "ExternalRequestSubject", institution: "PRESIDENCY" });
  });

  it("APR-13 a scientific data request found unsuitable is answered with the refusal", async () => {
    const { approval } = await start("SCIENTIFIC_DATA_REQUEST", {
      dataRequest: { requester: "Halk Sağlığı Genel Müdürlüğü", studyTitle: "Aşı", dataRequested: "Hasta düzeyinde kimlikli veri" },
    });
    const refused = await decide(approval, statisticsHead, "REJECT", {
      comment: "Kimlikli veri paylaşılamaz; talep sahibine yazılmıştır.",
    });
    expect(refused.approval.status).toBe("REJECTED");
  });
});

describe("APR-4 with the workflow kernel (#22)", () => {
  it("APR-4 a decision on a stale version is a CONFLICT that carries the version the approval is at", async () => {
    const { approval } = await start("INFORMATION_REQUEST", {
      informationRequest: { organisation: "WHO", reference: "WHO/2026/9", dueOn: "2026-12-20", summary: "Göç sağlığı" },
    });
    const moved = (await decide(approval, coordinationHead, "APPROVE")).approval;
    const stale = await app.gql(
      DECIDE,
      { input: { id: approval.id, expectedVersion: approval.version, decision: "APPROVE", comment: "Uygun." } },
      director,
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", rule: "APR-4", currentVersion: moved.version });
  });

  it("APR-3 the history follows the workflow convention: from and to states, action, actor, note, version", async () => {
    let approval = (await start("ACTIVITY_REPORT_MONTHLY", report("2026-11"))).approval;
    approval = (await decide(approval, statisticsHead, "RETURN", { comment: "Eksik tablo." })).approval;
    const { data, errors } = await app.gql(
      `query ($id: ID!) { approval(id: $id) { history { fromState toState action actorRole note version decision revision stepIndex } } }`,
      { id: approval.id },
      unit,
    );
    expect(errors).toBeUndefined();
    expect(data!.approval.history).toEqual([
      {
        fromState: null,
        toState: "IN_PROGRESS",
        action: "submit",
        actorRole: "COORDINATION_UNIT",
        note: "Onayınıza sunulur.",
        version: 1,
        decision: "SUBMIT",
        revision: 1,
        stepIndex: null,
      },
      {
        fromState: "IN_PROGRESS",
        toState: "RETURNED",
        action: "return",
        actorRole: "DEPARTMENT_HEAD",
        note: "Eksik tablo.",
        version: 2,
        decision: "RETURN",
        revision: 1,
        stepIndex: 0,
      },
    ]);
  });
});
