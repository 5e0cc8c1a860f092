'use client'
import { Link, useConfig } from '@payloadcms/ui'

import { ARTICLES, IMPORTS, STATEMENTS } from '../constants'
import { useDeskTranslation } from './useDeskTranslation'
import './desk.scss'

/** The top of the dashboard: 新建导入 first, then where the desk's work is. */
export const DeskLinks = () => {
  const { t } = useDeskTranslation()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const collection = (slug: string) => `${admin}/collections/${slug}`
  return (
    <section className="nr-desk" aria-labelledby="nr-desk-heading">
      <h2 id="nr-desk-heading">{t('newsroom:deskHeading')}</h2>
      <p className="nr-desk__intro">{t('newsroom:deskIntro')}</p>
      <nav className="nr-desk__links">
        <Link className="nr-desk__primary" href={`${collection(IMPORTS)}/create`}>
          {t('newsroom:newImport')}
        </Link>
        <Link href={collection(IMPORTS)}>{t('newsroom:imports')}</Link>
        <Link href={collection(ARTICLES)}>{t('newsroom:articles')}</Link>
        <Link href={collection(STATEMENTS)}>{t('newsroom:statements')}</Link>
        <a href="/" target="_blank" rel="noopener">
          {t('newsroom:site')} ↗
        </a>
      </nav>
    </section>
  )
}
