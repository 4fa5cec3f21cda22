import { addProblem, type OutputContext } from './context'

/** "2.5 MB", "40.1 kB", or exact bytes when the rounded sizes would read the same. */
function sizes(a: number, b: number): [string, string] {
  const label = (n: number) =>
    n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : n >= 10_000 ? `${(n / 1000).toFixed(1)} kB` : `${n} bytes`
  return label(a) === label(b) ? [`${a} bytes`, `${b} bytes`] : [label(a), label(b)]
}

/**
 * The clip's media is there and is the file the subtitles were timed against: same size and, when
 * the modification time moved, the same SHA-256 as when it was imported. A file with the same size
 * and time is taken as unchanged without re-reading it (main hashes only when the time moved).
 */
export function checkMedia(ctx: OutputContext): void {
  const { clip, facts } = ctx
  const target = { kind: 'clip' as const, clipId: clip.id, field: 'media' as const }
  if (!clip.probe) addProblem(ctx, 'probe-missing', 'warning', {}, { target })
  const fact = facts.media?.[clip.id]
  if (!fact) return
  const path = clip.media
  if (!fact.exists) {
    addProblem(ctx, 'media-missing', 'error', { path }, { target })
    return
  }
  const record = clip.mediaFingerprint
  if (!record) {
    addProblem(ctx, 'media-unrecorded', 'warning', { path }, { target })
    return
  }
  if (fact.sizeBytes !== undefined && fact.sizeBytes !== record.sizeBytes) {
    const [from, to] = sizes(record.sizeBytes, fact.sizeBytes)
    addProblem(
      ctx,
      'media-changed',
      'error',
      { path, detail: `size ${from} → ${to}`, detailKind: 'size', from, to },
      { target }
    )
    return
  }
  if (fact.mtimeMs === undefined || Math.abs(fact.mtimeMs - record.mtimeMs) < 1) return
  if (fact.sha256 === undefined) {
    addProblem(
      ctx,
      'media-changed',
      'error',
      { path, detail: 'modified since import; its content could not be compared', detailKind: 'unverifiable' },
      { target }
    )
  } else if (fact.sha256 !== record.sha256) {
    addProblem(
      ctx,
      'media-changed',
      'error',
      { path, detail: 'same size, different content', detailKind: 'content' },
      { target }
    )
  } else {
    addProblem(ctx, 'media-touched', 'info', { path }, { target })
  }
}
