import { KindframeError } from '../errors'

/**
 * Path mapping between the machine that enqueues an export and a render worker that sees the same
 * share under another mount point: `--map /Volumes/studio=/mnt/studio`. Pure; POSIX-style paths
 * ("\\" is treated as "/" so a Windows client's `S:\\series` can be mapped too).
 */
export interface PathMapping {
  from: string
  to: string
}

export function parsePathMapping(text: string): PathMapping {
  const eq = text.indexOf('=')
  const from = eq > 0 ? text.slice(0, eq) : ''
  const to = eq > 0 ? text.slice(eq + 1) : ''
  if (!from || !to) throw new KindframeError('invalid-input', `--map needs FROM=TO (two folders), got "${text}"`)
  return { from: trimSlash(norm(from)), to: trimSlash(to) }
}

/**
 * The path on this machine: the longest FROM that is a whole-folder prefix of `path` is replaced by
 * its TO; `undefined` when no mapping covers it (the caller then decides whether the path is usable
 * as it is).
 */
export function mapPath(path: string, maps: readonly PathMapping[]): string | undefined {
  const p = norm(path)
  let best: PathMapping | undefined
  for (const m of maps) {
    if ((p === m.from || p.startsWith(m.from + '/') || m.from === '') && (!best || m.from.length > best.from.length))
      best = m
  }
  if (!best) return undefined
  return best.to + p.slice(best.from.length)
}

/** Mapped when a mapping covers it, else the path as it is (same mount point on both machines). */
export function localPath(path: string, maps: readonly PathMapping[]): { path: string; mapped: boolean } {
  const mapped = mapPath(path, maps)
  return mapped === undefined ? { path, mapped: false } : { path: mapped, mapped: true }
}

export function describeMaps(maps: readonly PathMapping[]): string {
  return maps.length ? maps.map((m) => `${m.from}=${m.to}`).join(', ') : 'none'
}

function norm(p: string): string {
  return p.replace(/\\/g, '/')
}

function trimSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p
}
