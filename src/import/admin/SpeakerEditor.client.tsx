'use client'
import { useEffect, useState } from 'react'

import type { DraftEntry } from '../types'
import { RESOLUTION_LABELS } from './labels'

type Props = { entry: DraftEntry; onChange: (patch: Partial<DraftEntry>) => void }

const splitTitles = (text: string) => text.split(/[、,，;；]/).map((t) => t.trim()).filter(Boolean)

/** Titles as printed (`省人大代表、大通县委书记`), kept as typed until they parse differently. */
const TitlesInput = ({ titles, onChange }: { titles: string[]; onChange: (titles: string[]) => void }) => {
  const [text, setText] = useState(titles.join('、'))
  useEffect(() => {
    setText((current) => (splitTitles(current).join('、') === titles.join('、') ? current : titles.join('、')))
  }, [titles])
  return (
    <input
      aria-label="职务"
      placeholder="职务，用“、”分隔"
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        onChange(splitTitles(event.target.value))
      }}
    />
  )
}

/** The speaker: name, titles, and which delegate it will be (matched, to choose, or new). */
export const SpeakerEditor = ({ entry, onChange }: Props) => {
  const { speaker, candidates } = entry
  if (!speaker) {
    return (
      <button type="button" className="nr-review__link" onClick={() => onChange({ speaker: { name: '', titles: [] }, resolution: 'new', delegateId: null })}>
        ＋ 添加发言人
      </button>
    )
  }
  const resolution = entry.resolution ?? 'new'
  const rename = (name: string) => {
    // A record chosen for another name no longer fits: propose a new one (the list still offers the candidates).
    const chosen = candidates.find((c) => c.id === entry.delegateId)
    const keep = chosen && chosen.name === name
    onChange({ speaker: { ...speaker, name }, ...(keep ? {} : { delegateId: null, resolution: 'new' as const }) })
  }
  const choose = (value: string) =>
    onChange(value === 'new' ? { delegateId: null, resolution: 'new' } : { delegateId: Number(value), resolution: 'matched' })

  return (
    <div className="nr-review__speaker">
      <div className="nr-review__row">
        <input className="nr-review__name" aria-label="发言人" placeholder="发言人姓名" value={speaker.name} onChange={(event) => rename(event.target.value)} />
        <span className={`nr-review__badge nr-review__badge--${resolution}`}>{RESOLUTION_LABELS[resolution]}</span>
        <button
          type="button"
          className="nr-review__link nr-review__link--danger"
          title="这一条没有发言人（如编者按）"
          onClick={() => onChange({ speaker: null, delegateId: null, resolution: null })}
        >
          去掉发言人
        </button>
      </div>
      <TitlesInput titles={speaker.titles} onChange={(titles) => onChange({ speaker: { ...speaker, titles } })} />
      {candidates.length > 0 && (
        <label className="nr-review__chooser">
          <span>对应人物</span>
          <select aria-label="对应人物" value={entry.delegateId ? String(entry.delegateId) : resolution === 'ambiguous' ? '' : 'new'} onChange={(event) => choose(event.target.value)}>
            {resolution === 'ambiguous' && !entry.delegateId && <option value="">— 请选择 —</option>}
            {candidates.map((candidate) => (
              <option key={candidate.id} value={String(candidate.id)}>
                {candidate.name}（{candidate.titles.join('、') || '无职务'}）#{candidate.id}
              </option>
            ))}
            <option value="new">新建人物：{speaker.name || '（未填姓名）'}</option>
          </select>
        </label>
      )}
    </div>
  )
}
