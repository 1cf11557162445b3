import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { guardedLookup, type WebhookUrlPolicy } from "./url-policy.js";

export interface PostResult {
  /** The receiver's status; null when no response came. */
  statusCode: number | null;
  error: string | null;
}

/**
 * One webhook POST: no redirects followed (a redirect could lead anywhere), the connection's
 * addresses checked against the policy, a hard timeout, the response body read and dropped.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { policy: WebhookUrlPolicy; timeoutMs: number },
): Promise<PostResult> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        lookup: guardedLookup(options.policy),
        timeout: options.timeoutMs,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ statusCode: res.statusCode ?? null, error: null }));
        res.on("error", (error) => resolve({ statusCode: res.statusCode ?? null, error: error.message }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no response in ${options.timeoutMs} ms`)));
    req.on("error", (error) => resolve({ statusCode: null, error: error.message }));
    req.end(body);
  });
}
