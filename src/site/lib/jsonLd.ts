import { transcriptLines } from '@/cms/captions/transcript'
import { doiUrl } from '@/cms/fields/sources'
import type { Locale } from '@/i18n/locales'
import type { Article, Exercise, Media, Person } from '@/payload-types'
import { blocksOf } from './blocks'
import { absolute } from './paths'

const media = (value: Media | number | null | undefined): Media | null =>
  value && typeof value === 'object' ? value : null
const person = (value: Person | number | null | undefined): Person | null =>
  value && typeof value === 'object' ? value : null

function personLd(value: Person | null) {
  return value ? { '@type': 'Person', name: value.name, jobTitle: value.role ?? undefined } : undefined
}

/**
 * A VideoObject for an exercise's own video (not for external embeds, which describe themselves).
 * The transcript goes with the video's own page (the exercise's); an article showing ten videos
 * names them without repeating ten transcripts, which the page already has as text.
 */
export function videoLd(exercise: Exercise, locale: Locale, { transcript = true } = {}) {
  const video = media(exercise.video)
  if (!video?.url) return null
  const poster = media(exercise.poster)
  const captions = media(exercise.captions)
  return {
    '@type': 'VideoObject',
    name: exercise.name,
    description: exercise.summary,
    contentUrl: absolute(video.url),
    thumbnailUrl: poster?.url ? absolute(poster.url) : undefined,
    uploadDate: video.createdAt,
    inLanguage: locale,
    encodingFormat: video.mimeType ?? undefined,
    caption: captions?.url ? absolute(captions.url) : undefined,
    transcript: (transcript && transcriptLines(captions?.transcript).join(' ')) || undefined,
  }
}

/** The article's sources as schema.org CreativeWorks, for its `citation`. */
function citationsLd(sources: Article['sources']) {
  return (sources ?? []).map((source) => ({
    '@type': 'CreativeWork',
    name: source.title,
    publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
    datePublished: source.year ? String(source.year) : undefined,
    url: source.url || (source.doi ? doiUrl(source.doi) : undefined),
    identifier: source.doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: source.doi } : undefined,
  }))
}

export function articleJsonLd({ article, locale, url }: { article: Article; locale: Locale; url: string }) {
  // The videos the page shows: its exercise blocks'. A program links to its exercises, whose videos
  // are on their own pages (structured data describes what is on the page).
  const exercises = blocksOf(article.body).flatMap((block) => (block.blockType === 'exercise' ? [block.exercise] : []))
  const seen = new Set<number>()
  const videos = exercises.flatMap((exercise) => {
    if (typeof exercise !== 'object' || seen.has(exercise.id)) return []
    seen.add(exercise.id)
    const video = videoLd(exercise, locale, { transcript: false })
    return video ? [video] : []
  })
  const hero = media(article.heroImage)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: article.title,
    name: article.title,
    description: article.meta?.description || article.excerpt,
    url: absolute(url),
    inLanguage: locale,
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    lastReviewed: article.reviewedAt ?? undefined,
    author: personLd(person(article.author)),
    reviewedBy: personLd(person(article.reviewer)),
    image: hero?.url ? absolute(hero.url) : undefined,
    video: videos.length ? videos : undefined,
    citation: article.sources?.length ? citationsLd(article.sources) : undefined,
  }
}

/** The exercise page: its video and its steps as a HowTo. */
export function exerciseJsonLd({ exercise, locale, url }: { exercise: Exercise; locale: Locale; url: string }) {
  const video = videoLd(exercise, locale)
  const poster = media(exercise.poster)
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: exercise.name,
    description: exercise.summary,
    url: absolute(url),
    inLanguage: locale,
    image: poster?.url ? absolute(poster.url) : undefined,
    step: (exercise.steps ?? []).map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      text: step.text,
    })),
    video: video ?? undefined,
  }
}
