import { describe, expect, it } from 'vitest'

import { allowedOrigins, OriginSettingsError } from '../../src/utilities/allowedOrigins'

// One machine: loopback, a LAN address (what `next dev` prints as "Network:"), an IPv6 address.
const addresses = [
  { address: '127.0.0.1', family: 'IPv4' },
  { address: '192.168.1.23', family: 'IPv4' },
  { address: 'fe80::1', family: 'IPv6' },
  { address: '2001:db8::5', family: 'IPv6' },
]

describe('allowedOrigins in development', () => {
  it('should accept the dev server on its port at every address of the machine', () => {
    const origins = allowedOrigins({ NODE_ENV: 'development', PORT: '3121' }, addresses, 'desk-pc')
    expect(origins).toEqual(
      expect.arrayContaining([
        'http://localhost:3121',
        'http://127.0.0.1:3121',
        'http://[::1]:3121',
        'http://desk-pc:3121',
        'http://192.168.1.23:3121',
        'http://[2001:db8::5]:3121',
      ]),
    )
  })

  it('should use port 3000 when no port is set', () => {
    expect(allowedOrigins({ NODE_ENV: 'development' }, addresses, 'desk-pc')).toContain('http://localhost:3000')
    expect(allowedOrigins({ NODE_ENV: 'development' }, addresses, 'desk-pc')).not.toContain('http://localhost:3121')
  })

  it('should not list another port or a foreign host', () => {
    const origins = allowedOrigins({ NODE_ENV: 'development', PORT: '3121' }, addresses, 'desk-pc')
    expect(origins).not.toContain('http://localhost:3000')
    expect(origins.some((origin) => origin.includes('example.com'))).toBe(false)
    expect(origins.some((origin) => origin.includes('fe80'))).toBe(false)
  })

  it('should need no settings at all', () => {
    expect(() => allowedOrigins({}, addresses, 'desk-pc')).not.toThrow()
  })
})

describe('allowedOrigins in production', () => {
  it('should allow the site URL and the listed origins, and nothing of the machine', () => {
    const origins = allowedOrigins(
      { NODE_ENV: 'production', PORT: '3000', NEWSROOM_SITE_URL: 'https://news.example.cn/', NEWSROOM_ALLOWED_ORIGINS: 'https://admin.example.cn, http://10.0.0.5:3000/admin' },
      addresses,
      'desk-pc',
    )
    expect(origins).toEqual(['https://news.example.cn', 'https://admin.example.cn', 'http://10.0.0.5:3000'])
  })

  it('should refuse to start without NEWSROOM_SITE_URL, saying what to set in Chinese and English', () => {
    const start = () => allowedOrigins({ NODE_ENV: 'production' }, addresses, 'desk-pc')
    expect(start).toThrow(OriginSettingsError)
    expect(start).toThrow(/必须设置 NEWSROOM_SITE_URL.*NEWSROOM_ALLOWED_ORIGINS.*NEWSROOM_SITE_URL is required in production/)
  })

  it('should not refuse while next build loads the config', () => {
    expect(allowedOrigins({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, addresses, 'desk-pc')).toEqual([])
  })

  it('should name a setting that is not a URL', () => {
    expect(() => allowedOrigins({ NODE_ENV: 'production', NEWSROOM_SITE_URL: 'news.example.cn' })).toThrow(/NEWSROOM_SITE_URL 中的“news.example.cn”不是网址/)
    expect(() => allowedOrigins({ NODE_ENV: 'production', NEWSROOM_SITE_URL: 'https://a.cn', NEWSROOM_ALLOWED_ORIGINS: 'ftp://b.cn' })).toThrow(/NEWSROOM_ALLOWED_ORIGINS/)
  })
})
