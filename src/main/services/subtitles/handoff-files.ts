import { readFile, stat } from 'node:fs/promises'
import { KindframeError } from '../../../shared/errors'
import type { Clip } from '../../../shared/project/schema'
import { limitsFor } from '../../../shared/subtitles/qc'
import {
  exportCsv,
  exportXliff12,
  exportXliff20,
  importHandoff,
  type HandoffImport
} from '../../../shared/subtitles/xliff'
import { writeFileAtomic } from '../project/atomic-write'
import { decodeSubtitleBytes } from './decode'

export type HandoffVersion = '2.0' | '1.2' | 'csv'

export interface HandoffExportRequest {
  path: string
  version: HandoffVersion
  /** The project's series title: identifies the project inside the file. */
  projectTitle: string
  sourceLocale: string
  clip: Clip
  locale: string
  /** QC profile whose line limits are written as the max-length notes. */
  profile?: string
  overwrite?: boolean
}

/** Writes one clip × locale for translators (XLIFF 2.0, 1.2 or CSV), atomically; never over an existing file unless asked. */
export async function exportHandoffFile(
  req: HandoffExportRequest
): Promise<{ path: string; units: number; bytes: number }> {
  if (req.clip.track.cues.length === 0)
    throw new KindframeError('invalid-input', `Clip "${req.clip.title}" has no subtitles to translate.`)
  if (
    !req.overwrite &&
    (await stat(req.path).then(
      () => true,
      () => false
    ))
  )
    throw new KindframeError('exists', `${req.path} already exists (use overwrite to replace it).`)
  const limits = limitsFor(req.profile ?? 'social', req.locale)
  const input = {
    track: req.clip.track,
    sourceLocale: req.sourceLocale,
    targetLocale: req.locale,
    identity: { project: req.projectTitle, clip: req.clip.id },
    limits: { maxCpl: limits.maxCpl, maxLines: limits.maxLines }
  }
  const text =
    req.version === '2.0' ? exportXliff20(input) : req.version === '1.2' ? exportXliff12(input) : exportCsv(input)
  await writeFileAtomic(req.path, text)
  return { path: req.path, units: req.clip.track.cues.length, bytes: Buffer.byteLength(text, 'utf8') }
}

/** Reads a returned hand-off file (any encoding) against the clip it should belong to. Conflicts are data, not errors. */
export async function importHandoffFile(req: {
  path: string
  projectTitle: string
  clip: Clip
  locale: string
}): Promise<HandoffImport> {
  const bytes = await readFile(req.path).catch((err: NodeJS.ErrnoException) => {
    throw new KindframeError(
      err.code === 'ENOENT' ? 'not-found' : 'invalid-input',
      `Cannot read ${req.path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`
    )
  })
  const { text } = decodeSubtitleBytes(bytes, req.path)
  return importHandoff(text, {
    track: req.clip.track,
    locale: req.locale,
    identity: { project: req.projectTitle, clip: req.clip.id }
  })
}
