import type { ExpertQuoteBlock as ExpertQuoteBlockData } from '@/payload-types'

export function ExpertQuoteBlock({ block }: { block: ExpertQuoteBlockData }) {
  const person = typeof block.person === 'object' ? block.person : null
  return (
    <figure className="quote">
      <blockquote>
        <p>{block.quote}</p>
      </blockquote>
      {person ? (
        <figcaption>
          {person.name}
          {person.role ? <span>, {person.role}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
