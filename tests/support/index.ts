// The test fixtures in one place: a database per file (a copy of the migrated template), the
// real production server, the desk's roles logged in, content seeded through the desk's own
// REST steps, Chromium. The old paths (tests/helpers/*, tests/security/desk, tests/security/http,
// tests/int/access/actors) re-export these modules.
export * from './actors'
export * from './bigPaste'
export * from './browser'
export { openDesk, statementIn, type Desk } from './desk'
export * as http from './http'
export * from './staff'
export * from './testDatabase'
export * from './testPayload'
export * from './testServer'
