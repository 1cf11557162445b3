import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Node } from "../schema/common.js";
import type { GraphQLContext } from "./context.js";
import { badInput, notFound } from "./platform/conventions/errors.js";
import { MAX_PAGE_SIZE } from "./platform/conventions/pagination.js";
import { parseGlobalId } from "./platform/conventions/global-id.js";

/** Fetches any object by its global ID, through the service that authorises that type. */
async function fetchNode(ctx: GraphQLContext, id: string): Promise<object & { __typename: string }> {
  const { type } = parseGlobalId(id);
  const { services } = ctx;
  switch (type) {
    case "Facility":
      return { ...(await services.facilities.get(id)), __typename: type };
    case "Patient":
      return { ...(await services.patients.get(id)), __typename: type };
    case "Appointment":
      return { ...(await services.appointments.get(id)), __typename: type };
    case "Approval":
      return { ...(await services.approvals.get(id)), __typename: type };
    case "MonthlySubmission":
      return { ...(await services.submissions.byId(id)), __typename: type };
    case "Referral":
      return { ...(await services.referrals.get(id)), __typename: type };
    case "HealthTourismCase":
      return { ...(await services.healthTourism.get(id)), __typename: type };
    case "ReimbursementClaim":
      return { ...(await services.reimbursements.reads.get(id)), __typename: type };
    case "BedSearch":
      return { ...(await services.bedSearches.get(id)), __typename: type };
    case "AttachmentRequest":
      return { ...(await services.kazakhstan.readableRequest(id)), __typename: type };
    case "WebhookSubscription":
      return { ...(await services.webhooks.subscription(id)), __typename: type };
    case "WebhookDelivery":
      return { ...(await services.webhooks.delivery(id)), __typename: type };
    case "Slot":
      return { ...(await services.appointments.slot(id)), __typename: type };
    case "InsuranceContract":
      return { ...(await services.kazakhstan.contract(id)), __typename: type };
    case "Physician":
      return { ...(await services.appointments.physician(id)), __typename: type };
    case "Province":
      return { ...services.geography.provinceById(id), __typename: type };
    default:
      throw notFound("Node", id);
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID." })
  node(@Arg("id", () => ID, { description: "Any global ID this API returned." }) id: string, @Ctx() ctx: GraphQLContext) {
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], { nullable: "items", description: "Up to 100 objects by global ID, in the order asked." })
  nodes(
    @Arg("ids", () => [ID], {
      description: "Global IDs, at most 100; the answer keeps their order, with null for each one not found or not yours.",
    })
    ids: string[],
    @Ctx() ctx: GraphQLContext,
  ) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(["ids"], `at most ${MAX_PAGE_SIZE} IDs per call.`);
    return ids.map((id) => fetchNode(ctx, id));
  }
}
