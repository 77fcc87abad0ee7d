import type { Option } from 'payload'

import { label } from '../fields/label'

// The values are stable identifiers (URLs and filters use them); readers see the labels from
// the site's message files, editors these.

export const exerciseTypes = [
  { value: 'strength', label: label('Strength', 'Kracht') },
  { value: 'mobility', label: label('Mobility', 'Mobiliteit') },
  { value: 'plyometric', label: label('Plyometric (hops, jumps)', 'Plyometrisch (hinkelen, springen)') },
  { value: 'cross-training', label: label('Cross-training', 'Alternatieve training') },
  { value: 'stretch', label: label('Stretch', 'Rekken') },
] satisfies Option[]

export const difficulties = [
  { value: 'beginner', label: label('Beginner', 'Beginner') },
  { value: 'intermediate', label: label('Intermediate', 'Gevorderd') },
  { value: 'advanced', label: label('Advanced', 'Ver gevorderd') },
] satisfies Option[]

export const bodyRegions = [
  { value: 'hip', label: label('Hip', 'Heup') },
  { value: 'glutes', label: label('Glutes', 'Bilspieren') },
  { value: 'core', label: label('Core', 'Romp') },
  { value: 'thigh', label: label('Thigh', 'Bovenbeen') },
  { value: 'hamstrings', label: label('Hamstrings', 'Hamstrings') },
  { value: 'knee', label: label('Knee', 'Knie') },
] satisfies Option[]

export const equipment = [
  { value: 'none', label: label('None', 'Geen') },
  { value: 'mat', label: label('Mat', 'Mat') },
  { value: 'resistance-band', label: label('Resistance band', 'Weerstandsband') },
  { value: 'step', label: label('Step or stair', 'Step of traptrede') },
  { value: 'bench', label: label('Bench', 'Bankje') },
  { value: 'cross-trainer', label: label('Cross-trainer', 'Crosstrainer') },
  { value: 'bike', label: label('Bike', 'Fiets') },
  { value: 'pool', label: label('Pool', 'Zwembad') },
] satisfies Option[]
