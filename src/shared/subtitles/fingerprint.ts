import type { Cue } from '../project/schema'

/**
 * A pure, stable fingerprint of what a translator saw: the source cue's text and timing.
 * Two independent 32-bit FNV-1a hashes (different offset bases) give 64 bits, which makes an
 * accidental collision on one cue's edit practically impossible without pulling in a crypto API
 * (src/shared may not use node:crypto, and SubtleCrypto is async).
 */
export function cueFingerprint(cue: Pick<Cue, 'startMs' | 'endMs' | 'text'>): string {
  const key = `${cue.startMs}\u0000${cue.endMs}\u0000${cue.text}`
  return hex32(fnv1a(key, 0x811c9dc5)) + hex32(fnv1a(key, 0x01000193 ^ 0x5bd1e995))
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0')
}
