'use client'
import { memo, useMemo, useState, type MouseEvent, type RefObject } from 'react'

import type { Repair, Warning } from '../../split'
import { kindLabel, visible } from './labels'
import { buildSegments } from './segments'
import './SourcePane.scss'

type Props = { text: string; repairs: Repair[]; warnings: Warning[]; containerRef: RefObject<HTMLDivElement | null> }
type Selected = { type: 'repair' | 'warning'; index: number } | null

const repairTitle = (r: Repair) => `${kindLabel(r.kind)}：修复前「${visible(r.before)}」→ 修复后「${visible(r.after)}」`

/**
 * The text the splitter ran on, as React text nodes only (a paste may hold HTML: it stays inert),
 * with a <mark> per repair and per warning. Hover shows a repair; a click pins it above the text.
 */
export const SourcePane = memo(function SourcePane({ text, repairs, warnings, containerRef }: Props) {
  const [selected, setSelected] = useState<Selected>(null)
  const segments = useMemo(() => buildSegments(text, repairs, warnings), [text, repairs, warnings])
  const nodes = useMemo(
    () =>
      segments.map((segment, i) => {
        if (segment.type === 'text') return segment.text
        if (segment.type === 'repair') {
          const { repair } = segment
          const blank = segment.text.trim() === ''
          return (
            <mark key={i} className={`nr-source__repair nr-source__repair--${repair.kind}`} data-repair={segment.index} data-offset={repair.offset} title={repairTitle(repair)}>
              {blank && <span className="nr-source__glyph" aria-hidden="true">{segment.text.includes('\n') ? '⏎' : '␣'}</span>}
              {segment.text}
            </mark>
          )
        }
        return (
          <mark key={i} className="nr-source__warning" data-warning={segment.index} data-offset={segment.warning.offset} title={`提示（${kindLabel(segment.warning.kind)}）：${segment.warning.message}`}>
            {segment.text || '⚠'}
          </mark>
        )
      }),
    [segments],
  )

  const pick = (event: MouseEvent<HTMLElement>) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('[data-repair],[data-warning]')
    if (!mark) return
    setSelected(mark.dataset.repair !== undefined ? { type: 'repair', index: Number(mark.dataset.repair) } : { type: 'warning', index: Number(mark.dataset.warning) })
  }
  const showWarning = (index: number) => {
    setSelected({ type: 'warning', index })
    const box = containerRef.current
    const mark = box?.querySelector<HTMLElement>(`[data-warning="${index}"]`)
    if (box && mark) box.scrollTo({ top: mark.offsetTop - 48, behavior: 'smooth' })
  }
  const repair = selected?.type === 'repair' ? repairs[selected.index] : undefined
  const warning = selected?.type === 'warning' ? warnings[selected.index] : undefined

  return (
    <section className="nr-source" aria-label="原文与修复">
      <div className="nr-source__detail" aria-live="polite">
        {repair ? (
          <p>
            <span className="nr-review__badge">{kindLabel(repair.kind)}</span> 修复前 <code>{visible(repair.before)}</code> → 修复后 <code>{visible(repair.after)}</code>
            <span className="nr-source__where">（第 {repair.offset} 字处）</span>
          </p>
        ) : warning ? (
          <p>
            <span className="nr-review__badge nr-review__badge--ambiguous">{kindLabel(warning.kind)}</span> {warning.message}
          </p>
        ) : (
          <p className="nr-source__hint">
            <mark className="nr-source__repair">修复</mark> 与 <mark className="nr-source__warning">提示</mark> 标在原文中：悬停查看，点击固定在这里。
          </p>
        )}
        {warnings.length > 0 && (
          <ul className="nr-source__warnings" aria-label="提示">
            {warnings.map((w, index) => (
              <li key={index}>
                <button type="button" onClick={() => showWarning(index)}>
                  ⚠ {w.message}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="nr-source__text" ref={containerRef} onClick={pick}>
        {nodes}
      </div>
    </section>
  )
})
