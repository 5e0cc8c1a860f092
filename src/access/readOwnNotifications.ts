import type { Access } from 'payload'

/** Each person sees and marks only the notifications addressed to them (admins too: they are someone's mail). */
export const readOwnNotifications: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)
