import { getTranslations } from 'next-intl/server'

import { transcriptLines } from '@/cms/captions/transcript'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

/**
 * What the video says, in the page's language, from its caption file: folded away by default
 * and opened without JavaScript (<details>). Rendered as text, never as HTML.
 */
export async function Transcript({ captions, locale }: { captions: Media | null; locale: Locale }) {
  const lines = transcriptLines(captions?.transcript)
  if (lines.length === 0) return null
  const t = await getTranslations('exercise')
  return (
    <details className="transcript" lang={locale}>
      <summary>{t('transcript')}</summary>
      <div className="transcript__text">
        {lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
    </details>
  )
}
