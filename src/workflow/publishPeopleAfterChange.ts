import type { CollectionAfterChangeHook } from 'payload'

import { DELEGATES, MEDIA, REPORTERS } from '../constants'
import { markPublic, mediaIn } from './markPublic'

/**
 * People and photos become public with the first published piece that uses them: a
 * statement's speaker (and the speaker's photo), the reporters of its bylines, its hero
 * image and the images in its rich text. Until then they are the desk's only.
 */
export const publishPeopleAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published' || doc.stage !== 'published') return doc
  // Speakers and reporters at once (one transaction, one connection): under load each round
  // trip waits behind the readers' requests on the event loop. Photos after: a speaker's counts.
  const [speakers] = await Promise.all([
    markPublic(req, DELEGATES, [doc.speaker]),
    markPublic(req, REPORTERS, (doc.bylines ?? []).map((byline: { reporter?: unknown }) => byline.reporter)),
  ])
  await markPublic(req, MEDIA, [doc.heroImage, ...mediaIn([doc.intro, doc.body, doc.outro]), ...speakers.map((person) => ('photo' in person ? person.photo : null))])
  return doc
}

/** A public delegate's photo is public too (an editor publishing a person, or adding a photo later). */
export const publishPhotoAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc.public) await markPublic(req, MEDIA, [doc.photo])
  return doc
}
