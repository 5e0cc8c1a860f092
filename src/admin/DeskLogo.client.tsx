'use client'
import { useDeskTranslation } from './useDeskTranslation'
import './desk.scss'

/** The paper's mark on the login page: 报 in a red seal, the desk's name beside it. */
export const DeskLogo = () => {
  const { t } = useDeskTranslation()
  return (
    <div className="nr-logo">
      <span className="nr-seal" aria-hidden="true">
        报
      </span>
      <span className="nr-logo__words">
        <span className="nr-logo__name">{t('newsroom:deskName')}</span>
        <span className="nr-logo__tagline">{t('newsroom:deskTagline')}</span>
      </span>
    </div>
  )
}

/** The seal alone, in the admin's nav. */
export const DeskIcon = () => (
  <span className="nr-seal nr-seal--small" aria-hidden="true">
    报
  </span>
)
