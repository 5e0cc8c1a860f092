import type { Resolution } from '../types'

// Chinese names for what the splitter reports, by `kind`; an unknown kind shows as itself.
const KINDS: Record<string, string> = {
  join: '断行拼接',
  'doubled-char': '重复字',
  punctuation: '标点',
  whitespace: '空白',
  marker: '标记符号',
  invisible: '不可见字符',
  noise: '网页杂项',
  'page-header': '页眉',
  jump: '转版提示',
  byline: '署名',
  'speaker-line': '发言人行',
  'speaker-name': '发言人姓名',
  'title-mismatch': '职务不一致',
  html: '网页源码',
  'no-entries': '未识别分段',
}

const KINDS_EN: Record<string, string> = {
  join: 'Line join',
  'doubled-char': 'Doubled character',
  punctuation: 'Punctuation',
  whitespace: 'Whitespace',
  marker: 'Marker',
  invisible: 'Invisible character',
  noise: 'Web clutter',
  'page-header': 'Page header',
  jump: 'Jump line',
  byline: 'Byline',
  'speaker-line': 'Speaker line',
  'speaker-name': 'Speaker name',
  'title-mismatch': 'Title mismatch',
  html: 'HTML source',
  'no-entries': 'No entries found',
}

/** `punctuation` → 标点 (or `Punctuation` in the English admin). */
export const kindLabel = (kind: string, language = 'zh'): string => (language === 'en' ? KINDS_EN : KINDS)[kind] ?? kind

/** `,` → `,`; `\n\n` → `⏎⏎`; `` → `（删去）`: repair text made visible. */
export const visible = (text: string): string =>
  text === '' ? '（删去）' : text.replace(/\n/g, '⏎').replace(/[ \u00a0]/g, '␣').replace(/\u3000/g, '□').replace(/\t/g, '⇥')

export const RESOLUTION_LABELS: Record<Resolution, string> = { matched: '已匹配', ambiguous: '需选择', new: '新建' }

export const ROLE_SUGGESTIONS = ['记者', '通讯员', '摄影', '编辑']
