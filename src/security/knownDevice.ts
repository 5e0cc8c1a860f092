import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

export const DEVICE_COOKIE = 'newsroom-device'
const MAX_AGE_S = 180 * 24 * 3600

const sign = (secret: string, text: string) => crypto.createHmac('sha256', secret).update(`newsroom-device:${text}`).digest('base64url')

const cookieValue = (header: string | null, name: string): string | null => {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return null
}

/** Did this browser log in as this user before (a cookie the server signed then)? */
export const isKnownDevice = (req: PayloadRequest, userId: number | string): boolean => {
  const value = cookieValue(req.headers.get('cookie'), DEVICE_COOKIE)
  const [id, nonce, signature] = value?.split('.') ?? []
  if (!id || !nonce || !signature || id !== String(userId)) return false
  const expected = Buffer.from(sign(req.payload.secret, `${id}.${nonce}`))
  const given = Buffer.from(signature)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** Marks the browser of a successful login as known to this account (HttpOnly, sent to /api/users only). */
export const rememberDevice = (req: PayloadRequest, userId: number | string, collection: string): void => {
  const text = `${userId}.${crypto.randomBytes(12).toString('base64url')}`
  const secure = process.env.NODE_ENV === 'production' ? '; Secure' : '' // as the session cookie (collections/Users)
  const cookie = `${DEVICE_COOKIE}=${text}.${sign(req.payload.secret, text)}; Path=/api/${collection}; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure}`
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('set-cookie', cookie)
}
