import type { CollectionConfig } from 'payload'

/**
 * The admin's Preview button and live preview for a collection: both open /api/preview, which
 * checks the signed-in user and shows the draft at its reader URL in the language being edited.
 */
export function previewIn(collection: 'articles' | 'exercises'): NonNullable<CollectionConfig['admin']> {
  const url = (id: unknown, locale: string) =>
    `/api/preview?collection=${collection}&id=${encodeURIComponent(String(id))}&locale=${encodeURIComponent(locale)}`
  return {
    preview: (doc, { locale }) => url(doc.id, locale),
    livePreview: { url: ({ data, locale }) => url(data.id, locale.code) },
  }
}
