'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** Re-renders the page when the document is saved in the admin's live preview (same origin). */
export function RefreshOnSave() {
  const router = useRouter()
  // Known only in the browser; null while rendering on the server.
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => null,
  )
  return origin ? <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} /> : null
}
