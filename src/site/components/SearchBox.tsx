'use client'

import { useEffect, useRef, useState, useTransition } from 'react'

import { useRouter } from 'next/navigation'

const typingPause = 250

/**
 * The search form: without JavaScript a plain GET form; with it, the results follow as the
 * reader types (the page re-renders on the server for each pause in typing).
 */
export function SearchBox({
  action,
  query,
  label,
  submit,
}: {
  action: string
  query: string
  label: string
  submit: string
}) {
  const router = useRouter()
  const [value, setValue] = useState(query)
  const [pending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => () => clearTimeout(timer.current), [])

  const onChange = (next: string) => {
    setValue(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const q = next.trim()
      startTransition(() => {
        router.replace(q ? `${action}?${new URLSearchParams({ q })}` : action, { scroll: false })
      })
    }, typingPause)
  }

  return (
    <form role="search" action={action} method="get" className="search-form" aria-busy={pending}>
      <label htmlFor="q">{label}</label>
      <input
        id="q"
        name="q"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={100}
        autoComplete="off"
      />
      <button type="submit">{submit}</button>
    </form>
  )
}
