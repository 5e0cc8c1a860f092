// Moved to tests/support/ (one fixture module); this path stays for tests written against it.
export * from '../support/testPayload'
