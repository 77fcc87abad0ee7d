/**
 * A redirect to a path on this site, as a relative Location: the browser stays on the host it
 * asked (an absolute URL built from request.url names the server's own host name instead, and
 * the draft-mode cookie would not go along).
 */
export function redirectWithinSite(path: string): Response {
  return new Response(null, { status: 307, headers: { Location: path } })
}
