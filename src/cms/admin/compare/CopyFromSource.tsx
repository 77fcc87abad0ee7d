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

// Language names as the admin's language writes them in these sentences.
const words = {
  en: {
    language: { nl: 'Dutch', en: 'English' },
    copy: (from: string) => `Copy the ${from} text`,
    hint: (from: string, to: string) =>
      `Fills every empty ${to} field with the ${from} text, as a draft, to translate from. Fields already filled in stay as they are.`,
    saveFirst: 'Save your changes first.',
    copying: 'Copying…',
    done: (from: string) => `The ${from} text is in the empty fields. Translate it, then save or publish.`,
  },
  nl: {
    language: { nl: 'Nederlandse', en: 'Engelse' },
    copy: (from: string) => `Kopieer de ${from} tekst`,
    hint: (from: string, to: string) =>
      `Vult elk leeg ${to} veld met de ${from} tekst, als concept, om van te vertalen. Ingevulde velden blijven zoals ze zijn.`,
    saveFirst: 'Sla eerst je wijzigingen op.',
    copying: 'Bezig met kopiëren…',
    done: (from: string) => `De ${from} tekst staat in de lege velden. Vertaal hem en sla op of publiceer.`,
  },
} satisfies Record<Locale, unknown>

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
  const t = words[i18n.language === 'nl' ? 'nl' : 'en']
  const from = t.language[defaultLocale]
  const to = t.language[code]

  const copy = async () => {
    if (modified) {
      toast.error(t.saveFirst)
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
      toast.success(t.done(from))
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
      tooltip={t.hint(from, to)}
    >
      {copying ? t.copying : t.copy(from)}
    </Button>
  )
}
