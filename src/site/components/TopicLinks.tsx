import type { Locale } from '@/i18n/locales'
import { documentPath } from '@/i18n/paths'
import type { Topic } from '@/payload-types'

export function TopicLinks({ locale, topics }: { locale: Locale; topics: Topic[] }) {
  return (
    <ul className="tags">
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={documentPath(locale, 'topics', topic.slug ?? '')}>{topic.name}</a>
        </li>
      ))}
    </ul>
  )
}
