'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { ARTICLES } from '../../constants'
import { type ChecklistStatement, type PublishChecklist, publishChecklist } from '../publishChecklist'

/**
 * The publish checklist of the article on screen, from its statements' newest versions (what
 * the server checks before publishing). Null while loading, and for anything but an article.
 */
export function useStatementChecklist(collectionSlug: string | undefined, id: number | string | undefined): PublishChecklist | null {
  const { config } = useConfig()
  const [checklist, setChecklist] = useState<PublishChecklist | null>(null)
  useEffect(() => {
    if (collectionSlug !== ARTICLES || id === undefined) return
    const query = new URLSearchParams({
      'where[article][equals]': String(id),
      draft: 'true',
      depth: '0',
      limit: '500',
      'select[headline]': 'true',
      'select[speakerName]': 'true',
      'select[position]': 'true',
      'select[stage]': 'true',
    })
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/statements?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((json: { docs?: ChecklistStatement[] }) => setChecklist(publishChecklist(json.docs ?? [])))
      .catch(() => {})
    return () => controller.abort()
  }, [collectionSlug, id, config.serverURL, config.routes.api])
  return checklist
}
