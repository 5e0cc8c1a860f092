'use client'
import { Button, toast, useConfig, useForm, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

import type { Layout } from '../../split'

type Props = {
  id: number | string
  /** The layout the paste was read as; the reporter may switch it (a re-split at once). */
  layout?: Layout
  committed: boolean
  discarded: boolean
  articleId: number | string | null
  canCommit: boolean
  onCommitted: (articleId: number | string, message: string) => void
}

const LAYOUT_LABELS: Record<Layout, string> = { print: '印刷版（换页断行）', epaper: '电子报（固定行宽）', web: '网页（一段一行）', app: '客户端分享' }
const LAYOUT_CHOICES: Layout[] = ['print', 'epaper', 'web', 'app']

const errorOf = (json: unknown, fallback: string): string =>
  // cast: the JSON of our own import endpoints, as the server beside it writes it
  (json as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? fallback

/** 重新拆分 and 提交为稿件, and once committed, the link to the article made. */
export const ReviewActions = ({ id, layout, committed, discarded, articleId, canCommit, onCommitted }: Props) => {
  const { config } = useConfig()
  const { submit, setModified } = useForm()
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null)
  const fail = (text: string) => setMessage({ text, ok: false })
  const api = `${config.serverURL}${config.routes.api}/imports/${id}`
  const post = (action: string, body?: object) =>
    fetch(`${api}/${action}`, {
      method: 'POST',
      credentials: 'include',
      ...(body ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}),
    })

  const resplit = async (asLayout?: Layout) => {
    const question = asLayout
      ? `将按「${LAYOUT_LABELS[asLayout]}」版式重新拆分，当前修改会丢失。继续吗？`
      : '将按原文重新拆分，当前修改会丢失。继续吗？'
    if (!window.confirm(question)) return
    setBusy(true)
    const response = await post('resplit', asLayout ? { layout: asLayout } : undefined)
    const json = await response.json().catch(() => null)
    if (!response.ok) {
      setBusy(false)
      return toast.error(errorOf(json, '重新拆分失败，请稍后再试。'))
    }
    // cast: the JSON of our own import endpoints, as the server beside it writes it
    toast.success((json as { message?: string }).message ?? '已按原文重新拆分。')
    setModified(false) // the edits are replaced on purpose: no "leave without saving" prompt
    window.location.reload()
  }

  const commit = async () => {
    setBusy(true)
    setMessage(null)
    try {
      if (modified) {
        const saved = await submit({ disableSuccessStatus: true })
        if (!saved || !saved.res.ok) return fail('保存修改没有成功，未提交：请先处理上面的错误。')
      }
      const response = await post('commit')
      const json = await response.json().catch(() => null)
      if (!response.ok) return fail(errorOf(json, '提交失败，请稍后再试。'))
      // cast: the JSON of our own import endpoints, as the server beside it writes it
      const { article, message: done } = json as { article: number; message: string }
      toast.success(done)
      onCommitted(article, done)
      setMessage({ text: done, ok: true })
    } catch {
      fail('网络错误：提交没有完成，可以再试一次（不会重复创建）。')
    } finally {
      setBusy(false)
    }
  }

  const articleHref = articleId !== null ? `${config.routes.admin}/collections/articles/${articleId}` : null
  return (
    <div className="nr-review__actions">
      {discarded && <p className="nr-review__message">这次导入已放弃。</p>}
      {!committed && !discarded && (
        <>
          <label className="nr-review__layout">
            版式
            <select
              aria-label="版式"
              value={layout ?? ''}
              disabled={busy}
              onChange={(event) => void resplit(LAYOUT_CHOICES.find((choice) => choice === event.target.value))}
            >
              {!layout && <option value="">（未识别）</option>}
              {LAYOUT_CHOICES.map((key) => (
                <option key={key} value={key}>
                  {LAYOUT_LABELS[key]}
                </option>
              ))}
            </select>
          </label>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void resplit()}>
            重新拆分
          </Button>
          <Button buttonStyle="primary" size="small" margin={false} disabled={busy || !canCommit} onClick={commit}>
            {busy ? '正在提交…' : '提交为稿件'}
          </Button>
        </>
      )}
      {message && (
        <p className={`nr-review__message${message.ok ? '' : ' nr-review__message--error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {committed && articleHref && (
        <a className="nr-review__article-link" href={articleHref}>
          已提交 · 打开稿件 #{articleId} →
        </a>
      )}
    </div>
  )
}
