import { getTranslations } from 'next-intl/server'

import { isSafeUrl } from '@/cms/links/safeUrl'
import type { Locale } from '@/i18n/locales'
import type { Exercise } from '@/payload-types'
import { ExternalVideo } from './ExternalVideo'
import { Transcript } from './Transcript'

interface Embed {
  provider: 'YouTube' | 'Vimeo'
  embedUrl: string
}

/** The privacy-friendly embed address of a YouTube or Vimeo link (no cookies until play). */
export function embedOf(url: string): Embed | null {
  const youtube = /(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,})/.exec(url)
  if (youtube)
    return { provider: 'YouTube', embedUrl: `https://www.youtube-nocookie.com/embed/${youtube[1]}?autoplay=1` }
  const vimeo = /vimeo\.com\/(\d+)/.exec(url)
  if (vimeo) return { provider: 'Vimeo', embedUrl: `https://player.vimeo.com/video/${vimeo[1]}?dnt=1&autoplay=1` }
  return null
}

/**
 * The exercise's own video with captions in the page's language, or a click-to-load embed; under
 * either, the transcript of the captions in the page's language.
 */
export async function ExerciseVideo({ exercise, locale }: { exercise: Exercise; locale: Locale }) {
  const t = await getTranslations('exercise')
  const title = t('video', { name: exercise.name })
  const poster = typeof exercise.poster === 'object' && exercise.poster ? exercise.poster : null
  const posterUrl = poster?.sizes?.card?.url ?? poster?.url
  const video = typeof exercise.video === 'object' && exercise.video ? exercise.video : null
  const webm = typeof exercise.videoWebm === 'object' && exercise.videoWebm ? exercise.videoWebm : null
  const captions = typeof exercise.captions === 'object' && exercise.captions ? exercise.captions : null
  if (video?.url) {
    return (
      <figure className="video">
        <video
          controls
          preload="metadata"
          poster={posterUrl ?? undefined}
          width={video.width ?? 640}
          height={video.height ?? 360}
          aria-label={title}
        >
          {/* The WebM first (smaller) where the editor uploaded one; browsers take the first they can play. */}
          {webm?.url && webm.url !== video.url ? <source src={webm.url} type="video/webm" /> : null}
          <source src={video.url} type={video.mimeType ?? undefined} />
          {captions?.url ? (
            <track kind="captions" src={captions.url} srcLang={locale} label={t('captionsLabel')} default />
          ) : null}
        </video>
        <Transcript captions={captions} locale={locale} />
      </figure>
    )
  }
  const embed = isSafeUrl(exercise.videoUrl) ? embedOf(exercise.videoUrl) : null
  if (embed && exercise.videoUrl) {
    return (
      <figure className="video">
        <ExternalVideo
          embedUrl={embed.embedUrl}
          watchUrl={exercise.videoUrl}
          title={title}
          playLabel={t('playExternal', { provider: embed.provider })}
          notice={t('externalNotice', { provider: embed.provider })}
          poster={posterUrl}
        />
        <Transcript captions={captions} locale={locale} />
      </figure>
    )
  }
  return null
}
