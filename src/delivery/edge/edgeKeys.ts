import { REST_KEY, SITE_KEY } from './edgeHeaders'

/** The edge keys a change to an article or statement purges: each public URL it showed on, and the REST reads. */
export const changedKeys = (paths: Iterable<string>): string[] => [...new Set(paths), REST_KEY]

/** A change that shows on many pages (a person's name, a byline, a photo): everything stored. */
export const everythingKeys = (): string[] => [SITE_KEY]
