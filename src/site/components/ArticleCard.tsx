import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { documentHref } from '@/i18n/paths'
import type { ArticleCard as ArticleCardData } from '../data/articles'
import { ResponsiveImage } from './ResponsiveImage'

export function ArticleCard({
  locale,
  article,
  headingLevel = 3,
  first = false,
}: {
  locale: Locale
  article: ArticleCardData
  headingLevel?: 2 | 3
  /** The first card of a list near the top of the page: its image is the page's largest paint. */
  first?: boolean
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      {typeof article.heroImage === 'object' && article.heroImage ? (
        <ResponsiveImage
          image={article.heroImage}
          sizes="(min-width: 48rem) 22rem, 100vw"
          decorative
          priority={first}
        />
      ) : null}
      <Heading className="card__title">
        <Link locale={locale} href={documentHref('articles', article.slug ?? '')}>
          {article.title}
        </Link>
      </Heading>
      <p>{article.excerpt}</p>
    </article>
  )
}
