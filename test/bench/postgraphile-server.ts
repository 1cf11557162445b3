/**
 * The peer for scenario (a): PostGraphile v4, the GraphQL engine a team would pick instead, compiling each query
 * to one SQL statement. Production settings from its documentation (`--dynamic-json`, the simplify inflector, no
 * GraphiQL, no query log, no watch, no stack traces). It serves a copy of referrals, patients and facilities in a
 * schema of its own (`ensurePostGraphileCopy`): the public schema's type names clash for its inflector. Started by
 * the harness as its own process, or as many as Koordinat runs. No auth, no access log, no limits.
 *
 * PostGraphile v4 needs graphql 15 as one instance, while this project has 16: the harness runs this file as a bundle
 * (`bundlePostGraphile`) in which every `graphql` import is PostGraphile's own copy.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import PgSimplifyInflector from "@graphile-contrib/pg-simplify-inflector";
import { postgraphile } from "postgraphile";
import pg from "pg";

// A CommonJS module: imported from ESM its default is the module object, which carries the plugin as `default`.
const PgSimplifyInflectorPlugin = PgSimplifyInflector.default;

function serve() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const handler = postgraphile(pool, process.env.POSTGRAPHILE_SCHEMA!, {
    dynamicJson: true,
    appendPlugins: [PgSimplifyInflectorPlugin],
    retryOnInitFail: false,
    watchPg: false,
    graphiql: false,
    disableQueryLog: true,
    extendedErrors: [],
    showErrorStack: false,
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    legacyRelations: "omit",
    enableQueryBatching: false,
  });
  createServer(handler).listen(Number(process.env.PORT), "127.0.0.1", () => cluster.isPrimary && process.send?.("ready"));
}

// As many processes as Koordinat runs (WORKERS: a number or `auto`), so the ratio compares like with like.
const workers = process.env.WORKERS === "auto" ? availableParallelism() : Number(process.env.WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let listening = 0;
  cluster.on("listening", () => ++listening === workers && process.send?.("ready"));
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  serve();
}
