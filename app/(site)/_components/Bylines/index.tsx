import type { Byline } from 'newsroom/site'

/** `记者 张三 李四 通讯员 王五`: each reporter linked to their byline archive. */
export const Bylines = ({ bylines }: { bylines: Byline[] }) => {
  if (!bylines.length) return null
  return (
    <p className="bylines">
      {bylines.map((b, i) => (
        <span key={`${b.name}-${i}`} className="byline">
          {(i === 0 || bylines[i - 1]?.credit !== b.credit) && <span className="byline__credit">{b.label}</span>}
          {b.path ? <a href={b.path}>{b.name}</a> : b.name}
        </span>
      ))}
    </p>
  )
}
