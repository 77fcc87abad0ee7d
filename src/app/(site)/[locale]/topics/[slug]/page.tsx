import { locales } from '@/i18n/locales'
import { TopicPage, topicMetadata, type TopicParams } from '@/site/components/TopicPage'
import { getTopics } from '@/site/data/topics'

type Props = { params: TopicParams }

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await getTopics(locale)).map((topic) => ({ locale, slug: topic.slug ?? '' }))),
  )
  return perLocale.flat()
}

export async function generateMetadata({ params }: Props) {
  return topicMetadata(params)
}

export default async function Topic({ params }: Props) {
  return TopicPage({ params, page: 1 })
}
