import { createHmac, randomBytes } from "node:crypto";
import { desc } from "drizzle-orm";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import type { Database } from "../../drizzle/database.js";
import { signingKeys } from "../../drizzle/schema/index.js";
import type { Clock } from "../platform/time/clock.js";
import type { Principal } from "./principal.js";

const issuer = "koordinat";
const audience = "koordinat-api";
const downloadAudience = "koordinat-download";
export const ACCESS_TOKEN_TTL_SECONDS = 900;

export class InvalidTokenError extends Error {}

/** Tokens remembered after verification; past this many the oldest is forgotten. */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Issues and verifies short-lived HS256 access tokens. The signing keys live in the database so
 * every replica shares them; KOORDINAT_JWT_SECRET overrides them with a key from the environment.
 */
export class TokenIssuer {
  /**
   * Tokens already verified, until they expire: a client sends the same token for 15 minutes, and
   * verifying its signature is the costliest step of a small request. The keys never change while
   * the process runs, so a remembered answer is the one verification would give.
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  private constructor(
    private readonly keys: Map<string, Uint8Array>,
    private readonly currentKid: string,
    private readonly clock: Clock,
  ) {}

  static async create(db: Database, clock: Clock, environmentSecret?: string): Promise<TokenIssuer> {
    if (environmentSecret) {
      if (environmentSecret.length < 32) throw new Error("KOORDINAT_JWT_SECRET must be at least 32 characters.");
      return new TokenIssuer(new Map([["env", new TextEncoder().encode(environmentSecret)]]), "env", clock);
    }
    const loadKeys = () => db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt), desc(signingKeys.kid));
    let rows = await loadKeys();
    if (rows.length === 0) {
      // Two replicas starting together may both insert one: both keys verify, the newest signs.
      await db.insert(signingKeys).values({ kid: `k${randomBytes(6).toString("hex")}`, secret: randomBytes(32).toString("base64url") });
      rows = await loadKeys();
    }
    const keys = new Map(rows.map((row) => [row.kid, Buffer.from(row.secret, "base64url") as Uint8Array]));
    return new TokenIssuer(keys, rows[0].kid, clock);
  }

  /** A secret for another purpose (e.g. sealing cursors), derived from the signing key every process of a deployment shares. */
  derivedSecret(purpose: string): Uint8Array {
    return createHmac("sha256", this.keys.get(this.currentKid)!).update(purpose).digest();
  }

  async issue(principal: Principal): Promise<{ token: string; expiresIn: number }> {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const token = await new SignJWT({ role: principal.role, scope: principal.scope, policy: principal.policy ?? {} })
      .setProtectedHeader({ alg: "HS256", kid: this.currentKid })
      .setSubject(principal.clientId)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + ACCESS_TOKEN_TTL_SECONDS)
      .sign(this.keys.get(this.currentKid)!);
    return { token, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && this.clock.now().getTime() < known.expiresAtMs) return known.principal;
    this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, (header) => this.keyFor(header.kid), {
        issuer,
        audience,
        algorithms: ["HS256"],
        currentDate: this.clock.now(),
      });
      const principal = {
        clientId: payload.sub!,
        role: payload.role as Principal["role"],
        scope: payload.scope as Principal["scope"],
        policy: payload.policy as Principal["policy"],
      };
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { principal, expiresAtMs: payload.exp! * 1000 });
      return principal;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError("The access token has expired.");
      throw new InvalidTokenError("The access token is not valid.");
    }
  }

  /** A short-lived capability for one download, e.g. `/downloads/<token>`; it names what and for whom. */
  async signDownload(claims: Record<string, string>, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", kid: this.currentKid })
      .setIssuer(issuer)
      .setAudience(downloadAudience)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + ttlSeconds)
      .sign(this.keys.get(this.currentKid)!);
    return { token, expiresAt: new Date((nowSeconds + ttlSeconds) * 1000) };
  }

  async verifyDownload(token: string): Promise<Record<string, unknown>> {
    try {
      const { payload } = await jwtVerify(token, (header) => this.keyFor(header.kid), {
        issuer,
        audience: downloadAudience,
        algorithms: ["HS256"],
        currentDate: this.clock.now(),
      });
      return payload;
    } catch {
      throw new InvalidTokenError("The download link is not valid or has expired.");
    }
  }

  private keyFor(kid: string | undefined): Uint8Array {
    const key = kid ? this.keys.get(kid) : undefined;
    if (!key) throw new InvalidTokenError("unknown signing key");
    return key;
  }
}
