import type { CollectionConfig } from 'payload'

import { isEditor } from '../../src/access/isEditor'
import { isStaff } from '../../src/access/isStaff'
import { readMarkedPublic } from '../../src/access/readMarkedPublic'
import { MEDIA } from '../../src/constants'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../../src/delivery/revalidateSiteAfterChange'
import { publicField } from '../../src/fields/publicField'
import { recordAuditAfterDelete } from '../../src/workflow/recordAuditAfterChange'
import type { SanitizedNewsroomPluginConfig } from '../../src/types'

/**
 * Photos. Stored under the plugin's mediaDir (default .data/media), or a storage adapter's bucket,
 * and served only through Payload's access-controlled file route: private (an embargoed photo)
 * until a published piece uses it or an editor marks it public.
 */
export const mediaCollection = ({ mediaDir }: SanitizedNewsroomPluginConfig): CollectionConfig => ({
  slug: MEDIA,
  graphQL: { singularName: 'Media', pluralName: 'MediaItems' },
  labels: { singular: { zh: '图片', en: 'Media' }, plural: { zh: '图片', en: 'Media' } },
  admin: { group: { zh: '编辑部', en: 'Newsroom' } },
  access: { read: readMarkedPublic, create: isStaff, update: isEditor, delete: isEditor },
  hooks: { afterChange: [revalidateSiteAfterChange], afterDelete: [recordAuditAfterDelete, revalidateSiteAfterDelete] },
  upload: {
    staticDir: mediaDir,
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
    publicField(false),
  ],
})
