import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { checkWebhookUrl, guardedLookup, type WebhookUrlPolicy } from "./url-policy.js";

export interface PostResult {
  /** The receiver's status; null when no response came. */
  statusCode: number | null;
  error: string | null;
}

/**
 * One webhook POST: no redirects followed (a redirect could lead anywhere), the connection's
 * addresses checked against the policy, and one deadline for the whole exchange (an idle timeout
 * would let a receiver that trickles bytes hold the worker forever). The status is all that is
 * kept: the connection is dropped once it is known, without reading the body.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { policy: WebhookUrlPolicy; timeoutMs: number },
): Promise<PostResult> {
  // Checked again at delivery: the policy may be stricter than when the URL was stored, and an IP literal is
  // connected to without the guarded lookup.
  const [refused] = checkWebhookUrl(url, options.policy);
  if (refused) return Promise.resolve({ statusCode: null, error: `not sent: ${refused.message}` });
  return new Promise((resolve) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        lookup: guardedLookup(options.policy),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (res) => {
        resolve({ statusCode: res.statusCode ?? null, error: null });
        res.destroy();
      },
    );
    req.on("error", (error) =>
      resolve({ statusCode: null, error: error.name === "AbortError" ? `no response in ${options.timeoutMs} ms` : error.message }),
    );
    req.end(body);
  });
}
