import { homePath } from 'newsroom/site'

/** Previous/next links for the home page's list. */
export const Pagination = ({ page, totalPages }: { page: number; totalPages: number }) => {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="分页">
      {page > 1 ? <a href={homePath(page - 1)} rel="prev">上一页</a> : <span />}
      <span className="pagination__status">第 {page} / {totalPages} 页</span>
      {page < totalPages ? <a href={homePath(page + 1)} rel="next">下一页</a> : <span />}
    </nav>
  )
}
