'use client'
import { useFormFields } from '@payloadcms/ui'

import type { ImportDraft } from '../types'

/** The review of an import: counts and the entries as split (the full editor replaces this). */
export const ImportReview = () => {
  const split = useFormFields(([fields]) => fields.split?.value) as ImportDraft | undefined
  const counts = useFormFields(([fields]) => fields.counts?.value) as { entries: number; repairs: number; warnings: number } | undefined
  if (!split) return null
  return (
    <section className="newsroom-review" aria-label="拆分结果">
      <p>
        分段 {counts?.entries ?? split.entries.length} · 修复 {counts?.repairs ?? 0} · 提示 {counts?.warnings ?? 0}
      </p>
      <ol>
        {split.entries.map((entry) => (
          <li key={entry.key}>
            <strong>{entry.headline ?? '（无小标题）'}</strong> — {entry.speaker?.name ?? '（无发言人）'}
          </li>
        ))}
      </ol>
    </section>
  )
}
