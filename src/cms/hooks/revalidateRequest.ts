import { createHmac, timingSafeEqual } from 'node:crypto'

import { resolvePayloadSecret } from '../database/secret'

const header = 'x-heupfit-revalidate'

/** A signature of the tags with the Payload secret: only this server can ask itself. */
function sign(tags: readonly string[]): string {
  return createHmac('sha256', resolvePayloadSecret())
    .update(`revalidate:${tags.join(',')}`)
    .digest('hex')
}

export function isSignedRevalidation(request: Request, tags: readonly string[]): boolean {
  const given = Buffer.from(request.headers.get(header) ?? '')
  const expected = Buffer.from(sign(tags))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Asks the running server, over loopback, to expire the tags within a request
 * (src/app/(site)/api/revalidate). `next start` and `next dev` set PORT; REVALIDATE_URL
 * overrides the address where the server cannot reach itself on 127.0.0.1.
 */
export async function askServerToRevalidate(tags: readonly string[]): Promise<void> {
  const base = process.env.REVALIDATE_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
  try {
    const response = await fetch(new URL('/api/revalidate', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [header]: sign(tags) },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
  } catch (error) {
    // The change itself is saved: say plainly that the site may show the old version for now.
    console.error(
      `The site could not be told about a change (${tags.join(', ')}) at ${base}/api/revalidate: ${String(error)}. ` +
        'Its pages show the new content after the next deploy or change; set REVALIDATE_URL if the server cannot reach itself there.',
    )
  }
}
