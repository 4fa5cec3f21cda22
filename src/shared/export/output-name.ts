/**
 * Output file names from a template such as "{series}/{clip}.{locale}.mp4". Each placeholder value
 * is sanitised into one safe path segment; the template's own "/" make folders. Pure: joins with "/".
 */
export interface OutputNameValues {
  series: string
  clip: string
  clipId: string
  locale: string
  preset: string
}

const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i

/** One path segment that is valid on Windows, macOS and Linux. */
export function sanitizeSegment(text: string): string {
  let s = text
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '_')
    .replace(/[. ]+$/, '')
  if (RESERVED_WINDOWS.test(s)) s = `_${s}`
  // Keep well under the 255-byte limit of most filesystems (UTF-8 may take 4 bytes per char).
  if (s.length > 100) s = s.slice(0, 100).trim()
  return s || '_'
}

export function renderOutputName(template: string, values: OutputNameValues): string {
  const filled = template.replace(/\{(series|clip|clipId|locale|preset)\}/g, (_m, key: keyof OutputNameValues) =>
    sanitizeSegment(values[key]).replace(/\//g, '_')
  )
  const segments = filled
    .split(/[\\/]+/)
    .filter((seg) => seg.length > 0 && seg !== '.')
    .map((seg) => (seg === '..' ? '_' : sanitizeSegment(seg)))
  if (segments.length === 0) throw new Error(`output template "${template}" produces an empty name`)
  const last = segments[segments.length - 1]!
  if (!/\.mp4$/i.test(last)) segments[segments.length - 1] = `${last}.mp4`
  return segments.join('/')
}

/**
 * The temp name an output is encoded to before verification, in the same folder (same filesystem →
 * atomic rename). `owner` ("<host>-<pid>" of the writing process) lets a later run tell a dead run's
 * leftover from a live run's file: see parsePartialName.
 */
export function partialName(fileName: string, jobId: string, owner?: string): string {
  return `.${fileName}.part-${owner ? `${owner}-` : ''}${sanitizeSegment(jobId)}.mp4`
}

/** What a partial file's name says: its owner (when it has one) — `undefined` when it is no partial. */
export function parsePartialName(name: string): { owner?: string } | undefined {
  if (!/^\..+\.part-.+\.mp4$/.test(name)) return undefined
  const tagged = /\.part-([0-9a-f]{8}-\d{1,10})-[^/]+\.mp4$/.exec(name)
  return tagged ? { owner: tagged[1] } : {}
}
