'use client'
import { FieldError, TextareaInput, useDocumentInfo, useField, useFormProcessing } from '@payloadcms/ui'
import type { TextareaFieldClientComponent, Validate } from 'payload'
import { useCallback, useRef, useState, type ChangeEvent } from 'react'

import { useDeskTranslation } from '../../admin/useDeskTranslation'
import { MAX_PASTE_BYTES, pasteBytes, pasteSizes } from '../pasteLimit'
import './PasteField.scss'
import { useExistingImport } from './useExistingImport'

/**
 * The paste box of a new import. It states the limit, counts the paste's size as it comes in,
 * and keeps a paste over the limit out of the form: the refusal shows at once and Save is
 * refused in the browser, so nothing is uploaded. While the server splits, a bar says so.
 */
export const PasteField: TextareaFieldClientComponent = ({ field, path: pathProp, readOnly }) => {
  const path = pathProp ?? field.name
  // A paste over the limit lives here only, never in the form (whose state goes to the server).
  const [oversized, setOversized] = useState<{ text: string; message: string } | null>(null)
  const refusal = useRef<string | null>(null)
  const { t } = useDeskTranslation()
  const validate = useCallback<Validate<string>>(
    (value, { req: { t } }) => refusal.current ?? (value?.trim() ? true : t('validation:required')),
    [],
  )
  const { value, setValue, showError, errorMessage } = useField<string>({ path, validate })
  const processing = useFormProcessing()
  // Once the import exists the paste is read-only and the review shows it: no checks to make.
  const { id } = useDocumentInfo()

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.target.value
    const bytes = pasteBytes(text)
    const message = bytes > MAX_PASTE_BYTES ? t('newsroom:pasteTooLarge', pasteSizes(bytes)) : null
    refusal.current = message
    setOversized(message ? { text, message } : null)
    setValue(message ? '' : text)
  }
  const text = oversized?.text ?? value ?? ''
  const sizes = pasteSizes(pasteBytes(text))
  const existing = useExistingImport(oversized || id ? '' : text)

  return (
    <div className="nr-paste">
      <TextareaInput
        path={path}
        label={field.label}
        required={field.required}
        rows={field.admin?.rows}
        readOnly={readOnly || processing}
        value={text}
        onChange={onChange}
        description={field.admin?.description}
        showError={showError && !oversized}
        Error={<FieldError path={path} message={errorMessage} showError={showError && !oversized} />}
        AfterInput={
          <p className={`nr-paste__limit${oversized ? ' nr-paste__limit--over' : ''}`} aria-live="polite">
            {t('newsroom:pasteLimit', sizes)}
            {text && ` ${t('newsroom:pasteSize', sizes)}`}
          </p>
        }
      />
      {oversized && (
        <p className="nr-paste__refusal" role="alert">
          {oversized.message}
        </p>
      )}
      {existing && (
        <p className="nr-paste__refusal" role="alert">
          {t('newsroom:duplicatePaste', { id: existing.id })}{' '}
          <a className="nr-paste__existing" href={existing.href}>
            {t('newsroom:openExisting', { id: existing.id })}
          </a>
        </p>
      )}
      {processing && !id && (
        <div className="nr-paste__progress" role="progressbar" aria-label={t('newsroom:splitting', sizes)} aria-busy="true">
          <span className="nr-paste__bar" />
          <span>{t('newsroom:splitting', sizes)}</span>
        </div>
      )}
    </div>
  )
}
