/**
 * Which project and clip a hand-off file belongs to, written into the file (XLIFF file@original, a CSV
 * column) so that importing a file made for ANOTHER clip or project is detected instead of silently
 * pasting translations onto the wrong cues. `project` is the series title (projects have no other
 * stable id); `clip` is the clip id.
 */
export interface HandoffIdentity {
  project: string
  clip: string
}

const PREFIX = 'kindframe:'

export function encodeIdentity(id: HandoffIdentity): string {
  return `${PREFIX}project=${encodeURIComponent(id.project)};clip=${encodeURIComponent(id.clip)}`
}

export function decodeIdentity(s: string | undefined): HandoffIdentity | undefined {
  if (!s || !s.startsWith(PREFIX)) return undefined
  const m = /^project=([^;]*);clip=([^;]*)$/.exec(s.slice(PREFIX.length))
  if (!m) return undefined
  try {
    return { project: decodeURIComponent(m[1]), clip: decodeURIComponent(m[2]) }
  } catch {
    return undefined
  }
}
