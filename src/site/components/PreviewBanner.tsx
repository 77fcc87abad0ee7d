import { getTranslations } from 'next-intl/server'
import { draftMode } from 'next/headers'

import { RefreshOnSave } from './RefreshOnSave'

/** In draft mode: says so, offers the way out, and follows the admin's saves (live preview). */
export async function PreviewBanner({ path }: { path: string }) {
  if (!(await draftMode()).isEnabled) return null
  const t = await getTranslations('preview')
  return (
    <p className="preview-banner" role="status">
      {t('notice')} <a href={`/api/exit-preview?path=${encodeURIComponent(path)}`}>{t('exit')}</a>
      <RefreshOnSave />
    </p>
  )
}
