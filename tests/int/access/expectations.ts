import type { Actor } from './actors'
import type { Operation } from './surfaces'

const staff: Actor[] = ['reporterOwn', 'reporterOther', 'editor', 'admin']
const editors: Actor[] = ['editor', 'admin']
const ownAndEditors: Actor[] = ['reporterOwn', 'editor', 'admin']
const everyone: Actor[] = ['anonymous', ...staff]

/**
 * Who may do what (DESIGN.md section 3), for the documents under test: an unpublished
 * draft filed by reporterOwn, a comment written by reporterOwn, a third person's account.
 */
export const ALLOWED: Record<string, Record<Operation, Actor[]>> = {
  articles: { read: ownAndEditors, create: staff, update: ownAndEditors, delete: ownAndEditors },
  statements: { read: ownAndEditors, create: staff, update: ownAndEditors, delete: ownAndEditors },
  delegates: { read: everyone, create: editors, update: editors, delete: editors },
  reporters: { read: everyone, create: editors, update: editors, delete: editors },
  // An unused upload is private (an embargoed photo) until a published piece uses it.
  media: { read: staff, create: staff, update: editors, delete: editors },
  // Staff read each other's accounts, emails aside (the lock notice names the holder); only admins change them.
  users: { read: staff, create: ['admin'], update: ['admin'], delete: ['admin'] },
  audit: { read: editors, create: [], update: [], delete: [] },
  // Comments follow the document they are on (finding 9 of #14): here reporterOwn's draft, so
  // another reporter may neither read the notes on it nor write one there.
  comments: { read: ownAndEditors, create: ownAndEditors, update: ownAndEditors, delete: editors },
  imports: { read: ownAndEditors, create: staff, update: ownAndEditors, delete: ownAndEditors },
  // A notification addressed to reporterOwn: theirs alone to read and mark read (admins too are kept out);
  // only the workflow writes them; admins may clear them out.
  notifications: { read: ['reporterOwn'], create: [], update: ['reporterOwn'], delete: ['admin'] },
}

/** Stage moves of a piece filed by reporterOwn, and who may make them. */
export const TRANSITION_CASES = [
  { name: 'submit', from: 'draft', data: { stage: 'in_review' }, allowed: ownAndEditors },
  { name: 'withdraw or return', from: 'in_review', data: { stage: 'draft', reviewNote: '请补充数据来源' }, allowed: ownAndEditors },
  { name: 'approve', from: 'in_review', data: { stage: 'approved' }, allowed: editors },
  { name: 'publish', from: 'approved', data: { stage: 'published' }, allowed: editors },
  { name: 'publish with Payload _status', from: 'approved', data: { _status: 'published' }, allowed: editors },
  { name: 'unpublish', from: 'published', data: { stage: 'approved' }, allowed: editors },
  { name: 'retract', from: 'published', data: { stage: 'retracted', retraction: { reason: '数据有误' } }, allowed: editors },
] as const
