import type { Line, LineKind } from './types'

// Pass 5: a role for each heading and short line, from what follows it.

export type Role = 'title' | 'headline' | 'body' | null

/** Lines roles look through: blank lines and page furniture. */
function isTransparent(kind: LineKind): boolean {
  return kind === 'blank' || kind === 'noise' || kind === 'header' || kind === 'jump'
}

function nextSignificant(lines: Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j] as Line
    if (!isTransparent(l.kind)) return l
  }
  return undefined
}

/**
 * `县区委书记谈政府工作报告` first → title; `加快建设中央活力区` before a speaker line → headline;
 * any other short line is body. `#` → title, `##` → headline. Other kinds get null.
 */
export function assignRoles(lines: Line[]): Role[] {
  const roles: Role[] = new Array<Role>(lines.length).fill(null)
  let seenContent = false
  let haveTitle = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (isTransparent(line.kind)) continue
    const first = !seenContent
    seenContent = true
    if (line.kind === 'heading') {
      const asTitle: boolean = line.level === 1 && !haveTitle && first
      roles[i] = asTitle ? 'title' : 'headline'
      haveTitle ||= asTitle
    } else if (line.kind === 'short') {
      const next = nextSignificant(lines, i)
      if (next?.kind === 'speaker') roles[i] = 'headline'
      else if (first && next !== undefined && (next.kind !== 'body' || lines[i + 1]?.kind === 'blank')) {
        roles[i] = 'title'
        haveTitle = true
      } else roles[i] = 'body'
    } else if (line.kind === 'body') roles[i] = 'body'
  }
  return roles
}
