import type { NewsArticle, Person, WithContext } from 'schema-dts'

import type { Article, Statement } from '../../payload-types'
import { allBylines, isAuthorCredit } from './people'
import { articlePath } from './paths'
import { absoluteURL, SITE_NAME } from './siteURL'

/**
 * schema.org NewsArticle for an article page: headline, the writers as authors (photographers
 * and editors as contributors), dates, publisher, and each public correction.
 */
export const articleJsonLd = (article: Article, statements: Statement[], siteURL: string): WithContext<NewsArticle> => {
  const url = absoluteURL(siteURL, articlePath(article.slug ?? String(article.id)))
  const bylines = allBylines(article, statements)
  const person = (b: (typeof bylines)[number]): Person => ({
    '@type': 'Person',
    name: b.name,
    ...(b.path ? { url: absoluteURL(siteURL, b.path) } : {}),
    jobTitle: b.label,
  })
  const hero = typeof article.heroImage === 'object' && article.heroImage ? article.heroImage : null
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.dek ? { description: article.dek } : {}),
    url,
    mainEntityOfPage: url,
    inLanguage: 'zh-CN',
    author: bylines.filter((b) => isAuthorCredit(b.credit)).map(person),
    contributor: bylines.filter((b) => !isAuthorCredit(b.credit)).map(person),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    dateModified: article.updatedAt,
    ...(hero?.url ? { image: absoluteURL(siteURL, hero.url) } : {}),
    ...(article.source?.publication ? { printEdition: article.source.publication } : {}),
    ...(article.source?.page ? { printPage: article.source.page } : {}),
    publisher: { '@type': 'NewsMediaOrganization', name: SITE_NAME, url: absoluteURL(siteURL, '/') },
    ...(article.corrections?.length
      ? { correction: article.corrections.map((c) => ({ '@type': 'CorrectionComment' as const, text: c.note, datePublished: c.date })) }
      : {}),
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export const serializeJsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c')
