'use client'
import type { DefaultCellComponentProps } from 'payload'

/** A statement's place in its article as people count: the first is 1 (stored from 0). */
export const PositionCell = ({ cellData }: DefaultCellComponentProps) => (
  <span>{typeof cellData === 'number' ? cellData + 1 : '—'}</span>
)
