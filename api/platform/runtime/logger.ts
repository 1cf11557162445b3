import type { IncomingMessage } from "node:http";
import { pino, stdSerializers, type DestinationStream, type Logger } from "pino";
import { PinoPretty } from "pino-pretty";

/** A SQLSTATE: five digits or capital letters, on every error PostgreSQL (real or PGlite) sends. */
const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * An error from the database or its drivers. Its text and properties can carry the statement's
 * values: drizzle's "Failed query: … params: CITIZEN,A\u0000B,…", PostgreSQL's own message
 * ('invalid input syntax for type integer: "…"') and detail ("Key (tckn)=(…) already exists.").
 */
function isDatabaseError(error: Error): boolean {
  const fields = error as Error & { code?: unknown; severity?: unknown; params?: unknown; query?: unknown };
  if (error.name === "DrizzleQueryError" || (Array.isArray(fields.params) && typeof fields.query === "string")) return true;
  return typeof fields.code === "string" && SQLSTATE.test(fields.code) && typeof fields.severity === "string";
}

/** A database error's facts that name no value (class, SQLSTATE, which table, column or constraint), as PGlite and postgres.js spell them. */
const DATABASE_ERROR_FACTS: Record<string, string[]> = {
  code: ["code"],
  severity: ["severity"],
  routine: ["routine"],
  schema: ["schema", "schema_name"],
  table: ["table", "table_name"],
  column: ["column", "column_name"],
  constraint: ["constraint", "constraint_name"],
  dataType: ["dataType", "data_type_name"],
};

/** The stack's frames without its first lines, which repeat the message. */
const framesOf = (stack: string | undefined) =>
  stack
    ?.split("\n")
    .filter((line) => line.startsWith("    at "))
    .join("\n");

/**
 * Errors as logged: a database error keeps only what names no value (no message, parameters,
 * statement text or detail), every other error its message, stack and own properties; each
 * through its causes. Used for every `err` the service logs, so no path writes a statement's
 * values (personal data) to the log.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const cause = depth < 5 && error.cause !== undefined ? { cause: serializeError(error.cause, depth + 1) } : {};
  if (isDatabaseError(error)) {
    const record = error as unknown as Record<string, unknown>;
    const facts = Object.fromEntries(
      Object.entries(DATABASE_ERROR_FACTS).flatMap(([fact, spellings]) => {
        const value = spellings.map((name) => record[name]).find((v) => typeof v === "string");
        return value === undefined ? [] : [[fact, value]];
      }),
    );
    const code = typeof facts.code === "string" ? ` (SQLSTATE ${facts.code})` : "";
    return { type: error.name, message: `database error${code}; values withheld`, ...facts, stack: framesOf(error.stack), ...cause };
  }
  const own = Object.fromEntries(Object.entries(error).filter(([name]) => name !== "cause"));
  return { type: error.name, message: error.message, ...own, stack: error.stack, ...cause };
}

export const logSerializers = { err: serializeError };

/**
 * The request and response as logged (server.ts), the request's URL without its query string: a GET
 * request carries its variables there.
 */
export const httpLogSerializers = {
  ...logSerializers,
  req: (request: IncomingMessage) => {
    const serialized = stdSerializers.req(request);
    serialized.url = serialized.url?.split("?")[0];
    // The few headers that explain a request; the rest repeat on every line (and the bearer token is never one).
    serialized.headers = Object.fromEntries(
      LOGGED_HEADERS.flatMap((name) => (request.headers[name] ? [[name, String(request.headers[name])]] : [])),
    );
    // A parsed query string, where a framework adds one: the same variables.
    delete (serialized as { query?: unknown }).query;
    return serialized;
  },
  res: stdSerializers.res,
};

const LOGGED_HEADERS = ["user-agent", "content-type", "content-length", "traceparent"];

/** JSON lines; with `pretty`, readable lines for a developer's terminal (LOG_PRETTY, by default in development). */
export function createLogger(level: string, destination?: DestinationStream, options: { pretty?: boolean } = {}): Logger {
  const stream =
    destination ??
    (options.pretty ? PinoPretty({ colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" }) : undefined);
  return pino(
    {
      level,
      base: { service: "koordinat" },
      serializers: logSerializers,
      redact: ["req.headers.authorization", "req.headers.cookie"],
    },
    stream,
  );
}
