import type { CollectionConfig } from 'payload'

import { locales, localeNames } from '@/i18n/locales'
import { isAdmin, roles } from '../access/roles'
import { adminOnlyField, adminOrSelf } from '../access/users'
import { label } from '../fields/label'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'

const roleLabels = {
  admin: label('Admin', 'Beheerder'),
  editor: label('Editor', 'Redacteur'),
  translator: label('Translator', 'Vertaler'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: label('User', 'Gebruiker'), plural: label('Users', 'Gebruikers') },
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
    { name: 'name', type: 'text', label: label('Name', 'Naam') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: label('Role', 'Rol'),
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'translatorLocales',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: label('Languages this translator may edit', 'Talen die deze vertaler mag bewerken'),
      options: locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { condition: (_, siblingData) => siblingData?.role === 'translator' },
      validate: (value: string[] | null | undefined, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'translator' ||
        (value?.length ?? 0) > 0 ||
        'Choose at least one language for a translator.',
    },
  ],
}
