import { getTranslations } from 'next-intl/server'

/** Previous / "page 2 of 5" / next, as plain links (they work without JavaScript). */
export async function Pager({
  label,
  page,
  pageCount,
  href,
  className,
}: {
  label: string
  page: number
  pageCount: number
  href: (page: number) => string
  className?: string
}) {
  if (pageCount <= 1) return null
  const t = await getTranslations('pager')
  return (
    <nav aria-label={label} className={className ?? 'pager'}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t('previous')}
        </a>
      ) : null}
      <span>{t('pageOf', { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {t('next')}
        </a>
      ) : null}
    </nav>
  )
}
