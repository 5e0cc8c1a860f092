'use client'

/** Rows for a textarea of about this many CJK characters a line. */
const rowsFor = (text: string) => Math.min(12, Math.max(2, Math.ceil(text.length / 38) + text.split('\n').length - 1))

type Props = {
  paragraphs: string[]
  onChange: (paragraphs: string[]) => void
  /** Offered from the second paragraph on: split the entry before paragraph `index`. */
  onSplitAt?: (index: number) => void
  label: string
}

/** Paragraphs as textareas, each removable, with "从此处拆分" where the entry can be cut. */
export const ParagraphList = ({ paragraphs, onChange, onSplitAt, label }: Props) => {
  const set = (index: number, text: string) => onChange(paragraphs.map((p, i) => (i === index ? text : p)))
  const remove = (index: number) => onChange(paragraphs.filter((_, i) => i !== index))
  const insertAfter = (index: number) => onChange([...paragraphs.slice(0, index + 1), '', ...paragraphs.slice(index + 1)])

  return (
    <div className="nr-review__paragraphs">
      {paragraphs.map((text, index) => (
        <div className="nr-review__paragraph" key={index}>
          {onSplitAt && index > 0 && (
            <button type="button" className="nr-review__split-here" onClick={() => onSplitAt(index)} title="把这一段及以后各段拆成新的一条发言">
              ✂ 从此处拆分
            </button>
          )}
          <textarea
            aria-label={`${label}第 ${index + 1} 段`}
            value={text}
            rows={rowsFor(text)}
            onChange={(event) => set(index, event.target.value)}
          />
          <div className="nr-review__paragraph-tools">
            <button type="button" className="nr-review__link" onClick={() => insertAfter(index)}>
              ＋ 段落
            </button>
            <button type="button" className="nr-review__link nr-review__link--danger" onClick={() => remove(index)}>
              删除段落
            </button>
          </div>
        </div>
      ))}
      {paragraphs.length === 0 && (
        <button type="button" className="nr-review__link" onClick={() => onChange([''])}>
          ＋ 添加段落
        </button>
      )}
    </div>
  )
}
