import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { and, eq } from "drizzle-orm";
import manifest from "../../../sdk/src/_generated/trusted-documents.json" with { type: "json" };
import consoleManifest from "../../../examples/console/src/gql/persisted-documents.json" with { type: "json" };
import type { Executor } from "../../../drizzle/database.js";
import { registeredDocuments } from "../../../drizzle/schema/index.js";
import { CONSOLE_CLIENT_ID } from "../../auth/principal.js";

/** Whether the caller is the operations console: its principals run the console's trusted documents only. */
export const isConsolePrincipal = (principal: { clientId: string } | null | undefined) => principal?.clientId === CONSOLE_CLIENT_ID;

/**
 * The documents a trusted-documents-only client may run. The SDK's operations, published by `npm run codegen` as
 * `{ sha256: document }`, are trusted for every client; documents registered for one client
 * (`registerTrustedDocument`, DOC-1..4) for that client alone (DOC-3). A document is known by the SHA-256 of
 * its text, whether the client sent the text, the hash alone (`extensions.persistedQuery.sha256Hash`, Apollo's
 * persisted-query convention), or both. The operations console's documents (examples/console, extracted by
 * `npm run codegen` into its persisted-documents.json) are trusted for the console's principals alone, who run
 * nothing else.
 */
export class TrustedDocuments {
  private readonly documents: ReadonlyMap<string, string>;
  private readonly consoleDocuments: ReadonlyMap<string, string>;
  /** Registrations already seen, per client: they are append-only, so a remembered one stays true. */
  private readonly registered = new Map<string, Set<string>>();

  constructor(
    private readonly db: Executor,
    documents: Record<string, string> = manifest,
    consoleDocuments: Record<string, string> = consoleManifest,
  ) {
    this.documents = new Map(Object.entries(documents));
    this.consoleDocuments = new Map(Object.entries(consoleDocuments));
  }

  /** Whether `clientId` may run the document of this hash; a registration made on any process counts at once. */
  async isTrustedFor(clientId: string, sha256: string | undefined): Promise<boolean> {
    if (sha256 === undefined) return false;
    if (clientId === CONSOLE_CLIENT_ID) return this.consoleDocuments.has(sha256);
    if (this.documents.has(sha256) || this.registered.get(clientId)?.has(sha256)) return true;
    const [row] = await this.db
      .select({ id: registeredDocuments.id })
      .from(registeredDocuments)
      .where(and(eq(registeredDocuments.clientId, clientId), eq(registeredDocuments.sha256, sha256)))
      .limit(1);
    if (!row) return false;
    const known = this.registered.get(clientId) ?? new Set<string>();
    this.registered.set(clientId, known.add(sha256));
    return true;
  }

  /**
   * Apollo's persisted-query cache, answered from the manifest and the registrations and never written: a hash
   * sent alone finds its document, and no client adds documents by sending them.
   */
  asPersistedQueryCache(): KeyValueCache<string> {
    return {
      get: async (key) => {
        const sha256 = key.replace(/^apq:/, "");
        const published = this.documents.get(sha256) ?? this.consoleDocuments.get(sha256);
        if (published !== undefined) return published;
        const [row] = await this.db
          .select({ document: registeredDocuments.document })
          .from(registeredDocuments)
          .where(eq(registeredDocuments.sha256, sha256))
          .limit(1);
        return row?.document;
      },
      set: async () => {},
      delete: async () => {},
    };
  }
}
