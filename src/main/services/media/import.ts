import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import type { ImportResult } from '../../../shared/contract/media'
import { toErrorBody } from '../../../shared/errors'
import { baseName, relativeMediaPath } from '../../../shared/project/media-path'
import { makeClipId, titleFromFileName } from '../../../shared/project/clip-id'
import { Clip, type MediaFingerprint } from '../../../shared/project/schema'
import { probeVideoFile, type ProbedFile } from '../ffmpeg/probe'
import { fingerprintMedia } from './fingerprint'
import { mapLimit } from './map-limit'

/** Two probes at a time: the machine (and a user's laptop) is shared with the preview and exports. */
const PROBE_CONCURRENCY = 2

const shortSuffix = () => randomBytes(3).readUIntBE(0, 3).toString(36).padStart(4, '0').slice(-4)

/**
 * Files → new clips. Each file is probed on its own: one bad file is reported in `rejected` with
 * its code and reason and never stops the others. Folders are refused (not expanded) so that a
 * mis-drop of a whole drive cannot queue thousands of probes; the reason says to pick the files.
 * Still images are refused too (they belong on the end card, not the timeline). A path listed
 * twice is imported once. Media is stored relative to `projectPath` when there is one.
 */
export async function importMedia(
  projectPath: string | null,
  paths: readonly string[],
  opts: { takenIds?: Iterable<string> } = {}
): Promise<ImportResult> {
  const seen = new Set<string>()
  const unique = paths.map((p) => resolve(p)).filter((p) => (seen.has(p) ? false : (seen.add(p), true)))
  const outcomes = await mapLimit(unique, PROBE_CONCURRENCY, async (abs) => {
    try {
      const probed = await probeVideoFile(abs)
      // The import record pre-flight compares against later (media changed since import?).
      return { abs, probed, fingerprint: await fingerprintMedia(abs) }
    } catch (err) {
      return { abs, error: toErrorBody(err) }
    }
  })

  const project = projectPath === null ? null : resolve(projectPath)
  const taken = new Set(opts.takenIds ?? [])
  const result: ImportResult = { clips: [], rejected: [] }
  for (const o of outcomes) {
    if ('error' in o && o.error) {
      result.rejected.push({ path: o.abs, code: o.error.code, reason: o.error.message })
      continue
    }
    const { probed, fingerprint } = o as { probed: ProbedFile; fingerprint: MediaFingerprint }
    const file = baseName(o.abs)
    const id = makeClipId(file, taken, shortSuffix)
    taken.add(id)
    result.clips.push(
      Clip.parse({
        id,
        title: titleFromFileName(file),
        media: relativeMediaPath(project, o.abs),
        probe: probed.probe,
        mediaFingerprint: fingerprint
      })
    )
  }
  return result
}
