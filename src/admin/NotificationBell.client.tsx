'use client'
import { Link, useAuth, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { NOTIFICATIONS } from '../constants'
import { useDeskTranslation } from './useDeskTranslation'
import './desk.scss'

type Row = {
  id: number
  kind: 'submit' | 'return' | 'approve' | 'publish'
  collectionSlug: string
  documentId: string
  title?: string | null
  note?: string | null
  read?: boolean | null
  actor?: { name?: string | null } | number | null
  createdAt: string
}
const KIND_KEYS = { submit: 'newsroom:bellSubmit', return: 'newsroom:bellReturn', approve: 'newsroom:bellApprove', publish: 'newsroom:bellPublish' } as const

// New notifications show within this long without a reload (a page change refetches too).
const POLL_MS = 60_000

/** A drawn bell: the 🔔 emoji shows as an empty box where no emoji font is installed (servers, kiosks). */
const BellIcon = () => (
  <svg className="nr-bell__icon" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path
      d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.5A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
)

/**
 * The bell in the admin header: the unread count, a list of the latest notifications, each a
 * link to its piece (opening one marks it read), and 全部标为已读. Reads the REST API with the
 * user's own access: only their notifications come back.
 */
export const NotificationBell = () => {
  const { user } = useAuth()
  const { config } = useConfig()
  const { t } = useDeskTranslation()
  const [rows, setRows] = useState<Row[]>([])
  const [unread, setUnread] = useState(0)
  const [open, setOpen] = useState(false)
  const api = `${config.serverURL}${config.routes.api}/${NOTIFICATIONS}`
  const admin = config.routes.admin

  const load = useCallback(async () => {
    const [latest, count] = await Promise.all([
      fetch(`${api}?depth=1&limit=8&sort=-createdAt`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : { docs: [] })),
      fetch(`${api}/count?where[read][equals]=false`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : { totalDocs: 0 })),
    ])
    // cast: the JSON of our own REST list, as the server beside it writes it
    setRows((latest as { docs: Row[] }).docs)
    // cast: the JSON of our own REST list, as the server beside it writes it
    setUnread((count as { totalDocs: number }).totalDocs)
  }, [api])

  useEffect(() => {
    if (!user) return
    void load().catch(() => {})
    const timer = setInterval(() => void load().catch(() => {}), POLL_MS)
    return () => clearInterval(timer)
  }, [user, load])

  const markRead = async (where: string) => {
    await fetch(`${api}?${where}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ read: true }),
    })
    await load()
  }

  if (!user) return null
  return (
    <div className="nr-bell">
      <button type="button" className="nr-bell__button" aria-label={t('newsroom:bellUnread', { count: unread })} aria-expanded={open} onClick={() => setOpen(!open)}>
        <BellIcon />
        {unread > 0 && <span className="nr-home__count nr-bell__count">{unread}</span>}
      </button>
      {open && (
        <div className="nr-bell__panel" role="dialog" aria-label={t('newsroom:bell')}>
          <div className="nr-bell__head">
            <strong>{t('newsroom:bell')}</strong>
            <button type="button" className="nr-bell__mark" disabled={unread === 0} onClick={() => void markRead('where[read][equals]=false')}>
              {t('newsroom:bellMarkAllRead')}
            </button>
          </div>
          {rows.length === 0 && <p className="nr-bell__empty">{t('newsroom:bellEmpty')}</p>}
          <ul className="nr-bell__list">
            {rows.map((row) => (
              <li key={row.id} className={row.read ? 'nr-bell__item' : 'nr-bell__item nr-bell__item--unread'}>
                <Link
                  href={`${admin}/collections/${row.collectionSlug}/${row.documentId}`}
                  onClick={() => {
                    setOpen(false)
                    if (!row.read) void markRead(`where[id][equals]=${row.id}`)
                  }}
                >
                  <span className="nr-bell__kind">{t(KIND_KEYS[row.kind], { actor: typeof row.actor === 'object' ? (row.actor?.name ?? '') : '' })}</span>
                  <span className="nr-bell__title">{row.title || t('newsroom:untitled')}</span>
                  {row.note && <span className="nr-bell__note">{row.note}</span>}
                </Link>
              </li>
            ))}
          </ul>
          <Link className="nr-bell__all" href={`${admin}/collections/${NOTIFICATIONS}`} onClick={() => setOpen(false)}>
            {t('newsroom:bellAll')}
          </Link>
        </div>
      )}
    </div>
  )
}
