import type { Payload } from 'payload'

import type { Article, User } from '@/payload-types'

/** A Lexical text node; `format` is Lexical's bit mask (1 bold, 2 italic). */
export function textNode(text: string, format = 0) {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

/** A Lexical body of paragraphs, each given as its inline nodes (text, links, line breaks). */
export function richText(...paragraphNodes: Record<string, unknown>[][]): Article['body'] {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphNodes.map((children) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children,
      })),
    },
  } as Article['body']
}

/** A Lexical body of plain paragraphs, one per text (the integration and end-to-end tests both send it). */
export function paragraphs(...texts: string[]): Article['body'] {
  return richText(...texts.map((text) => [textNode(text)]))
}

let userCount = 0

/** The password of every user the tests make: long and on no list of common passwords. */
export const testPassword = 'Heupfit-test-7QxT4vLm9'

/** A signed-in user of the given role, as the Local API's `user` option takes it. */
export async function makeUser(
  payload: Payload,
  role: User['role'],
  translatorLocales?: User['translatorLocales'],
): Promise<User & { collection: 'users' }> {
  userCount += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${role}-${userCount}-${Date.now()}@example.com`,
      password: testPassword,
      role,
      translatorLocales,
    },
  })
  return { ...user, collection: 'users' }
}

/** A site's first account (which always becomes its admin), then a translator for English. */
export async function makeAdminAndTranslator(payload: Payload): Promise<User & { collection: 'users' }> {
  await makeUser(payload, 'admin')
  return makeUser(payload, 'translator', ['en'])
}

/** An article published in Dutch only; English stays a draft unless `english` is given. */
export async function makeDutchArticle(
  payload: Payload,
  title: string,
  english?: { title: string; publish?: boolean; sameOnPurpose?: string[] },
) {
  const article = await payload.create({
    collection: 'articles',
    locale: 'nl',
    data: {
      title,
      excerpt: `${title}: samenvatting`,
      body: paragraphs(`${title} in het Nederlands.`),
      _status: 'published',
    },
  })
  if (english) {
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: !english.publish,
      data: {
        title: english.title,
        excerpt: `${english.title}: summary`,
        body: paragraphs(`${english.title} in English.`),
        _status: english.publish ? 'published' : 'draft',
        // Parts that read as the Dutch on purpose (a title that is a name, say).
        identicalConfirmed: english.sameOnPurpose,
      },
    })
  }
  return article
}

export { blocksOf } from '@/site/lib/blocks'
