import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import { isAdminOrSelfField } from '../../src/access/isAdminOrSelfField'
import { isStaff } from '../../src/access/isStaff'
import { REPORTERS, ROLES } from '../../src/constants'
import { enforcePasswordPolicyBeforeValidate } from './hooks/enforcePasswordPolicyBeforeValidate'
import { ensureFirstUserIsAdminBeforeChange } from './hooks/ensureFirstUserIsAdminBeforeChange'
import type { SanitizedNewsroomPluginConfig } from '../../src/types'

const roleLabels = {
  admin: { en: 'Administrator', zh: '管理员' },
  editor: { en: 'Editor', zh: '编辑' },
  reporter: { en: 'Reporter', zh: '记者' },
} as const

export const usersCollection = ({ usersCollection: slug }: SanitizedNewsroomPluginConfig): CollectionConfig => ({
  slug,
  graphQL: { singularName: 'User', pluralName: 'Users' },
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  auth: {
    // Payload's lockout (5 wrong passwords from anyone lock the account) let a stranger lock the
    // admin out: it is set out of reach (keeping its columns), and src/security/loginThrottle.ts
    // throttles per account and per address instead (SECURITY.md).
    maxLoginAttempts: 1_000_000,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 12 * 60 * 60,
    // Secure cookies wherever the app runs in production (behind HTTPS).
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: { en: 'Administration', zh: '系统管理' },
  },
  access: {
    admin: isStaff,
    // Staff see each other's names and roles (the admin names who holds a document's lock);
    // emails are for admins and the account's own user (the email field below); the public
    // sees none. Secrets never leave the server: Payload hides hash, salt, reset tokens,
    // loginAttempts and lockUntil from every API, and a user's sessions are readable by that
    // user only.
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeValidate: [enforcePasswordPolicyBeforeValidate],
    beforeChange: [ensureFirstUserIsAdminBeforeChange],
  },
  fields: [
    // Payload's auth email, with read access narrowed (merged over Payload's own definition).
    { name: 'email', type: 'email', access: { read: isAdminOrSelfField } },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { en: 'Name', zh: '姓名' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['reporter'],
      saveToJWT: true,
      label: { en: 'Roles', zh: '角色' },
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: {
        create: isAdminField,
        update: isAdminField,
      },
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: REPORTERS,
      label: { en: 'Byline', zh: '署名档案' },
      admin: { description: { en: 'The byline this account files under', zh: '本账号发稿使用的署名' } },
      access: { update: isAdminField },
    },
  ],
})
