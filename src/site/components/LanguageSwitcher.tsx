import { getTranslations } from 'next-intl/server'

import { localeNames, locales, type Locale } from '@/i18n/locales'
import { pathOf, type LanguageLinks } from '../lib/paths'

/**
 * Links to this page in the other language, at its own slug there; where the page is not
 * published in that language, to that language's home page, saying so.
 */
export async function LanguageSwitcher({ locale, links }: { locale: Locale; links: LanguageLinks }) {
  const t = await getTranslations('languageSwitcher')
  const tLanguages = await getTranslations('languages')
  const others = locales.filter((other) => other !== locale)
  return (
    <nav aria-label={t('label')} className="language-switcher">
      <ul>
        {others.map((other) => {
          const href = links[other]
          return (
            <li key={other}>
              <a href={href ?? pathOf(other, '/')} hrefLang={other} lang={other}>
                <span className="language-switcher__name">{localeNames[other]}</span>
                <span className="language-switcher__code" aria-hidden="true">
                  {other.toUpperCase()}
                </span>
              </a>
              {href ? null : (
                <small className="language-switcher__note">{t('notAvailable', { language: tLanguages(other) })}</small>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
