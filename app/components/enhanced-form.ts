// Checks a server-rendered form in the browser with the action's own zod schema before any
// round trip (react-hook-form), then submits the real <form> through Remix, so the action gets
// the same form data as without JavaScript. With JavaScript off none of this runs: the native
// form posts and the action answers. Messages are the schema's keys; the page translates them.
import { useSubmit } from '@remix-run/react'
import { useEffect, useReducer, useRef, useState, type FormEvent } from 'react'
import type { FieldValues, Path } from 'react-hook-form'
import type { Checker, RulesLoader, Schema } from './form-checker.ts'

/**
 * Nothing of the checking ships with the page (decision 011): react-hook-form, zod and the
 * form's rules (`loadSchema` imports the schema's module) are fetched when the person moves
 * into the form, or at the latest when they send it. Until then the inputs are plain; what
 * is typed meanwhile is read from them once the checker is there. If it cannot be fetched,
 * the form goes to the server, which checks everything anyway.
 */
export function useEnhancedForm<Input extends FieldValues, Output>(
  loadSchema: () => Promise<Schema<Input, Output>>,
  serverErrors: Partial<Record<string, string>> | undefined,
) {
  const submit = useSubmit()
  const [checker, setChecker] = useState<Checker<Input> | null>(null)
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const loading = useRef<Promise<Checker<Input> | null> | null>(null)
  /** a form sent before the checker had arrived: checked, then sent, once it has */
  const waiting = useRef<HTMLFormElement | null>(null)
  /** fields edited before the checker arrived, so that the server's message about them goes */
  const edited = useRef(new Set<string>())

  const load = () => {
    if (!loading.current) {
      const rules = Promise.all([import('@hookform/resolvers/zod'), loadSchema()]).catch(() => null)
      const loadRules: RulesLoader<Input, Output> = () => rules
      loading.current = import('./form-checker.ts').then(
        ({ createChecker }) => createChecker(loadRules) as Checker<Input>,
        () => {
          loading.current = null // offline for a moment: try again on the next focus
          return null
        },
      )
    }
    return loading.current.then((loaded) => {
      if (loaded) setChecker(loaded)
      return loaded
    })
  }

  useEffect(() => checker?.subscribe(rerender), [checker])

  // the checker has read the fields (their refs run before effects): the text in them is the
  // starting point, and a form sent while it loaded is checked now
  useEffect(() => {
    if (!checker) return
    checker.baseline()
    const form = waiting.current
    waiting.current = null
    if (form) void checker.handleSubmit(() => submit(form))()
  }, [checker, submit])

  // once the action has answered, what is in the fields is the new starting point: a field
  // edited after that no longer shows the server's message about its old value
  const answered = useRef(serverErrors)
  useEffect(() => {
    if (!serverErrors || answered.current === serverErrors) return
    answered.current = serverErrors
    edited.current.clear()
    checker?.baseline()
  }, [serverErrors, checker])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget
    // handleSubmit stops the native submission at once; only a valid form goes on
    if (checker) return void checker.handleSubmit(() => submit(element))(event)
    event.preventDefault()
    waiting.current = element
    void load().then((loaded) => {
      if (loaded) return
      waiting.current = null
      submit(element)
    })
  }

  // fetch the checker and the rules while the person types, so that sending costs no wait
  const onFocus = () => void load()

  const register = (name: Path<Input>) =>
    checker
      ? checker.register(name)
      : {
          onChange: () => {
            if (edited.current.has(name)) return
            edited.current.add(name)
            rerender()
          },
        }

  /** The message key to show beside a field: the browser's own check first, then the server's. */
  const errorKey = (name: Path<Input>): string | null => {
    const state = checker?.fieldState(name)
    if (state?.error?.message) return state.error.message
    if (state?.isDirty || edited.current.has(name)) return null
    return serverErrors?.[name] ?? null
  }

  return { register, errorKey, formProps: { onSubmit, onFocus } }
}
