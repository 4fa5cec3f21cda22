/**
 * Media paths relative to the project file, as pure string logic (no node:path in shared) so the
 * same rules hold in main, the CLI and the renderer, and for projects moved between Windows and
 * POSIX machines. Stored relative paths always use "/" as the separator.
 *
 * "\\" is a separator only in Windows paths (a drive or UNC root, or relative to a Windows project).
 * On POSIX it is an ordinary character of a file name (`take\1.mp4` is one legal Linux name), so it is
 * stored verbatim; reading such a name as two folders would make the clip "missing" at once. A
 * hand-written relative path like `clips\a.mp4` in a project on POSIX is still found: see
 * mediaPathCandidates, whose second reading treats "\\" as a separator.
 */

/** "/a/b", "C:\a", "C:/a", "\\server\share" are absolute; "clips/a.mp4" and "..\a.mp4" are not. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\\\') || /^[a-zA-Z]:[\\/]/.test(p)
}

function isWindowsStyle(p: string): boolean {
  return /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\')
}

interface SplitPath {
  /** "/" for POSIX, "C:" for a drive, "\\\\server" for UNC, "" for relative. */
  root: string
  parts: string[]
}

/** `posix`: "\\" is part of a name, only "/" separates (default: decided by the path's own root). */
function split(p: string, posix = p.startsWith('/')): SplitPath {
  let root = ''
  let rest = p
  if (/^[a-zA-Z]:[\\/]/.test(p)) {
    root = p.slice(0, 2).toUpperCase()
    rest = p.slice(3)
    posix = false
  } else if (p.startsWith('\\\\')) {
    root = '\\\\'
    rest = p.slice(2)
    posix = false
  } else if (p.startsWith('/')) {
    root = '/'
    rest = p.slice(1)
  }
  return { root, parts: normalizeParts(rest.split(posix ? /\/+/ : /[\\/]+/)) }
}

function normalizeParts(parts: string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop()
    else out.push(part)
  }
  return out
}

function join(root: string, parts: string[], sep: string): string {
  if (root === '/') return '/' + parts.join('/')
  if (root === '\\\\') return '\\\\' + parts.join('\\')
  if (root) return root + sep + parts.join(sep)
  return parts.join(sep)
}

/** The folder holding a file: "/p/series.kindframe" → "/p". */
export function dirOf(filePath: string): string {
  const { root, parts } = split(filePath)
  return join(root, parts.slice(0, -1), isWindowsStyle(filePath) ? '\\' : '/')
}

/** The last path segment: "C:\\a\\b c.mp4" → "b c.mp4"; "/a/take\\1.mp4" → "take\\1.mp4" (POSIX). */
export function baseName(p: string): string {
  const parts = p.split(p.startsWith('/') ? /\/+/ : /[\\/]+/).filter(Boolean)
  return parts[parts.length - 1] ?? ''
}

/**
 * Where a clip's media lives on disk. Relative media resolves against the project file's folder;
 * absolute media (or no project file yet) is returned normalized.
 */
export function resolveMediaPath(projectPath: string | null, media: string): string {
  return resolveWith(projectPath, media, false)
}

function resolveWith(projectPath: string | null, media: string, backslashSeparates: boolean): string {
  if (isAbsolutePath(media) || projectPath === null) {
    const { root, parts } = split(media, media.startsWith('/') && !backslashSeparates)
    return join(root, parts, isWindowsStyle(media) ? '\\' : '/')
  }
  const base = split(dirOf(projectPath))
  const windows = isWindowsStyle(projectPath)
  const rel = media.split(windows || backslashSeparates ? /[\\/]+/ : /\/+/)
  const parts = normalizeParts([...base.parts, ...rel])
  return join(base.root, parts, windows ? '\\' : '/')
}

/**
 * Where to look for a clip's media, in order: resolveMediaPath's reading, then (only when it
 * differs: a POSIX project whose relative path holds "\\") the reading with "\\" as a separator,
 * for projects written by hand or by older versions on Windows. The caller takes the first that exists.
 */
export function mediaPathCandidates(projectPath: string | null, media: string): string[] {
  const literal = resolveWith(projectPath, media, false)
  const legacy = resolveWith(projectPath, media, true)
  return legacy === literal ? [literal] : [literal, legacy]
}

/**
 * What to store in the project for a media file: relative to the project file's folder with "/"
 * separators, or the absolute path when there is no project file or they are on different roots
 * (another drive, a UNC share).
 */
export function relativeMediaPath(projectPath: string | null, mediaAbsPath: string): string {
  if (projectPath === null) return mediaAbsPath
  const from = split(dirOf(projectPath))
  const to = split(mediaAbsPath)
  // POSIX names are joined with "/" as they are: a "\\" inside one stays part of the name.
  if (from.root.toUpperCase() !== to.root.toUpperCase() || !to.root) return mediaAbsPath
  // Windows paths compare case-insensitively; POSIX paths do not.
  const same = isWindowsStyle(mediaAbsPath)
    ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
    : (a: string, b: string) => a === b
  let common = 0
  while (common < from.parts.length && common < to.parts.length && same(from.parts[common], to.parts[common])) common++
  const ups = from.parts.slice(common).map(() => '..')
  return [...ups, ...to.parts.slice(common)].join('/')
}
