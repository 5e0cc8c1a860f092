import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { isStaff } from '../../src/access/isStaff'
import { MEDIA } from '../../src/constants'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../../src/delivery/revalidateSiteAfterChange'

/** Photos. Stored under the plugin's mediaDir (default .data/media), or a storage adapter's bucket. */
export const mediaCollection = (staticDir: string): CollectionConfig => ({
  slug: MEDIA,
  graphQL: { singularName: 'Media', pluralName: 'MediaItems' },
  labels: { singular: { zh: '图片', en: 'Media' }, plural: { zh: '图片', en: 'Media' } },
  admin: { group: { zh: '编辑部', en: 'Newsroom' } },
  access: { read: anyone, create: isStaff, update: isEditor, delete: isEditor },
  hooks: { afterChange: [revalidateSiteAfterChange], afterDelete: [revalidateSiteAfterDelete] },
  upload: {
    staticDir,
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 960 },
    ],
  },
  fields: [
    { name: 'alt', type: 'text', required: true, label: { zh: '替代文字', en: 'Alt text' } },
    { name: 'caption', type: 'textarea', label: { zh: '图片说明', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { zh: '摄影', en: 'Credit' } },
  ],
})
