import type { Attribution } from './findInlineSpeaker'
import { namesGroup } from './findMention'

// A paragraph that belongs to the entry starting right after it, not to the one before.

const MAX_CAPTION = 60
// `问：…？`, `人民法院報記者：請問吳海鷹代表…？`, `问题一：…？`: a question label, then the question
const QUESTION = /^[^：:，。]{1,14}[：:].*[？?][”」]?$/s
// `（全国人大代表蒙兰凤。资料图）`, `图为全国人大代表蒙兰凤`: a caption
const CAPTION = /^(?:[（(]|图为|圖為|图：|圖：)/
// one sentence, no turn label (`張泉靈：你好郎永淳。`) and no quote
const ONE_SENTENCE = /^[^，,。！？!?“”「」：:]+。$/

/**
 * `问：你对大会有什么感受？` before `张曦：…`, or the caption `（全国人大代表蒙兰凤。资料图）` before
 * `全国人大代表蒙兰凤说：…`: the paragraph opens the entry of the speaker who follows.
 */
export function leadsInto(prev: string, next: Attribution): boolean {
  if (next.form === 'label' && QUESTION.test(prev)) return true
  // `北汽集团的党委书记、董事长徐和谊在接受媒体采访。`: a one-sentence caption without a bracket
  return prev.length <= MAX_CAPTION && prev.includes(next.speaker.name) &&
    (CAPTION.test(prev) || (ONE_SENTENCE.test(prev) && !namesGroup(prev)))
}
