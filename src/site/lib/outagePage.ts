import { createTranslator } from 'next-intl'

import { outagePage } from '@/cms/database/outage'
import type { Locale } from '@/i18n/locales'
import en from '@/messages/en.json'
import nl from '@/messages/nl.json'

const messages = { nl, en }

/** A reader page that needs the database, while the database is away: 503, in the reader's language. */
export function readerOutagePage(locale: Locale): Response {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'unavailable' })
  const site = createTranslator({ locale, messages: messages[locale], namespace: 'site' })
  return outagePage({
    lang: locale,
    title: t('title'),
    siteName: site('name'),
    paragraphs: [t('text'), t('retry')],
    link: { href: `/${locale}`, text: t('home') },
  })
}
