import { useEffect, useId, useRef, type ReactNode } from 'react'
import { wrapTabFocus } from './focus-trap'

interface Props {
  title: string
  onClose(): void
  children: ReactNode
  /** Footer buttons. */
  actions?: ReactNode
  onSubmit?(): void
  /** A wider dialog for long content (the export review). */
  wide?: boolean
}

/** A modal dialog: labelled by its title, Escape closes, focus moves in on open and back on close. */
export function Dialog({ title, onClose, children, actions, onSubmit, wide }: Props) {
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  // Parents pass a new onClose every render; the focus effect must run once per opening, not per
  // keystroke (re-running it would yank focus back to the first field while typing).
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button')
    first?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation()
        onCloseRef.current()
        return
      }
      // Keep Tab inside the modal: wrap from the last control to the first and back.
      if (e.key !== 'Tab' || !ref.current) return
      wrapTabFocus(
        e,
        [
          ...ref.current.querySelectorAll<HTMLElement>(
            'input, select, textarea, button, [tabindex]:not([tabindex="-1"])'
          )
        ].filter((el) => !el.hasAttribute('disabled'))
      )
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      previous?.focus?.()
    }
  }, [])
  return (
    <div className="dialog-backdrop">
      <div
        className={wide ? 'dialog dialog-wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={ref}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault()
            onSubmit?.()
          }}
        >
          <h2 id={titleId}>{title}</h2>
          <div className="dialog-body">{children}</div>
          {actions && <div className="dialog-actions">{actions}</div>}
        </form>
      </div>
    </div>
  )
}
