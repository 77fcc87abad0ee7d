import { getTranslations } from 'next-intl/server'

import type { CalloutBlock as CalloutBlockData } from '@/payload-types'

export async function CalloutBlock({ block }: { block: CalloutBlockData }) {
  const t = await getTranslations('callout')
  return (
    <aside className={`callout callout--${block.tone}`} aria-labelledby={`callout-${block.id}`}>
      <p className="callout__kind">{t(block.tone)}</p>
      <h3 id={`callout-${block.id}`}>{block.title}</h3>
      {block.text.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </aside>
  )
}
