'use client'

import { Button, toast, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState, type ChangeEvent } from 'react'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { translate, type AdminKey } from '@/cms/translations'

const languageInSentence = { nl: 'languageNameNl', en: 'languageNameEn' } as const satisfies Record<Locale, AdminKey>

type ImportAnswer = { message?: string; errors?: { message: string }[] }

/**
 * XLIFF for professional translators, beside the document controls of a translation: download
 * the document as XLIFF 2.0 (or 1.2) for a CAT tool, and import the translated file as a draft
 * of the language on screen (src/cms/xliff/endpoints.ts).
 */
export function XliffButtons() {
  const { code } = useLocale()
  const { id, collectionSlug, docPermissions } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [importing, setImporting] = useState(false)

  if (!id || !collectionSlug || !isLocale(code) || code === defaultLocale || !docPermissions?.update) return null
  const t = (key: AdminKey, values?: Record<string, string>) => translate(i18n.t, key, values)
  const to = t(languageInSentence[code])
  const api = `${config.serverURL}${config.routes.api}/${collectionSlug}`
  // A plain link: the answer is an attachment, so the browser saves it and stays on the page.
  const download = (version: '2.0' | '1.2') => `${api}/${id}/xliff?target=${code}&version=${version}`

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setImporting(true)
    try {
      const body = new FormData()
      body.set('file', file)
      const response = await fetch(`${api}/xliff`, { method: 'POST', body, credentials: 'include' })
      const answer = (await response.json().catch(() => ({}))) as ImportAnswer
      if (!response.ok) toast.error(answer.errors?.[0]?.message ?? response.statusText)
      else {
        toast.success(answer.message ?? '')
        router.refresh()
      }
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setImporting(false)
    }
  }

  return (
    <>
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        el="anchor"
        url={download('2.0')}
        tooltip={t('xliffDownloadHint', { to })}
      >
        {t('xliffDownload')}
      </Button>
      <Button
        buttonStyle="subtle"
        size="medium"
        margin={false}
        el="anchor"
        url={download('1.2')}
        tooltip={t('xliffDownloadHint', { to })}
      >
        {t('xliffDownload12')}
      </Button>
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        disabled={importing}
        onClick={() => input.current?.click()}
        tooltip={t('xliffImportHint', { to })}
      >
        {importing ? t('xliffImporting') : t('xliffImport')}
      </Button>
      <input ref={input} type="file" accept=".xlf,.xliff,.xml" hidden onChange={upload} />
    </>
  )
}
