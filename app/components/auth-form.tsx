// Form pieces for the account pages: a labelled field whose hint and error are tied to the
// input (aria-describedby, aria-invalid), and a form-level alert. Messages arrive translated.
import type { ChangeEventHandler, FocusEventHandler, HTMLInputTypeAttribute, Ref } from 'react'

/** What a form library needs on the input to follow it in the browser (react-hook-form's `register`). */
export type InputHooks = {
  ref?: Ref<HTMLInputElement>
  onChange?: ChangeEventHandler<HTMLInputElement>
  onBlur?: FocusEventHandler<HTMLInputElement>
}

type FieldProps = {
  name: string
  label: string
  hint?: string
  error?: string | null
  type?: HTMLInputTypeAttribute
  defaultValue?: string
  autoComplete?: string
  inputMode?: 'text' | 'numeric' | 'email'
  dir?: 'auto' | 'ltr'
  autoFocus?: boolean
  input?: InputHooks
}

export function Field({ name, label, hint, error, type = 'text', defaultValue, autoComplete, inputMode, dir, autoFocus, input }: FieldProps) {
  const id = `field-${name}`
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        ref={input?.ref}
        onChange={input?.onChange}
        onBlur={input?.onBlur}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        dir={dir}
        autoFocus={autoFocus}
        spellCheck={false}
        autoCapitalize="none"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function FormAlert({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <p role="alert" className="alert">
      {message}
    </p>
  )
}

export function Notice({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <p role="status" className="notice">
      {message}
    </p>
  )
}
