export {
  documentText,
  KoordinatClient,
  type KoordinatClientOptions,
  type KoordinatDocument,
  type RateLimitInfo,
  type RetryOptions,
  type VariablesAndOptions,
} from "./client.js";
export * from "./errors.js";
export { paginate, type OperationSpec, type RequestOptions } from "./operation.js";
export { operationSpecs } from "./_generated/operations.js";
export type * from "./_generated/graphql.js";
export * as documents from "./_generated/graphql.js";
export * from "./webhooks.js";
