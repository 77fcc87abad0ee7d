import { Pill } from '@payloadcms/ui'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { translate, type AdminKey } from '@/cms/translations'

type Related = number | string | { id: number | string } | null | undefined

interface BlockData {
  blockType?: string
  title?: string | null
  exercise?: Related
  person?: Related
}

/** Which words name each kind of block in the editor, and where its own title comes from. */
const kinds: Record<string, { kind: AdminKey; titled?: (block: BlockData, req: PayloadRequest) => Promise<string> }> = {
  exercise: { kind: 'exercise', titled: (block, req) => nameOf('exercises', block.exercise, req) },
  exerciseProgram: { kind: 'exerciseProgram', titled: async (block) => block.title ?? '' },
  callout: { kind: 'callout', titled: async (block) => block.title ?? '' },
  expertQuote: { kind: 'expertQuote', titled: (block, req) => nameOf('people', block.person, req) },
}

/** The name of a related exercise or person in the document's language (the Dutch one while untranslated). */
async function nameOf(
  collection: Extract<CollectionSlug, 'exercises' | 'people'>,
  related: Related,
  req: PayloadRequest,
) {
  if (!related) return ''
  if (typeof related === 'object' && 'name' in related && typeof related.name === 'string') return related.name
  const id = typeof related === 'object' ? related.id : related
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    locale: req.locale ?? undefined,
    select: { name: true },
    disableErrors: true,
    req,
  })
  return doc?.name ?? ''
}

/**
 * A block's header in the article editor: its kind and what it holds ("Exercise · Glute
 * bridge"), instead of Payload's "Exercise · Untitled" (an optional block name nobody fills in).
 */
export async function BlockLabel({
  siblingData,
  data,
  req,
}: {
  siblingData?: BlockData
  data?: BlockData
  req: PayloadRequest
}) {
  const block = siblingData ?? data ?? {}
  const spec = kinds[block.blockType ?? '']
  const title = spec?.titled ? await spec.titled(block, req) : ''
  return (
    <div className="LexicalEditorTheme__block__block-label">
      <Pill pillStyle="white" size="small">
        {spec ? translate(req.t, spec.kind) : block.blockType}
      </Pill>
      <span className="heupfit-block-title">{title || translate(req.t, 'blockNotFilledIn')}</span>
    </div>
  )
}
