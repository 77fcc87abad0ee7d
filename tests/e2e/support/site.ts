/**
 * What the end-to-end tests expect to find: the seed content (imported, never copied), the
 * interface strings of each language and the reader URLs of each page.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { expect, type Page } from '@playwright/test'

import { article } from '@/seed/data/article'
import { exercises } from '@/seed/data/exercises'
import { people } from '@/seed/data/people'
import { topics } from '@/seed/data/topics'
import type { BodyNode, Locale, SeedExercise } from '@/seed/data/types'

export { article, exercises, people, topics }
export type { Locale, SeedExercise }

/** A file of the project, by its path from the project's root. */
export const projectFile = (relative: string): string => fileURLToPath(new URL(`../../../${relative}`, import.meta.url))

export const locales: Locale[] = ['nl', 'en']
export const otherLocale = (locale: Locale): Locale => (locale === 'nl' ? 'en' : 'nl')

type Messages = typeof import('@/messages/en.json')
// Read, not imported: Node's ESM loader would want an import attribute for JSON.
const messagesOf = (locale: Locale): Messages =>
  JSON.parse(readFileSync(projectFile(`src/messages/${locale}.json`), 'utf8')) as Messages

/** The interface strings a reader sees, per language (src/messages). */
export const messages: Record<Locale, Messages> = { nl: messagesOf('nl'), en: messagesOf('en') }

/** Fills an ICU message's simple {placeholders}. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

const sections = {
  nl: {
    articles: 'artikelen',
    exercises: 'oefeningen',
    topics: 'onderwerpen',
    search: 'zoeken',
    glossary: 'woordenlijst',
  },
  en: { articles: 'articles', exercises: 'exercises', topics: 'topics', search: 'search', glossary: 'glossary' },
} as const

/** Reader URLs (paths), as next-intl localizes them. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug = article.slug[locale]) => `/${locale}/${sections[locale].articles}/${slug}`,
  library: (locale: Locale) => `/${locale}/${sections[locale].exercises}`,
  exercise: (locale: Locale, exercise: SeedExercise) =>
    `/${locale}/${sections[locale].exercises}/${exercise.slug[locale]}`,
  exerciseSlug: (locale: Locale, slug: string) => `/${locale}/${sections[locale].exercises}/${slug}`,
  topic: (locale: Locale, slug: string) => `/${locale}/${sections[locale].topics}/${slug}`,
  glossary: (locale: Locale) => `/${locale}/${sections[locale].glossary}`,
  search: (locale: Locale, query?: string) =>
    `/${locale}/${sections[locale].search}${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`,
}

export function exerciseByKey(key: string): SeedExercise {
  const found = exercises.find((exercise) => exercise.key === key)
  if (!found) throw new Error(`The seed has no exercise "${key}".`)
  return found
}

export function personByKey(key: string) {
  const found = people.find((person) => person.key === key)
  if (!found) throw new Error(`The seed has no person "${key}".`)
  return found
}

/** The article body's nodes of one type, in order. */
export function bodyNodes<T extends BodyNode['type']>(locale: Locale, type: T): Extract<BodyNode, { type: T }>[] {
  return article.body[locale].filter((node): node is Extract<BodyNode, { type: T }> => node.type === type)
}

/** The exercises the article shows as blocks of their own, in order. */
export const articleExerciseBlocks = (locale: Locale): SeedExercise[] =>
  bodyNodes(locale, 'exercise').map((node) => exerciseByKey(node.exercise))

/** Every exercise the article names, as a block or in its program, each once. */
/** The exercises the article shows as blocks, each with its video (a program only links to its exercises). */
export function exercisesShownInArticle(locale: Locale): SeedExercise[] {
  const keys = article.body[locale].flatMap((node) => (node.type === 'exercise' ? [node.exercise] : []))
  return [...new Set(keys)].map(exerciseByKey)
}

/** The site's own origin, as the server writes it into absolute links (SITE_URL). */
export function origin(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL.')
  return new URL(baseURL).origin
}

/** A string as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Checks that every named URL is an absolute address on this site: its origin, then a path.
 * All at once, so that one run lists every address that is wrong.
 */
export function expectSiteUrls(urls: Record<string, unknown>, site: string): void {
  const pattern = new RegExp(`^${escapeRegExp(site)}/[^:]*$`)
  const wrong = Object.entries(urls).filter(([, url]) => typeof url !== 'string' || !pattern.test(url))
  const list = wrong.map(([name, url]) => `  ${name}: ${JSON.stringify(url)}`).join('\n')
  expect(
    wrong.length,
    `URLs that are not absolute addresses on ${site}, of ${Object.keys(urls).length}:\n${list}`,
  ).toBe(0)
}

/** Opens a page and checks that it answered 200. */
export async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path)
  expect(response?.status(), `status of ${path}`).toBe(200)
}

/** The seeded admin of the e2e database (scripts/e2e-server.sh sets the password). */
export const admin = { email: 'admin@heupfit.local', password: 'e2e-admin-password' }
