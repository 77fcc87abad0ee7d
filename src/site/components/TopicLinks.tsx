import type { Locale } from '@/i18n/locales'
import type { Topic } from '@/payload-types'
import { pathOf } from '../lib/paths'

export function TopicLinks({ locale, topics }: { locale: Locale; topics: Topic[] }) {
  return (
    <ul className="tags">
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={pathOf(locale, '/topics/[slug]', topic.slug ?? '')}>{topic.name}</a>
        </li>
      ))}
    </ul>
  )
}
