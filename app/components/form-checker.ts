// The part of an enhanced form that only the browser needs, and only once the person is in the
// form: react-hook-form's form control, checking with the action's zod schema. Imported
// lazily by `useEnhancedForm` (enhanced-form.ts), so the page ships without it.
import { createFormControl, type FieldValues, type Path, type Resolver } from 'react-hook-form'
import type { z } from 'zod'

export type Schema<Input extends FieldValues, Output> = z.ZodType<Output, z.ZodTypeDef, Input>

/** zod's resolver and the form's schema, fetched together; null when they cannot be fetched. */
export type RulesLoader<Input extends FieldValues, Output> = () => Promise<[typeof import('@hookform/resolvers/zod'), Schema<Input, Output>] | null>

export function createChecker<Input extends FieldValues, Output>(loadRules: RulesLoader<Input, Output>) {
  const resolver: Resolver<Input> = async (values, context, options) => {
    const loaded = await loadRules()
    // without the rules the form goes to the server, which checks everything anyway
    if (!loaded) return { values, errors: {} }
    const [{ zodResolver }, schema] = loaded
    // raw: the schema's transforms (NFKC, trimming) are the server's to apply
    return zodResolver(schema, undefined, { raw: true })(values, context, options)
  }
  const form = createFormControl<Input>({ resolver, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: true })
  return {
    /** ref and handlers for an input: on its first render with them, the field's current text is read */
    register: (name: Path<Input>) => form.register(name),
    /** checks every field; only a valid form reaches `onValid`, and the first field in trouble gets the focus */
    handleSubmit: (onValid: () => void) => form.handleSubmit(onValid),
    fieldState: (name: Path<Input>) => form.getFieldState(name),
    /** what the fields hold now becomes the starting point: a field counts as edited only after this */
    baseline: () => form.reset(form.getValues(), { keepValues: true, keepFieldsRef: true }),
    /** calls `onChange` whenever a field's message or edited state changes; returns the unsubscribe */
    subscribe: (onChange: () => void) => form.subscribe({ formState: { errors: true, dirtyFields: true }, callback: onChange }),
  }
}

export type Checker<Input extends FieldValues> = ReturnType<typeof createChecker<Input, unknown>>
