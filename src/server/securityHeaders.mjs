/**
 * The security headers of every response, set in next.config.mjs's headers(), so that a
 * prerendered page stays static (a nonce would need a render per request).
 *
 * The CSP trade-off: Next streams every page's React data in inline <script> tags whose text
 * differs per page and per build, and a static page cannot carry a per-request nonce, so
 * script-src keeps 'unsafe-inline' (with 'self'); everything else is closed: no other origin's
 * script, no plugin, no <base>, forms only to this site, framing only by this site (the admin's
 * live preview), and only YouTube's and Vimeo's players in frames (an exercise's external video).
 */
const players = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

/** @param {{ https: boolean }} options */
export function contentSecurityPolicy({ https }) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src 'self' ${players.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** @param {string | undefined} siteUrl */
export function securityHeaders(siteUrl) {
  const https = Boolean(siteUrl?.startsWith('https://'))
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ https }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
