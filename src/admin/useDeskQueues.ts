'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { roleOf } from '../access/roleOf'
import { ARTICLES } from '../constants'

export type QueueRow = { id: number; title?: string | null; stage?: string | null; reviewNote?: string | null; updatedAt?: string; at?: string }
type Queue = { docs: QueueRow[]; total: number }
export type DeskQueues = { toReview: Queue | null; mine: Queue; returned: Queue; scheduled: QueueRow[] }

const EMPTY: Queue = { docs: [], total: 0 }

/**
 * What waits for the user on the desk, from the REST API with their own access (a reporter
 * sees their own pieces only): 待我审核 for editors, their own pieces and stages, pieces returned
 * with the editor's note, and today's scheduled publishes. Null while loading.
 */
export function useDeskQueues(): DeskQueues | null {
  const { user } = useAuth()
  const { config } = useConfig()
  const [queues, setQueues] = useState<DeskQueues | null>(null)
  // cast: the admin's user and our REST lists arrive untyped in the client; shapes as the server writes them
  const role = roleOf(user as { roles?: unknown })
  const userId = user?.id
  useEffect(() => {
    if (!userId || !role) return
    const api = `${config.serverURL}${config.routes.api}/${ARTICLES}`
    const list = async (where: Record<string, string>, limit = 8): Promise<Queue> => {
      const query = new URLSearchParams({ ...where, draft: 'true', depth: '0', limit: String(limit), sort: '-updatedAt' })
      for (const field of ['title', 'stage', 'reviewNote', 'updatedAt']) query.set(`select[${field}]`, 'true')
      const response = await fetch(`${api}?${query}`, { credentials: 'include' })
      if (!response.ok) return EMPTY
      // cast: the admin's user and our REST lists arrive untyped in the client; shapes as the server writes them
      const json = (await response.json()) as { docs?: QueueRow[]; totalDocs?: number }
      return { docs: json.docs ?? [], total: json.totalDocs ?? 0 }
    }
    const editor = role === 'editor' || role === 'admin'
    const mine = { 'where[owner][equals]': String(userId) }
    void Promise.all([
      editor ? list({ 'where[stage][equals]': 'in_review' }) : Promise.resolve(null),
      list(mine),
      list({ ...(editor ? {} : { 'where[and][2][owner][equals]': String(userId) }), 'where[and][0][stage][equals]': 'draft', 'where[and][1][reviewNote][exists]': 'true' }, 5),
      fetch(`${api}/scheduled-today`, { credentials: 'include' })
        .then((response) => (response.ok ? response.json() : { docs: [] }))
        .then((json: { docs?: QueueRow[] }) => json.docs ?? []),
    ])
      .then(([toReview, own, returned, scheduled]) => setQueues({ toReview, mine: own, returned, scheduled }))
      .catch(() => setQueues({ toReview: null, mine: EMPTY, returned: EMPTY, scheduled: [] }))
  }, [userId, role, config.serverURL, config.routes.api])
  return queues
}
