import { GraphQLError } from "graphql";

/**
 * The error vocabulary shared by server, SDK and tests. Business refusals are `UserError`s in
 * mutation payloads (HTTP 200); everything else is a GraphQL error whose `extensions.code` is
 * one of these codes.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  QUERY_LIMIT_EXCEEDED: "QUERY_LIMIT_EXCEEDED",
  /** A dependency the request needs (Redis, for the rate limit) is unreachable: retry shortly. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A refusal by a business rule: where (`field` path), why (`message`), which check (`code`) and `rule` ID. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
  rule: string | null;
}

export function userError(field: string[] | null, code: string, message: string, rule: string | null = null): UserError {
  return { field, code, message, rule };
}

export class KoordinatError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const unauthenticated = (message = "A valid bearer token is required: get one from POST /oauth/token.") =>
  new KoordinatError(ErrorCode.UNAUTHENTICATED, message, {
    http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="koordinat"']]) },
  });

/** `action`: what was refused, in words; a named action (`appointment:book`) replaces it in `extensions.action`. */
export const forbidden = (action: string, reason: string, rule: string | null = null, extensions: { action?: string } = {}) =>
  new KoordinatError(ErrorCode.FORBIDDEN, `Not allowed to ${action}: ${reason}`, { action, rule, ...extensions });

export const notFound = (type: string, ref: string) => new KoordinatError(ErrorCode.NOT_FOUND, `${type} ${ref} does not exist.`, { type });

export const badInput = (field: string[], message: string, rule: string | null = null, extensions: Record<string, unknown> = {}) =>
  new KoordinatError(ErrorCode.BAD_USER_INPUT, `${field.join(".")}: ${message}`, { field, rule, ...extensions });

export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new KoordinatError(ErrorCode.CONFLICT, message, extensions);

/** A query refused before it ran for its shape or size: `limit` names which (depth, aliases, directives, tokens, cost). */
export const queryLimitExceeded = (limit: string, maximum: number, actual: number, message: string) =>
  new KoordinatError(ErrorCode.QUERY_LIMIT_EXCEEDED, message, { limit, maximum, actual, http: { status: 400, headers: new Map() } });

/** A dependency is unreachable (HTTP 503): the request was not run and may be retried after `retryAfterSeconds`. */
export const serviceUnavailable = (message: string, retryAfterSeconds = 5) =>
  new KoordinatError(ErrorCode.SERVICE_UNAVAILABLE, message, {
    retryAfterSeconds,
    http: { status: 503, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
  });

/** Thrown inside a service transaction to roll it back and answer with `userErrors`. */
export class UserErrorsRefusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join("; "));
  }
}
