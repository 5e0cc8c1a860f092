'use client'
import { useTranslation } from '@payloadcms/ui'

import type { DeskTranslationKeys, DeskTranslations } from './translations'

/** Payload's `useTranslation`, knowing the desk's keys (`t('newsroom:newImport')`). */
export const useDeskTranslation = () => useTranslation<DeskTranslations, DeskTranslationKeys>()
