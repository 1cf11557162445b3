import { validateOrReject, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";

/**
 * class-validator's options for argument objects: type-graphql's own defaults for its `validate` setting
 * (missing properties skipped, unknown values allowed), and errors that do not echo the input or its class.
 */
const options: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: true,
  validationError: { target: false, value: false },
};

const validated = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * What type-graphql's built-in validation does with the options above (its `validateArg`: objects and each object of
 * an array through `validateOrReject`, failures as ArgumentValidationError), with class-validator imported once: the
 * built-in path awaits `import("class-validator")` for every argument object of every call.
 */
export const validateArgument: ValidatorFn = async (value) => {
  if (!validated(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validated).map((item) => validateOrReject(item, options)));
    else await validateOrReject(value, options);
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};
