import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { routing } from '@/i18n/routing'
import { getAlternates } from '../data/alternates'
import { getArticlesByTopic, topicPageSize } from '../data/articles'
import { getTopic } from '../data/topics'
import { pageMetadata } from '../lib/metadata'
import { pageWindow } from '../lib/pagination'
import { documentLinks } from '../lib/paths'
import { redirectOrNotFound } from '../lib/redirectOrNotFound'
import { ArticleCard } from './ArticleCard'
import { Pager } from './Pager'
import { PageShell } from './PageShell'

export type TopicParams = Promise<{ locale: string; slug: string }>

async function load(params: TopicParams) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return null
  const topic = await getTopic(locale, decodeURIComponent(slug))
  if (!topic) return null
  const links = documentLinks('topics', await getAlternates('topics', topic.id))
  return { locale, topic, links }
}

export async function topicMetadata(params: TopicParams) {
  const page = await load(params)
  if (!page) return {}
  return pageMetadata({
    locale: page.locale,
    title: page.topic.name,
    description: page.topic.description,
    links: page.links,
  })
}

/** A topic and one page of its articles, newest first (page 2 on is `?page=2`, see next.config.mjs). */
export async function TopicPage({ params, page: pageNumber }: { params: TopicParams; page: number }) {
  const page = await load(params)
  if (!page) return redirectOrNotFound(params, 'topics')
  const { locale, topic, links } = page
  setRequestLocale(locale)
  const t = await getTranslations('topic')
  const { articles, total } = await getArticlesByTopic(locale, topic.id, pageNumber)
  const window = pageWindow(total, pageNumber, topicPageSize)
  if (!window) notFound()
  const own = links[locale] ?? ''
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
            {articles.map((article, index) => (
              <ArticleCard key={article.id} locale={locale} article={article} first={index === 0} />
            ))}
          </div>
        )}
        <Pager
          label={t('pages')}
          page={window.page}
          pageCount={window.pageCount}
          href={(number) => (number > 1 ? `${own}?page=${number}` : own)}
        />
      </section>
    </PageShell>
  )
}
