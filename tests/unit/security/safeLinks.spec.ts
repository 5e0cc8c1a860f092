import { describe, expect, it } from 'vitest'

import { isSafeLinkURL, stripUnsafeLinks } from '../../../src/security/safeLinks'

const text = (t: string) => ({ type: 'text', text: t })
const link = (url: string, ...children: unknown[]) => ({ type: 'link', fields: { url, linkType: 'custom' }, children })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })

describe('isSafeLinkURL', () => {
  it.each(['https://news.example.cn/a', 'http://x.cn', 'mailto:desk@example.cn', 'tel:+8610', '/articles/x', '#top', '', undefined])(
    'should keep %s',
    (url) => expect(isSafeLinkURL(url)).toBe(true),
  )
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<b>', 'DATA:image/svg+xml,x', 'vbscript:x', 'file:///etc/passwd'])(
    'should refuse %j',
    (url) => expect(isSafeLinkURL(url)).toBe(false),
  )
})

describe('stripUnsafeLinks', () => {
  it('should replace an unsafe link by its words and keep safe links', () => {
    const out = stripUnsafeLinks(doc(text('看'), link('javascript:alert(1)', text('这里')), link('https://a.cn', text('好'))))
    expect(out.root.children[0]!.children).toEqual([text('看'), text('这里'), link('https://a.cn', text('好'))])
  })
  it('should strip nested and autolinks too', () => {
    const nested = doc({ type: 'list', children: [{ type: 'listitem', children: [{ type: 'autolink', fields: { url: 'data:x' }, children: [text('a')] }] }] })
    expect(JSON.stringify(stripUnsafeLinks(nested))).not.toContain('data:x')
    expect(JSON.stringify(stripUnsafeLinks(nested))).toContain('"a"')
  })
  it('should leave what is not rich text alone', () => {
    expect(stripUnsafeLinks(null)).toBeNull()
    expect(stripUnsafeLinks('text')).toBe('text')
  })
})
