'use client'
import type { DraftEntry } from '../types'
import { ParagraphList } from './ParagraphList.client'
import { ReportersEditor } from './ReportersEditor.client'
import { SpeakerEditor } from './SpeakerEditor.client'
import './EntryCard.scss'

export type EntryActions = {
  change: (index: number, patch: Partial<DraftEntry>) => void
  add: (index: number) => void
  remove: (index: number) => void
  merge: (index: number) => void
  splitAt: (index: number, at: number) => void
  locate: (offset: number) => void
}

type Props = { entry: DraftEntry; index: number; total: number; actions: EntryActions }

/** One speaker's entry: headline, speaker, byline, paragraphs, and the card's actions. */
export const EntryCard = ({ entry, index, total, actions }: Props) => {
  const change = (patch: Partial<DraftEntry>) => actions.change(index, patch)
  return (
    <article className="nr-review__card" data-entry={entry.key} aria-label={`第 ${index + 1} 条发言`}>
      <header className="nr-review__card-head">
        <span className="nr-review__number">{index + 1}</span>
        <input
          className="nr-review__headline"
          aria-label="小标题"
          placeholder="（无小标题）"
          value={entry.headline ?? ''}
          onChange={(event) => change({ headline: event.target.value === '' ? null : event.target.value })}
        />
        {entry.offset !== null && (
          // A link, not a button: it stays usable when the draft is read-only (a disabled fieldset).
          <a
            href="#"
            className="nr-review__link"
            title="在左侧原文中找到这一条"
            onClick={(event) => {
              event.preventDefault()
              actions.locate(entry.offset ?? 0)
            }}
          >
            原文位置
          </a>
        )}
      </header>
      <SpeakerEditor entry={entry} onChange={change} />
      <ReportersEditor reporters={entry.reporters} onChange={(reporters) => change({ reporters })} listId={`roles-${entry.key}`} />
      <ParagraphList
        label={`第 ${index + 1} 条`}
        paragraphs={entry.paragraphs}
        onChange={(paragraphs) => change({ paragraphs })}
        onSplitAt={(at) => actions.splitAt(index, at)}
      />
      <footer className="nr-review__card-actions">
        <button type="button" className="nr-review__link" onClick={() => actions.add(index)}>
          ＋ 在下方新增一条
        </button>
        {index < total - 1 && (
          <button type="button" className="nr-review__link" onClick={() => actions.merge(index)}>
            与下一条合并
          </button>
        )}
        <button
          type="button"
          className="nr-review__link nr-review__link--danger"
          onClick={() => {
            if (window.confirm(`删除第 ${index + 1} 条发言？它的段落也会一起删除（原文不受影响）。`)) actions.remove(index)
          }}
        >
          删除这一条
        </button>
      </footer>
    </article>
  )
}
