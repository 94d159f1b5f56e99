// Checks a server-rendered form in the browser with the action's own zod schema before any
// round trip (react-hook-form), then submits the real <form> through Remix, so the action gets
// the same form data as without JavaScript. With JavaScript off none of this runs: the native
// form posts and the action answers. Messages are the schema's keys; the page translates them.
import { useSubmit } from '@remix-run/react'
import { useEffect, type FormEvent } from 'react'
import { useForm, type FieldValues, type Path, type Resolver } from 'react-hook-form'
import type { z } from 'zod'

type Schema<Input extends FieldValues, Output> = z.ZodType<Output, z.ZodTypeDef, Input>

/**
 * `loadSchema` imports the schema's module when it is first needed, so zod and the rules are
 * fetched when the person moves into the form rather than with the page. Until they arrive,
 * or if they cannot be fetched, the form goes to the server, which checks everything anyway.
 */
export function useEnhancedForm<Input extends FieldValues, Output>(
  loadSchema: () => Promise<Schema<Input, Output>>,
  serverErrors: Partial<Record<string, string>> | undefined,
) {
  const submit = useSubmit()
  const loadChecker = () => Promise.all([import('@hookform/resolvers/zod'), loadSchema()])
  const resolver: Resolver<Input> = async (values, context, options) => {
    const loaded = await loadChecker().catch(() => null)
    if (!loaded) return { values, errors: {} }
    const [{ zodResolver }, schema] = loaded
    // raw: the schema's transforms (NFKC, trimming) are the server's to apply
    return zodResolver(schema, undefined, { raw: true })(values, context, options)
  }
  const form = useForm<Input>({ resolver, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: true })
  const { reset, getValues } = form

  // once the action has answered, what is in the fields is the new starting point: a field
  // edited after that no longer shows the server's message about its old value
  useEffect(() => {
    if (serverErrors) reset(getValues(), { keepValues: true })
  }, [serverErrors, reset, getValues])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget
    // handleSubmit stops the native submission at once; only a valid form goes on
    void form.handleSubmit(() => submit(element))(event)
  }

  // fetch the rules while the person types, so that checking on submit costs no round trip
  const onFocus = () => void loadChecker().catch(() => null)

  /** The message key to show beside a field: the browser's own check first, then the server's. */
  const errorKey = (name: Path<Input>): string | null => {
    const state = form.getFieldState(name, form.formState)
    if (state.error?.message) return state.error.message
    if (state.isDirty) return null
    return serverErrors?.[name] ?? null
  }

  return { register: form.register, errorKey, formProps: { onSubmit, onFocus } }
}
