import type { Option } from 'payload'

import { label } from '../fields/label'

// The values are stable identifiers (URLs and filters use them); readers see the labels from
// the site's message files, editors these.

export const exerciseTypes = [
  { value: 'strength', label: label('strength') },
  { value: 'mobility', label: label('mobility') },
  { value: 'plyometric', label: label('plyometric') },
  { value: 'cross-training', label: label('crossTraining') },
  { value: 'stretch', label: label('stretch') },
] satisfies Option[]

export const difficulties = [
  { value: 'beginner', label: label('beginner') },
  { value: 'intermediate', label: label('intermediate') },
  { value: 'advanced', label: label('advanced') },
] satisfies Option[]

export const bodyRegions = [
  { value: 'hip', label: label('hip') },
  { value: 'glutes', label: label('glutes') },
  { value: 'core', label: label('core') },
  { value: 'thigh', label: label('thigh') },
  { value: 'hamstrings', label: label('hamstrings') },
  { value: 'knee', label: label('knee') },
] satisfies Option[]

export const equipment = [
  { value: 'none', label: label('none') },
  { value: 'mat', label: label('mat') },
  { value: 'resistance-band', label: label('resistanceBand') },
  { value: 'step', label: label('step') },
  { value: 'bench', label: label('bench') },
  { value: 'cross-trainer', label: label('crossTrainer') },
  { value: 'bike', label: label('bike') },
  { value: 'pool', label: label('pool') },
] satisfies Option[]
