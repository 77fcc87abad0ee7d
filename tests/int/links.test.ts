import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isSafeUrl } from '@/cms/links/safeUrl'
import type { Article } from '@/payload-types'
import { ArticleBody } from '@/site/components/ArticleBody'
import { rest, startApiPayload } from './support/api'
import { makeUser, paragraphs, testPassword } from './support/content'

// Addresses a link may have (README, Security: links), and the tricks that must not pass.
const safe = [
  'https://heupfit.nl/nl/artikelen/heup',
  'http://example.com',
  'HTTPS://EXAMPLE.COM/a?b=c#d',
  'mailto:redactie@heupfit.nl',
  'tel:+31201234567',
  '/nl/oefeningen',
  '/en/articles/x?y=1#z',
  '#oefeningen',
]
const unsafe = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  'https:evil.example',
  'https:/evil.example',
  'http://',
  'ftp://example.com',
  'blob:https://heupfit.nl/1',
  'about:blank',
  'mailto:',
  'relative/path',
  '',
]

function linkBody(url: string, type: 'link' | 'autolink' = 'link'): Article['body'] {
  const body = paragraphs('Lees ')
  const paragraph = body.root.children[0] as unknown as { children: unknown[] }
  paragraph.children.push({
    type,
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { url, linkType: 'custom', newTab: false },
    children: [{ type: 'text', text: 'deze pagina', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
  })
  return body
}

describe('which link addresses are safe', () => {
  it.each(safe)('accepts %j', (url) => expect(isSafeUrl(url)).toBe(true))
  it.each(unsafe)('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false))
})

describe('links are checked when saved', () => {
  let payload: Payload
  let token = ''
  let articleId: number | string

  beforeAll(async () => {
    payload = await startApiPayload()
    const editor = await makeUser(payload, 'editor')
    token = (await payload.login({ collection: 'users', data: { email: editor.email, password: testPassword } })).token!
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: 'Links', excerpt: 'Links', body: paragraphs('Tekst.'), _status: 'published' },
    })
    articleId = article.id
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  const refused = [
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    '//evil.example',
    'java\tscript:alert(1)',
  ]

  it.each(refused)('an article body with a link to %j is refused with a 400 naming the field', async (url) => {
    for (const draft of [false, true]) {
      const answer = await rest('PATCH', `/api/articles/${articleId}?locale=nl${draft ? '&draft=true' : ''}`, {
        token,
        body: { body: linkBody(url), ...(draft ? { _status: 'draft' } : {}) },
      })
      expect(answer.status).toBe(400)
      expect(answer.text).toContain('body')
      expect(answer.text).toContain('is not allowed')
    }
    const stored = await payload.findByID({ collection: 'articles', id: articleId, locale: 'nl', draft: true })
    expect(JSON.stringify(stored.body)).not.toContain('"url"')
  })

  it('an autolink is checked as a link is', async () => {
    const answer = await rest('PATCH', `/api/articles/${articleId}?locale=nl`, {
      token,
      body: { body: linkBody('data:text/html,x', 'autolink') },
    })
    expect(answer.status).toBe(400)
  })

  it('a safe link is saved', async () => {
    const answer = await rest('PATCH', `/api/articles/${articleId}?locale=nl`, {
      token,
      body: { body: linkBody('https://www.thuisarts.nl/heupklachten') },
    })
    expect(answer.status).toBe(200)
  })

  it('the site navigation takes addresses on this site only', async () => {
    for (const path of ['//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      const answer = await rest('POST', '/api/globals/site-settings?locale=nl', {
        token,
        body: { navigation: [{ label: 'Weg', path }], medicalDisclaimer: 'Geen medisch advies.' },
      })
      expect(answer.status, path).toBe(400)
      expect(answer.text).toContain('navigation')
    }
  })

  it('an exercise’s external video must be a YouTube or Vimeo address, with nothing hidden in it', async () => {
    const answer = await rest('POST', '/api/exercises?locale=nl', {
      token,
      body: {
        name: 'Brug',
        summary: 'Bil',
        videoUrl: 'javascript:alert(1)//https://youtu.be/abcdefgh',
        steps: [{ text: 'Lig op je rug' }],
        type: 'strength',
        difficulty: 'beginner',
        bodyRegions: ['glutes'],
      },
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('videoUrl')
  })

  it('a redirect to a custom address goes only where a link may', async () => {
    const answer = await rest('POST', '/api/redirects', {
      token,
      body: { from: '/oud', to: { type: 'custom', url: 'javascript:alert(1)' }, locale: 'nl' },
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('url')
  })
})

describe('links are checked again when the article is shown', () => {
  it.each(unsafe.filter(Boolean))('a stored link to %j is shown as text, without its address', (url) => {
    const html = renderToStaticMarkup(createElement(ArticleBody, { body: linkBody(url), locale: 'nl' }))
    expect(html).toContain('deze pagina')
    expect(html).not.toContain('<a')
  })

  it('a safe link keeps its address, and opens a new tab only safely', () => {
    const body = linkBody('https://www.thuisarts.nl/heupklachten')
    const html = renderToStaticMarkup(createElement(ArticleBody, { body, locale: 'nl' }))
    expect(html).toContain('<a href="https://www.thuisarts.nl/heupklachten">deze pagina</a>')
  })
})
