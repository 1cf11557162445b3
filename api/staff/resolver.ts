import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { StaffAccountRow } from "../../drizzle/schema/index.js";
import { CONNECTION_FILTER, ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import {
  CreateStaffAccountInput,
  CreateStaffAccountPayload,
  DisableStaffAccountInput,
  StaffAccount,
  StaffAccountConnection,
  StaffAccountFilter,
  StaffAccountPayload,
} from "../../schema/staff.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { STAFF_ACCOUNT_TYPE } from "./person.js";

/** The account as the API shows it: never its password hash nor its TOTP secret. */
const staffAccountOf = (row: StaffAccountRow): StaffAccount => ({
  id: toGlobalId(STAFF_ACCOUNT_TYPE, row.id),
  username: row.username,
  displayName: row.displayName,
  organisation: row.organisation,
  role: row.role,
  scope: row.scopeKind === "NATIONAL" ? "national" : `${row.scopeKind.toLowerCase()}:${row.scopeValue}`,
  totpEnabled: row.totpSecret !== null,
  enabled: row.disabledAt === null,
  createdAt: row.createdAt,
  disabledAt: row.disabledAt,
});

@Resolver(() => StaffAccount)
export class StaffAccountResolver {
  @Query(() => StaffAccountConnection, {
    description: "The staff accounts (people who sign in through the browser at /oidc), oldest first; never their secrets.",
  })
  async staffAccounts(
    @Arg("filter", () => StaffAccountFilter, { description: CONNECTION_FILTER, nullable: true }) filter: StaffAccountFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.staff.list(filter ?? {}, args), staffAccountOf);
  }

  @Mutation(() => CreateStaffAccountPayload, {
    description:
      "Creates a staff account (STAFF-4); national roles and the auditor always get a TOTP secret (STAFF-2), whose otpauth:// URI is answered once, here.",
  })
  async createStaffAccount(
    @Arg("input", () => CreateStaffAccountInput, { description: MUTATION_INPUT }) input: CreateStaffAccountInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.staff.create(input);
    return {
      staffAccount: result.value ? staffAccountOf(result.value.account) : null,
      totpProvisioningUri: result.value?.totpProvisioningUri ?? null,
      userErrors: result.userErrors,
    };
  }

  @Mutation(() => StaffAccountPayload, {
    description: "Disables a staff account (STAFF-5): no more sign-in, and its sessions, refresh tokens and access tokens end at once.",
  })
  async disableStaffAccount(
    @Arg("input", () => DisableStaffAccountInput, { description: MUTATION_INPUT }) input: DisableStaffAccountInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.staff.disable(input.id);
    return { staffAccount: result.value ? staffAccountOf(result.value) : null, userErrors: result.userErrors };
  }
}
