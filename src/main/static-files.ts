import { isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * Maps a URL path onto a file inside `root`, or null when it would escape it (`..`, encoded `%2e%2e`,
 * backslashes, NUL). `/` and other directory paths end in index.html.
 */
export function resolveInsideRoot(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.')
  if (segments.some((s) => s === '..')) return null
  const rootAbs = resolve(root)
  const target = resolve(
    rootAbs,
    ...segments,
    ...(decoded.endsWith('/') || segments.length === 0 ? ['index.html'] : [])
  )
  const rel = relative(rootAbs, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return target
}
