import type { Field } from 'payload'

import { CREDITS, REPORTERS } from '../constants'

/** Ordered bylines, each a reporter with the credit printed for them (记者, 通讯员, 摄影, 编辑). */
export const bylinesField: Field = {
  name: 'bylines',
  type: 'array',
  label: { zh: '署名', en: 'Bylines' },
  labels: { singular: { zh: '署名', en: 'Byline' }, plural: { zh: '署名', en: 'Bylines' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'reporter', type: 'relationship', relationTo: REPORTERS, required: true, label: { zh: '作者', en: 'Reporter' } },
        {
          name: 'credit',
          type: 'select',
          required: true,
          defaultValue: 'reporter',
          label: { zh: '身份', en: 'Credit' },
          options: CREDITS.map(({ value, label }) => ({ value, label })),
        },
      ],
    },
  ],
}
