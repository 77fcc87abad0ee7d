import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { locales } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { ArticleCard } from '@/site/components/ArticleCard'
import { PageShell } from '@/site/components/PageShell'
import { getAlternates } from '@/site/data/alternates'
import { getArticlesByTopic } from '@/site/data/articles'
import { getTopic, getTopics } from '@/site/data/topics'
import { pageMetadata } from '@/site/lib/metadata'
import { documentLinks } from '@/site/lib/paths'
import { redirectOrNotFound } from '@/site/lib/redirectOrNotFound'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await getTopics(locale)).map((topic) => ({ locale, slug: topic.slug ?? '' }))),
  )
  return perLocale.flat()
}

async function load({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return null
  const topic = await getTopic(locale, decodeURIComponent(slug))
  if (!topic) return null
  const links = documentLinks('topics', await getAlternates('topics', topic.id))
  return { locale, topic, links }
}

export async function generateMetadata(props: Props) {
  const page = await load(props)
  if (!page) return {}
  return pageMetadata({
    locale: page.locale,
    title: page.topic.name,
    description: page.topic.description,
    links: page.links,
  })
}

export default async function TopicPage(props: Props) {
  const page = await load(props)
  if (!page) return redirectOrNotFound(props.params, 'topics')
  const { locale, topic, links } = page
  setRequestLocale(locale)
  const t = await getTranslations('topic')
  const articles = await getArticlesByTopic(locale, topic.id)
  return (
    <PageShell locale={locale} links={links}>
      <h1>{topic.name}</h1>
      {topic.description ? <p className="lead">{topic.description}</p> : null}
      <section aria-labelledby="topic-articles">
        <h2 id="topic-articles">{t('articles', { topic: topic.name })}</h2>
        {articles.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <div className="cards">
            {articles.map((article) => (
              <ArticleCard key={article.id} locale={locale} article={article} />
            ))}
          </div>
        )}
      </section>
    </PageShell>
  )
}
