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

const USAGE = `Usage: kindframe export <project.kindframe> [options]

Exports clips × locales as verified, TikTok-ready MP4 files (one ffmpeg run per clip; locales of a
clip share one decode) and writes a manifest (JSON + CSV) and report.html (contact sheet) next to them.

First it runs the pre-flight (the table "kindframe check" prints): translations, QC, kindness, media
unchanged since import, end card, fonts, preset limits, output names and existing files. If an output
is not ready, nothing is exported (exit 6) unless:
  --only-ready        export the ready outputs, skip the others (listed in the manifest)
  --allow-incomplete  export incomplete outputs too, under "<name>.incomplete.mp4", never the final name
Outputs that cannot be written (file exists without --overwrite, two outputs on one name, the
project's lint policy) are never exported.

Options:
  --clip ID         export this clip (repeatable); default with --all or no --clip: every clip
  --all             every clip of the project
  --locales a,b,…   subtitle locales to burn in (default: the project's source locale)
  --preset ID       ${PRESETS.map((p) => p.id).join(' | ')} (default: the project's preset)
  --caption-style NAME  ${CAPTION_PRESET_NAMES.join(' | ')}: this look for every clip of this
                    export (default: the project's and clips' own styles; the file is not changed)
  --out DIR         output folder (default: <project folder>/export)
  --overwrite       replace existing files (otherwise they are kept and the job fails with "exists")
  --concurrency N   parallel ffmpeg processes (default: half the CPU cores)
  --queue URL       render on workers instead of here: put each output on the Redis render queue at URL
                    (redis://host:port, rediss:// for TLS) for "kindframe worker" processes, wait for them,
                    and write the same manifest and report. Retries a job up to --attempts times (default 3)
                    with exponential back-off; Ctrl-C removes queued jobs and stops running ones
  --attempts N      tries per output on workers (with --queue)
  --json            one JSON object per line per event: {"event":"preflight"|"job"|"batch"|"done", …}

Ctrl-C, SIGTERM and SIGHUP cancel: ffmpeg is stopped, partial files and temp folders removed (after
kill -9 a watchdog does it). Nothing exported → no manifest and no empty folders.

Exit codes: 0 all outputs verified · 1 a job failed, or the lint policy blocks · 2 usage · 3 bad
project/media · 4 ffmpeg missing · 5 output folder not writable / disk full / outputs exist / manifest
not written · 6 not ready: pre-flight found incomplete outputs, nothing exported · 7 render queue
(Redis) unreachable or lost (--queue) · 130 cancelled
(Ctrl-C) · 143 SIGTERM · 129 SIGHUP`

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

/** Pure argv parser; throws KindframeError('invalid-input') with the reason. */
export function parseExportArgs(args: string[]): ExportCliOptions {
  const o: ExportCliOptions = { project: '', clipIds: [], overwrite: false, json: false }
  const value = (i: number, flag: string): string => {
    const v = args[i + 1]
    if (v === undefined || v.startsWith('--')) throw new KindframeError('invalid-input', `${flag} needs a value`)
    return v
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--clip') o.clipIds.push(value(i++, a))
    else if (a === '--all') o.clipIds = []
    else if (a === '--locales') o.locales = value(i++, a).split(',').map((s) => s.trim()).filter(Boolean)
    else if (a === '--preset') o.presetId = value(i++, a)
    else if (a === '--caption-style') o.captionStyle = captionPresetByName(value(i++, a))
    else if (a === '--out') o.outDir = value(i++, a)
    else if (a === '--overwrite') o.overwrite = true
    else if (a === '--json') o.json = true
    else if (a === '--only-ready' || a === '--allow-incomplete') {
      const mode = a === '--only-ready' ? 'ready' : 'all'
      if (o.mode && o.mode !== mode) throw new KindframeError('invalid-input', '--only-ready and --allow-incomplete exclude each other')
      o.mode = mode
    }
    else if (a === '--queue') o.queue = value(i++, a)
    else if (a === '--attempts') {
      const n = Number(value(i++, a))
      if (!Number.isInteger(n) || n < 1) throw new KindframeError('invalid-input', '--attempts must be a whole number ≥ 1')
      o.attempts = n
    } else if (a === '--concurrency') {
      const n = Number(value(i++, a))
      if (!Number.isInteger(n) || n < 1) throw new KindframeError('invalid-input', '--concurrency must be a whole number ≥ 1')
      o.concurrency = n
    } else if (a.startsWith('-')) throw new KindframeError('invalid-input', `unknown option "${a}"`)
    else if (!o.project) o.project = a
    else throw new KindframeError('invalid-input', `unexpected argument "${a}" (one project at a time)`)
  }
  if (!o.project) throw new KindframeError('invalid-input', 'give the project file')
  if (o.queue && o.concurrency !== undefined) throw new KindframeError('invalid-input', '--concurrency is for local exports; with --queue each worker has its own (kindframe worker --concurrency N)')
  if (o.attempts !== undefined && !o.queue) throw new KindframeError('invalid-input', '--attempts needs --queue (a local export does not retry)')
  if (o.queue) checkRedisUrl(o.queue)
  if (o.presetId && !PRESETS.some((p) => p.id === o.presetId)) {
    throw new KindframeError('invalid-input', `unknown preset "${o.presetId}" (known: ${PRESETS.map((p) => p.id).join(', ')})`)
  }
  return o
}

/** One progress line, e.g. "  42% c1.ms.mp4  ETA 0:12". Pure. */
export function progressLine(job: ExportJob, width = 80): string {
  const name = job.outputPath.split(/[\\/]/).pop() ?? job.outputPath
  const barWidth = 20
  const filled = Math.round((job.percent / 100) * barWidth)
  const bar = '█'.repeat(filled) + '░'.repeat(barWidth - filled)
  const eta = job.etaMs !== null && job.state === 'running' ? `  ETA ${Math.floor(job.etaMs / 60000)}:${String(Math.floor(job.etaMs / 1000) % 60).padStart(2, '0')}` : ''
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
  usage: USAGE,
  async run(args, io) {
    let opts: ExportCliOptions
    try {
      opts = parseExportArgs(args)
    } catch (err) {
      io.stderr.write(`kindframe export: ${(err as Error).message}.\n\n${USAGE}\n`)
      return EXIT.usage
    }
    const opened = await openProject(opts.project)
    const outDir = opts.outDir ?? join(dirname(opened.path), 'export')
    const view = createView(io, opts.json)
    const project = opts.captionStyle ? withCaptionStyle(opened.project, opts.captionStyle) : opened.project
    const request = {
      project, projectPath: opened.path, clipIds: opts.clipIds, locales: opts.locales,
      presetId: opts.presetId, outDir, overwrite: opts.overwrite
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
      io.stderr.write(`kindframe export: none of the ${report.outputs.length} outputs is ready; nothing was exported.\n`)
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
      concurrency: remote ? selection.selected.length : opts.concurrency, onJob: view.job, onBatch: view.batch,
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
      if (mode === 'all' && blocked.length) return blocked.some((o) => o.problems.some((p) => p.blocks === 'output')) ? EXIT.output : EXIT.failed
      return EXIT.ok
    }
    const codes = new Set(failed.map((j) => (j.error ? exitCodeFor(j.error.code as KindframeError['code']) : EXIT.failed)))
    // One shared, specific cause (every output exists; the media is bad) gets its own exit code; mixed causes are 1.
    const [only] = codes
    if (lost) return EXIT.queue
    return codes.size === 1 && (only === EXIT.output || only === EXIT.badInput || only === EXIT.queue) ? only : EXIT.failed
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
        line({ event: 'done', outDir, manifestPath: batch.manifestPath ?? null, manifestError: batch.manifestError ?? null, batch, jobs })
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
    if (batch) lines.push(`overall ${batch.percent.toFixed(0)}% · ${batch.done}/${batch.total} done · ${batch.failed} failed`.slice(0, width))
    const up = drawn > 0 ? `\x1b[${drawn}A` : ''
    const above = notes.splice(0)
    // Only the view's own cursor moves are control sequences; names from the project are made safe.
    io.stdout.write(up + [...above, ...lines].map((l) => `\x1b[2K${safeText(l)}\n`).join('') + (drawn > above.length + lines.length ? '\x1b[J' : ''))
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
        io.stdout.write(safeText(`${job.state === 'done' ? '✓' : '✗'} ${job.outputPath}${job.worker ? ` (worker ${job.worker})` : ''}\n`))
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
        else if (j.state !== 'done') io.stderr.write(`✗ ${j.clipId} [${j.locale}] ${j.state}${j.error ? `: ${j.error.code}: ${j.error.message}` : ''}\n`)
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
