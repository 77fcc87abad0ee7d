import type { CollectionConfig, PayloadRequest } from 'payload'

import { locales, localeNames } from '@/i18n/locales'
import { isAdmin, roles } from '../access/roles'
import { adminOnlyField, adminOrSelf } from '../access/users'
import { label, nameLabel } from '../fields/label'
import { translate } from '../translations'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { lockedLooksUnknown } from '../accounts/lockedLooksUnknown'
import { secureCookies } from '../accounts/origins'
import { enforcePasswordRule } from '../accounts/passwordRule'

const roleLabels = {
  admin: label('admin'),
  editor: label('editor'),
  translator: label('translator'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: nameLabel('user'), plural: nameLabel('users') },
  auth: {
    // Five wrong passwords lock an account for ten minutes (Payload's defaults, said here).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock any account; only an admin may.
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeOperation: [enforcePasswordRule, lockedLooksUnknown],
    beforeChange: [firstUserIsAdmin],
  },
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
