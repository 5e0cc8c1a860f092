import type { Article } from '../../../../payload-types'
import { formatDay } from '../../_lib/formatDate'

/** Public correction notes, oldest first. */
export const Corrections = ({ corrections }: { corrections: Article['corrections'] }) => {
  if (!corrections?.length) return null
  return (
    <aside className="notice notice--correction" aria-labelledby="corrections">
      <h2 id="corrections">更正</h2>
      <ul>
        {corrections.map((c, i) => (
          <li key={c.id ?? i}>
            <time dateTime={c.date}>{formatDay(c.date)}</time>：{c.note}
          </li>
        ))}
      </ul>
    </aside>
  )
}
