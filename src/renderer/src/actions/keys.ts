/**
 * Pure shortcut matching: "mod+shift+z" against a keydown. `mod` is Meta on macOS and Ctrl
 * elsewhere, so one registry entry serves both.
 */
export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

const NAMED: Record<string, string> = { space: ' ', esc: 'escape', del: 'delete' }

export function matchesShortcut(shortcut: string, e: KeyLike, isMac: boolean): boolean {
  const lower = shortcut.toLowerCase()
  const parts = lower.endsWith('++') ? [...lower.slice(0, -2).split('+').filter(Boolean), '+'] : lower.split('+')
  const keyPart = parts.pop() ?? ''
  const want = { mod: false, shift: false, alt: false }
  for (const p of parts) if (p === 'mod' || p === 'shift' || p === 'alt') want[p] = true
  const mod = isMac ? e.metaKey : e.ctrlKey
  const key = e.key.toLowerCase()
  const expected = NAMED[keyPart] ?? keyPart
  if (mod !== want.mod || e.altKey !== want.alt) return false
  // Characters produced with Shift ("?", "+") carry the shift in the key itself.
  const shiftInKey = keyPart.length === 1 && !/[a-z0-9]/.test(keyPart)
  if (!shiftInKey && e.shiftKey !== want.shift) return false
  return key === expected
}

const DISPLAY: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  space: 'Space',
  enter: 'Enter',
  escape: 'Esc',
  esc: 'Esc',
  delete: 'Delete',
  del: 'Delete',
  backspace: 'Backspace',
  tab: 'Tab',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  home: 'Home',
  end: 'End'
}

/** "mod+shift+z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on macOS) for the help overlay. */
export function formatShortcut(shortcut: string, isMac: boolean): string {
  // A bare "+" key would split into empty parts: keep it as the key.
  const raw = shortcut.endsWith('++') ? [...shortcut.slice(0, -2).split('+'), '+'].filter(Boolean) : shortcut.split('+')
  const parts = raw.map((p) => {
    const l = p.toLowerCase()
    if (l === 'mod') return isMac ? '⌘' : 'Ctrl'
    if (l === 'shift') return isMac ? '⇧' : 'Shift'
    if (l === 'alt') return isMac ? '⌥' : 'Alt'
    if (DISPLAY[l]) return DISPLAY[l]
    if (l.length === 1) return l.toUpperCase()
    return l.charAt(0).toUpperCase() + l.slice(1)
  })
  return parts.join(isMac ? '' : '+')
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
