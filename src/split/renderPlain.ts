import type { SplitResult } from './types'

// The result back as a paste: `# 标题`, `## 小标题`, the speaker line, paragraphs, `（记者 A）`.

/** Renders a result so that splitting the text again gives the same entries. */
export function renderPlain(result: SplitResult): string {
  const out: string[] = []
  if (result.title !== null) out.push(`# ${result.title}`)
  out.push(...result.intro)
  for (const e of result.entries) {
    if (e.headline !== null) out.push(`## ${e.headline}`)
    if (e.speaker) {
      const titles = e.speaker.titles.join('、')
      out.push(e.speaker.name ? `${titles} ${e.speaker.name}` : titles)
    }
    const paras = [...e.paragraphs]
    if (e.reporters.length > 0) {
      // the byline closes the entry's last paragraph, as in print: `…生态。（记者 A）`
      const byline = `（${e.reporters.map((r) => `${r.role} ${r.name}`).join(' ')}）`
      if (paras.length > 0) paras[paras.length - 1] += byline
      else paras.push(byline)
    }
    out.push(...paras)
  }
  out.push(...result.outro)
  return out.join('\n\n')
}
