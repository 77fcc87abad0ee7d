import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { Link } from '@/i18n/Link'
import { routing } from '@/i18n/routing'
import { ArticleCard } from '@/site/components/ArticleCard'
import { PageShell } from '@/site/components/PageShell'
import { TopicLinks } from '@/site/components/TopicLinks'
import { getLatestArticles } from '@/site/data/articles'
import { getSiteSettings } from '@/site/data/settings'
import { getTopics } from '@/site/data/topics'
import { pageMetadata } from '@/site/lib/metadata'
import { staticLinks } from '@/site/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'site' })
  const settings = await getSiteSettings(locale)
  return pageMetadata({
    locale,
    title: settings.siteName || t('name'),
    description: settings.tagline || t('tagline'),
    links: staticLinks('/'),
  })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('home')
  const [articles, topics, settings] = await Promise.all([
    getLatestArticles(locale, 6),
    getTopics(locale),
    getSiteSettings(locale),
  ])
  return (
    <PageShell locale={locale} links={staticLinks('/')}>
      <section className="hero-intro">
        <h1>{settings.siteName || t('title')}</h1>
        <p className="lead">{settings.tagline || t('intro')}</p>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">{t('latestArticles')}</h2>
        {articles.length === 0 ? (
          <p>{t('noArticles')}</p>
        ) : (
          <div className="cards">
            {articles.map((article, index) => (
              <ArticleCard key={article.id} locale={locale} article={article} first={index === 0} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="library" className="panel">
        <h2 id="library">{t('libraryTitle')}</h2>
        <p>{t('libraryText')}</p>
        <p>
          <Link className="button" href="/exercises">
            {t('libraryLink')}
          </Link>
        </p>
      </section>
      {topics.length > 0 ? (
        <section aria-labelledby="topics">
          <h2 id="topics">{t('topics')}</h2>
          <TopicLinks locale={locale} topics={topics} />
        </section>
      ) : null}
    </PageShell>
  )
}
