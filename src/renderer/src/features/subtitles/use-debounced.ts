import { useEffect, useState } from 'react'

/**
 * The value, once it has stopped changing for `ms`. Checks over a whole track (QC, lint) follow the
 * text a moment later instead of running on every keystroke, which keeps typing under a frame.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms, settled])
  return settled
}
