import { staffPersonOf } from "../staff/person.js";
import { createHash } from "node:crypto";
import { and, asc, count, eq } from "drizzle-orm";
import type { GraphQLSchema } from "graphql";
import { apiClients, registeredDocuments, type RegisteredDocumentRow } from "../../drizzle/schema/index.js";
import { effectivePolicy } from "../auth/client-policy.js";
import { authorise } from "../auth/authorise.js";
import { describeScope } from "../auth/principal.js";
import { userError } from "../platform/conventions/errors.js";
import { inTransaction, refuseIfAny, type MutationResult } from "../platform/conventions/mutation.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { checkRegisteredDocument, MAX_REGISTERED_DOCUMENTS_PER_CLIENT } from "./rules.js";
import { isConsolePrincipal } from "../platform/edge/trusted-documents.js";

/** What a client learns about itself (`viewer`), and the documents registered for clients held to trusted documents. */
export class IntegrationService {
  constructor(private readonly ctx: ServiceContext) {}

  async viewer() {
    const { principal } = this.ctx;
    const [client] = await this.ctx.db
      .select({ name: apiClients.name })
      .from(apiClients)
      .where(eq(apiClients.clientId, principal.clientId));
    const policy = effectivePolicy(this.ctx.clientPolicyDefaults, principal.policy);
    return {
      clientId: principal.clientId,
      name: client?.name ?? null,
      role: principal.role,
      scope: describeScope(principal.scope),
      limits: policy.limits,
      rateLimit: policy.rateLimit,
      trustedDocumentsOnly: policy.trustedDocumentsOnly || isConsolePrincipal(principal),
      person: principal.person ? staffPersonOf(principal.person) : null,
    };
  }

  /**
   * DOC-1..4 (SECURITY.md): the coordination unit (`trusted-document:register`) registers a document
   * for a named client. It must fit the schema (DOC-2); it is trusted for that client alone (DOC-3); the row is the
   * append-only audit record, and the same text again returns the first registration (DOC-4).
   */
  async register(input: { clientId: string; document: string }, schema: GraphQLSchema): Promise<MutationResult<RegisteredDocumentRow>> {
    authorise(this.ctx.principal, "trusted-document:register");
    const checked = checkRegisteredDocument(schema, input.document);
    const sha256 = createHash("sha256").update(input.document).digest("hex");
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      refuseIfAny("userErrors" in checked ? checked.userErrors : []);
      const [client] = await tx
        .select({ disabledAt: apiClients.disabledAt })
        .from(apiClients)
        .where(eq(apiClients.clientId, input.clientId));
      if (!client || client.disabledAt) {
        refuseIfAny([userError(["input", "clientId"], "UNKNOWN_CLIENT", "is not an active client.", "DOC-1")]);
      }
      const [existing] = await tx
        .select()
        .from(registeredDocuments)
        .where(and(eq(registeredDocuments.clientId, input.clientId), eq(registeredDocuments.sha256, sha256)));
      if (existing) return existing;
      const [{ n }] = await tx.select({ n: count() }).from(registeredDocuments).where(eq(registeredDocuments.clientId, input.clientId));
      if (n >= MAX_REGISTERED_DOCUMENTS_PER_CLIENT) {
        refuseIfAny([
          userError(["input", "clientId"], "TOO_MANY_DOCUMENTS", `has ${n} registered documents, the most a client may have.`, "DOC-4"),
        ]);
      }
      const [row] = await tx
        .insert(registeredDocuments)
        .values({
          clientId: input.clientId,
          sha256,
          document: input.document,
          operationNames: "operationNames" in checked ? checked.operationNames : [],
          registeredByClientId: t.principal.clientId,
          registeredByRole: t.principal.role,
          registeredAt: t.clock.now(),
          requestId: t.requestId,
        })
        .returning();
      return row;
    });
  }

  /** The registrations for one client, oldest first (at most MAX_REGISTERED_DOCUMENTS_PER_CLIENT). */
  registeredFor(clientId: string): Promise<RegisteredDocumentRow[]> {
    authorise(this.ctx.principal, "trusted-document:read");
    return this.ctx.db
      .select()
      .from(registeredDocuments)
      .where(eq(registeredDocuments.clientId, clientId))
      .orderBy(asc(registeredDocuments.registeredAt), asc(registeredDocuments.id));
  }
}
