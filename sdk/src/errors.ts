/** A GraphQL error as the server sends it. */
export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; rule?: string | null; field?: string[]; [key: string]: unknown };
}

/** A refusal by a business rule, returned in a mutation payload's `userErrors`. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
  rule: string | null;
}

/** Every error the client throws; `code` is the server's `extensions.code`. */
export class KoordinatError extends Error {
  readonly code: string;
  /** The DOMAIN rule that refused, when one did (e.g. PAT-3). */
  readonly rule: string | null;
  readonly errors: GraphQLErrorPayload[];
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  /** What the server did answer alongside the errors (e.g. an appointment whose patient you may no longer read). */
  readonly data: unknown;

  constructor(
    message: string,
    details: { code: string; errors?: GraphQLErrorPayload[]; status?: number; requestId?: string; data?: unknown; cause?: unknown },
  ) {
    // `cause` (ES2022): what failed underneath, e.g. the fetch error with its ECONNREFUSED.
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = details.code;
    this.errors = details.errors ?? [];
    this.rule = (this.errors[0]?.extensions?.rule as string | null | undefined) ?? null;
    this.status = details.status;
    this.requestId = details.requestId;
    this.data = details.data ?? null;
  }
}

/** Malformed input: `fields` names each field and constraint. */
export class BadUserInputError extends KoordinatError {
  get fields(): { field: string[]; problems: string[] }[] {
    return (this.errors[0]?.extensions?.fields as { field: string[]; problems: string[] }[]) ?? [];
  }
}
export class UnauthenticatedError extends KoordinatError {}
export class ForbiddenError extends KoordinatError {}
export class NotFoundError extends KoordinatError {}
/** A stale `expectedVersion` (see `currentVersion`), a reused idempotency key, or a lost race. */
export class ConflictError extends KoordinatError {
  get currentVersion(): number | undefined {
    return this.errors[0]?.extensions?.currentVersion as number | undefined;
  }
}
export class RateLimitedError extends KoordinatError {
  constructor(
    message: string,
    details: ConstructorParameters<typeof KoordinatError>[1],
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message, details);
  }
}
/** The query was refused before it ran: `limit` names the limit (depth, aliases, directives, tokens, cost). */
export class QueryLimitError extends KoordinatError {
  get limit(): string | undefined {
    return this.errors[0]?.extensions?.limit as string | undefined;
  }
  get maximum(): number | undefined {
    return this.errors[0]?.extensions?.maximum as number | undefined;
  }
}
/** The document itself is invalid against the schema (usually an SDK/server version mismatch). */
export class GraphQLValidationError extends KoordinatError {}
export class InternalServerError extends KoordinatError {}
/** No answer: connection refused, reset, timed out, or a non-GraphQL response; `cause` holds the underlying error. */
export class NetworkError extends KoordinatError {}
/** `paginate` was answered a next page whose end is the cursor it asked after: walking on would never end. */
export class PaginationStalledError extends KoordinatError {}
/** Thrown by `throwOnUserErrors` when a payload carries business refusals. */
export class UserErrorsError extends KoordinatError {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => (e.rule ? `${e.message} (${e.rule})` : e.message)).join("; "), { code: "USER_ERRORS" });
  }
}

const errorClasses: Record<string, typeof KoordinatError> = {
  BAD_USER_INPUT: BadUserInputError,
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
  NOT_FOUND: NotFoundError,
  CONFLICT: ConflictError,
  QUERY_LIMIT_EXCEEDED: QueryLimitError,
  GRAPHQL_PARSE_FAILED: GraphQLValidationError,
  GRAPHQL_VALIDATION_FAILED: GraphQLValidationError,
  INTERNAL_SERVER_ERROR: InternalServerError,
};

/** One class per `extensions.code`, from a single table. */
export function errorFromResponse(
  errors: GraphQLErrorPayload[],
  status: number,
  requestId: string | undefined,
  data?: unknown,
): KoordinatError {
  const code = errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
  const message = errors.map((e) => e.message).join("; ");
  if (code === "RATE_LIMITED") return new RateLimitedError(message, { code, errors, status, requestId, data }, undefined);
  const ErrorClass = errorClasses[code] ?? KoordinatError;
  return new ErrorClass(message, { code, errors, status, requestId, data });
}

/** Returns the payload when it has no `userErrors`; otherwise throws them as one `UserErrorsError`. */
export function throwOnUserErrors<T extends { userErrors: UserError[] }>(payload: T): T {
  if (payload.userErrors.length > 0) throw new UserErrorsError(payload.userErrors);
  return payload;
}
