'use client'

import { useState } from 'react'

/**
 * A YouTube or Vimeo video that loads nothing from the provider until the reader asks for it.
 * Without JavaScript the button is a plain link to the video.
 */
export function ExternalVideo({
  embedUrl,
  watchUrl,
  title,
  playLabel,
  notice,
  poster,
}: {
  embedUrl: string
  watchUrl: string
  title: string
  playLabel: string
  notice: string
  poster?: string | null
}) {
  const [playing, setPlaying] = useState(false)
  if (playing) {
    return (
      <iframe
        className="video__frame"
        src={embedUrl}
        title={title}
        allow="autoplay; fullscreen; picture-in-picture"
        allowFullScreen
      />
    )
  }
  return (
    <div className="video__consent" style={poster ? { backgroundImage: `url(${poster})` } : undefined}>
      <p>{notice}</p>
      <a
        href={watchUrl}
        className="button"
        onClick={(event) => {
          event.preventDefault()
          setPlaying(true)
        }}
      >
        {playLabel}
      </a>
    </div>
  )
}
