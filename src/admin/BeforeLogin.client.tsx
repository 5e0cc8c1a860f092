'use client'
import { useDeskTranslation } from './useDeskTranslation'

/** A line above the login form: whose system this is and whom to ask. */
export const BeforeLogin = () => {
  const { t } = useDeskTranslation()
  return <p className="nr-before-login">{t('newsroom:loginNote')}</p>
}
