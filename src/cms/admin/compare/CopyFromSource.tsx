'use client'

import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useLocale,
  useServerFunctions,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { translate, type AdminKey } from '@/cms/translations'

// Language names as the admin's language writes them in these sentences.
const languageInSentence = { nl: 'languageNameNl', en: 'languageNameEn' } as const satisfies Record<Locale, AdminKey>

/**
 * Starts a translation from the source: Payload's copy-to-locale (its copyDataFromLocale
 * server function) from Dutch into the language being edited, filling only empty fields.
 * Payload's own "Copy to locale" copies from the language on screen; a translator, who is
 * offered only its own languages, never has Dutch on screen, hence this button.
 */
export function CopyFromSource() {
  const { code } = useLocale()
  const { id, collectionSlug, docPermissions } = useDocumentInfo()
  const { copyDataFromLocale } = useServerFunctions()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const router = useRouter()
  const [copying, setCopying] = useState(false)

  if (!id || !collectionSlug || !isLocale(code) || code === defaultLocale || !docPermissions?.update) return null
  const t = (key: AdminKey, values?: Record<string, string>) => translate(i18n.t, key, values)
  const from = t(languageInSentence[defaultLocale])
  const to = t(languageInSentence[code])

  const copy = async () => {
    if (modified) {
      toast.error(t('copySourceSaveFirst'))
      return
    }
    setCopying(true)
    try {
      await copyDataFromLocale({
        collectionSlug,
        docID: id,
        fromLocale: defaultLocale,
        toLocale: code,
        overrideData: false,
      })
      toast.success(t('copySourceDone', { from }))
      router.push(`${config.routes.admin}/collections/${collectionSlug}/${id}?locale=${code}`)
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setCopying(false)
    }
  }

  return (
    <Button
      buttonStyle="secondary"
      size="medium"
      margin={false}
      disabled={copying}
      onClick={copy}
      tooltip={t('copySourceHint', { from, to })}
    >
      {copying ? t('copySourceCopying') : t('copySource', { from })}
    </Button>
  )
}
