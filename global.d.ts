import type { routing } from '@/i18n/routing'
import type messages from '@/messages/nl.json'

/** next-intl's types for this site: its locales, and its messages (Dutch is the source). */
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
