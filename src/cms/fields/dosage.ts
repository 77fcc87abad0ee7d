import type { Field } from 'payload'

import { label } from './label'

/** Sets, reps, hold, duration, rest and "per side": each optional, shown only when set. */
export const dosageFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'sets', type: 'number', min: 1, max: 20, label: label('Sets', 'Sets') },
      { name: 'reps', type: 'number', min: 1, max: 200, label: label('Reps', 'Herhalingen') },
      { name: 'holdSeconds', type: 'number', min: 1, max: 600, label: label('Hold (s)', 'Vasthouden (s)') },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'durationMinutes', type: 'number', min: 1, max: 240, label: label('Duration (min)', 'Duur (min)') },
      { name: 'restSeconds', type: 'number', min: 0, max: 600, label: label('Rest (s)', 'Rust (s)') },
      { name: 'perSide', type: 'checkbox', label: label('Per side', 'Per kant') },
    ],
  },
]

export function dosageGroup(
  name: string,
  groupLabel: Record<'en' | 'nl', string>,
  description?: Record<'en' | 'nl', string>,
): Field {
  return { name, type: 'group', label: groupLabel, admin: { description }, fields: dosageFields }
}
