import type { Thing, WithContext } from 'schema-dts'

import { serializeJsonLd } from 'newsroom/site'

/** A schema.org JSON-LD block. */
export const JsonLd = ({ data }: { data: WithContext<Thing> }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
)
