const KEY = 'kindframe.sessionId'
let memo: string | null = null

/**
 * This window's id for the "open elsewhere" lock. Kept in sessionStorage, which is per window/tab
 * and survives a reload: reloading a window is not "another window", but two tabs or two Electron
 * windows are (they share one main process, so a pid cannot tell them apart).
 */
export function sessionId(): string {
  if (memo) return memo
  let id = ''
  try {
    id = sessionStorage.getItem(KEY) ?? ''
  } catch {
    // storage unavailable: an id for this page's lifetime is still correct, only a reload looks new
  }
  if (id.length < 8) {
    const bytes = crypto.getRandomValues(new Uint8Array(16))
    id = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
    try {
      sessionStorage.setItem(KEY, id)
    } catch {
      // see above
    }
  }
  memo = id
  return id
}
