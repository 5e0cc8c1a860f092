'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useDeskTranslation } from '../../admin/useDeskTranslation'

type Counts = { entries?: number; repairs?: number; warnings?: number }

/** The imports list's 统计 column: `7 段 · 274 处修复 · 2 条提示`, not the stored JSON. */
export const ImportCountsCell = ({ cellData }: DefaultCellComponentProps) => {
  const { t } = useDeskTranslation()
  // cast: the list cell's data is untyped; the Imports collection's counts field is this shape
  const counts = (cellData ?? {}) as Counts
  if (typeof counts !== 'object' || counts.entries === undefined) return <span>—</span>
  const { entries, repairs = 0, warnings = 0 } = counts
  return (
    <span className="nr-import-counts">
      {t('newsroom:countsCell', { entries, repairs })}
      {warnings > 0 && t('newsroom:countsCellWarnings', { warnings })}
    </span>
  )
}
