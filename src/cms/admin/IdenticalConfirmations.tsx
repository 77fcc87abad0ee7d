'use client'

import { CheckboxInput, FieldDescription, FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'

import { translate } from '@/cms/translations'
import type { Untranslated } from '@/cms/fields/untranslated'

const asList = (value: unknown): Untranslated[] =>
  Array.isArray(value) ? value.filter((item): item is Untranslated => typeof item?.path === 'string') : []

/**
 * The sidebar list of a translation's parts that are still the Dutch text word for word (as
 * of its last save), each with a box to confirm that it is meant to be the same. Unticked
 * parts keep the language from being published.
 */
export function IdenticalConfirmations({ path }: JSONFieldClientProps) {
  const { i18n } = useTranslation()
  const { value, setValue } = useField<string[]>({ potentiallyStalePath: path })
  const untranslated = asList(useFormFields(([fields]) => fields.untranslated?.value))
  if (untranslated.length === 0) return null
  const confirmed = Array.isArray(value) ? value : []
  const toggle = (itemPath: string, checked: boolean) =>
    setValue(checked ? [...confirmed, itemPath] : confirmed.filter((other) => other !== itemPath))
  return (
    <fieldset className="identical-confirmations field-type">
      <legend>
        <FieldLabel label={translate(i18n.t, 'identicalConfirmed')} />
      </legend>
      <FieldDescription description={translate(i18n.t, 'identicalConfirmedDescription')} path={path} />
      <ul>
        {untranslated.map((item) => (
          <li key={item.path} data-confirmed={confirmed.includes(item.path)}>
            <CheckboxInput
              id={`identical-${item.path}`}
              name={`identical-${item.path}`}
              label={item.label}
              checked={confirmed.includes(item.path)}
              onToggle={(event) => toggle(item.path, event.target.checked)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
