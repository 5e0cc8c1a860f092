'use client'
import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { PendingSchedule } from '../schedules/pendingSchedules'

type Result = { ok: true } | { ok: false; message: string }

/**
 * A piece's pending scheduled publishes through `/:id/schedules` (editors only): the rows, and
 * add / move / cancel, each answering with the rows as they now stand. Rows are null while loading.
 */
export function useSchedules(collectionSlug: string, id: number | string) {
  const { config } = useConfig()
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/schedules`
  const [rows, setRows] = useState<PendingSchedule[] | null>(null)

  const send = useCallback(
    async (path: string, method: string, body?: unknown): Promise<Result> => {
      const response = await fetch(`${base}${path}`, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).catch(() => null)
      const json = (await response?.json().catch(() => null)) as { docs?: PendingSchedule[]; errors?: { message?: string }[] } | null
      if (!response?.ok) return { ok: false, message: json?.errors?.[0]?.message ?? '' }
      setRows(json?.docs ?? [])
      return { ok: true }
    },
    [base],
  )

  useEffect(() => {
    void send('', 'GET')
  }, [send])

  return {
    rows,
    add: (at: Date, zone: string) => send('', 'POST', { at: at.toISOString(), zone }),
    move: (job: PendingSchedule['id'], at: Date, zone: string) => send(`/${job}`, 'PATCH', { at: at.toISOString(), zone }),
    cancel: (job: PendingSchedule['id']) => send(`/${job}`, 'DELETE'),
  }
}
