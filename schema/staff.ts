import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsIn, IsOptional, Length, Matches } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { role as roleEnum } from "../drizzle/schema/index.js";
import { Connection, connectionOf, CREATED_AT, MutationPayload, PAYLOAD_OBJECT, payloadOf } from "./common.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A person signed in through a client (a staff account, browser sign-in at /oidc): who read or changed something, beside the client it went through.",
})
export class StaffPerson {
  @Field(() => ID, { description: "Global ID of the staff account (as `StaffAccount.id`, and the access log's `personId` filter)." })
  id!: string;

  @Field(() => String, { description: "The sign-in name, e.g. adana.il." })
  username!: string;

  @Field(() => String, { description: "The person's name as the account shows it." })
  displayName!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A staff account: a person of one organisation who signs in through the browser (OpenID Connect at /oidc) with a role and scope, as a client has. Its password and TOTP secret are never shown.",
})
export class StaffAccount {
  @Field(() => ID, { description: "Opaque global ID." })
  id!: string;

  @Field(() => String, { description: "The sign-in name: lower case letters, digits, dot, dash or underscore (2 to 63)." })
  username!: string;

  @Field(() => String, { description: "The person's name." })
  displayName!: string;

  @Field(() => String, { description: "The organisation the person works for." })
  organisation!: string;

  @Field(() => String, { description: "The role (DOMAIN §0), as a client's: it decides which root fields the person may call." })
  role!: string;

  @Field(() => String, {
    description: "What the person acts for, as `kind:value`: `national`, `province:01`, `facility:106101`, `insurer:SGK`.",
  })
  scope!: string;

  @Field(() => Boolean, {
    description: "Whether the account signs in with a TOTP code after its password (always for national roles and the auditor: STAFF-2).",
  })
  totpEnabled!: boolean;

  @Field(() => Boolean, { description: "False once disabled: the person can no longer sign in, and their sessions and tokens have ended." })
  enabled!: boolean;

  @Field(() => DateTimeISOResolver, { description: CREATED_AT })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When it was disabled (UTC); null while enabled." })
  disabledAt!: Date | null;
}

@ObjectType({ description: connectionOf("staff accounts, oldest first") })
export class StaffAccountConnection extends Connection(StaffAccount, "StaffAccount") {}

const ROLES = roleEnum.enumValues as readonly string[];

@InputType({
  description:
    "A new staff account. The password is stored only as a hash; a TOTP secret is made when asked for, and always for national roles and the auditor (STAFF-2).",
})
export class CreateStaffAccountInput {
  @Field(() => String, {
    description:
      "The sign-in name: 2 to 63 characters, lower case letters, digits, dot, dash or underscore, starting with a letter or digit.",
  })
  @Matches(/^[a-z0-9][a-z0-9._-]{1,62}$/, {
    message: "username must be 2 to 63 lower case letters, digits, dot, dash or underscore, starting with a letter or digit",
  })
  username!: string;

  @Field(() => String, { description: "The person's name, 2 to 120 characters." })
  @Length(2, 120)
  displayName!: string;

  @Field(() => String, { description: "The organisation the person works for, 2 to 200 characters." })
  @Length(2, 200)
  organisation!: string;

  @Field(() => String, { description: `The role, one of ${ROLES.join(", ")}.` })
  @IsIn(ROLES)
  role!: string;

  @Field(() => String, {
    description:
      "The scope, as `national`, `province:NN`, `facility:CODE`, `insurer:CODE` or `organisation:CODE` (the role decides which kind).",
  })
  @Length(1, 100)
  scope!: string;

  @Field(() => String, {
    description: "The initial password, 12 to 200 characters (STAFF-4); give it to the person by a separate channel.",
  })
  @Length(12, 200)
  password!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Make a TOTP secret for a role that does not require one (default false; national roles and the auditor always get one).",
  })
  @IsOptional()
  totp?: boolean | null;
}

@InputType({ description: "The staff account to disable." })
export class DisableStaffAccountInput {
  @Field(() => ID, { description: "Global ID of the staff account." })
  id!: string;
}

@InputType({ description: "Narrows the staff accounts; every given field must match." })
export class StaffAccountFilter {
  @Field(() => Boolean, { nullable: true, description: "Only enabled (true) or disabled (false) accounts." })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: "Only accounts of this role." })
  @IsOptional()
  @IsIn(ROLES)
  role?: string | null;
}

@ObjectType({ description: payloadOf("createStaffAccount") })
export class CreateStaffAccountPayload extends MutationPayload {
  @Field(() => StaffAccount, { nullable: true, description: PAYLOAD_OBJECT })
  staffAccount!: StaffAccount | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The otpauth:// URI of the new TOTP secret, shown only here: give it to the person to scan into their authenticator app. Null without TOTP.",
  })
  totpProvisioningUri!: string | null;
}

@ObjectType({ description: payloadOf("disableStaffAccount") })
export class StaffAccountPayload extends MutationPayload {
  @Field(() => StaffAccount, { nullable: true, description: PAYLOAD_OBJECT })
  staffAccount!: StaffAccount | null;
}
