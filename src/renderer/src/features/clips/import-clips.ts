import type { Clip } from '../../../../shared/project/schema'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'

/** Paths per media.import call: small enough to show progress and keep the UI responsive with 200 files. */
export const IMPORT_BATCH_SIZE = 8

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** "a.mp4\n  b.mp4 \n\n" → ["a.mp4", "b.mp4"]: one path per line. */
export function parsePathList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
}

/**
 * Imports media in batches, adding clips as each batch returns (one undo step per batch) and
 * selecting the first new clip. Rejections are collected with their reasons; a failing batch
 * (e.g. main unreachable) stops the import and is rethrown for the caller to report.
 */
export async function importPaths(paths: string[]): Promise<{ added: Clip[]; rejected: number }> {
  const { setImport } = useStudio.getState()
  if (paths.length === 0) return { added: [], rejected: 0 }
  setImport({ importTotal: paths.length, importDone: 0, importRunning: true, importRejected: [] })
  const added: Clip[] = []
  const rejected: { path: string; code: string; reason: string }[] = []
  try {
    for (const batch of chunk(paths, IMPORT_BATCH_SIZE)) {
      const projectPath = useStudio.getState().projectPath
      const result = await client()['media.import']({ projectPath, paths: batch })
      if (result.clips.length) {
        useStudio.getState().updateProject((p) => ({ ...p, clips: [...p.clips, ...result.clips] }))
        if (added.length === 0) useStudio.getState().selectClip(result.clips[0].id)
        added.push(...result.clips)
      }
      rejected.push(...result.rejected)
      setImport({ importDone: useStudio.getState().importDone + batch.length, importRejected: [...rejected] })
      // Yield a frame so React paints progress between batches.
      await new Promise((r) => setTimeout(r, 0))
    }
  } finally {
    setImport({ importRunning: false })
    emitSignal('import-done', {
      added: added.length,
      rejected: rejected.length,
      reasons: rejected.map((r) => r.reason)
    })
  }
  return { added, rejected: rejected.length }
}
