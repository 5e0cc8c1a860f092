import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

export const MIN_PASSWORD_LENGTH = 10

// `aaaaaaaaaa` or `1234567890`: long enough, but one repeated or consecutive run.
const isTrivial = (password: string) =>
  new Set(password).size <= 2 || '01234567890123456789abcdefghijklmnopqrstuvwxyz'.includes(password.toLowerCase())

/** At least 10 characters and not a trivial run; the message says what to do, in Chinese. */
export const enforcePasswordPolicyBeforeValidate: CollectionBeforeValidateHook = ({ collection, data }) => {
  const password = data?.password
  if (typeof password !== 'string' || password === '') return data
  if (password.length < MIN_PASSWORD_LENGTH || isTrivial(password)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'password', message: `密码至少 ${MIN_PASSWORD_LENGTH} 位，且不能是重复或连续的字符，请换一个更长的密码。` }],
    })
  }
  return data
}
