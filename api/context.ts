import type { Database, ReadRoute } from "../drizzle/database.js";
import type { StatementCounter } from "../drizzle/statement-counter.js";
import type { Principal } from "./auth/principal.js";
import type { ReferenceData } from "./geography/reference-data.js";
import type { Clock } from "./platform/time/clock.js";
import { unauthenticated } from "./platform/conventions/errors.js";
import { createLoaders, type Loaders } from "./platform/performance/loaders.js";
import type { ServiceContext } from "./platform/conventions/service-context.js";
import { guardOuterDatabase } from "./platform/conventions/transaction.js";
import { createServices, type Services } from "./services.js";

/** The GraphQL context of one request. */
export interface GraphQLContext {
  requestId: string;
  principal: Principal | null;
  loaders: Loaders;
  reference: ReferenceData;
  statements: StatementCounter;
  /** With a read replica: where this request's reads go (decided once its operation is known). */
  readRoute?: ReadRoute;
  /** Every root field goes through a service; without a principal there are none (UNAUTHENTICATED). */
  readonly services: Services;
}

export function createContext(options: {
  db: Database;
  clock: Clock;
  reference: ReferenceData;
  principal: Principal | null;
  requestId: string;
  operationName: string | null;
  statements: StatementCounter;
  readRoute?: ReadRoute;
  downloadLink: ServiceContext["downloadLink"];
  webhookUrlPolicy: ServiceContext["webhookUrlPolicy"];
  clientPolicyDefaults: ServiceContext["clientPolicyDefaults"];
  secretSeal?: ServiceContext["secretSeal"];
}): GraphQLContext {
  // The outer handle refuses to run inside a service transaction (api/platform/conventions/transaction.ts).
  const db = guardOuterDatabase(options.db);
  const loaders = createLoaders(db);
  let services: Services | undefined;
  // On the prototype, not the object: Apollo copies the context's own properties for each operation (Object.assign),
  // which would read `services` and refuse a request without a token before introspection could answer it.
  const lazyServices = {
    get services(): Services {
      if (!options.principal) throw unauthenticated();
      services ??= createServices({ ...options, db, principal: options.principal, loaders });
      return services;
    },
  };
  return Object.assign(Object.create(lazyServices) as typeof lazyServices, {
    requestId: options.requestId,
    principal: options.principal,
    loaders,
    reference: options.reference,
    statements: options.statements,
    readRoute: options.readRoute,
  });
}
