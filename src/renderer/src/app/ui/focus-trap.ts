/**
 * Keeps Tab inside a modal: from the last of `focusable` wraps to the first, and Shift+Tab back.
 * Returns true when it moved focus (the caller's event is then handled).
 */
export function wrapTabFocus(e: KeyboardEvent, focusable: HTMLElement[]): boolean {
  if (e.key !== 'Tab' || focusable.length === 0) return false
  const first = focusable[0]!
  const last = focusable[focusable.length - 1]!
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault()
    last.focus()
    return true
  }
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault()
    first.focus()
    return true
  }
  return false
}
