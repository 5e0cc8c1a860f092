import type { RetractedNotice as Notice } from 'newsroom/site'
import { formatDay } from '../../_lib/formatDate'

/** What stays at a retracted piece's URL: its title and the public reason, nothing of the text. */
export const RetractedNotice = ({ notice }: { notice: Notice }) => (
  <article className="retracted" aria-labelledby="retracted-title">
    <h1 id="retracted-title">{notice.title}</h1>
    <div className="notice notice--retracted" role="note">
      <p>
        <strong>本文已撤回</strong>
        {notice.retractedAt && <>（<time dateTime={notice.retractedAt}>{formatDay(notice.retractedAt)}</time>）</>}
      </p>
      {notice.reason && <p>撤回原因：{notice.reason}</p>}
    </div>
  </article>
)
