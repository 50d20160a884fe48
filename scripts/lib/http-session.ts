/**
 * Signs in to a running Vigie IA the way a browser does (Auth.js credentials flow: CSRF token, then
 * the callback), for benchmarks that measure server time over HTTP.
 */
export type TCookieJar = Map<string, string>;

function keepCookies(jar: TCookieJar, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const separator = pair!.indexOf("=");
    jar.set(pair!.slice(0, separator), pair!.slice(separator + 1));
  }
}

export const cookieHeader = (jar: TCookieJar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export async function signIn(base: string, email: string, password: string): Promise<TCookieJar> {
  const jar: TCookieJar = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  keepCookies(jar, callback);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`Connexion refusée / sign-in failed (${callback.status})`);
  }
  return jar;
}
