import { hasLocale } from 'next-intl'
import { draftMode } from 'next/headers'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'

import { locales } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { ArticleBody } from '@/site/components/ArticleBody'
import { ArticleCard } from '@/site/components/ArticleCard'
import { ArticleSources } from '@/site/components/ArticleSources'
import { JsonLd } from '@/site/components/JsonLd'
import { PageShell } from '@/site/components/PageShell'
import { ResponsiveImage } from '@/site/components/ResponsiveImage'
import { TopicLinks } from '@/site/components/TopicLinks'
import { getAlternates } from '@/site/data/alternates'
import { getArticleDraft } from '@/site/data/drafts'
import { getArticle, getRecentArticleSlugs, getRelatedArticles, prerenderedPerLocale } from '@/site/data/articles'
import { getGlossary } from '@/site/data/glossary'
import { tableOfContents } from '@/site/lib/headings'
import { articleJsonLd } from '@/site/lib/jsonLd'
import { pageMetadata } from '@/site/lib/metadata'
import { documentLinks } from '@/site/lib/paths'
import { redirectOrNotFound } from '@/site/lib/redirectOrNotFound'

type Props = { params: Promise<{ locale: string; slug: string }> }

/**
 * The build prerenders the newest articles only; any other renders on its first request and is
 * then cached like these (dynamicParams), so the build does not grow with the archive.
 */
export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await getRecentArticleSlugs(locale, prerenderedPerLocale)).map((slug) => ({ locale, slug })),
    ),
  )
  return perLocale.flat()
}

async function load({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return null
  const wanted = decodeURIComponent(slug)
  const article = (await draftMode()).isEnabled
    ? await getArticleDraft(locale, wanted)
    : await getArticle(locale, wanted)
  if (!article) return null
  const links = documentLinks('articles', await getAlternates('articles', article.id))
  return { locale, article, links }
}

export async function generateMetadata(props: Props) {
  const page = await load(props)
  if (!page) return {}
  const { locale, article, links } = page
  return pageMetadata({
    locale,
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.excerpt,
    links,
    image: article.meta?.image || article.heroImage,
    type: 'article',
  })
}

export default async function ArticlePage(props: Props) {
  const page = await load(props)
  if (!page) return redirectOrNotFound(props.params, 'articles')
  const { locale, article, links } = page
  setRequestLocale(locale)
  const t = await getTranslations('article')
  const format = await getFormatter()
  const author = typeof article.author === 'object' ? article.author : null
  const reviewer = typeof article.reviewer === 'object' ? article.reviewer : null
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const topics = (article.topics ?? []).flatMap((topic) => (typeof topic === 'object' && topic.slug ? [topic] : []))
  const contents = tableOfContents(article.body)
  const related = await getRelatedArticles(
    locale,
    article.id,
    topics.map((topic) => topic.id),
  )
  const glossary = await getGlossary()
  const date = (value: string) => format.dateTime(new Date(value), { dateStyle: 'long' })

  return (
    <PageShell locale={locale} links={links}>
      <JsonLd data={articleJsonLd({ article, locale, url: links[locale] ?? '' })} />
      <article className="article">
        <header className="article__header">
          <h1>{article.title}</h1>
          <p className="lead">{article.excerpt}</p>
          <ul className="article__meta">
            {author ? <li>{t('by', { name: author.name })}</li> : null}
            {article.publishedAt ? (
              <li>
                <time dateTime={article.publishedAt}>{t('publishedOn', { date: date(article.publishedAt) })}</time>
              </li>
            ) : null}
            {article.readingTime ? <li>{t('readingTime', { minutes: article.readingTime })}</li> : null}
          </ul>
          {reviewer ? (
            <p className="article__review">
              {t('reviewedBy', { name: reviewer.name, role: reviewer.role })}
              {article.reviewedAt ? (
                <>
                  {' '}
                  <time dateTime={article.reviewedAt}>{t('reviewedOn', { date: date(article.reviewedAt) })}</time>
                </>
              ) : null}
            </p>
          ) : article.reviewedAt ? (
            <p className="article__review">
              <time dateTime={article.reviewedAt}>{t('lastReviewed', { date: date(article.reviewedAt) })}</time>
            </p>
          ) : null}
          {topics.length > 0 ? <TopicLinks locale={locale} topics={topics} /> : null}
        </header>
        {hero ? (
          <figure className="article__hero">
            <ResponsiveImage image={hero} sizes="(min-width: 60rem) 56rem, 100vw" priority />
            {hero.caption ? <figcaption>{hero.caption}</figcaption> : null}
          </figure>
        ) : null}
        {contents.length > 1 ? (
          <nav aria-labelledby="toc-title" className="toc">
            <h2 id="toc-title">{t('contents')}</h2>
            <ol>
              {contents.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>{entry.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <ArticleBody body={article.body} locale={locale} glossary={glossary} />
        <ArticleSources sources={article.sources} />
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="related" className="related">
          <h2 id="related">{t('related')}</h2>
          <div className="cards">
            {related.map((item) => (
              <ArticleCard key={item.id} locale={locale} article={item} />
            ))}
          </div>
        </section>
      ) : null}
    </PageShell>
  )
}
