import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { getSiteSettings } from '../data/settings'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations('article')
  const site = await getTranslations('site')
  const settings = await getSiteSettings(locale)
  return (
    <footer className="site-footer">
      {settings.medicalDisclaimer ? (
        <section aria-labelledby="disclaimer-title" className="site-footer__disclaimer">
          <h2 id="disclaimer-title">{t('disclaimer')}</h2>
          <p>{settings.medicalDisclaimer}</p>
        </section>
      ) : null}
      {settings.footerText ? <p>{settings.footerText}</p> : null}
      <p className="site-footer__links">
        <Link href="/glossary">{site('glossary')}</Link>
      </p>
    </footer>
  )
}
