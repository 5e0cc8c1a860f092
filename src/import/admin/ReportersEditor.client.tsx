'use client'
import type { DraftReporter } from '../types'
import { RESOLUTION_LABELS, ROLE_SUGGESTIONS } from './labels'

type Props = { reporters: DraftReporter[]; onChange: (reporters: DraftReporter[]) => void; listId: string }

/** The byline: one row per reporter, name and role as printed, matched or new. */
export const ReportersEditor = ({ reporters, onChange, listId }: Props) => {
  const set = (index: number, patch: Partial<DraftReporter>) => onChange(reporters.map((r, i) => (i === index ? { ...r, ...patch } : r)))
  return (
    <div className="nr-review__reporters">
      <span className="nr-review__caption">署名</span>
      {reporters.map((reporter, index) => (
        <span className="nr-review__reporter" key={index}>
          <input
            className="nr-review__role"
            aria-label="署名身份"
            list={listId}
            value={reporter.role}
            onChange={(event) => set(index, { role: event.target.value })}
          />
          <input
            className="nr-review__reporter-name"
            aria-label="署名姓名"
            value={reporter.name}
            // A different name is a different person: resolve it anew (as a new reporter) on commit.
            onChange={(event) => set(index, { name: event.target.value, reporterId: null, resolution: 'new' })}
          />
          <span className={`nr-review__badge nr-review__badge--${reporter.resolution}`}>{RESOLUTION_LABELS[reporter.resolution]}</span>
          <button type="button" className="nr-review__icon" aria-label={`删除署名 ${reporter.name}`} onClick={() => onChange(reporters.filter((_, i) => i !== index))}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="nr-review__link" onClick={() => onChange([...reporters, { name: '', role: '记者', reporterId: null, resolution: 'new' }])}>
        ＋ 署名
      </button>
      <datalist id={listId}>
        {ROLE_SUGGESTIONS.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
    </div>
  )
}
