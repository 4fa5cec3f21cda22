/**
 * Sending a cue list to the checks worker as a change against the list sent before.
 *
 * WHY: postMessage structured-clones its payload. A 5,000-cue track takes ~10 ms to clone on the
 * main thread (and again to rebuild in the worker), every time the checks or the preview ASS run,
 * while one keystroke changes one cue. So the client sends only the stretch between the unchanged
 * head and the unchanged tail of the list (one cue when typing; the inserted/removed cues for
 * split, merge, insert, delete), and the worker rebuilds the full list from its own copy.
 * Cues are compared by identity first (the store keeps unchanged cue objects), then field by
 * field (cuesForLocale and outputAssInput build fresh objects with the same values).
 *
 * Pure and transport-free: checks-client.ts and checks.worker.ts use it; tests and bench/editing.ts
 * drive it directly.
 */

export interface CueListPatch<T> {
  /** The version this patch applies to; 0 = a complete list (no previous state needed). */
  base: number
  /** The version the receiver holds after applying it. */
  version: number
  /** Items kept from the start of the previous list. */
  prefix: number
  /** Items kept from the end of the previous list. */
  suffix: number
  /** The new items between them. */
  middle: T[]
}

/** Thrown by the receiver when a patch does not fit what it holds; the sender then resends in full. */
export class CueSyncMismatch extends Error {
  constructor(held: number, base: number) {
    super(`cue list out of sync: worker holds version ${held}, patch is against ${base}`)
  }
}

/**
 * Same own fields with the same values. Cues are records of strings and numbers, plus — for formatted
 * cues only — small `marks`/`place`/`native` objects, compared by value when they are not the same object
 * (a translation's inherited formatting is rebuilt on every call).
 */
export function sameFlatRecord(a: object, b: object): boolean {
  if (a === b) return true
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    const va = (a as Record<string, unknown>)[k]
    const vb = (b as Record<string, unknown>)[k]
    if (va === vb) continue
    if (
      typeof va !== 'object' ||
      typeof vb !== 'object' ||
      va === null ||
      vb === null ||
      JSON.stringify(va) !== JSON.stringify(vb)
    )
      return false
  }
  return true
}

export interface CueSender<T> {
  /** The patch taking the receiver from the last encoded list to `next`. Every patch must be delivered, in order. */
  encode(next: readonly T[]): CueListPatch<T>
  /** Forget what was sent (the worker restarted or lost its state): the next patch is complete. */
  reset(): void
}

export function createCueSender<T extends object>(): CueSender<T> {
  let last: readonly T[] | null = null
  let version = 0
  return {
    encode(next) {
      const previous = last
      const base = previous ? version : 0
      version++
      // A copy: a caller that later changes its array in place must not change what was sent.
      last = next.slice()
      if (!previous) return { base, version, prefix: 0, suffix: 0, middle: next.slice() }
      const max = Math.min(previous.length, next.length)
      let prefix = 0
      while (prefix < max && sameFlatRecord(previous[prefix], next[prefix])) prefix++
      let suffix = 0
      while (
        suffix < max - prefix &&
        sameFlatRecord(previous[previous.length - 1 - suffix], next[next.length - 1 - suffix])
      )
        suffix++
      return { base, version, prefix, suffix, middle: next.slice(prefix, next.length - suffix) }
    },
    reset() {
      last = null
    }
  }
}

export interface CueReceiver<T> {
  /** The full list after the patch; throws CueSyncMismatch when the patch is against another version. */
  apply(patch: CueListPatch<T>): T[]
}

export function createCueReceiver<T>(): CueReceiver<T> {
  let held: T[] = []
  let version = 0
  return {
    apply(patch) {
      if (patch.base !== 0 && patch.base !== version) throw new CueSyncMismatch(version, patch.base)
      const previous = patch.base === 0 ? [] : held
      if (patch.prefix + patch.suffix > previous.length) throw new CueSyncMismatch(version, patch.base)
      // A new array each time: results computed from the previous list may still be in use.
      held = previous.slice(0, patch.prefix).concat(patch.middle, previous.slice(previous.length - patch.suffix))
      version = patch.version
      return held
    }
  }
}
