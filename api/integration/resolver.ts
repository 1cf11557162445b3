import { Arg, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { RegisteredDocument, RegisterTrustedDocumentInput, RegisterTrustedDocumentPayload, Viewer } from "../../schema/integration.js";
import { MUTATION_INPUT } from "../../schema/common.js";
import type { GraphQLContext } from "../context.js";
import { payloadOf } from "../platform/conventions/payload.js";

@Resolver()
export class IntegrationResolver {
  @Query(() => Viewer, {
    description: "The calling client: its id and name, role, scope, query limits, rate limit and trusted-documents mode.",
  })
  viewer(@Ctx() ctx: GraphQLContext) {
    return ctx.services.integration.viewer();
  }

  @Query(() => [RegisteredDocument], {
    description:
      "The documents registered for a client beyond the SDK's operations, oldest first, with who registered each and when (DOC-4).",
  })
  registeredDocuments(
    @Arg("clientId", () => String, { description: "The client (OAuth2 client id) whose documents to list." }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.integration.registeredFor(clientId);
  }

  @Mutation(() => RegisterTrustedDocumentPayload, {
    description:
      "Trusts a document for one client, so a client held to trusted documents (an internal frontend) can run its own operations (DOC-1..4, SECURITY.md). Audited: the registration records who, when and in which request.",
  })
  async registerTrustedDocument(
    @Arg("input", () => RegisterTrustedDocumentInput, { description: MUTATION_INPUT }) input: RegisterTrustedDocumentInput,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payloadOf("registeredDocument", await ctx.services.integration.register(input, info.schema));
  }
}
