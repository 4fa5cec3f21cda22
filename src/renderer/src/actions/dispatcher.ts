import { useEffect } from 'react'
import { useStudio } from '../store'
import { getActions } from './registry'
import { IS_MAC, matchesShortcut } from './keys'
import { reportError } from '../app/notify'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable
}

/** The one keydown listener: finds the first enabled action whose shortcut matches and runs it. */
export function useKeyboardDispatcher(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      const typing = isTyping(e.target)
      const studio = useStudio.getState()
      for (const action of getActions()) {
        if (!action.keys?.some((k) => matchesShortcut(k, e, IS_MAC))) continue
        if (typing && !action.allowInInputs) continue
        if (action.enabled && !action.enabled(studio)) continue
        e.preventDefault()
        Promise.resolve(action.perform({ studio })).catch(reportError)
        return
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
