import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { renderFeed } from '../../../src/delivery/feedResponse'
import { sortPaths, wherePaths } from '../../../src/security/guardQueryBeforeOperation'
import { delayFor, THROTTLE } from '../../../src/security/loginThrottle'
import { parseId } from '../../../src/security/parseId'

describe('renderFeed', () => {
  const title = 'a]]>b]]><x/>c]]>\uE000d'
  const channel = { siteURL: 'https://news.example.cn', title: '频道', description: '说明', path: '/', entries: [{ title, path: '/articles/a', date: new Date(0), published: new Date(0), description: ']]>]]>', content: '<p>]]></p>', authors: [{ name: '林晓', path: null }] }] }
  it.each(['rss.xml', 'atom.xml'] as const)('should write %s as valid XML that reads every ]]> back', (file) => {
    const xml = renderFeed(channel, file)
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = JSON.stringify(new XMLParser().parse(xml))
    expect(parsed).not.toContain('"x":') // no element made of the title's markup
    expect(parsed).toContain(JSON.stringify('a]]>b]]><x/>c]]>d').slice(1, -1))
  })
  it('should name several writers in one dc:creator per RSS item, never several <author>', () => {
    const two = { ...channel, entries: [{ ...channel.entries[0]!, authors: [{ name: '林晓', path: null }, { name: '周文', path: '/reporters/zhou-wen' }] }] }
    const xml = renderFeed(two, 'rss.xml')
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<author>')
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"')
    expect(new XMLParser().parse(xml).rss.channel.item['dc:creator']).toBe('林晓、周文')
    const atom = new XMLParser().parse(renderFeed(two, 'atom.xml')).feed.entry
    expect(atom.author.map((a: { name: string }) => a.name)).toEqual(['林晓', '周文'])
  })
  it('should keep the JSON feed text as it was', () => {
    expect(JSON.parse(renderFeed(channel, 'feed.json')).items[0].title).toBe(title)
  })
})

describe('query paths', () => {
  it('should list sort paths without direction', () => {
    expect(sortPaths('-publishedAt,title')).toEqual(['publishedAt', 'title'])
    expect(sortPaths(['-a', '+b'])).toEqual(['a', 'b'])
    expect(sortPaths(undefined)).toEqual([])
  })
  it('should list where paths through and/or', () => {
    expect(wherePaths({ a: { equals: 1 }, or: [{ 'b.c': { like: 'x' } }, { AND: [{ d: { exists: true } }] }] })).toEqual(['a', 'b.c', 'd'])
  })
})

describe('login throttle delays', () => {
  it('should wait nothing below the threshold, then double up to the cap', () => {
    const after = THROTTLE.account.delayAfter
    expect([after - 1, after, after + 1, after + 2, after + 3, after + 10].map((n) => delayFor(n, after))).toEqual([0, 250, 500, 1000, 2000, 2000])
  })
})

describe('parseId', () => {
  it.each([['42', 42], ['2147483647', 2147483647]])('should read %s', (raw, id) => expect(parseId(raw)).toBe(id))
  it.each(['abc', '1.5', '-3', '0', '007', '2147483648', '99999999999999999999', '', undefined])('should refuse %j', (raw) => expect(parseId(raw)).toBeNull())
})
