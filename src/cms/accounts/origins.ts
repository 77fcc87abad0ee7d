/** The settings these read: SITE_URL and PORT. */
type Settings = Partial<Record<string, string>>

/**
 * The addresses a browser may use the admin and the API from with its login cookie: the site's
 * public address (SITE_URL) and the server's own (localhost on PORT, for a developer and for a
 * health check on the machine). Payload's CSRF check refuses a cookie sent from any other
 * origin, and CORS answers only these.
 */
export function trustedOrigins(env: Settings = process.env): string[] {
  const port = env.PORT || '3000'
  const own = [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  const site = siteOrigin(env)
  return [...new Set(site ? [site, ...own] : own)]
}

/** SITE_URL as an origin (scheme, host, port: no path or trailing slash), or null. */
export function siteOrigin(env: Settings = process.env): string | null {
  if (!env.SITE_URL) return null
  try {
    return new URL(env.SITE_URL).origin
  } catch {
    return null
  }
}

/**
 * The login cookie is `Secure` when the site is served over https (SITE_URL). Tied to the address
 * rather than to NODE_ENV: the tests' production builds run over plain http on 127.0.0.1, where
 * a browser would drop a Secure cookie and nobody could sign in.
 */
export const secureCookies = (env: Settings = process.env): boolean => siteOrigin(env)?.startsWith('https:') ?? false
