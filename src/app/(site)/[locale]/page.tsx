import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { routing } from '../../../i18n/routing'
import { getPublishedArticles } from '../../../site/data/articles'

// Until the reader site revalidates on publish (issue 3), the list is read on every request.
export const dynamic = 'force-dynamic'

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('home')
  const articles = await getPublishedArticles(locale)
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('latestArticles')}</h2>
      {articles.length === 0 ? (
        <p>{t('noArticles')}</p>
      ) : (
        <ul>
          {articles.map((article) => (
            <li key={article.id}>{article.title}</li>
          ))}
        </ul>
      )}
    </main>
  )
}
