import type { CaptionChoice } from '../captions/style-schema'
import type { SubtitleStyle } from '../project/schema'
import type { OutputPreflight, PreflightSummary } from '../preflight/types'
import type { ExportMode } from '../preflight/select'
import type { ExportJob } from './job'
import type { Preset } from './presets'

/**
 * The batch manifest: one row per output, proving what was checked before (pre-flight) and after
 * (verification) encoding, and what it was made from (project hash, output hash, versions, preset,
 * caption style). Pure builders for the JSON document and the CSV text; the queue writes both
 * atomically next to the outputs. Version 2 added the pre-flight, hashes and versions; readers of
 * the folder's manifests (pre-flight's "is this file this version?") accept version 1 rows too.
 */
export interface LintCounts {
  error: number
  warning: number
  info: number
}

/** What every row of a batch shares. */
export interface ManifestContext {
  projectHash: string
  kindframeVersion: string
  ffmpegVersion: string | null
  captionStyle: SubtitleStyle
  /** The caption style preset a clip's outputs were drawn with (clip override, else project); absent = Classic. */
  captionFor?: (clipId: string) => CaptionChoice | undefined
}

export interface ManifestRowPreflight {
  verdict: OutputPreflight['verdict']
  errors: number
  warnings: number
  reconsider: number
  /** Every error and warning, as sentences (info left out). */
  problems: string[]
}

export interface ManifestRow {
  file: string
  clipId: string
  clipTitle: string
  locale: string
  presetId: string
  /** 'skipped': pre-flight left it out of the batch (not ready). */
  state: ExportJob['state'] | 'skipped'
  /** Written under its ".incomplete.mp4" name because it did not pass pre-flight. */
  incomplete: boolean
  durationMs: number | null
  /** Where the end card starts in the output, ms (null without a card): for the report's thumbnails. */
  endCardStartMs: number | null
  sizeBytes: number | null
  loudnessInputI: number | null
  loudnessOutputI: number | null
  loudnessOutputTp: number | null
  checksPassed: boolean
  checks: string
  error: string
  /** Cues burned in, and translation completeness of this locale (null without a pre-flight). */
  cues: number | null
  missing: number | null
  draft: number | null
  outdated: number | null
  qc: LintCounts | null
  /** Kindness-lint counts of the text of this output (subtitles, end-card message, script of the locale). */
  lint: LintCounts | null
  preflight: ManifestRowPreflight | null
  /** SHA-256 of what decides this output (see outputVersionHash): "is the file in the folder this version?". */
  outputHash: string | null
  projectHash: string | null
  kindframeVersion: string | null
  ffmpegVersion: string | null
  /** Short description of the caption style ("Noto Sans 64px #FFFFFF, outline 4px #000000, bottom"). */
  captionStyle: string | null
}

export interface Manifest {
  kind: 'kindframe-export-manifest'
  version: 2
  batchId: string
  createdAt: string
  outDir: string
  series?: string
  projectPath?: string | null
  projectHash?: string
  kindframeVersion?: string
  ffmpegVersion?: string | null
  preset?: Preset
  captionStyle?: SubtitleStyle
  mode?: ExportMode
  preflight?: PreflightSummary
  rows: ManifestRow[]
}

/** "highlight (fontWeight 700, uppercase)" for a preset; the Classic description for Classic without options. */
export function describeCaption(s: SubtitleStyle, choice: CaptionChoice | undefined): string {
  const options = Object.entries(choice?.options ?? {}).filter(([, v]) => v !== undefined)
  if (!choice || (choice.preset === 'classic' && !options.length)) return describeStyle(s)
  const listed = options.map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ')
  return `${choice.preset}${listed ? ` (${listed})` : ''}`
}

export function describeStyle(s: SubtitleStyle): string {
  const look = s.box ? `box ${s.boxColor}` : `outline ${s.outlinePx}px ${s.outlineColor}`
  return `${s.fontFamily} ${s.fontSizePx}px ${s.primaryColor}, ${look}, ${s.position}`
}

function rowPreflight(p: OutputPreflight): ManifestRowPreflight {
  const count = (sev: string) => p.problems.filter((x) => x.severity === sev).length
  return {
    verdict: p.verdict,
    errors: count('error'),
    warnings: count('warning'),
    reconsider: count('reconsider'),
    problems: p.problems.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.message)
  }
}

function shared(ctx: ManifestContext | undefined, p: OutputPreflight | null | undefined, clipId: string) {
  return {
    cues: p?.counts.cues ?? null,
    missing: p?.counts.missing ?? null,
    draft: p?.counts.draft ?? null,
    outdated: p?.counts.outdated ?? null,
    qc: p ? { ...p.counts.qc } : null,
    preflight: p ? rowPreflight(p) : null,
    outputHash: p?.outputHash ?? null,
    projectHash: ctx?.projectHash ?? null,
    kindframeVersion: ctx?.kindframeVersion ?? null,
    ffmpegVersion: ctx?.ffmpegVersion ?? null,
    captionStyle: ctx ? describeCaption(ctx.captionStyle, ctx.captionFor?.(clipId)) : null
  }
}

function relativeTo(outDir: string, path: string): string {
  const prefix = outDir.endsWith('/') || outDir.endsWith('\\') ? outDir : `${outDir}/`
  const rel = path.startsWith(prefix) || path.startsWith(prefix.replace(/\/$/, '\\')) ? path.slice(prefix.length) : path
  return rel.replace(/\\/g, '/')
}

/** `file` is relative to the manifest's folder ("/"-separated) when the output is inside it. */
export function manifestRow(
  job: ExportJob,
  outDir: string,
  lint: LintCounts | null,
  ctx?: ManifestContext,
  preflight?: OutputPreflight | null
): ManifestRow {
  const checks = job.result?.checks ?? []
  return {
    file: relativeTo(outDir, job.outputPath),
    clipId: job.clipId,
    clipTitle: job.clipTitle,
    locale: job.locale,
    presetId: job.presetId,
    state: job.state,
    incomplete: job.incomplete ?? false,
    durationMs: job.result ? Math.round(job.result.durationMs) : null,
    endCardStartMs: preflight?.cardStartMs ?? null,
    sizeBytes: job.result?.sizeBytes ?? null,
    loudnessInputI: job.result?.loudness?.inputI ?? null,
    loudnessOutputI: job.result?.loudness?.outputI ?? null,
    loudnessOutputTp: job.result?.loudness?.outputTp ?? null,
    checksPassed: job.state === 'done' && checks.length > 0 && checks.every((c) => c.ok),
    checks: checks.map((c) => `${c.name}:${c.ok ? 'ok' : 'FAIL'}`).join(' '),
    error: job.error ? `${job.error.code}: ${job.error.message}` : '',
    ...shared(ctx, preflight, job.clipId),
    lint: preflight
      ? { error: preflight.counts.lint.error, warning: preflight.counts.lint.warning, info: preflight.counts.lint.info }
      : lint
  }
}

/** A row for an output pre-flight left out of the batch: where it would have gone and why not. */
export function skippedRow(p: OutputPreflight, presetId: string, ctx?: ManifestContext): ManifestRow {
  const first = p.problems.find((x) => x.severity === 'error')
  return {
    file: p.rel,
    clipId: p.clipId,
    clipTitle: p.clipTitle,
    locale: p.locale,
    presetId,
    state: 'skipped',
    incomplete: false,
    durationMs: null,
    endCardStartMs: p.cardStartMs,
    sizeBytes: null,
    loudnessInputI: null,
    loudnessOutputI: null,
    loudnessOutputTp: null,
    checksPassed: false,
    checks: '',
    error: first ? `${p.verdict}: ${first.message}` : p.verdict,
    ...shared(ctx, p, p.clipId),
    lint: { error: p.counts.lint.error, warning: p.counts.lint.warning, info: p.counts.lint.info }
  }
}

const COLUMNS = [
  'file',
  'clip_id',
  'clip_title',
  'locale',
  'preset',
  'state',
  'incomplete',
  'duration_ms',
  'size_bytes',
  'loudness_in_lufs',
  'loudness_out_lufs',
  'true_peak_out_dbtp',
  'checks_passed',
  'checks',
  'error',
  'lint',
  'cues',
  'missing',
  'draft',
  'outdated',
  'qc',
  'preflight',
  'problems',
  'output_hash',
  'project_hash',
  'kindframe',
  'ffmpeg',
  'caption_style'
] as const

/** RFC 4180: quote fields with comma, quote or line break; double the quotes. Formula-looking cells are defused. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  let s = String(value)
  // A spreadsheet would run "=…" as a formula (CSV injection); a leading apostrophe keeps it text.
  if (/^[=+\-@]/.test(s) && typeof value === 'string') s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function lintCell(l: LintCounts | null): string {
  return l ? `errors:${l.error} warnings:${l.warning} info:${l.info}` : ''
}

function preflightCell(p: ManifestRowPreflight | null): string {
  return p ? `${p.verdict} errors:${p.errors} warnings:${p.warnings} reconsider:${p.reconsider}` : ''
}

export function manifestCsv(m: Pick<Manifest, 'rows'>): string {
  const lines = [COLUMNS.join(',')]
  for (const r of m.rows) {
    lines.push(
      [
        r.file,
        r.clipId,
        r.clipTitle,
        r.locale,
        r.presetId,
        r.state,
        r.incomplete,
        r.durationMs,
        r.sizeBytes,
        r.loudnessInputI,
        r.loudnessOutputI,
        r.loudnessOutputTp,
        r.checksPassed,
        r.checks,
        r.error,
        lintCell(r.lint),
        r.cues,
        r.missing,
        r.draft,
        r.outdated,
        lintCell(r.qc),
        preflightCell(r.preflight),
        r.preflight?.problems.join(' | ') ?? '',
        r.outputHash,
        r.projectHash,
        r.kindframeVersion,
        r.ffmpegVersion,
        r.captionStyle
      ]
        .map(csvField)
        .join(',')
    )
  }
  return lines.join('\r\n') + '\r\n'
}
