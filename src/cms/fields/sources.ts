import type { Field, PayloadRequest } from 'payload'

import { translate } from '../translations'
import { label } from './label'

const doiPattern = /^10\.\d{4,9}\/\S+$/
const urlPattern = /^https?:\/\/[^\s/]+\.[^\s]+$/

type Check = (value: string | null | undefined, options: { req: PayloadRequest }) => true | string

const validUrl: Check = (value, { req }) => !value || urlPattern.test(value) || translate(req.t, 'sourceUrlInvalid')
const validDoi: Check = (value, { req }) => !value || doiPattern.test(value) || translate(req.t, 'sourceDoiInvalid')
const validYear = (value: number | null | undefined, { req }: { req: PayloadRequest }): true | string =>
  !value ||
  (Number.isInteger(value) && value >= 1800 && value <= new Date().getUTCFullYear() + 1) ||
  translate(req.t, 'sourceYearInvalid')

/** A DOI as the address readers follow. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`

/**
 * What an article rests on: one list for every language (a reference is the same work in any
 * language), each with a note per language on what it supports.
 */
export const sourcesField: Field = {
  name: 'sources',
  type: 'array',
  label: label('sources'),
  labels: { singular: label('source'), plural: label('sources') },
  admin: { description: label('sourcesDescription'), initCollapsed: true },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('sourceTitle') },
    {
      type: 'row',
      fields: [
        { name: 'publisher', type: 'text', label: label('sourcePublisher') },
        { name: 'year', type: 'number', label: label('sourceYear'), validate: validYear },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'url', type: 'text', label: label('sourceUrl'), validate: validUrl },
        {
          name: 'doi',
          type: 'text',
          label: label('sourceDoi'),
          admin: { description: label('sourceDoiDescription') },
          validate: validDoi,
        },
      ],
    },
    { name: 'note', type: 'textarea', localized: true, label: label('sourceNote') },
  ],
}
