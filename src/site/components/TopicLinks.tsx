import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { documentHref } from '@/i18n/paths'
import type { Topic } from '@/payload-types'

export function TopicLinks({ locale, topics }: { locale: Locale; topics: Topic[] }) {
  return (
    <ul className="tags">
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link locale={locale} href={documentHref('topics', topic.slug ?? '')}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
