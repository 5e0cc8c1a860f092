import { pinyin } from 'pinyin-pro'

const MAX_LENGTH = 80

/** `县区委书记谈政府工作报告` → `xian-qu-wei-shu-ji-tan-zheng-fu-gong-zuo-bao-gao`; Latin and digits kept. */
export const toPinyinSlug = (text: string): string => {
  const syllables = pinyin(text.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, MAX_LENGTH).replace(/-+$/, '')
}
