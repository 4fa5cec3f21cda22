import { stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { effectiveEndCard } from '../../../shared/export/ass-input'
import type { Project } from '../../../shared/project/schema'
import { describeMaps, localPath, type PathMapping } from '../../../shared/workers/path-map'
import {
  REMOTE_JOB_FORMAT,
  REMOTE_JOB_KIND,
  type RemoteJobData,
  type RemoteMedia
} from '../../../shared/workers/job-data'
import { sha256Hex } from '../../../shared/hash/sha256'
import { serializeProject } from '../../../shared/project/parse-project'
import type { ClipExportRequest } from '../export/export-clip'
import { hashFile } from '../media/fingerprint'
import { locateMedia } from '../media/resolve'

/**
 * The media an output is made from, on both sides of the queue. The enqueuing machine records each
 * file's path, size and SHA-256 (hashes are cached per path, size and time, so pre-flight and this
 * read a file once); a worker maps the path, and renders only from a file with the same size and hash.
 */
export function mediaRefs(project: Project, clipId: string): string[] {
  const clip = project.clips.find((c) => c.id === clipId)
  if (!clip) throw new KindframeError('not-found', `Clip "${clipId}" is not in the project.`)
  const refs = [clip.media]
  const ec = effectiveEndCard(project, clip)
  const photo = ec.media ?? clip.creator.photo
  if (ec.enabled && photo) refs.push(photo)
  return [...new Set(refs)]
}

export async function describeMedia(
  project: Project,
  projectPath: string | null,
  clipId: string
): Promise<RemoteMedia[]> {
  const out: RemoteMedia[] = []
  for (const ref of mediaRefs(project, clipId)) {
    const path = await locateMedia(projectPath, ref)
    const s = await stat(path).catch(() => undefined)
    if (!s?.isFile()) throw new KindframeError('media-missing', `${path}: the clip's media file is missing.`)
    out.push({ ref, path, sizeBytes: s.size, sha256: await hashFile(path, s.size, s.mtimeMs) })
  }
  return out
}

/**
 * Worker side: ref → local path of every media file, each checked. Refuses (KindframeError) with the
 * file, both paths and the mapping in use when a file is not there ('media-missing') or is not the
 * same file ('media-changed').
 */
export async function checkJobMedia(
  media: readonly RemoteMedia[],
  maps: readonly PathMapping[],
  worker: string
): Promise<Record<string, string>> {
  const paths: Record<string, string> = {}
  for (const m of media) {
    const local = localPath(m.path, maps)
    const s = await stat(local.path).catch(() => undefined)
    if (!s?.isFile()) {
      const how = local.mapped
        ? `mapped to ${local.path}, where there is no such file`
        : `no --map covers it (maps: ${describeMaps(maps)}) and ${local.path} does not exist on this machine`
      throw new KindframeError(
        'media-missing',
        `media ${m.path} is not available on worker "${worker}": ${how}. Mount the shared storage, or start the worker with --map FROM=TO.`
      )
    }
    if (s.size !== m.sizeBytes) {
      throw new KindframeError(
        'media-changed',
        `media ${local.path} differs from the job's: ${s.size} bytes here, ${m.sizeBytes} bytes when the export was queued. Not rendering from another file.`
      )
    }
    const sha = await hashFile(local.path, s.size, s.mtimeMs)
    if (sha !== m.sha256) {
      throw new KindframeError(
        'media-changed',
        `media ${local.path} differs from the job's: same size, but SHA-256 ${sha.slice(0, 12)}… here, ${m.sha256.slice(0, 12)}… when the export was queued. Not rendering from another file.`
      )
    }
    paths[m.ref] = local.path
  }
  return paths
}

/**
 * One output of a local export request as a queue job. The batch id is the job id without its
 * "-<n>" (planBatch names jobs "<batch>-<n>"); outDir is the output's own folder, which the
 * enqueuing side has created, so a worker that cannot see it knows it would write somewhere else.
 */
export async function buildJobData(
  req: ClipExportRequest,
  out: ClipExportRequest['outputs'][number],
  requestedBy: string
): Promise<RemoteJobData> {
  const projectText = serializeProject(req.project)
  return {
    kind: REMOTE_JOB_KIND,
    format: REMOTE_JOB_FORMAT,
    batchId: out.jobId.replace(/-\d+$/, ''),
    jobId: out.jobId,
    projectText,
    projectHash: sha256Hex(projectText),
    projectPath: req.projectPath,
    clipId: req.clipId,
    locale: out.locale,
    preset: req.preset,
    captionStyle: req.project.style ?? null,
    media: await describeMedia(req.project, req.projectPath, req.clipId),
    outDir: dirname(out.finalPath),
    outputPath: out.finalPath,
    overwrite: req.overwrite,
    requestedBy
  }
}
