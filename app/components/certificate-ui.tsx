// Small presentational pieces shared by the certificate pages.
import type { ReactNode } from 'react'
import type { InputHooks } from './auth-form.tsx'

export function TextField(props: {
  name: string
  label: string
  hint?: string
  error?: string | null
  defaultValue?: string
  dir?: 'rtl' | 'ltr' | 'auto'
  lang?: string
  autoComplete?: string
  required?: boolean
  input?: InputHooks
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined
  const errorId = props.error ? `${props.name}-error` : undefined
  return (
    <div className="field">
      <label htmlFor={props.name}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <input
        ref={props.input?.ref}
        onChange={props.input?.onChange}
        onBlur={props.input?.onBlur}
        id={props.name}
        name={props.name}
        type="text"
        defaultValue={props.defaultValue}
        dir={props.dir}
        lang={props.lang}
        autoComplete={props.autoComplete ?? 'off'}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      />
      {props.error ? (
        <p className="error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  )
}

export function StatusBanner({ kind, title, children }: { kind: 'valid' | 'revoked' | 'unknown'; title: string; children?: ReactNode }) {
  return (
    <div className={`verify-status verify-status--${kind}`} role="status">
      <p className="verify-status__title">{title}</p>
      {children}
    </div>
  )
}
