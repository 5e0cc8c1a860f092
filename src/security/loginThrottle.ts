import crypto from 'node:crypto'

import { AuthenticationError, type CollectionAfterLoginHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { FailureCounter } from './failureCounter'
import { isKnownDevice, rememberDevice } from './knownDevice'
import { isRecord } from '../utilities/isRecord'

/** The limits, per 15 minutes: delays grow from the 5th failure of an account (10th of an address), locks at 10 (30). */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  account: { delayAfter: 5, lockAfter: 10 },
  address: { delayAfter: 10, lockAfter: 30 },
  firstDelayMs: 250,
  maxDelayMs: 2_000,
} as const

const accounts = new FailureCounter('login-accounts', THROTTLE.windowMs)
const addresses = new FailureCounter('login-addresses', THROTTLE.windowMs)

/** 0 ms below the threshold, then 250, 500, 1000, 2000, 2000 … */
export const delayFor = (failures: number, after: number): number =>
  failures < after ? 0 : Math.min(THROTTLE.firstDelayMs * 2 ** (failures - after), THROTTLE.maxDelayMs)

/**
 * The client's address: the last hop of X-Forwarded-For, which the proxy in front appends (or
 * Next sets from the socket when there is none). Null for the Local API.
 */
export const clientAddress = (req: PayloadRequest): string | null => {
  const hops = (req.headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean)
  return hops.at(-1) ?? req.headers.get('x-real-ip') ?? null
}

const emailOf = (data: unknown): string => {
  const email = isRecord(data) ? data.email : undefined
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/** The work of checking a password against a stored hash (Payload's pbkdf2, current parameters), for nothing. */
const hashForNothing = (password: unknown) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(typeof password === 'string' ? password : '', 'newsroom-no-such-user', 600_000, 32, 'sha256', () => resolve()),
  )

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Before every login: counts the attempt against the account and the client address (a success
 * takes it back), waits longer the more recent failures there are, and refuses a locked account
 * unless the browser logged in as it before. Unknown accounts and locked ones cost a password
 * hash and get Payload's own "email or password incorrect", exactly as a wrong password does.
 */
export const throttleLoginBeforeOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data: unknown = 'data' in args ? args.data : undefined
  const email = emailOf(data)
  if (!email) return args // Payload answers a missing email itself (400)
  const address = clientAddress(req)
  const accountFailures = accounts.count(email)
  const addressFailures = address ? addresses.count(address) : 0
  accounts.add(email)
  if (address) addresses.add(address)
  await sleep(Math.max(delayFor(accountFailures, THROTTLE.account.delayAfter), delayFor(addressFailures, THROTTLE.address.delayAfter)))

  const { docs } = await req.payload.find({
    collection: collection.slug,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
    req,
  })
  const user = docs[0]
  const locked = accountFailures >= THROTTLE.account.lockAfter || addressFailures >= THROTTLE.address.lockAfter
  if (!user || (locked && !isKnownDevice(req, user.id))) {
    await hashForNothing(isRecord(data) ? data.password : undefined)
    throw new AuthenticationError(req.t)
  }
  return args
}

/** A successful login clears the account's failures, forgives the address its attempt and remembers the browser. */
export const forgiveLoginAfterLogin: CollectionAfterLoginHook = ({ collection, req, user }) => {
  accounts.clear(String(user.email ?? '').toLowerCase().trim())
  const address = clientAddress(req)
  if (address) addresses.forgive(address)
  rememberDevice(req, user.id, collection.slug)
}

/** An admin's unlock (`POST /api/users/unlock`) lifts the throttle's lock too. */
export const clearLockAfterUnlock: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation === 'unlock') accounts.clear(emailOf('data' in args ? args.data : undefined))
  return result
}
