'use client'

import { PublishButton as PayloadPublishButton, useAuth } from '@payloadcms/ui'

import { isLimitedToSomeLocales } from '../access/roles'
import type { User } from '@/payload-types'

/**
 * Payload's Publish button, without "Publish all locales" in its menu for a translator.
 * Payload 3.90 has no setting for that item, and its menu opens in a portal, so a rule keyed
 * on the item's id hides it while a translator's document is on screen. The server is what
 * keeps other languages safe (publishOwnLanguagesOnly); this only spares the surprise.
 */
export function PublishButton() {
  const { user } = useAuth<User>()
  const translator = isLimitedToSomeLocales(user ? { ...user, collection: 'users' } : null)
  return (
    <>
      {translator ? <style>{'#publish-locale { display: none; }'}</style> : null}
      <PayloadPublishButton />
    </>
  )
}
