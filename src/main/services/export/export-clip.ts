import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { buildAss } from '../../../shared/ass/build-ass'
import { endCardLayout } from '../../../shared/ass/end-card-layout'
import { KindframeError, toErrorBody, type ErrorBody } from '../../../shared/errors'
import { buildExportArgs } from '../../../shared/export/args'
import { effectiveEndCard } from '../../../shared/export/ass-input'
import { outputAssInput } from '../../../shared/export/output-timeline'
import type { LoudnessMeasurement } from '../../../shared/export/loudness'
import { partialName } from '../../../shared/export/output-name'
import {
  clipDurationMs,
  effectiveTransitionMs,
  outputDurationMs,
  XFADE_TRANSITIONS,
  type EndCardPlan,
  type ExportPlan,
  type PlanOutput
} from '../../../shared/export/plan'
import type { Preset } from '../../../shared/export/presets'
import type { ProgressUpdate } from '../../../shared/export/progress'
import { checkOutput, failedChecks, type Check } from '../../../shared/export/verify-checks'
import type { Clip, Project } from '../../../shared/project/schema'
import { runFfmpeg } from '../ffmpeg/runner'
import { assertFontsPresent, fontsDir } from '../fonts'
import { measureLoudness, measureOutputLoudness } from './loudness'
import { commitOutput, prepareOutputDir, sweepStaleWorkDirs, workDirPrefix } from './outputs'
import { probeCardMedia, probeOutput, probeSource, type SourceInfo } from './probe'
import { anySignal } from './signals'
import { watchForParentDeath } from '../ffmpeg/reaper'
import { ownerTag } from '../fs/owner'
import { locateMedia } from '../media/resolve'

/**
 * Exports one clip to one or more locale outputs in ONE ffmpeg run: probe, loudness pass 1,
 * write one ASS per locale, encode to partial files, verify each against the preset, rename.
 * A failure of one output (exists, verify) does not discard the others.
 */
export interface ClipExportRequest {
  project: Project
  /** Anchors relative media paths; null when the project was never saved. */
  projectPath: string | null
  clipId: string
  preset: Preset
  /** `signal` cancels this output alone where the engine can (see signals.ts). */
  outputs: { jobId: string; locale: string; finalPath: string; signal?: AbortSignal }[]
  overwrite: boolean
  /** Registry key for the runner (cancel uses it). */
  runId: string
  /** Cancels every output of the request. */
  signal?: AbortSignal
  onProgress?: (update: ProgressUpdate) => void
  /** Encoding finished; these jobs are now being verified. */
  onVerifying?: (jobIds: string[]) => void
  /** Output folders this export had to create (filled in): the batch removes them again if they stay empty. */
  createdDirs?: Set<string>
  /**
   * Media reference (as written in the project) → a path already checked by the caller. A render
   * worker passes the mapped, size- and hash-checked paths here; a reference missing from it is
   * refused instead of being looked up relative to the worker's working directory.
   */
  mediaPaths?: Readonly<Record<string, string>>
  /** A remote runner says which worker took the job (shown next to the progress bar). */
  onWorker?: (name: string) => void
}

export interface ExportResult {
  durationMs: number
  sizeBytes: number
  loudness: { inputI: number | null; outputI: number | null; outputTp: number | null }
  checks: Check[]
}

export type OutputOutcome =
  { jobId: string; ok: true; result: ExportResult } | { jobId: string; ok: false; error: ErrorBody; checks?: Check[] }

let sweptWorkDirs = false

export async function exportClip(req: ClipExportRequest): Promise<OutputOutcome[]> {
  const clip = req.project.clips.find((c) => c.id === req.clipId)
  if (!clip) return failAll(req, new KindframeError('not-found', `Clip "${req.clipId}" is not in the project.`))
  // The source first: a missing or bad clip fails with probe's own words before any folder is made.
  let sourcePath: string
  let source: SourceInfo
  try {
    sourcePath = await locate(req, clip.media)
    source = await probeSource(sourcePath)
  } catch (err) {
    return failAll(req, err)
  }
  const outcomes: OutputOutcome[] = []
  const ready: typeof req.outputs = []
  for (const out of req.outputs) {
    try {
      await prepareOutputDir(out.finalPath, req.overwrite, req.createdDirs)
      ready.push(out)
    } catch (err) {
      outcomes.push({ jobId: out.jobId, ok: false, error: toErrorBody(err) })
    }
  }
  if (ready.length === 0) return outcomes
  if (!sweptWorkDirs) {
    sweptWorkDirs = true
    await sweepStaleWorkDirs() // what a run killed with its watchdog left (see outputs.ts)
  }
  const workDir = await mkdtemp(workDirPrefix())
  const unwatch = watchForParentDeath({ dirs: [workDir] })
  try {
    return [...outcomes, ...(await encodeAndVerify(req, clip, ready, workDir, sourcePath, source))]
  } catch (err) {
    return [...outcomes, ...ready.map((o) => ({ jobId: o.jobId, ok: false as const, error: toErrorBody(err) }))]
  } finally {
    await rm(workDir, { recursive: true, force: true })
    unwatch()
  }
}

async function encodeAndVerify(
  req: ClipExportRequest,
  clip: Clip,
  outs: ClipExportRequest['outputs'],
  workDir: string,
  sourcePath: string,
  source: SourceInfo
): Promise<OutputOutcome[]> {
  const { preset, project } = req
  // One process encodes every output: cancelling any of them stops it (the queue restarts the others).
  const runSignal = anySignal(req.signal, ...outs.map((o) => o.signal))
  // A missing shipped font would make libass fall back silently (tofu for Thai/Arabic): refuse instead.
  assertFontsPresent()
  if (source.durationMs > preset.limits.maxDurationMs) {
    throw new KindframeError(
      'limit-exceeded',
      `${sourcePath}: ${Math.round(source.durationMs / 1000)} s is longer than the ${preset.label} limit of ${preset.limits.maxDurationMs / 60000} min.`
    )
  }
  const clipMs = clipDurationMs(source.durationMs, preset.fps)
  const endCard = await planEndCard(req, clip, clipMs)
  const loudness = source.hasAudio
    ? await measureLoudness(sourcePath, preset.loudness, `${req.runId}:measure`, { signal: runSignal })
    : undefined

  const outputs: PlanOutput[] = []
  const partial = { clipDurationMs: clipMs, endCard }
  const transitionMs = effectiveTransitionMs(partial)
  for (const [i, out] of outs.entries()) {
    const assPath = join(workDir, `${i}.ass`)
    // The same timeline + ASS input the studio's player previews (outputAssInput), so what you see is what is burned in.
    await writeFile(assPath, buildAss(outputAssInput(project, clip, out.locale, preset, source.durationMs)), 'utf8')
    const partialPath = join(dirname(out.finalPath), partialName(basename(out.finalPath), out.jobId, ownerTag()))
    outputs.push({ jobId: out.jobId, locale: out.locale, assPath, partialPath, finalPath: out.finalPath })
  }
  const plan: ExportPlan = {
    sourcePath,
    clipDurationMs: clipMs,
    hasAudio: source.hasAudio,
    sar: source.sar,
    fit: clip.fit,
    padColor: clip.padColor,
    preset,
    loudness,
    endCard,
    fontsDir: fontsDir(),
    outputs,
    ...(source.color.kind === 'hdr' ? { hdr: source.color } : {})
  }
  const expectedMs = outputDurationMs(plan)
  await runFfmpeg({
    id: req.runId,
    args: buildExportArgs(plan),
    expectedDurationMs: expectedMs,
    onProgress: req.onProgress,
    partialPaths: outputs.map((o) => o.partialPath),
    signal: runSignal
  })
  req.onVerifying?.(outputs.map((o) => o.jobId))
  const results: OutputOutcome[] = []
  // Output loudness is the programme's: the clip part before the card, which is silent by design.
  const programMs = clipMs - transitionMs
  // Verification is per output: cancelling one now stops only its own checks.
  for (const [i, out] of outputs.entries()) {
    const signal = anySignal(req.signal, outs[i]!.signal)
    results.push(
      await verifyAndCommit(req, out, { expectedMs, programMs, sourceMs: source.durationMs, signal }, loudness)
    )
  }
  return results
}

interface Durations {
  expectedMs: number
  programMs: number
  sourceMs: number
  /** This output's cancel (the run's and its own). */
  signal: AbortSignal | undefined
}

async function verifyAndCommit(
  req: ClipExportRequest,
  out: PlanOutput,
  d: Durations,
  input: LoudnessMeasurement | undefined
): Promise<OutputOutcome> {
  const { preset } = req
  const { expectedMs, sourceMs } = d
  try {
    const probe = await probeOutput(out.partialPath)
    const checks = checkOutput(probe, preset, expectedMs)
    const measured = input
      ? await measureOutputLoudness(out.partialPath, `${req.runId}:verify:${out.jobId}`, {
          signal: d.signal,
          durationMs: d.programMs
        })
      : undefined
    if (input) {
      const ok = measured !== undefined && Math.abs(measured.integrated - preset.loudness.integrated) <= 1
      checks.push({
        name: 'loudness',
        ok,
        detail: `${measured?.integrated ?? '-'} LUFS (want ${preset.loudness.integrated} ± 1)`
      })
    }
    checks.push({
      name: 'length-limit',
      ok: true,
      detail:
        sourceMs > preset.limits.warnDurationMs
          ? `warning: longer than ${preset.limits.warnDurationMs / 1000} s`
          : 'within the recommended length'
    })
    const failed = failedChecks(checks)
    if (failed.length > 0) {
      await rm(out.partialPath, { force: true })
      const what = failed.map((c) => `${c.name}: ${c.detail}`).join('; ')
      return {
        jobId: out.jobId,
        ok: false,
        checks,
        error: {
          code: 'verify-failed',
          message: `${out.finalPath}: output does not meet ${preset.id} (${what}); not kept.`
        }
      }
    }
    // Cancelled while it was being checked: it must not appear under its final name.
    if (d.signal?.aborted) throw new KindframeError('cancelled', 'Export cancelled.')
    await commitOutput(out.partialPath, out.finalPath, req.overwrite)
    const loudness = {
      inputI: input?.inputI ?? null,
      outputI: measured?.integrated ?? null,
      outputTp: measured?.truePeak ?? null
    }
    return {
      jobId: out.jobId,
      ok: true,
      result: { durationMs: probe.video?.durationMs ?? expectedMs, sizeBytes: probe.sizeBytes, loudness, checks }
    }
  } catch (err) {
    await rm(out.partialPath, { force: true })
    return { jobId: out.jobId, ok: false, error: toErrorBody(err) }
  }
}

async function planEndCard(req: ClipExportRequest, clip: Clip, clipMs: number): Promise<EndCardPlan | undefined> {
  const ec = effectiveEndCard(req.project, clip)
  if (!ec.enabled) return undefined
  if (!(XFADE_TRANSITIONS as readonly string[]).includes(ec.transition.kind)) {
    throw new KindframeError(
      'invalid-input',
      `End-card transition "${ec.transition.kind}" is not one ffmpeg knows (e.g. ${XFADE_TRANSITIONS.slice(0, 6).join(', ')}).`
    )
  }
  const plan: EndCardPlan = {
    durationMs: ec.durationMs,
    transition: { kind: ec.transition.kind, durationMs: Math.min(ec.transition.durationMs, clipMs) },
    background: ec.background
  }
  const photoRel = ec.media ?? clip.creator.photo
  if (photoRel) {
    const path = await locate(req, photoRel)
    const { isImage, hdr } = await probeCardMedia(path)
    plan.photo = {
      path,
      isImage,
      rect: endCardLayout(req.preset.width, req.preset.height, ec.layout).photo,
      ...(hdr ? { hdr } : {})
    }
  }
  return plan
}

/** Where a media reference is: the caller's checked path (render workers), else resolved next to the project. */
async function locate(req: ClipExportRequest, ref: string): Promise<string> {
  if (!req.mediaPaths) return locateMedia(req.projectPath, ref)
  const path = req.mediaPaths[ref]
  if (path === undefined)
    throw new KindframeError(
      'media-missing',
      `${ref}: the job does not list this media file, so it was not checked; not rendering from it.`
    )
  return path
}

function failAll(req: ClipExportRequest, err: unknown): OutputOutcome[] {
  return req.outputs.map((o) => ({ jobId: o.jobId, ok: false as const, error: toErrorBody(err) }))
}
