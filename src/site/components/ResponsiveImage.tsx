import type { Media } from '@/payload-types'

/** An uploaded image with its generated sizes as a srcset; `decorative` for images beside their own title. */
export function ResponsiveImage({
  image,
  sizes,
  decorative = false,
  priority = false,
}: {
  image: Media
  sizes: string
  decorative?: boolean
  priority?: boolean
}) {
  if (!image.url) return null
  // The og size is cropped for social previews, so it is no candidate for the page.
  // One candidate per width (HTML forbids two): a size as wide as the original stands for it.
  const byWidth = new Map<number, string>()
  for (const [name, size] of Object.entries(image.sizes ?? {})) {
    if (name !== 'og' && size?.url && size.width && !byWidth.has(size.width)) byWidth.set(size.width, size.url)
  }
  if (image.width && !byWidth.has(image.width)) byWidth.set(image.width, image.url)
  const candidates = [...byWidth].sort(([a], [b]) => a - b).map(([width, url]) => `${url} ${width}w`)
  return (
    // Payload already made the sizes: a plain srcset serves them without the image optimizer's work per request.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.sizes?.card?.url ?? image.url}
      srcSet={candidates.join(', ') || undefined}
      sizes={sizes}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      alt={decorative ? '' : (image.alt ?? '')}
      loading={priority ? 'eager' : 'lazy'}
      // The page's hero is its largest contentful paint: fetched before the other images.
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
