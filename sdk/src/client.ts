import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { getOperationAST, Kind, parse, print, type DocumentNode } from "graphql";
import { KoordinatOperations, paginators } from "./_generated/operations.js";
import {
  errorFromResponse,
  KoordinatError,
  NetworkError,
  RateLimitedError,
  UnauthenticatedError,
  type GraphQLErrorPayload,
} from "./errors.js";
import type { OperationSpec, RequestOptions } from "./operation.js";

export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  maxAttempts?: number;
  /** First back-off delay; doubles each attempt, with full jitter (default 250 ms). */
  baseDelayMs?: number;
  /** Longest back-off delay (default 8 s). */
  maxDelayMs?: number;
}

export interface KoordinatClientOptions {
  /** The GraphQL endpoint, e.g. https://koordinat.saglik.gov.tr/graphql or the sandbox's url. */
  url: string;
  /** OAuth2 client credentials; the client gets and refreshes its token itself. */
  clientId?: string;
  clientSecret?: string;
  /** Or a bearer token you manage (a string, or a function returning the current one). */
  token?: string | (() => string | Promise<string>);
  /** Default: the `url` with `/graphql` replaced by `/oauth/token`. */
  tokenUrl?: string;
  retry?: RetryOptions;
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
  /** Refresh the token this long before it expires (default 60 s). */
  refreshMarginSeconds?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** An injectable fetch (tests, proxies); default the global fetch of Node 20. */
  fetch?: typeof fetch;
  /**
   * Every request names its document by SHA-256 in `extensions.persistedQuery.sha256Hash` (Apollo's
   * persisted-query convention), so a client the server holds to trusted documents is recognised.
   * With `hashOnly` the text is left out and sent only if the server does not know the hash.
   */
  hashOnly?: boolean;
}

/**
 * A document of your own, typed by its result and variables: what graphql-codegen's client preset generates
 * (a `TypedDocumentNode`, or a `TypedDocumentString` with `documentMode: "string"`), or any `DocumentNode`/string.
 */
export type KoordinatDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & (DocumentNode | string | String);

/** Variables may be left out when the document has none, or only optional ones. */
export type VariablesAndOptions<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

/** What the server last said about this client's rate limit (cost points of a leaky bucket), when it says anything. */
export interface RateLimitInfo {
  /** Points the bucket holds. */
  limit: number | undefined;
  /** Points available now. */
  remaining: number | undefined;
  /** Seconds until every point is available again. */
  resetSeconds: number | undefined;
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

const numberOrUndefined = (value: string | null | undefined) =>
  value != null && value !== "" && !Number.isNaN(Number(value)) ? Number(value) : undefined;

/**
 * The Koordinat client: one typed method per operation (`client.facilities({ filter })`),
 * `client.paginate.*` iterators, OAuth2 token handling, retries where they are safe, and one
 * error class per server error code.
 */
export class KoordinatClient extends KoordinatOperations {
  readonly paginate = paginators(this);
  /** Updated from the response headers of every request. */
  rateLimit: RateLimitInfo | undefined;

  private readonly fetchFn: typeof fetch;
  private readonly tokenUrl: string;
  private cachedToken: CachedToken | undefined;
  private readonly documentHashes = new Map<string, Promise<string>>();
  private pendingToken: Promise<CachedToken> | undefined;

  constructor(private readonly options: KoordinatClientOptions) {
    super();
    if (!options.token && !(options.clientId && options.clientSecret)) {
      throw new TypeError("KoordinatClient needs clientId and clientSecret, or a token.");
    }
    this.fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.tokenUrl = options.tokenUrl ?? options.url.replace(/\/graphql\/?$/, "/oauth/token");
  }

  /**
   * Sends a document of your own, choosing your fields: `client.request(MyReferralsDocument, { first: 10 })`, typed by
   * the document (see the README's "Your own documents"). A query is retried like the generated methods' queries; a
   * mutation is sent once. A client held to trusted documents needs the document registered first (`registerTrustedDocument`).
   */
  request<TResult, TVariables>(
    document: KoordinatDocument<TResult, TVariables>,
    ...[variables, options]: VariablesAndOptions<TVariables>
  ): Promise<TResult> {
    const { text, spec } = describeDocument(document);
    return this.execute<TResult, TVariables>(text, (variables ?? {}) as TVariables, spec, options);
  }

  /** Sends any typed document; the generated methods and `request` call this. */
  protected async execute<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables> | string,
    variables: TVariables,
    spec: OperationSpec,
    options: RequestOptions = {},
  ): Promise<TResult> {
    const prepared = spec.idempotencyKeyInput ? withIdempotencyKey(variables) : variables;
    // Queries change nothing, and a create with an idempotency key runs at most once: both may be
    // retried. Any other mutation is sent once, since a lost answer may hide a stored change.
    const retryable = spec.kind === "query" || spec.idempotencyKeyInput;
    const maxAttempts = retryable ? (this.options.retry?.maxAttempts ?? 4) : 1;
    let refreshedAfter401 = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send<TResult>(document.toString(), prepared, spec, options);
      } catch (error) {
        if (error instanceof UnauthenticatedError && !refreshedAfter401 && this.options.clientId) {
          // The server refused the token before running anything: get a new one and resend once.
          refreshedAfter401 = true;
          this.cachedToken = undefined;
          attempt--;
          continue;
        }
        const transient =
          error instanceof NetworkError || error instanceof RateLimitedError || (error instanceof KoordinatError && error.status === 503);
        if (!transient || attempt >= maxAttempts || options.signal?.aborted) throw error;
        await sleep(this.backoff(attempt, error instanceof RateLimitedError ? error.retryAfterSeconds : undefined), options.signal);
      }
    }
  }

  private async send<TResult>(
    query: string,
    variables: unknown,
    spec: OperationSpec,
    options: RequestOptions,
    withText = !this.options.hashOnly,
  ): Promise<TResult> {
    const token = await this.accessToken();
    const persistedQuery = { version: 1, sha256Hash: await this.hashOf(query) };
    const signal = AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs ?? 30_000), ...(options.signal ? [options.signal] : [])]);
    let response: Response;
    try {
      response = await this.fetchFn(this.options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json;q=0.9",
          authorization: `Bearer ${token}`,
          ...this.options.headers,
          ...options.headers,
        },
        body: JSON.stringify({
          query: withText ? query : undefined,
          variables,
          operationName: spec.name || undefined,
          extensions: { persistedQuery },
        }),
        signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new NetworkError(`Koordinat at ${this.options.url} did not answer: ${describeCause(error)}`, {
        code: "NETWORK_ERROR",
        cause: error,
      });
    }
    this.rateLimit = rateLimitOf(response.headers) ?? this.rateLimit;
    const requestId = response.headers.get("x-request-id") ?? undefined;
    const retryAfter = numberOrUndefined(response.headers.get("retry-after"));
    if (response.status === 429) {
      throw new RateLimitedError("Rate limited by Koordinat.", { code: "RATE_LIMITED", status: 429, requestId }, retryAfter);
    }
    let body: { data?: TResult | null; errors?: GraphQLErrorPayload[] };
    try {
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new NetworkError(
        `Koordinat answered HTTP ${response.status} (${response.headers.get("content-type") ?? "no content type"}) without a GraphQL body: ${describeCause(error)}`,
        { code: "NETWORK_ERROR", status: response.status, requestId, cause: error },
      );
    }
    if (!withText && body.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND") {
      return this.send(query, variables, spec, options, true);
    }
    if (body.errors?.length) {
      const error = errorFromResponse(body.errors, response.status, requestId, body.data);
      if (error instanceof RateLimitedError)
        throw new RateLimitedError(error.message, { code: error.code, errors: error.errors, status: error.status, requestId }, retryAfter);
      throw error;
    }
    if (!response.ok || body.data == null) {
      throw new NetworkError(`Koordinat answered HTTP ${response.status}.`, { code: "NETWORK_ERROR", status: response.status, requestId });
    }
    return body.data;
  }

  /** The document's SHA-256 in hex, as the server's trusted-documents manifest keys it. */
  private hashOf(query: string): Promise<string> {
    let hash = this.documentHashes.get(query);
    if (!hash) {
      hash = globalThis.crypto.subtle
        .digest("SHA-256", new TextEncoder().encode(query))
        .then((digest) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join(""));
      this.documentHashes.set(query, hash);
    }
    return hash;
  }

  /** The current bearer token, refreshed shortly before it expires; concurrent calls share one refresh. */
  private async accessToken(): Promise<string> {
    const { token } = this.options;
    if (token) return typeof token === "function" ? token() : token;
    const margin = (this.options.refreshMarginSeconds ?? 60) * 1000;
    if (this.cachedToken && Date.now() < this.cachedToken.expiresAt - margin) return this.cachedToken.value;
    this.pendingToken ??= this.requestToken().finally(() => (this.pendingToken = undefined));
    this.cachedToken = await this.pendingToken;
    return this.cachedToken.value;
  }

  private async requestToken(): Promise<CachedToken> {
    const basic = btoa(`${encodeURIComponent(this.options.clientId!)}:${encodeURIComponent(this.options.clientSecret!)}`);
    let response: Response;
    try {
      response = await this.fetchFn(this.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${basic}` },
        body: new URLSearchParams({ grant_type: "client_credentials" }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new NetworkError(`The token endpoint ${this.tokenUrl} did not answer: ${describeCause(error)}`, {
        code: "NETWORK_ERROR",
        cause: error,
      });
    }
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
      error_description?: string;
    };
    if (!response.ok || !body.access_token) {
      throw new UnauthenticatedError(`Token request refused: ${body.error ?? response.status} ${body.error_description ?? ""}`.trim(), {
        code: "UNAUTHENTICATED",
        status: response.status,
      });
    }
    return { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 300) * 1000 };
  }

  private backoff(attempt: number, retryAfterSeconds: number | undefined): number {
    if (retryAfterSeconds !== undefined) return retryAfterSeconds * 1000;
    const base = this.options.retry?.baseDelayMs ?? 250;
    const cap = this.options.retry?.maxDelayMs ?? 8_000;
    return Math.random() * Math.min(cap, base * 2 ** (attempt - 1));
  }
}

/**
 * Node's fetch says only "fetch failed" and keeps the reason in `cause` (e.g. ECONNREFUSED, a certificate
 * error, a timeout): name the whole chain.
 */
function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current != null && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (!(current instanceof Error)) {
      parts.push(String(current));
      break;
    }
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === "string" && !current.message.includes(code) ? `${current.message} (${code})` : current.message);
  }
  return parts.join(": ");
}

/**
 * The exact text `client.request` sends for a document (and whose SHA-256 names it): what to register with
 * `registerTrustedDocument` for a client held to trusted documents.
 */
export function documentText(document: DocumentNode | string | String): string {
  return describeDocument(document).text;
}

interface DescribedDocument {
  text: string;
  spec: OperationSpec;
}

/** Documents are module-level constants: print and inspect each once. */
const describedDocuments = new WeakMap<object, DescribedDocument>();

/** A document's text as sent (and hashed), and its operation's name and kind. */
function describeDocument(document: DocumentNode | string | String): DescribedDocument {
  if (typeof document === "object") {
    let described = describedDocuments.get(document);
    if (!described) describedDocuments.set(document, (described = describeText(document)));
    return described;
  }
  return describeText(document);
}

function describeText(document: DocumentNode | string | String): DescribedDocument {
  const node = typeof document === "object" && (document as DocumentNode).kind === Kind.DOCUMENT ? (document as DocumentNode) : undefined;
  const text = node ? print(node) : String(document);
  const operation = getOperationAST(node ?? parse(text));
  if (!operation) throw new TypeError("client.request needs a document with exactly one operation.");
  if (operation.operation === "subscription")
    throw new TypeError("client.request sends queries and mutations; subscriptions go over WebSocket.");
  const firstField = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  return {
    text,
    spec: {
      name: operation.name?.value ?? "",
      kind: operation.operation,
      rootField: firstField?.kind === Kind.FIELD ? firstField.name.value : "",
      idempotencyKeyInput: false,
    },
  };
}

/** Adds a fresh idempotency key to `variables.input` unless the caller gave one. */
function withIdempotencyKey<TVariables>(variables: TVariables): TVariables {
  const input = (variables as { input?: { idempotencyKey?: string | null } }).input;
  if (!input || input.idempotencyKey) return variables;
  return { ...variables, input: { ...input, idempotencyKey: globalThis.crypto.randomUUID() } };
}

/**
 * Reads the IETF draft's headers (draft-ietf-httpapi-ratelimit-headers) as the server sends them:
 * `RateLimit-Policy: "cost";q=10000;w=20` (the bucket) and `RateLimit: "cost";r=9800;t=1` (what is left, and
 * seconds until all of it is back).
 */
function rateLimitOf(headers: Headers): RateLimitInfo | undefined {
  const current = headers.get("ratelimit");
  if (!current) return undefined;
  const parameter = (header: string | null, name: string) => numberOrUndefined(new RegExp(`;\\s*${name}=(\\d+)`).exec(header ?? "")?.[1]);
  return {
    limit: parameter(headers.get("ratelimit-policy"), "q"),
    remaining: parameter(current, "r"),
    resetSeconds: parameter(current, "t"),
  };
}
