'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { IMPORTS } from '../../constants'

export type ExistingImport = { id: number; href: string }

/** SHA-256 hex of the paste's UTF-8, as the server's `contentHash`; null where the browser has no Web Crypto (plain http on a LAN address). */
async function contentHash(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The import this paste duplicates, if the user may read it: the server refuses a second copy
 * of a paste, and the paste screen says so beforehand with a link to the first import.
 * (An import the user may not read is not found here; the server's refusal then says enough.)
 */
export function useExistingImport(text: string): ExistingImport | null {
  const { config } = useConfig()
  const [existing, setExisting] = useState<ExistingImport | null>(null)
  useEffect(() => {
    setExisting(null)
    if (!text.trim()) return
    const controller = new AbortController()
    const timer = window.setTimeout(async () => {
      try {
        const hash = await contentHash(text)
        if (!hash) return
        const query = `where[contentHash][equals]=${hash}&limit=1&depth=0&select[title]=true`
        const response = await fetch(`${config.serverURL}${config.routes.api}/${IMPORTS}?${query}`, { credentials: 'include', signal: controller.signal })
        // cast: the JSON of our own REST list, as the server beside it writes it
        const doc = response.ok ? ((await response.json()) as { docs?: { id: number }[] }).docs?.[0] : undefined
        if (doc) setExisting({ id: doc.id, href: `${config.routes.admin}/collections/${IMPORTS}/${doc.id}` })
      } catch {
        // aborted by the next keystroke, or offline: the server still refuses a duplicate
      }
    }, 400)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [text, config.serverURL, config.routes.api, config.routes.admin])
  return existing
}
