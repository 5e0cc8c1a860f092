// The server's refusals are Chinese with an English gloss in brackets at the end:
//
//   refusalMessage('不能把稿件从「待审」改为「已发布」：不允许的流程操作（not allowed: in_review → published）', 'zh')
//     → '不能把稿件从「待审」改为「已发布」：不允许的流程操作'
//   … 'en' → 'not allowed: in_review → published'
//
// so each admin language shows one language only.

const GLOSS = /\s*[（(]([^（）()]*[A-Za-z][^（）()]*)[）)]\s*$/

export function refusalMessage(message: string, language: string): string {
  const gloss = GLOSS.exec(message)
  if (!gloss) return message
  return language === 'en' ? gloss[1]!.trim() : message.slice(0, gloss.index).trim()
}
