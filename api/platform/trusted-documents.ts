import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import manifest from "../../sdk/src/_generated/trusted-documents.json" with { type: "json" };

/**
 * The SDK's operations, published by `npm run codegen` as `{ sha256: document }`. A document is
 * trusted when the SHA-256 of its text is in the manifest, whether the client sent the text, the
 * hash alone (`extensions.persistedQuery.sha256Hash`, Apollo's persisted-query convention), or both.
 */
export class TrustedDocuments {
  private readonly documents: ReadonlyMap<string, string>;

  constructor(documents: Record<string, string> = manifest) {
    this.documents = new Map(Object.entries(documents));
  }

  has(sha256: string | undefined): boolean {
    return sha256 !== undefined && this.documents.has(sha256);
  }

  /**
   * Apollo's persisted-query cache, answered from the manifest and never written: a hash sent
   * alone finds its SDK document, and no client can register documents of its own.
   */
  asPersistedQueryCache(): KeyValueCache<string> {
    return {
      get: async (key) => this.documents.get(key.replace(/^apq:/, "")),
      set: async () => {},
      delete: async () => {},
    };
  }
}
