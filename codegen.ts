import type { CodegenConfig } from "@graphql-codegen/cli";

/** `npm run codegen`: the SDK's typed documents and its one-method-per-operation client surface. */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: "sdk/operations/**/*.graphql",
  ignoreNoDocuments: false,
  generates: {
    "sdk/src/_generated/graphql.ts": {
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
      plugins: ["./sdk/codegen/client-methods.cjs"],
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
