import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";

/**
 * Staff sign-in: OpenID Connect's authorization code flow with PKCE (S256) against Koordinat's own provider at
 * <origin>/oidc, as the public client `koordinat-console` (no secret in the browser). The provider's pages ask for
 * the password and, for national and auditor roles, the TOTP code. Tokens stay in this tab's sessionStorage; the
 * refresh token (offline_access) renews the short-lived access token before it ends.
 */
const origin = window.location.origin;
export const CONSOLE_BASE = "/console";

export const userManager = new UserManager({
  authority: `${origin}/oidc`,
  client_id: "koordinat-console",
  redirect_uri: `${origin}${CONSOLE_BASE}/callback`,
  post_logout_redirect_uri: `${origin}${CONSOLE_BASE}/`,
  response_type: "code",
  scope: "openid profile offline_access",
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  automaticSilentRenew: true,
  // The provider's discovery names no check_session_iframe use: sign-out is explicit.
  monitorSession: false,
});

let current: User | null = null;
const listeners = new Set<(user: User | null) => void>();
const publish = (user: User | null) => {
  current = user;
  for (const listener of listeners) listener(user);
};
userManager.events.addUserLoaded((user) => publish(user));
userManager.events.addUserUnloaded(() => publish(null));
userManager.events.addSilentRenewError(() => publish(null));

let loading: Promise<User | null> | undefined;

/**
 * The signed-in user (after the redirect back, or from this tab's storage); null when a sign-in is needed. Once per
 * page: an authorization code is exchanged once (a second exchange would make the provider revoke the tokens).
 */
export function loadUser(): Promise<User | null> {
  loading ??= loadUserOnce();
  return loading;
}

async function loadUserOnce(): Promise<User | null> {
  if (window.location.pathname === `${CONSOLE_BASE}/callback`) {
    const user = await userManager.signinRedirectCallback();
    const target = typeof user.state === "string" && user.state.startsWith(CONSOLE_BASE) ? user.state : `${CONSOLE_BASE}/`;
    window.history.replaceState(null, "", target);
    publish(user);
    return user;
  }
  const user = await userManager.getUser();
  publish(user && !user.expired ? user : null);
  if (user?.expired && user.refresh_token) {
    try {
      publish(await userManager.signinSilent());
    } catch {
      publish(null);
    }
  }
  return current;
}

export const accessToken = () => current?.access_token;
export const onUserChange = (listener: (user: User | null) => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export const signIn = () => userManager.signinRedirect({ state: window.location.pathname });
export const signOut = async () => {
  try {
    await userManager.signoutRedirect();
  } catch {
    // The provider cannot be reached: forget the tokens here at least.
    await userManager.removeUser();
    window.location.assign(`${CONSOLE_BASE}/`);
  }
};
