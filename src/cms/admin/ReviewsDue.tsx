import type { ServerProps } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { hasRole } from '../access/roles'
import { translate, type AdminKey } from '../translations'

/**
 * The dashboard panel for editors: articles whose next medical review date has passed, so
 * that no medical text stays unreviewed for longer than planned. Translators do not review.
 */
export async function ReviewsDue({ payload, i18n, user }: ServerProps) {
  if (!hasRole(user ? { ...user, collection: 'users' } : null, 'admin', 'editor')) return null
  const t = (key: AdminKey) => translate(i18n.t, key)
  const { docs } = await payload.find({
    collection: 'articles',
    locale: defaultLocale,
    draft: true,
    depth: 0,
    pagination: false,
    sort: 'reviewDue',
    where: { reviewDue: { less_than: new Date().toISOString() } },
    select: { title: true, reviewedAt: true, reviewDue: true },
    overrideAccess: true,
  })
  // As the rest of the admin writes a date (config.admin.dateFormat 'd MMMM yyyy'): "2 May 2025".
  const date = (value: string | null | undefined) =>
    value
      ? new Date(value).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : null
  const adminRoute = payload.config.routes.admin
  return (
    <section className="reviews-due" aria-labelledby="reviews-due-title">
      <h2 id="reviews-due-title">{t('reviewsDueTitle')}</h2>
      {docs.length === 0 ? (
        <p>{t('reviewsDueNone')}</p>
      ) : (
        <>
          <p>{t('reviewsDueIntro')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('article')}</th>
                <th scope="col">{t('reviewsDueReviewed')}</th>
                <th scope="col">{t('reviewsDueSince')}</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((article) => (
                <tr key={article.id}>
                  <th scope="row">
                    <a href={`${adminRoute}/collections/articles/${article.id}`}>{article.title}</a>
                  </th>
                  <td>{date(article.reviewedAt) ?? t('reviewsDueNever')}</td>
                  <td>
                    <time dateTime={article.reviewDue ?? undefined}>{date(article.reviewDue)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
