import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { glossaryAnchor, termIn } from '@/cms/glossary/entries'
import { localeNames, locales, type Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { PageShell } from '@/site/components/PageShell'
import { getGlossary } from '@/site/data/glossary'
import { pageMetadata } from '@/site/lib/metadata'
import { staticLinks } from '@/site/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'glossary' })
  return pageMetadata({ locale, title: t('title'), description: t('intro'), links: staticLinks('/glossary') })
}

/** The medical terms the site uses, in the reader's language, with what each means. */
export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('glossary')
  const others = locales.filter((other) => other !== locale)
  const terms = (await getGlossary())
    .flatMap((entry) => {
      const own = termIn(entry, locale)
      return own ? [{ entry, own }] : []
    })
    .sort((a, b) => a.own.term.localeCompare(b.own.term, locale))
  return (
    <PageShell locale={locale} links={staticLinks('/glossary')}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {terms.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <dl className="glossary">
          {terms.map(({ entry, own }) => (
            <div key={entry.id} className="glossary__entry">
              <dt id={glossaryAnchor(own.term)}>
                <dfn>{own.term}</dfn>
                {others.map((other: Locale) => {
                  const translated = termIn(entry, other)
                  return translated && translated.term !== own.term ? (
                    <span key={other} className="glossary__other">
                      {' '}
                      ({localeNames[other]}: <span lang={other}>{translated.term}</span>)
                    </span>
                  ) : null
                })}
              </dt>
              <dd>{own.note ?? t('noNote')}</dd>
            </div>
          ))}
        </dl>
      )}
    </PageShell>
  )
}
