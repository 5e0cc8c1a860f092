// Plain paragraphs → a Lexical editor state, the shape @payloadcms/richtext-lexical stores.
//
//   toLexical(['第一段。', '第二段。']) → { root: { children: [paragraph, paragraph] } }

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

const paragraph = (value: string) => ({
  type: 'paragraph',
  children: value ? [text(value)] : [],
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
})

export const toLexical = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map(paragraph),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
  },
})

