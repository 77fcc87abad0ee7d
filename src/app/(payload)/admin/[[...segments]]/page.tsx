/* Payload's standard admin page, with a readable refusal where someone may not create. */
import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { cannotCreate } from '@/cms/admin/CannotCreate'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

export default async function Page({ params, searchParams }: Args) {
  return (await cannotCreate(config, (await params).segments)) ?? RootPage({ config, params, searchParams, importMap })
}
