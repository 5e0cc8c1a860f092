import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { type Layout, splitPaste } from '../split'
import { workflowError } from '../workflow/workflowError'
import { checkPaste } from './checkPaste'
import { draftFromSplit } from './draftFromSplit'

export const contentHash = (raw: string) => crypto.createHash('sha256').update(raw, 'utf8').digest('hex')

const NO_ENTRIES = {
  kind: 'no-entries',
  offset: 0,
  message: '没有识别出按发言人分段的内容：可以“作为一条发言导入”，或在右侧手动添加分段。',
}

/**
 * Runs the splitter on a paste (the same function as the CLI) and returns the fields an
 * import stores: the text split, the editable draft with names resolved, repairs, warnings.
 */
export async function splitImport(req: PayloadRequest, rawText: unknown, layout?: Layout) {
  const checked = checkPaste(rawText)
  if (!checked.ok) throw workflowError(checked.message, 400)
  const result = splitPaste(checked.text, { layout })
  const warnings = [
    ...(checked.wasHtml ? [{ kind: 'html', offset: 0, message: '粘贴的是网页源代码：已去掉 HTML 标记，只保留文字。' }] : []),
    ...result.warnings,
    // The splitter's own `no-speaker` warning says it; this adds what the review screen offers.
    ...(result.entries.length === 0 ? [NO_ENTRIES] : []),
  ]
  return {
    sourceText: checked.text,
    title: result.title,
    split: await draftFromSplit(req, result),
    repairs: result.repairs,
    warnings,
    counts: { entries: result.entries.length, repairs: result.repairs.length, warnings: warnings.length },
  }
}
