import { getSitemapDocuments, sitemapChunks } from '@/site/data/sitemap'
import { absolute } from '@/site/lib/paths'

/** Cached like a prerendered page, rebuilt when a tag it read (articles, exercises, topics) expires. */
export const dynamic = 'force-static'

/** The sitemap index named in robots.txt: one <sitemap> per part (src/app/sitemaps/sitemap.ts). */
export async function GET(): Promise<Response> {
  const count = sitemapChunks(await getSitemapDocuments())
  const parts = Array.from(
    { length: count },
    (_, id) => `<sitemap><loc>${absolute(`/sitemaps/sitemap/${id}.xml`)}</loc></sitemap>`,
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } })
}
