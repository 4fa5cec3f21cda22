import { dirname, join, relative } from 'node:path'
import { safeText } from '../../shared/safe-text'
import { EXIT, type CliIO, type Command } from '../command'
import { exitCodeFor } from '../exit-code-for'
import { KindframeError } from '../../shared/errors'
import type { ExportBatchProgress, ExportJob } from '../../shared/export/job'
import { PRESETS } from '../../shared/export/presets'
import { formatPreflightText, selectForExport, type ExportMode, type PreflightReport } from '../../shared/preflight'
import { preflightBatch } from '../../main/services/export/preflight'
import { createExportQueue } from '../../main/services/export/queue'
import { openProject } from '../../main/services/project/store'
import { connectRemoteRunner, type RemoteRunner } from '../../main/services/workers/remote-runner'
import { checkRedisUrl } from '../../main/services/workers/redis'
import { captionPresetByName } from '../../shared/captions/resolve-style'
import { CAPTION_PRESET_NAMES, type CaptionPresetName } from '../../shared/captions/style-schema'
import { withCaptionStyle } from '../../shared/captions/with-style'
import { defineCommand, listValue, parseCommandArgs, usageText, UsageError, wholeNumber } from '../args'

const SPEC = defineCommand({
  name: 'export',
  synopsis: '<project.kindframe> [options]',
  description: `Exports clips × locales as verified, TikTok-ready MP4 files (one ffmpeg run per clip; locales of a
clip share one decode) and writes a manifest (JSON + CSV) and report.html (contact sheet) next to them.

First it runs the pre-flight (the table "kindframe check" prints): translations, QC, kindness, media
unchanged since import, end card, fonts, preset limits, output names and existing files. If an output
is not ready, nothing is exported (exit 6) unless --only-ready or --allow-incomplete says otherwise.
Outputs that cannot be written (file exists without --overwrite, two outputs on one name, the
project's lint policy) are never exported.`,
  options: {
    clip: {
      type: 'string',
      multiple: true,
      arg: 'ID',
      help: 'export this clip (repeatable); default with --all or no --clip: every clip'
    },
    all: { type: 'boolean', help: 'every clip of the project' },
    locales: {
      type: 'string',
      arg: 'a,b,…',
      help: "subtitle locales to burn in (default: the project's source locale)"
    },
    preset: {
      type: 'string',
      arg: 'ID',
      help: `${PRESETS.map((p) => p.id).join(' | ')} (default: the project's preset)`
    },
    'caption-style': {
      type: 'string',
      arg: 'NAME',
      help: `${CAPTION_PRESET_NAMES.join(' | ')}:
this look for every clip of this export (default: the project's and clips' own styles; the file
is not changed)`
    },
    out: { type: 'string', arg: 'DIR', help: 'output folder (default: <project folder>/export)' },
    overwrite: {
      type: 'boolean',
      help: 'replace existing files (otherwise they are kept and the job fails with "exists")'
    },
    'only-ready': { type: 'boolean', help: 'export the ready outputs, skip the others (listed in the manifest)' },
    'allow-incomplete': {
      type: 'boolean',
      help: 'export incomplete outputs too, under "<name>.incomplete.mp4", never the final name'
    },
    concurrency: { type: 'string', arg: 'N', help: 'parallel ffmpeg processes (default: half the CPU cores)' },
    queue: {
      type: 'string',
      arg: 'URL',
      help: `render on workers instead of here: put each output on the Redis render queue at URL
(redis://host:port, rediss:// for TLS) for "kindframe worker" processes, wait for them,
and write the same manifest and report. Retries a job up to --attempts times (default 3)
with exponential back-off; Ctrl-C removes queued jobs and stops running ones`
    },
    attempts: { type: 'string', arg: 'N', help: 'tries per output on workers (with --queue)' },
    json: { type: 'boolean', help: 'one JSON object per line per event: {"event":"preflight"|"job"|"batch"|"done", …}' }
  },
  notes: `Ctrl-C, SIGTERM and SIGHUP cancel: ffmpeg is stopped, partial files and temp folders removed (after
kill -9 a watchdog does it). Nothing exported → no manifest and no empty folders.`,
  exitCodes: `0 all outputs verified · 1 a job failed, or the lint policy blocks · 2 usage · 3 bad
project/media · 4 ffmpeg missing · 5 output folder not writable / disk full / outputs exist / manifest
not written · 6 not ready: pre-flight found incomplete outputs, nothing exported · 7 render queue
(Redis) unreachable or lost (--queue) · 130 cancelled (Ctrl-C) · 143 SIGTERM · 129 SIGHUP`
})

export interface ExportCliOptions {
  project: string
  clipIds: string[]
  locales?: string[]
  presetId?: string
  outDir?: string
  overwrite: boolean
  json: boolean
  concurrency?: number
  /** --only-ready → 'ready', --allow-incomplete → 'all'. */
  mode?: ExportMode
  /** --queue: a Redis URL; the outputs are rendered by workers. */
  queue?: string
  attempts?: number
  captionStyle?: CaptionPresetName
}

/** Pure argv parser; throws UsageError (a KindframeError 'invalid-input') with the reason. */
export function parseExportArgs(args: string[]): ExportCliOptions {
  const { values: v, positionals } = parseCommandArgs(SPEC, args)
  const [project, extra] = positionals
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}" (one project at a time)`)
  if (!project) throw new UsageError('give the project file')
  if (v.all && v.clip) throw new UsageError('--all and --clip exclude each other')
  if (v['only-ready'] && v['allow-incomplete'])
    throw new UsageError('--only-ready and --allow-incomplete exclude each other')
  const o: ExportCliOptions = { project, clipIds: v.clip ?? [], overwrite: v.overwrite === true, json: v.json === true }
  if (v.locales !== undefined) o.locales = listValue(v.locales)
  if (v.preset !== undefined) o.presetId = v.preset
  if (v['caption-style'] !== undefined) o.captionStyle = asUsage(() => captionPresetByName(v['caption-style']!))
  if (v.out !== undefined) o.outDir = v.out
  if (v['only-ready']) o.mode = 'ready'
  if (v['allow-incomplete']) o.mode = 'all'
  if (v.queue !== undefined) o.queue = v.queue
  const attempts = wholeNumber(v.attempts, '--attempts', 1)
  if (attempts !== undefined) o.attempts = attempts
  const concurrency = wholeNumber(v.concurrency, '--concurrency', 1)
  if (concurrency !== undefined) o.concurrency = concurrency
  if (o.queue && o.concurrency !== undefined)
    throw new UsageError(
      '--concurrency is for local exports; with --queue each worker has its own (kindframe worker --concurrency N)'
    )
  if (o.attempts !== undefined && !o.queue)
    throw new UsageError('--attempts needs --queue (a local export does not retry)')
  if (o.queue) asUsage(() => checkRedisUrl(o.queue!))
  if (o.presetId && !PRESETS.some((p) => p.id === o.presetId)) {
    throw new UsageError(`unknown preset "${o.presetId}" (known: ${PRESETS.map((p) => p.id).join(', ')})`)
  }
  return o
}

/** A shared validator's refusal of a flag's value is a wrong argument: its reason, then the help. */
function asUsage<T>(check: () => T): T {
  try {
    return check()
  } catch (err) {
    throw err instanceof KindframeError && err.code === 'invalid-input' ? new UsageError(err.message) : err
  }
}

/** One progress line, e.g. "  42% c1.ms.mp4  ETA 0:12". Pure. */
export function progressLine(job: ExportJob, width = 80): string {
  const name = job.outputPath.split(/[\\/]/).pop() ?? job.outputPath
  const barWidth = 20
  const filled = Math.round((job.percent / 100) * barWidth)
  const bar = '█'.repeat(filled) + '░'.repeat(barWidth - filled)
  const eta =
    job.etaMs !== null && job.state === 'running'
      ? `  ETA ${Math.floor(job.etaMs / 60000)}:${String(Math.floor(job.etaMs / 1000) % 60).padStart(2, '0')}`
      : ''
  const state = job.state === 'running' ? `${job.percent.toFixed(0).padStart(3)}%` : job.state
  const worker = job.worker ? `  @${job.worker}` : ''
  return `${bar} ${state} ${name}${worker}${eta}`.slice(0, width)
}

/**
 * "↻ <file> restarted: shared one ffmpeg run with ms (cancelled)" when a job's restart list grew,
 * else undefined. Pure. The locales of a clip are encoded by one process, so cancelling one of them
 * stops the others, which start again from 0 %.
 */
export function restartLine(job: ExportJob, before: ExportJob | undefined): string | undefined {
  const now = job.restartedAfterCancel ?? []
  if (now.length === 0 || now.length === (before?.restartedAfterCancel?.length ?? 0)) return undefined
  return `↻ ${job.outputPath} restarted: shared one ffmpeg run with ${now.join(', ')} (cancelled)`
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'pre-flight, then verified TikTok-ready MP4s of clips × locales, a manifest and report.html (--json)',
  usage: usageText(SPEC),
  async run(args, io) {
    const opts = parseExportArgs(args)
    const opened = await openProject(opts.project)
    const outDir = opts.outDir ?? join(dirname(opened.path), 'export')
    const view = createView(io, opts.json)
    const project = opts.captionStyle ? withCaptionStyle(opened.project, opts.captionStyle) : opened.project
    const request = {
      project,
      projectPath: opened.path,
      clipIds: opts.clipIds,
      locales: opts.locales,
      presetId: opts.presetId,
      outDir,
      overwrite: opts.overwrite
    }
    const { report } = await preflightBatch(request)
    view.preflight(report)
    const mode = opts.mode ?? 'refuse'
    const selection = selectForExport(report, mode)
    if (selection.refused) {
      io.stderr.write(`kindframe export: ${selection.refused.message}\n`)
      return exitCodeFor(selection.refused.code)
    }
    if (selection.selected.length === 0) {
      io.stderr.write(
        `kindframe export: none of the ${report.outputs.length} outputs is ready; nothing was exported.\n`
      )
      return EXIT.incomplete
    }
    let remote: RemoteRunner | undefined
    if (opts.queue) {
      try {
        remote = await connectRemoteRunner({ redisUrl: opts.queue, attempts: opts.attempts, ...queueTuning() })
      } catch (err) {
        io.stderr.write(`kindframe export: ${(err as Error).message}\n`)
        return err instanceof KindframeError ? exitCodeFor(err.code) : EXIT.failed
      }
    }
    const queue = createExportQueue({
      concurrency: remote ? selection.selected.length : opts.concurrency,
      onJob: view.job,
      onBatch: view.batch,
      // On workers: one output per job, all queued at once, so every free worker can take one.
      ...(remote ? { runClip: remote.runClip, maxOutputsPerProcess: 1 } : {})
    })
    const { batchId } = queue.start({ ...request, mode, preflight: report })
    const onAbort = () => queue.cancel({ batchId })
    io.signal.addEventListener('abort', onAbort, { once: true })
    const final = await queue.whenBatchDone(batchId).finally(() => io.signal.removeEventListener('abort', onAbort))
    const lost = remote?.lost()
    await remote?.close()
    if (lost) io.stderr.write(`kindframe export: ${lost}\n`)
    const jobs = queue.jobs().filter((j) => j.batchId === batchId)
    view.finish(jobs, final, outDir)
    if (io.signal.aborted || final.cancelled > 0) return EXIT.cancelled
    const failed = jobs.filter((j) => j.state === 'failed')
    if (failed.length === 0) {
      // The files are exported but their proof (manifest) is not: the output side failed.
      if (final.manifestError) return EXIT.output
      // --allow-incomplete promised every output it could: one left out as blocked (exists…) is a failure.
      const blocked = selection.skipped.filter((o) => o.verdict === 'blocked')
      if (mode === 'all' && blocked.length)
        return blocked.some((o) => o.problems.some((p) => p.blocks === 'output')) ? EXIT.output : EXIT.failed
      return EXIT.ok
    }
    const codes = new Set(
      failed.map((j) => (j.error ? exitCodeFor(j.error.code as KindframeError['code']) : EXIT.failed))
    )
    // One shared, specific cause (every output exists; the media is bad) gets its own exit code; mixed causes are 1.
    const [only] = codes
    if (lost) return EXIT.queue
    return codes.size === 1 && (only === EXIT.output || only === EXIT.badInput || only === EXIT.queue)
      ? only
      : EXIT.failed
  }
}

/** Test and tuning knobs for remote exports (documented in docs/render-workers.md). */
function queueTuning(): { lostAfterMs?: number; backoffMs?: number } {
  const num = (v: string | undefined) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : undefined)
  const lostAfterMs = num(process.env.KINDFRAME_QUEUE_LOST_MS)
  const backoffMs = num(process.env.KINDFRAME_QUEUE_BACKOFF_MS)
  return { ...(lostAfterMs ? { lostAfterMs } : {}), ...(backoffMs ? { backoffMs } : {}) }
}

interface View {
  preflight(report: PreflightReport): void
  job(job: ExportJob): void
  batch(p: ExportBatchProgress): void
  finish(jobs: ExportJob[], p: ExportBatchProgress, outDir: string): void
}

function createView(io: CliIO, json: boolean): View {
  if (json) {
    const line = (o: unknown) => io.stdout.write(JSON.stringify(o) + '\n')
    return {
      preflight: (report) => line({ event: 'preflight', report }),
      job: (job) => line({ event: 'job', job }),
      batch: (batch) => line({ event: 'batch', batch }),
      finish: (jobs, batch, outDir) => {
        line({
          event: 'done',
          outDir,
          manifestPath: batch.manifestPath ?? null,
          manifestError: batch.manifestError ?? null,
          batch,
          jobs
        })
        if (batch.manifestError) io.stderr.write(`kindframe export: ${batch.manifestError}\n`)
      }
    }
  }
  const tty = !!io.stdout.isTTY
  const jobs = new Map<string, ExportJob>()
  let batch: ExportBatchProgress | undefined
  let drawn = 0
  let lastDraw = 0
  /** Lines printed once above the progress bars (they scroll away with the output). */
  const notes: string[] = []
  const draw = (force = false) => {
    const now = Date.now()
    if (!tty || (!force && now - lastDraw < 100)) return
    lastDraw = now
    // columns is 0 on some pseudo-terminals: fall back to 80.
    const width = Math.max(40, (io.stdout.columns || 80) - 1)
    const active = [...jobs.values()].filter((j) => j.state === 'running' || j.state === 'verifying')
    const lines = active.map((j) => progressLine(j, width))
    if (batch)
      lines.push(
        `overall ${batch.percent.toFixed(0)}% · ${batch.done}/${batch.total} done · ${batch.failed} failed`.slice(
          0,
          width
        )
      )
    const up = drawn > 0 ? `\x1b[${drawn}A` : ''
    const above = notes.splice(0)
    // Only the view's own cursor moves are control sequences; names from the project are made safe.
    io.stdout.write(
      up +
        [...above, ...lines].map((l) => `\x1b[2K${safeText(l)}\n`).join('') +
        (drawn > above.length + lines.length ? '\x1b[J' : '')
    )
    drawn = lines.length
  }
  return {
    preflight(report) {
      io.stdout.write(safeText(formatPreflightText(report).join('\n') + '\n\n'))
    },
    job(job) {
      const previous = jobs.get(job.id)
      const before = previous?.state
      jobs.set(job.id, job)
      const restarted = restartLine(job, previous)
      if (restarted && tty) notes.push(restarted)
      else if (restarted) io.stdout.write(safeText(`${restarted}\n`))
      if (!tty && before !== job.state && (job.state === 'done' || job.state === 'failed')) {
        io.stdout.write(
          safeText(
            `${job.state === 'done' ? '✓' : '✗'} ${job.outputPath}${job.worker ? ` (worker ${job.worker})` : ''}\n`
          )
        )
      }
      draw(before !== job.state || restarted !== undefined)
    },
    batch(p) {
      batch = p
      draw()
    },
    finish(list, p, outDir) {
      draw(true)
      if (tty && drawn) io.stdout.write(`\x1b[${drawn}A\x1b[J`)
      for (const j of list) {
        // Without a TTY each finished job was already listed as it finished; repeat only the reasons.
        if (j.state === 'done' && tty) io.stdout.write(safeText(`✓ ${shortPath(j.outputPath)}\n`))
        else if (j.state !== 'done')
          io.stderr.write(
            `✗ ${j.clipId} [${j.locale}] ${j.state}${j.error ? `: ${j.error.code}: ${j.error.message}` : ''}\n`
          )
      }
      const incomplete = list.filter((j) => j.state === 'done' && j.incomplete).length
      io.stdout.write(
        safeText(
          `\n${p.done}/${p.total} exported to ${outDir}${incomplete ? ` · ${incomplete} incomplete (".incomplete.mp4")` : ''}${p.failed ? ` · ${p.failed} failed` : ''}${p.cancelled ? ` · ${p.cancelled} cancelled` : ''}${p.skipped ? ` · ${p.skipped} not ready, skipped` : ''}\n`
        )
      )
      if (p.manifestPath) io.stdout.write(safeText(`Manifest: ${p.manifestPath} (+ .csv)\n`))
      if (p.reportPath) io.stdout.write(safeText(`Report: ${p.reportPath}\n`))
      if (p.manifestError) io.stderr.write(`✗ ${p.manifestError}\n`)
    }
  }
}

/** Relative to the working directory when the file is below it, else absolute. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') ? rel : path
}
