/** Public data without drafts (people quoted, bylines): anyone may read it. */
export const anyone = (): boolean => true
