import type { CollectionConfig, PayloadRequest } from 'payload'

import { locales, localeNames } from '@/i18n/locales'
import { isAdmin, roles } from '../access/roles'
import { adminOnlyField, adminOrSelf } from '../access/users'
import { label, nameLabel } from '../fields/label'
import { translate } from '../translations'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'

const roleLabels = {
  admin: label('admin'),
  editor: label('editor'),
  translator: label('translator'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: nameLabel('user'), plural: nameLabel('users') },
  auth: true,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: label('name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: label('userRole'),
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'translatorLocales',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: label('translatorLanguages'),
      options: locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { condition: (_, siblingData) => siblingData?.role === 'translator' },
      validate: (
        value: string[] | null | undefined,
        { siblingData, req }: { siblingData: { role?: string }; req: PayloadRequest },
      ) => siblingData.role !== 'translator' || (value?.length ?? 0) > 0 || translate(req.t, 'translatorNeedsLanguage'),
    },
  ],
}
