import { MinimalTemplate } from '@payloadcms/next/templates'
import { initI18n } from '@payloadcms/translations'
import { headers as getHeaders } from 'next/headers'
import { getPayload, getRequestLanguage, parseCookies, type SanitizedConfig } from 'payload'

import { translate, type AdminKey } from '../translations'

const refusals: Record<string, AdminKey> = { articles: 'cannotCreateArticles', exercises: 'cannotCreateExercises' }

/**
 * The admin's create page for someone who may not create in that collection (a translator):
 * one sentence saying so and a way back, instead of Payload's "Unauthorized, you must be
 * logged in". Null wherever Payload's own page applies.
 */
export async function cannotCreate(
  configPromise: Promise<SanitizedConfig>,
  segments: string[] | undefined,
): Promise<React.ReactElement | null> {
  const [area, slug, action, ...rest] = segments ?? []
  if (area !== 'collections' || action !== 'create' || rest.length > 0 || !(slug in refusals)) return null
  const config = await configPromise
  const payload = await getPayload({ config })
  const headers = await getHeaders()
  const { user, permissions } = await payload.auth({ headers })
  if (!user || permissions.collections?.[slug]?.create) return null
  const i18n = await initI18n({
    config: config.i18n,
    context: 'client',
    language: getRequestLanguage({ config, cookies: parseCookies(headers), headers }),
  })
  const listURL = `${config.routes.admin}/collections/${slug}`
  return (
    <MinimalTemplate className="cannot-create">
      <h1>{translate(i18n.t, 'cannotCreateTitle')}</h1>
      <p role="status">{translate(i18n.t, refusals[slug])}</p>
      <a href={listURL}>{translate(i18n.t, 'cannotCreateBack')}</a>
    </MinimalTemplate>
  )
}
