type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const textOf = (node: LexicalNode): string => {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

/**
 * The paragraphs of a stored Lexical value as plain strings (one per top-level block: paragraph,
 * heading, quote, list), empty ones left out; `[]` for an empty field. Read from the JSON only,
 * so the diff runs without an editor.
 */
export const paragraphsOf = (value: unknown): string[] => {
  const root = value && typeof value === 'object' ? (value as { root?: LexicalNode }).root : undefined
  return (root?.children ?? []).map((block) => textOf(block).trim()).filter((text) => text.length > 0)
}
