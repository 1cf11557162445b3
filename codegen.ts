import type { CodegenConfig } from "@graphql-codegen/cli";

const sdkOperations = "sdk/operations/**/*.graphql";

/**
 * `npm run codegen`: the SDK's typed documents and its one-method-per-operation client surface, and the SDK
 * README's worked example of a partner's own documents (the client preset, as a partner would run it).
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  ignoreNoDocuments: false,
  generates: {
    "sdk/src/_generated/graphql.ts": {
      documents: sdkOperations,
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumType: "string-literal",
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { LocalDate: "string", DateTimeISO: "string", JSONObject: "Record<string, unknown>" },
        strictScalars: true,
      },
    },
    "sdk/src/_generated/operations.ts": {
      documents: sdkOperations,
      plugins: ["./sdk/codegen/client-methods.cjs"],
    },
    "sdk/example/gql/": {
      documents: "sdk/example/*.ts",
      preset: "client",
      presetConfig: { fragmentMasking: false },
      // Partners' projects are ESM (NodeNext): import "./graphql.js", not "./graphql".
      config: {
        importExtension: ".js",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { LocalDate: "string", DateTimeISO: "string", JSONObject: "Record<string, unknown>" },
        strictScalars: true,
      },
    },
    // The operations console's typed documents and its trusted set (persisted-documents.json, `{ sha256: document }`),
    // registered on the server for the console's principals (api/platform/edge/trusted-documents.ts): the console
    // sends each document's hash alone and runs with trusted-documents-only.
    "examples/console/src/gql/": {
      documents: "examples/console/src/**/*.tsx",
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { LocalDate: "string", DateTimeISO: "string", JSONObject: "Record<string, unknown>" },
        strictScalars: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
