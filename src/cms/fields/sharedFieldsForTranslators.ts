import type { Field, FieldAccess } from 'payload'

import { notTranslator } from '../access/roles'

function alsoNotTranslator(existing: FieldAccess | undefined): FieldAccess {
  if (!existing) return notTranslator
  return async (args) => (await existing(args)) && notTranslator(args)
}

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
