import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { ErrorCode } from "./errors.js";

interface FieldProblem {
  field: string[];
  problems: string[];
}

function flatten(errors: ValidationError[], path: string[]): FieldProblem[] {
  return errors.flatMap((e) => [
    ...(e.constraints ? [{ field: [...path, e.property], problems: Object.values(e.constraints) }] : []),
    ...flatten(e.children ?? [], [...path, e.property]),
  ]);
}

const VARIABLE_ERROR_LIMIT = "Too many errors processing variables, error limit reached. Execution aborted.";

/** The original error behind Apollo's wrapping. */
function originalOf(error: unknown): unknown {
  let current = error as { originalError?: unknown } | undefined;
  while (current?.originalError) current = current.originalError as typeof current;
  return current;
}

/**
 * Shapes every error that leaves the server: input validation names each field and constraint
 * (never echoing the value); unexpected errors are masked outside development.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors as ValidationError[], []);
      return {
        message: `Invalid input: ${fields.map((f) => `${f.field.join(".")} (${f.problems.join("; ")})`).join(", ")}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    if (formatted.message === VARIABLE_ERROR_LIMIT) {
      // graphql-js stops after 50 variable errors with this one, which has no code; it is still the input's fault.
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    const status = (original as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status;
    if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR && status !== undefined && status >= 400 && status < 500) {
      // Apollo's own refusals of a malformed request (a persisted-query hash that does not match its text) carry no code.
      return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_REQUEST" } };
    }
    if (!development && formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      return {
        message: "Internal server error. Quote the response's x-request-id when reporting it.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted;
  };
}
