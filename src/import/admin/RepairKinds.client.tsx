'use client'
import { useDeskTranslation } from '../../admin/useDeskTranslation'
import type { Repair } from '../../split'
import { kindLabel } from './labels'

export type KindCount = { kind: string; count: number }

/** `[标点 ×260, 断行拼接 ×10]`: the repairs' kinds, most frequent first. */
export function repairKindCounts(repairs: Repair[]): KindCount[] {
  const counts = new Map<string, number>()
  for (const { kind } of repairs) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
}

type Props = {
  kinds: KindCount[]
  repairs: Repair[]
  /** The kind shown, or null for all. */
  kind: string | null
  onKind: (kind: string | null) => void
  /** The repair pinned above the text, if any. */
  current: number | null
  onRepair: (index: number) => void
}

/**
 * The repairs grouped by kind (修复 274 is mostly commas): a filter that marks one kind only in
 * the text, and 上一处/下一处 to step through that kind's places.
 */
export function RepairKinds({ kinds, repairs, kind, onKind, current, onRepair }: Props) {
  const { t, i18n } = useDeskTranslation()
  const ofKind = kind ? repairs.flatMap((repair, index) => (repair.kind === kind ? [index] : [])) : []
  const position = current === null ? -1 : ofKind.indexOf(current)
  const step = (delta: number) => {
    if (!ofKind.length) return
    const next = position < 0 ? (delta > 0 ? 0 : ofKind.length - 1) : (position + delta + ofKind.length) % ofKind.length
    onRepair(ofKind[next]!)
  }
  const chip = (value: string | null, label: string, count: number) => (
    <button key={value ?? ''} type="button" className="nr-source__kind" aria-pressed={kind === value} onClick={() => onKind(value)}>
      {label} <span className="nr-source__kind-count">{count}</span>
    </button>
  )

  return (
    <div className="nr-source__kinds" role="group" aria-label={t('newsroom:repairsByKind')}>
      <span className="nr-source__kinds-label">{t('newsroom:repairsByKind')}</span>
      {chip(null, t('newsroom:all'), repairs.length)}
      {kinds.map(({ kind: value, count }) => chip(value, kindLabel(value, i18n.language), count))}
      {kind && (
        <span className="nr-source__walk">
          <button type="button" onClick={() => step(-1)}>
            {t('newsroom:previous')}
          </button>
          <span className="nr-source__walk-at">
            {position < 0 ? t('newsroom:ofKind', { count: ofKind.length }) : t('newsroom:position', { n: position + 1, count: ofKind.length })}
          </span>
          <button type="button" onClick={() => step(1)}>
            {t('newsroom:next')}
          </button>
        </span>
      )}
    </div>
  )
}
