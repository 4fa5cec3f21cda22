/**
 * A string-keyed memo with bounded memory, for per-cue work that editing repeats: the studio
 * re-runs the ASS build, the kindness lint and QC over a whole track after every edit, while one
 * edit changes one cue. Keyed by content (never by object identity): the checks worker receives
 * structured clones, so identity does not survive the trip.
 *
 * Two generations instead of a true LRU: lookups hit `young`, then `old` (and promote); when
 * `young` holds `limit` entries it becomes `old` and the previous `old` is dropped. So at most
 * 2 × limit entries are kept, everything used since the last swap survives, and a hit costs one
 * or two Map lookups (an LRU would re-insert on every hit).
 */
export class BoundedCache<V> {
  private young = new Map<string, V>()
  private old = new Map<string, V>()

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const hit = this.young.get(key)
    if (hit !== undefined) return hit
    const aged = this.old.get(key)
    if (aged !== undefined) this.set(key, aged)
    return aged
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young
      this.young = new Map()
    }
    this.young.set(key, value)
  }

  clear(): void {
    this.young.clear()
    this.old.clear()
  }
}
