import type { Field } from 'payload'

import { label } from './label'

/** Search-engine title and description per locale; left empty, the site uses title and excerpt. */
export const seoFields: Field = {
  name: 'meta',
  type: 'group',
  label: label('Search engines', 'Zoekmachines'),
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70, label: label('Title', 'Titel') },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 160,
      label: label('Description', 'Omschrijving'),
    },
  ],
}
