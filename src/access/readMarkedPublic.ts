import type { Access } from 'payload'

import { isStaff } from './isStaff'

/**
 * People and photos: the desk reads them all; the public only those marked public, which
 * happens when a published piece first uses them (or an editor says so).
 */
export const readMarkedPublic: Access = ({ req }) => (isStaff({ req }) ? true : { public: { equals: true } })
