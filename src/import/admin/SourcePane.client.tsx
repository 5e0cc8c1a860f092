'use client'
import { memo, useMemo, useState, type MouseEvent, type RefObject } from 'react'

import { useDeskTranslation } from '../../admin/useDeskTranslation'
import type { Repair, Warning } from '../../split'
import { kindLabel, visible } from './labels'
import { RepairKinds, repairKindCounts } from './RepairKinds.client'
import { buildSegments } from './segments'
import './SourcePane.scss'

type Props = { text: string; repairs: Repair[]; warnings: Warning[]; containerRef: RefObject<HTMLDivElement | null> }
type Selected = { type: 'repair' | 'warning'; index: number } | null

const repairTitle = (r: Repair, language: string) => `${kindLabel(r.kind, language)}：「${visible(r.before)}」→「${visible(r.after)}」`

/** Scrolls the source box to a mark and flashes it. */
export function showMark(box: HTMLElement | null, mark: HTMLElement | null | undefined): void {
  if (!box || !mark) return
  box.scrollTo({ top: mark.offsetTop - 48, behavior: 'smooth' })
  mark.classList.remove('nr-source__flash')
  void mark.offsetWidth // restart the animation on a second click
  mark.classList.add('nr-source__flash')
  window.setTimeout(() => mark.classList.remove('nr-source__flash'), 1600)
}

/**
 * The text the splitter ran on, as React text nodes only (a paste may hold HTML: it stays inert),
 * with a <mark> per repair and per warning. Hover shows a repair; a click pins it above the text.
 * Above the text: the warnings (each a link to its place) and the repairs by kind, one kind at a
 * time if the reporter filters, with 上一处/下一处 to walk through them.
 */
export const SourcePane = memo(function SourcePane({ text, repairs, warnings, containerRef }: Props) {
  const [selected, setSelected] = useState<Selected>(null)
  const [kind, setKind] = useState<string | null>(null)
  const { t, i18n } = useDeskTranslation()
  const language = i18n.language
  const segments = useMemo(() => buildSegments(text, repairs, warnings), [text, repairs, warnings])
  const kinds = useMemo(() => repairKindCounts(repairs), [repairs])
  const nodes = useMemo(
    () =>
      segments.map((segment, i) => {
        if (segment.type === 'text') return segment.text
        if (segment.type === 'repair') {
          const { repair } = segment
          const blank = segment.text.trim() === ''
          return (
            <mark
              key={i}
              className={`nr-source__repair nr-source__repair--${repair.kind}${kind && kind !== repair.kind ? ' nr-source__repair--dim' : ''}`}
              data-repair={segment.index}
              data-kind={repair.kind}
              data-offset={repair.offset}
              title={repairTitle(repair, language)}
            >
              {blank && <span className="nr-source__glyph" aria-hidden="true">{segment.text.includes('\n') ? '⏎' : '␣'}</span>}
              {segment.text}
            </mark>
          )
        }
        return (
          <mark key={i} className="nr-source__warning" data-warning={segment.index} data-offset={segment.warning.offset} title={`${kindLabel(segment.warning.kind, language)}：${segment.warning.message}`}>
            {segment.text || '⚠'}
          </mark>
        )
      }),
    [segments, kind, language],
  )

  const pick = (event: MouseEvent<HTMLElement>) => {
    const mark = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-repair],[data-warning]') : null
    if (!mark) return
    setSelected(mark.dataset.repair !== undefined ? { type: 'repair', index: Number(mark.dataset.repair) } : { type: 'warning', index: Number(mark.dataset.warning) })
  }
  const showWarning = (index: number) => {
    setSelected({ type: 'warning', index })
    showMark(containerRef.current, containerRef.current?.querySelector<HTMLElement>(`[data-warning="${index}"]`))
  }
  const showRepair = (index: number) => {
    setSelected({ type: 'repair', index })
    showMark(containerRef.current, containerRef.current?.querySelector<HTMLElement>(`[data-repair="${index}"]`))
  }
  const repair = selected?.type === 'repair' ? repairs[selected.index] : undefined
  const warning = selected?.type === 'warning' ? warnings[selected.index] : undefined

  return (
    <section className="nr-source" aria-label={t('newsroom:sourceLabel')}>
      <div className="nr-source__detail" aria-live="polite">
        {repair ? (
          <p>
            <span className="nr-review__badge">{kindLabel(repair.kind, language)}</span> {t('newsroom:before')} <code>{visible(repair.before)}</code> → {t('newsroom:after')}{' '}
            <code>{visible(repair.after)}</code>
            <span className="nr-source__where">{t('newsroom:atOffset', { offset: repair.offset })}</span>
          </p>
        ) : warning ? (
          <p>
            <span className="nr-review__badge nr-review__badge--ambiguous">{kindLabel(warning.kind, language)}</span> {warning.message}
          </p>
        ) : (
          <p className="nr-source__hint">
            <mark className="nr-source__repair">{t('newsroom:repair')}</mark> <mark className="nr-source__warning">{t('newsroom:warning')}</mark> {t('newsroom:sourceHint')}
          </p>
        )}
        {warnings.length > 0 && (
          <ul className="nr-source__warnings" aria-label={t('newsroom:warnings')}>
            {warnings.map((w, index) => (
              <li key={index}>
                <button type="button" onClick={() => showWarning(index)}>
                  ⚠ {w.message}
                </button>
              </li>
            ))}
          </ul>
        )}
        {kinds.length > 0 && (
          <RepairKinds kinds={kinds} repairs={repairs} kind={kind} onKind={setKind} current={repair && selected ? selected.index : null} onRepair={showRepair} />
        )}
      </div>
      <div className="nr-source__text" ref={containerRef} onClick={pick}>
        {nodes}
      </div>
    </section>
  )
})
