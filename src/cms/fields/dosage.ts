import type { Field } from 'payload'

import { label, type Label } from './label'

/** Sets, reps, hold, duration, rest and "per side": each optional, shown only when set. */
export const dosageFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'sets', type: 'number', min: 1, max: 20, label: label('sets') },
      { name: 'reps', type: 'number', min: 1, max: 200, label: label('reps') },
      { name: 'holdSeconds', type: 'number', min: 1, max: 600, label: label('holdSeconds') },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'durationMinutes', type: 'number', min: 1, max: 240, label: label('durationMinutes') },
      { name: 'restSeconds', type: 'number', min: 0, max: 600, label: label('restSeconds') },
      { name: 'perSide', type: 'checkbox', label: label('perSide') },
    ],
  },
]

export function dosageGroup(name: string, groupLabel: Label, description?: Label): Field {
  return { name, type: 'group', label: groupLabel, admin: { description }, fields: dosageFields }
}
