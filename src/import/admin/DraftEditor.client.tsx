'use client'
import { Button } from '@payloadcms/ui'

import type { ImportDraft } from '../types'
import { addEntry, asOneEntry, mergeWithNext, removeEntry, splitEntryAt, updateEntry } from './draftEdits'
import { EntryCard, type EntryActions } from './EntryCard.client'
import { ParagraphList } from './ParagraphList.client'
import './DraftEditor.scss'

type Props = {
  draft: ImportDraft
  onChange: (draft: ImportDraft) => void
  readOnly: boolean
  sourceText: string
  locate: (offset: number) => void
}

/** The right-hand side: title, intro, the entries as cards in order, outro. Read-only once committed. */
export const DraftEditor = ({ draft, onChange, readOnly, sourceText, locate }: Props) => {
  const actions: EntryActions = {
    change: (index, patch) => onChange(updateEntry(draft, index, patch)),
    add: (index) => onChange(addEntry(draft, index)),
    remove: (index) => onChange(removeEntry(draft, index)),
    merge: (index) => onChange(mergeWithNext(draft, index)),
    splitAt: (index, at) => onChange(splitEntryAt(draft, index, at)),
    locate,
  }
  return (
    <fieldset className="nr-review__draft" disabled={readOnly} aria-label="拆分结果">
      <label className="nr-review__title">
        <span className="nr-review__caption">稿件标题</span>
        <input value={draft.title ?? ''} placeholder="（未识别标题，提交时用第一条小标题）" onChange={(event) => onChange({ ...draft, title: event.target.value || null })} />
      </label>
      <details className="nr-review__prose" open={draft.intro.length > 0 && draft.entries.length === 0}>
        <summary>导语 · {draft.intro.length} 段</summary>
        <ParagraphList label="导语" paragraphs={draft.intro} onChange={(intro) => onChange({ ...draft, intro })} />
      </details>
      {draft.entries.length === 0 ? (
        <div className="nr-review__empty" role="note">
          <p>没有识别出按发言人分段的内容。可以把全文作为一条发言导入，或手动添加分段。</p>
          <Button buttonStyle="primary" size="small" margin={false} onClick={() => onChange(asOneEntry(draft, sourceText))}>
            作为一条发言导入
          </Button>
          <button type="button" className="nr-review__link" onClick={() => onChange(addEntry(draft, -1))}>
            ＋ 手动添加一条
          </button>
        </div>
      ) : (
        <>
          <button type="button" className="nr-review__link nr-review__add-first" onClick={() => actions.add(-1)}>
            ＋ 在最前面新增一条
          </button>
          {draft.entries.map((entry, index) => (
            <EntryCard key={entry.key} entry={entry} index={index} total={draft.entries.length} actions={actions} />
          ))}
        </>
      )}
      <details className="nr-review__prose" open={draft.outro.length > 0 && draft.entries.length === 0}>
        <summary>结尾 · {draft.outro.length} 段</summary>
        <ParagraphList label="结尾" paragraphs={draft.outro} onChange={(outro) => onChange({ ...draft, outro })} />
      </details>
    </fieldset>
  )
}
