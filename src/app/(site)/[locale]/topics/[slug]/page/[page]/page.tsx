import { notFound } from 'next/navigation'

import { TopicPage, topicMetadata } from '@/site/components/TopicPage'
import { parsePage } from '@/site/lib/pagination'

/** Page 2 on of a topic: readers ask for /nl/onderwerpen/x?page=2, next.config.mjs rewrites it here. */
type Props = { params: Promise<{ locale: string; slug: string; page: string }> }

/** Rendered on first request (dynamicParams), then cached until an article or topic changes. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  return topicMetadata(params)
}

export default async function TopicLaterPage({ params }: Props) {
  const page = parsePage((await params).page)
  if (!page || page === 1) notFound()
  return TopicPage({ params, page })
}
