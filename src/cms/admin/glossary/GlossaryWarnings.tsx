'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import { translate, type AdminKey } from '@/cms/translations'
import type { GlossaryFlag } from '@/cms/glossary/check'

/**
 * The sidebar's list of a translation's texts that do not use an approved glossary term, as the
 * last save found them. A warning: saving and publishing go on.
 */
export const GlossaryWarnings: JSONFieldClientComponent = ({ path }) => {
  const { value } = useField<GlossaryFlag[] | null>({ path })
  const { i18n } = useTranslation()
  // The source language has no warnings: it is what the glossary is checked against.
  if (!Array.isArray(value)) return null
  const t = (key: AdminKey, values?: Record<string, string>) => translate(i18n.t, key, values)
  return (
    <section className="glossary-warnings field-type" aria-labelledby="glossary-warnings-title">
      <h3 id="glossary-warnings-title">{t('glossaryWarnings')}</h3>
      {value.length === 0 ? (
        <p>{t('glossaryWarningsNone')}</p>
      ) : (
        <>
          <p>{t('glossaryWarningsIntro')}</p>
          <ul>
            {value.map((flag) => (
              <li key={`${flag.key}:${flag.source}`} data-glossary-flag={flag.key}>
                <strong>{flag.label}</strong>:{' '}
                {t('glossaryUseInstead', { source: flag.source, approved: flag.approved })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
