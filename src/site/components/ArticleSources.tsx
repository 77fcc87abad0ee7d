import { getTranslations } from 'next-intl/server'

import { doiUrl } from '@/cms/fields/sources'
import type { Article } from '@/payload-types'

/** The article's sources as a numbered list at its end: title (to the work), publisher, year, note. */
export async function ArticleSources({ sources }: { sources: Article['sources'] }) {
  if (!sources?.length) return null
  const t = await getTranslations('article')
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sources')}</h2>
      <ol>
        {sources.map((source, index) => {
          const href = source.url || (source.doi ? doiUrl(source.doi) : null)
          const details = [source.publisher, source.year].filter(Boolean).join(', ')
          return (
            <li key={source.id ?? index}>
              <cite>{href ? <a href={href}>{source.title}</a> : source.title}</cite>
              {details ? `. ${details}.` : null}
              {source.doi ? (
                <>
                  {' '}
                  <span className="sources__doi">
                    DOI: <a href={doiUrl(source.doi)}>{source.doi}</a>
                  </span>
                </>
              ) : null}
              {source.note ? <span className="sources__note">{source.note}</span> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
