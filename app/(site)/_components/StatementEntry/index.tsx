import type { Statement } from '../../../../payload-types'
import { bylinesOf, speakerOf, statementPath } from 'newsroom/site'
import { Bylines } from '../Bylines'
import { SafeRichText } from '../SafeRichText'

/**
 * One speaker's entry: headline, the speaker's titles and name as printed then, the body and
 * its bylines. `linked` puts a permalink on the headline (in an article's list).
 */
export const StatementEntry = ({ statement, linked = false, headingLevel = 2 }: { statement: Statement; linked?: boolean; headingLevel?: 1 | 2 }) => {
  const speaker = speakerOf(statement)
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  const headingId = `statement-${statement.id}`
  const headline = statement.headline || speaker.name
  return (
    <article className="statement" aria-labelledby={headingId}>
      <Heading id={headingId} className="statement__headline">
        {linked ? <a href={statementPath(statement.id)}>{headline}</a> : headline}
      </Heading>
      {speaker.name && (
        <p className="speaker">
          {speaker.titles.length > 0 && <span className="speaker__titles">{speaker.titles.join('、')}</span>}
          <span className="speaker__name">{speaker.path ? <a href={speaker.path}>{speaker.name}</a> : speaker.name}</span>
        </p>
      )}
      {statement.body && <SafeRichText className="prose" data={statement.body} />}
      <Bylines bylines={bylinesOf(statement)} />
    </article>
  )
}
