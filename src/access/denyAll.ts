/** Nobody, through any API: writes happen only in server code with overrideAccess. */
export const denyAll = (): boolean => false
