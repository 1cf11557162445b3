import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { ErrorCode } from "../conventions/errors.js";

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

const INVALID_VARIABLE = /^Variable "\$([^"]+)" got invalid value ([\s\S]*)$/;

/** The reason with the value taken out: graphql-js and graphql-scalars end it with the value, or open an enum's with it. */
function reasonWithoutValue(reason: string, forms: string[]): string {
  for (const form of forms) {
    if (reason.startsWith(`Value ${form} `)) return `The value ${reason.slice(`Value ${form} `.length)}`;
    for (const ending of [form, `${form}.`]) {
      if (reason.length > ending.length && reason.endsWith(ending))
        return `${reason.slice(0, -ending.length).trimEnd().replace(/:$/, "")} (value withheld).`;
    }
  }
  // Whatever else still names it is not worth the risk.
  return forms.some((form) => form.length >= 3 && reason.includes(form)) ? "the value does not fit the type." : reason;
}

/**
 * graphql-js writes a variable's invalid value into its message (`Variable "$input" got invalid
 * value { name: "…", tckn: "…" }; …`): personal data echoed back (and into any log of it). The
 * message keeps the variable, the path inside it and the reason, without the value; `field` names
 * the path. The reason is the message of the error graphql-js wrapped.
 */
function withoutVariableValue(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const match = INVALID_VARIABLE.exec(formatted.message);
  if (!match) return null;
  const [, variable, rest] = match;
  let reason: string | undefined;
  for (
    let current = error as { message?: string; originalError?: unknown } | undefined;
    current;
    current = current.originalError as typeof current
  ) {
    if (reason === undefined && current.message && current.message !== formatted.message && rest.endsWith(`; ${current.message}`))
      reason = current.message;
  }
  const described = reason === undefined ? rest : rest.slice(0, -(reason.length + 2));
  const at = / at "([^"]*)"$/.exec(described);
  const inspected = at ? described.slice(0, at.index) : described;
  let raw: string | undefined;
  try {
    const parsed: unknown = JSON.parse(inspected);
    if (typeof parsed === "string") raw = parsed;
  } catch {
    // Not a string: its inspected form is the only one.
  }
  const path = at ? at[1] : variable;
  const why = reason === undefined ? "the value does not fit the type." : reasonWithoutValue(reason, raw ? [inspected, raw] : [inspected]);
  return {
    ...formatted,
    message: `Variable "$${variable}" got an invalid value at "${path}": ${why}`,
    extensions: { ...formatted.extensions, field: path.replace(/\[(\d+)\]/g, ".$1").split(".") },
  };
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
    const variableError = withoutVariableValue(formatted, error);
    if (variableError) return variableError;
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
