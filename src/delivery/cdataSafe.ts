// The `feed` package writes item titles, summaries and content as CDATA and escapes only the
// first `]]>` of each (xml-js replaces once), so a second one closes the section early and
// what follows is markup in every reader's feed. Every `]]>` is swapped for a private-use mark
// before rendering, and each mark inside a CDATA section for the proper split after:
//   a]]>b]]>c  →  <![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>c]]>
const MARK = '\uE000'

/** Text for a CDATA item field: no raw `]]>`, no stray mark. */
// cast: generic: a string goes out as a string, undefined as undefined
export const cdataSafe = <T extends string | undefined>(text: T): T => (text === undefined ? text : (text.replaceAll(MARK, '').replaceAll(']]>', MARK) as T))

/** The rendered XML with each mark in a CDATA section turned into a split that readers join back into `]]>`. */
export const restoreCdata = (xml: string): string =>
  xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, (section) => section.replaceAll(MARK, ']]]]><![CDATA[>'))
