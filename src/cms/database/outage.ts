import { extractHeaderLanguage, initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import type { Payload } from 'payload'

import { checkDatabase } from '../health/database'
import { adminTranslations, translate } from '../translations'
import { retryAfterSeconds } from './unavailable'

/**
 * What a reader or an editor gets while the database cannot be reached: 503 with Retry-After
 * (a proxy or crawler tries again later, nothing is cached), in their language, never a 500
 * or a stack trace. Made without the database, so it always answers.
 */
const outageHeaders = {
  'Retry-After': String(retryAfterSeconds),
  'Cache-Control': 'no-store',
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

/** A small page of its own (no site styles or scripts, which may be what is failing). */
export function outagePage(page: {
  lang: string
  title: string
  siteName: string
  paragraphs: string[]
  link?: { href: string; text: string }
}): Response {
  const link = page.link ? `<p><a href="${escape(page.link.href)}">${escape(page.link.text)}</a></p>` : ''
  const html = `<!DOCTYPE html>
<html lang="${escape(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(page.title)} – ${escape(page.siteName)}</title>
<style>body{font:1.0625rem/1.6 system-ui,sans-serif;margin:0;color:#1a2b2b;background:#fff}main{max-width:36rem;margin:4rem auto;padding:0 1.25rem}h1{color:#0b5d5b;line-height:1.2}a{color:#0b5d5b}</style>
</head>
<body>
<main>
<p>${escape(page.siteName)}</p>
<h1>${escape(page.title)}</h1>
${page.paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n')}
${link}
</main>
</body>
</html>
`
  return new Response(html, {
    status: 503,
    headers: { ...outageHeaders, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

/** The admin's language for this request: Payload's language cookie, else the browser's. */
export function adminLanguage(headers: Headers): 'nl' | 'en' {
  const cookie = /(?:^|;\s*)payload-lng=([A-Za-z-]+)/.exec(headers.get('cookie') ?? '')?.[1]
  return (cookie ?? extractHeaderLanguage(headers.get('accept-language') ?? '')) === 'nl' ? 'nl' : 'en'
}

/** The admin's words for the outage, through Payload's i18n in the admin's language. */
export async function adminOutageWords(headers: Headers) {
  const language = adminLanguage(headers)
  const { t } = await initI18n({
    // Payload's own words with ours (its config does the same merge).
    config: {
      fallbackLanguage: 'en',
      supportedLanguages: { nl, en },
      translations: {
        nl: {
          ...nl.translations,
          ...adminTranslations.nl,
          general: { ...nl.translations.general, ...adminTranslations.nl.general },
        },
        en: {
          ...en.translations,
          ...adminTranslations.en,
          general: { ...en.translations.general, ...adminTranslations.en.general },
        },
      },
    },
    context: 'api',
    language,
  })
  return {
    language,
    title: translate(t, 'databaseUnavailableTitle'),
    text: translate(t, 'databaseUnavailable'),
    retry: translate(t, 'databaseUnavailableRetry'),
  }
}

/** /admin while the database is away: a page saying so, in the admin's language. */
export async function adminOutagePage(request: Request): Promise<Response> {
  const words = await adminOutageWords(request.headers)
  return outagePage({
    lang: words.language,
    title: words.title,
    siteName: 'Heupfit',
    paragraphs: [words.text, words.retry],
  })
}

async function apiOutage(request: Request): Promise<Response> {
  const words = await adminOutageWords(request.headers)
  return Response.json(
    { errors: [{ message: `${words.text} ${words.retry}` }] },
    { status: 503, headers: outageHeaders },
  )
}

/**
 * Payload's REST API answers a failure of the database with a 500 (or a 4xx, when a read it
 * needed came back empty); when the database is unreachable, the admin (and any client) gets 503 with Retry-After and a sentence saying so,
 * which the admin shows as its error message.
 */
export function withDatabaseOutage<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response>,
  loadPayload: () => Promise<Payload>,
): (request: Request, ...args: Args) => Promise<Response> {
  const reachable = () =>
    loadPayload().then(
      async (payload) => (await checkDatabase(payload)).ok,
      () => false,
    )
  return async (request, ...args) => {
    let response: Response
    try {
      response = await handler(request, ...args)
    } catch (error) {
      // Payload itself could not start (its first connection failed).
      if (await reachable()) throw error
      return apiOutage(request)
    }
    // Payload reports some failures of its queries as 400 or 404 (a document it could not read):
    // any failure while the database is unreachable is the outage.
    if (response.status < 400 || (await reachable())) return response
    return apiOutage(request)
  }
}
