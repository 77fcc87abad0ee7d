import type { Field, FieldAccess } from 'payload'

import { notTranslator } from '../access/roles'

function alsoNotTranslator(existing: FieldAccess | undefined): FieldAccess {
  if (!existing) return notTranslator
  return async (args) => (await existing(args)) && notTranslator(args)
}

const holdsLocalizedText = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      (['row', 'collapsible'].includes(field.type) && 'fields' in field && holdsLocalizedText(field.fields)),
  )

/**
 * Fields that are not localized hold one value for every language, so a translator may not
 * change them: the admin shows them read-only and the server ignores a translator's value.
 * Localized fields, and everything inside them, stay editable (the collection's update access
 * decides which locales).
 */
export function sharedFieldsForTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('localized' in field && field.localized) return field
    switch (field.type) {
      case 'ui':
      case 'join':
        return field
      case 'row':
      case 'collapsible':
      case 'group':
        return { ...field, fields: sharedFieldsForTranslators(field.fields) }
      case 'array':
        // A shared list with text of each language (an article's sources and their notes): the
        // translator writes its own language's text; the items and their shared values stay the
        // editors' (refuseSharedFieldChanges refuses a change to them, naming it).
        if (holdsLocalizedText(field.fields)) return { ...field, fields: sharedFieldsForTranslators(field.fields) }
        return Object.assign({}, field, {
          access: { ...field.access, update: alsoNotTranslator(field.access?.update) },
        })
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: sharedFieldsForTranslators(tab.fields) })),
        }
      default:
        return Object.assign({}, field, {
          access: { ...field.access, update: alsoNotTranslator(field.access?.update) },
        })
    }
  })
}
