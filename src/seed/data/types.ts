/**
 * The shape of the seed content: plain data, one value per locale, that `src/seed` turns into
 * Payload documents. Media files live beside it under `src/seed/media/`.
 */
export type Locale = 'nl' | 'en'
export type Localized<T> = Record<Locale, T>

export type BodyRegion = 'hip' | 'glutes' | 'core' | 'thigh' | 'hamstrings' | 'knee'
export type ExerciseType = 'strength' | 'mobility' | 'plyometric' | 'cross-training' | 'stretch'
export type Difficulty = 'beginner' | 'intermediate' | 'advanced'
export type Equipment = 'none' | 'mat' | 'resistance-band' | 'step' | 'bench' | 'cross-trainer' | 'bike' | 'pool'

/** How much of an exercise: every field optional, a reader sees only what is set. */
export interface Dosage {
  sets?: number
  reps?: number
  holdSeconds?: number
  durationMinutes?: number
  restSeconds?: number
  perSide?: boolean
}

export interface SeedExercise {
  /** Stable key: names the media files (`media/exercises/{key}.mp4`, `.jpg`, `.nl.vtt`, `.en.vtt`). */
  key: string
  name: Localized<string>
  slug: Localized<string>
  /** One or two sentences: what it trains and why it helps an overloaded hip. */
  summary: Localized<string>
  steps: Localized<string[]>
  cues: Localized<string[]>
  commonMistakes: Localized<string[]>
  safetyNotes: Localized<string>
  /** Alt text for the poster image. */
  posterAlt: Localized<string>
  bodyRegions: BodyRegion[]
  type: ExerciseType
  difficulty: Difficulty
  equipment: Equipment[]
  dosage: Dosage
}

export interface SeedTopic {
  key: string
  name: Localized<string>
  slug: Localized<string>
  description: Localized<string>
}

export interface SeedPerson {
  key: string
  name: string
  role: Localized<string>
  bio: Localized<string>
  /** `media/people/{key}.jpg` */
  photoAlt: Localized<string>
}

export interface ProgramEntry {
  /** An exercise key. */
  exercise: string
  dosage?: Dosage
  note?: string
}

/** The article body, written as simple nodes that the seed turns into Lexical rich text. */
export type BodyNode =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered?: boolean; items: string[] }
  | { type: 'exercise'; exercise: string; dosage?: Dosage; note?: string }
  | {
      type: 'exerciseProgram'
      title: string
      intro?: string
      phases: { name: string; weeks: string; frequencyPerWeek: number; exercises: ProgramEntry[] }[]
    }
  | { type: 'callout'; tone: 'tip' | 'warning' | 'seeProfessional'; title: string; text: string }
  | { type: 'expertQuote'; quote: string; person: string }

/** A published work the article rests on: the same in both languages, with a note in each. */
export interface SeedSource {
  title: string
  publisher: string
  year: number
  url?: string
  doi?: string
  note: Localized<string>
}

export interface SeedArticle {
  key: string
  title: Localized<string>
  slug: Localized<string>
  excerpt: Localized<string>
  metaDescription: Localized<string>
  /** `media/articles/{key}.jpg` */
  heroAlt: Localized<string>
  heroCaption: Localized<string>
  body: Localized<BodyNode[]>
  topics: string[]
  author: string
  reviewer: string
  /** ISO dates */
  publishedAt: string
  reviewedAt: string
  sources: SeedSource[]
}

/** An approved term pair of the glossary, with its other forms and a note for readers per language. */
export interface SeedGlossaryTerm {
  term: Localized<string>
  variants: Localized<string[]>
  note: Localized<string>
  doNotTranslate?: boolean
  translatorNote?: Localized<string>
}

export interface SeedSettings {
  siteName: string
  tagline: Localized<string>
  medicalDisclaimer: Localized<string>
  footerText: Localized<string>
}
