/**
 * The sign-in pages staff see (server-rendered, no external assets: hospital networks often have no internet):
 * Turkish first, English beside it; every input has its label, the first field has focus, errors are announced
 * (role=alert), and everything works by keyboard alone.
 */

/** Text placed inside the page's HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The pages' headers: no framing, no scripts, forms only to this origin, nothing cached. */
export const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

const style = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f8;color:#1b2330;margin:0}
main{max-width:26rem;margin:8vh auto;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15);padding:2rem}
h1{font-size:1.35rem;margin:0 0 .25rem}
p.lead{margin:0 0 1.25rem;color:#4a5566}
label{display:block;font-weight:600;margin:1rem 0 .3rem}
label span{font-weight:400;color:#4a5566}
input{width:100%;box-sizing:border-box;font-size:1rem;padding:.6rem;border:1px solid #8a94a6;border-radius:4px}
input:focus,button:focus{outline:3px solid #1d5fd1;outline-offset:2px}
button{margin-top:1.5rem;width:100%;font-size:1rem;font-weight:600;padding:.7rem;border:0;border-radius:4px;background:#174ea6;color:#fff;cursor:pointer}
button.secondary{background:#e6e9ef;color:#1b2330}
[role=alert]{background:#fde8e8;border:1px solid #c81e1e;color:#7a1010;padding:.7rem;border-radius:4px;margin-bottom:1rem}
.who{color:#4a5566;font-size:.95rem}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="tr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Koordinat</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

const alert = (message?: string) => (message ? `<div role="alert" id="error">${escapeHtml(message)}</div>` : "");

/** Step 1: username and password. */
export function loginPage(options: { action: string; username?: string; error?: string }): string {
  return layout(
    "Oturum aç / Sign in",
    `<h1>Koordinat — Oturum aç <span lang="en">/ Sign in</span></h1>
<p class="lead">Personel girişi <span lang="en">/ Staff sign-in</span></p>
${alert(options.error)}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="on">
<label for="username">Kullanıcı adı <span lang="en">/ Username</span></label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus value="${escapeHtml(options.username ?? "")}"${options.error ? ' aria-describedby="error"' : ""}>
<label for="password">Parola <span lang="en">/ Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Devam <span lang="en">/ Continue</span></button>
</form>`,
  );
}

/** Step 2: the six-digit code of the authenticator app. */
export function totpPage(options: { action: string; pending: string; displayName: string; error?: string }): string {
  return layout(
    "Doğrulama kodu / Verification code",
    `<h1>Doğrulama kodu <span lang="en">/ Verification code</span></h1>
<p class="who">${escapeHtml(options.displayName)}</p>
<p class="lead">Kimlik doğrulama uygulamanızdaki 6 haneli kodu girin. <span lang="en">Enter the 6-digit code from your authenticator app.</span></p>
${alert(options.error)}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="off">
<input type="hidden" name="pending" value="${escapeHtml(options.pending)}">
<label for="totp">Kod <span lang="en">/ Code</span></label>
<input id="totp" name="totp" type="text" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required autofocus${options.error ? ' aria-describedby="error"' : ""}>
<button type="submit">Oturum aç <span lang="en">/ Sign in</span></button>
</form>`,
  );
}

/** RP-initiated logout: the provider's form (its xsrf field) and the person's confirmation. */
export function logoutPage(form: string): string {
  return layout(
    "Oturumu kapat / Sign out",
    `<h1>Oturumu kapat <span lang="en">/ Sign out</span></h1>
<p class="lead">Koordinat oturumunuz kapatılacak. <span lang="en">Your Koordinat session will end.</span></p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Oturumu kapat <span lang="en">/ Sign out</span></button>
<button type="submit" form="op.logoutForm" class="secondary">Vazgeç <span lang="en">/ Stay signed in</span></button>`,
  );
}

export function signedOutPage(): string {
  return layout(
    "Oturum kapatıldı / Signed out",
    `<h1>Oturum kapatıldı <span lang="en">/ Signed out</span></h1>
<p class="lead">Koordinat oturumunuz kapatıldı. <span lang="en">Your Koordinat session has ended.</span></p>`,
  );
}

export function errorPage(error: string, description?: string): string {
  return layout(
    "Hata / Error",
    `<h1>Oturum açılamadı <span lang="en">/ Sign-in failed</span></h1>
<div role="alert">${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ""}</div>`,
  );
}
