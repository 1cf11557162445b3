import { createRequire } from "node:module";
import { defineConfig, type Plugin } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Libraries load graphql through CommonJS while our ESM code would get the ESM build: two copies
 * make graphql-js refuse schemas "from another module or realm". Resolve every import to the one
 * CommonJS copy.
 */
const singleGraphql: Plugin = {
  name: "single-graphql",
  enforce: "pre",
  resolveId(source) {
    if (source === "graphql" || source.startsWith("graphql/")) return require.resolve(source);
    return null;
  },
};

export default defineConfig({
  plugins: [singleGraphql],
  // Tests use the SDK and the sandbox from their sources, as the examples do (the `koordinat-source` condition).
  resolve: {
    alias: [
      { find: /^@koordinat\/sandbox$/, replacement: new URL("./sandbox/src/index.ts", import.meta.url).pathname },
      { find: /^@koordinat\/sdk$/, replacement: new URL("./sdk/src/index.ts", import.meta.url).pathname },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
  },
});
