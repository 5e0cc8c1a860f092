import { sanitizeUrl } from 'payload/shared'

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: { url?: unknown }; url?: unknown; [key: string]: unknown }
type RichText = { root: LexicalNode; [key: string]: unknown }

/** http(s), mailto, tel, relative paths and fragments; never `javascript:`, `data:`, `vbscript:` … (Payload's own allowlist). */
export const isSafeLinkURL = (url: unknown): boolean => {
  if (url === undefined || url === null || url === '') return true
  if (typeof url !== 'string') return false
  return sanitizeUrl(url) !== '#' || url.trim().startsWith('#')
}

const isUnsafeLink = (node: LexicalNode): boolean =>
  (node.type === 'link' || node.type === 'autolink') && !isSafeLinkURL(node.fields?.url ?? node.url)

/** The nodes with every unsafe link replaced by its text (its children): the words stay, the link goes. */
const stripNodes = (nodes: LexicalNode[]): LexicalNode[] =>
  nodes.flatMap((node) => {
    const children = Array.isArray(node.children) ? stripNodes(node.children) : undefined
    if (isUnsafeLink(node)) return children ?? []
    return children ? [{ ...node, children }] : [node]
  })

/**
 * Lexical rich text without `javascript:`/`data:` links, for saving and for rendering:
 *
 *   [link javascript:alert(1) → "点击"]  becomes  "点击"
 */
export const stripUnsafeLinks = <T>(value: T): T => {
  if (!value || typeof value !== 'object' || !('root' in value)) return value
  // cast: generic over stored rich text: checked for a root with children, returned as the caller's type
  const state = value as unknown as RichText
  if (!state.root || !Array.isArray(state.root.children)) return value
  // cast: generic over stored rich text: checked for a root with children, returned as the caller's type
  return { ...state, root: { ...state.root, children: stripNodes(state.root.children) } } as T
}
