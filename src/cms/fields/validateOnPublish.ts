import type { Field, Validate } from 'payload'
import { validations } from 'payload/shared'

type Validations = Record<string, Validate | undefined>

/** Checks a field only when its document is published: a draft may be half written. */
function onPublish(field: Field): Validate | undefined {
  if (!('name' in field) || field.type === 'ui' || field.type === 'join') return undefined
  // A check that guards safety, not completeness (an address that could run script), holds for
  // drafts too: such a field says so and handles a half-written draft itself.
  if ((field.custom as { checkDrafts?: boolean } | undefined)?.checkDrafts) return undefined
  const own = 'validate' in field ? (field.validate as Validate | undefined) : undefined
  const check = own ?? (validations as unknown as Validations)[field.type]
  if (!check) return undefined
  return (value, options) => {
    const status = (options.data as { _status?: unknown } | undefined)?._status
    return status === 'draft' ? true : check(value, options)
  }
}

/**
 * Payload's `versions.drafts.validate` keeps the create view from storing an empty draft the
 * moment it opens (it shows Save draft instead, and autosaves from the first save on), but
 * also checks drafts like published documents. These fields keep today's rule instead:
 * required fields and other checks apply when publishing, never to a draft, so that an
 * editor or translator can save half-written work.
 */
export function validateOnPublish(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    const validate = onPublish(field)
    const inner = (() => {
      switch (field.type) {
        case 'row':
        case 'collapsible':
        case 'group':
        case 'array':
          return { ...field, fields: validateOnPublish(field.fields) } as Field
        case 'tabs':
          return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: validateOnPublish(tab.fields) })) }
        case 'blocks':
          return {
            ...field,
            blocks: field.blocks.map((block) => ({ ...block, fields: validateOnPublish(block.fields) })),
          }
        default:
          return field
      }
    })()
    return validate ? ({ ...inner, validate } as Field) : inner
  })
}
