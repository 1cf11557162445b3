import type { TestApp } from "./app.js";

/**
 * APR-6: a Department Head decides only the chains of the departments it heads. Tests that walk chains of several
 * departments make their Department Head client the (acting) head of each, as the coordination unit does, through
 * the API.
 */
export async function headEveryDepartment(app: TestApp, headToken: string, unitToken: string, departments?: string[]): Promise<string> {
  const viewer = await app.gql(`{ viewer { clientId } }`, {}, headToken);
  const clientId: string = viewer.data!.viewer.clientId;
  const codes =
    departments ??
    (await app.gql(`{ approvalDepartments { code } }`, {}, unitToken)).data!.approvalDepartments.map((d: { code: string }) => d.code);
  for (const departmentCode of codes) {
    const { data, errors } = await app.gql(
      `mutation ($input: AssignDepartmentHeadInput!) { assignDepartmentHead(input: $input) { userErrors { code message } } }`,
      { input: { clientId, departmentCode } },
      unitToken,
    );
    if (errors || data!.assignDepartmentHead.userErrors.length)
      throw new Error(`assignDepartmentHead failed: ${JSON.stringify(errors ?? data!.assignDepartmentHead.userErrors)}`);
  }
  return clientId;
}
