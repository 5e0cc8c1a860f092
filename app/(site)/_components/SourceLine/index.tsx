import type { Article } from '../../../../payload-types'
import { formatDay } from '../../_lib/formatDate'

/** Where the piece was printed: `《某某日报》2026年3月5日 第3版`. */
export const SourceLine = ({ source }: { source: Article['source'] }) => {
  if (!source?.publication && !source?.editionDate && !source?.page) return null
  const page = source.page ? (/^\d+$/.test(source.page) ? `第${source.page}版` : source.page) : ''
  return (
    <p className="source">
      {source.publication && <cite>{`《${source.publication.replace(/^《|》$/g, '')}》`}</cite>}
      {source.editionDate && <time dateTime={source.editionDate.slice(0, 10)}>{formatDay(source.editionDate)}</time>}
      {page && <span>{page}</span>}
    </p>
  )
}
