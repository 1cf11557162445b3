import { and, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { staffAccounts, type Role, type StaffAccountRow } from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { ClientSetupError } from "../auth/clients.js";
import { userError } from "../platform/conventions/errors.js";
import { isUuid, localIdOf } from "../platform/conventions/global-id.js";
import { inTransaction, refuseIfAny, violatedConstraint, type MutationResult } from "../platform/conventions/mutation.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import type { Principal } from "../auth/principal.js";
import { createStaffAccount, disableStaffAccount } from "./accounts.js";
import { STAFF_ACCOUNT_TYPE } from "./person.js";

export interface StaffAccountInput {
  username: string;
  displayName: string;
  organisation: string;
  role: string;
  scope: string;
  password: string;
  totp?: boolean | null;
}

/** Who created or disabled an account, as the account records it: the person when one signed in, else the client. */
const actorName = (principal: Principal) => (principal.person ? `person:${principal.person.id}` : `client:${principal.clientId}`);

/** The coordination unit's staff accounts: list, create (with the one-time TOTP URI), disable. */
export class StaffService {
  constructor(private readonly ctx: ServiceContext) {}

  list(filter: { enabled?: boolean | null; role?: string | null }, args: PageArgs): Promise<Page<StaffAccountRow>> {
    authorise(this.ctx.principal, "staff-account:read");
    const conditions: SQL[] = [];
    if (filter.enabled === true) conditions.push(isNull(staffAccounts.disabledAt));
    if (filter.enabled === false) conditions.push(isNotNull(staffAccounts.disabledAt));
    if (filter.role) conditions.push(eq(staffAccounts.role, filter.role as Role));
    return tablePage(this.ctx.db, staffAccounts, {
      where: and(...conditions),
      orderBy: [staffAccounts.createdAt, staffAccounts.id],
      keyOf: (row) => [row.createdAt.toISOString(), row.id],
      args,
    });
  }

  /**
   * STAFF-4: a username of its own, a password of 12 characters or more that does not contain the username, and a
   * scope of the kind the role acts in; STAFF-2: national roles and the auditor always get a TOTP secret.
   */
  async create(input: StaffAccountInput): Promise<MutationResult<{ account: StaffAccountRow; totpProvisioningUri: string | null }>> {
    authorise(this.ctx.principal, "staff-account:create");
    const seal = this.ctx.secretSeal;
    if (!seal) throw new Error("Staff accounts are created through the server, whose contexts hold the secrets key.");
    const username = input.username;
    return inTransaction(this.ctx, async (t) => {
      const errors = [];
      if (input.password.toLowerCase().includes(username.toLowerCase())) {
        errors.push(
          userError(["input", "password"], "PASSWORD_CONTAINS_USERNAME", "The password must not contain the username.", "STAFF-4"),
        );
      }
      const [taken] = await t.tx.select({ id: staffAccounts.id }).from(staffAccounts).where(eq(staffAccounts.username, username));
      if (taken) errors.push(userError(["input", "username"], "USERNAME_TAKEN", `The username ${username} is taken.`, "STAFF-4"));
      refuseIfAny(errors);
      try {
        return await createStaffAccount(
          t.tx,
          {
            username,
            displayName: input.displayName.trim(),
            organisation: input.organisation.trim(),
            role: input.role as Role,
            scope: input.scope,
            password: input.password,
            totp: input.totp ?? false,
            createdBy: actorName(t.principal),
          },
          seal,
        );
      } catch (error) {
        if (error instanceof ClientSetupError) refuseIfAny([userError(["input", "scope"], "SCOPE_INVALID", error.message, "STAFF-4")]);
        if (violatedConstraint(error) === "staff_accounts_username_key") {
          refuseIfAny([userError(["input", "username"], "USERNAME_TAKEN", `The username ${username} is taken.`, "STAFF-4")]);
        }
        throw error;
      }
    });
  }

  /** STAFF-5: the person can no longer sign in; their sessions, refresh tokens and access tokens end now. */
  async disable(id: string): Promise<MutationResult<StaffAccountRow>> {
    authorise(this.ctx.principal, "staff-account:disable");
    const accountId = localIdOf(id, STAFF_ACCOUNT_TYPE, ["input", "id"]);
    return inTransaction(this.ctx, async (t) => {
      const [account] = isUuid(accountId) ? await t.tx.select().from(staffAccounts).where(eq(staffAccounts.id, accountId)) : [];
      if (!account) refuseIfAny([userError(["input", "id"], "NOT_FOUND", "No staff account has this ID.")]);
      if (account.disabledAt)
        refuseIfAny([userError(["input", "id"], "ALREADY_DISABLED", "The staff account is already disabled.", "STAFF-5")]);
      if (t.principal.person?.id === account.id) {
        refuseIfAny([
          userError(
            ["input", "id"],
            "SELF",
            "A person does not disable their own account; another of the coordination unit does.",
            "STAFF-5",
          ),
        ]);
      }
      return (await disableStaffAccount(t.tx, account.id, actorName(t.principal), t.clock.now()))!;
    });
  }
}
