import type { Access, CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole'
import { isEditor } from '../../src/access/isEditor'
import { createCommentOnReadableDoc } from '../../src/access/createCommentOnReadableDoc'
import { readCommentsOnReadableDocs } from '../../src/access/readCommentsOnReadableDocs'
import { ARTICLES, COMMENTS, IMPORTS, STATEMENTS, USERS } from '../../src/constants'

/** The author edits their own comment; editors any. */
const authorOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return req.user ? { author: { equals: req.user.id } } : false
}

/**
 * Editorial comments on articles, statements and imports (notes on a paste before it is
 * committed): read and written by whoever may read the document, never public.
 */
export const commentsCollection = (): CollectionConfig => ({
  slug: COMMENTS,
  graphQL: { singularName: 'Comment', pluralName: 'Comments' },
  labels: { singular: { zh: '编辑批注', en: 'Comment' }, plural: { zh: '编辑批注', en: 'Comments' } },
  admin: { useAsTitle: 'body', defaultColumns: ['body', 'doc', 'author', 'resolved', 'createdAt'], group: { zh: '编辑部', en: 'Newsroom' } },
  access: { read: readCommentsOnReadableDocs, create: createCommentOnReadableDoc, update: authorOrEditor, delete: isEditor },
  fields: [
    { name: 'doc', type: 'relationship', relationTo: [ARTICLES, STATEMENTS, IMPORTS], required: true, index: true, label: { zh: '针对', en: 'On' } },
    { name: 'body', type: 'textarea', required: true, label: { zh: '批注', en: 'Comment' } },
    {
      name: 'author',
      type: 'relationship',
      relationTo: USERS,
      label: { zh: '批注人', en: 'Author' },
      admin: { readOnly: true },
      hooks: { beforeChange: [({ value, operation, req }) => (operation === 'create' ? (req.user?.id ?? value) : value)] },
      access: { update: () => false },
    },
    { name: 'resolved', type: 'checkbox', defaultValue: false, label: { zh: '已处理', en: 'Resolved' } },
  ],
})
