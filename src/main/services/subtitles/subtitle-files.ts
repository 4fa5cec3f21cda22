import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import type { Cue, TrackNative } from '../../../shared/project/schema'
import {
  formatFromPath,
  parseSubtitles,
  serializeSubtitles,
  sniffFormat,
  type ParsedSubtitles,
  type SubtitleFormat
} from '../../../shared/subtitles/formats'
import { formatReport, type ReportEntry } from '../../../shared/subtitles/report'
import { writeFileAtomic } from '../project/atomic-write'
import { decodeSubtitleBytes } from './decode'

/** Subtitle files above this are refused before reading (a 50 MB SRT is ~600,000 cues; 256 MB is not a subtitle file). */
export const MAX_SUBTITLE_BYTES = 256 * 1024 * 1024

export interface ImportedSubtitles extends ParsedSubtitles {
  encoding: string
}

/**
 * THE subtitle reader of every command and the studio (`convert`, `qc`, `lint`, subtitles.import):
 * size check, encoding detection (binary and image files refused), format from the extension (or the
 * content when they disagree or the extension is unknown), parse with one line-numbered report.
 * Refuses with KindframeError 'parse-failed' (exit code 3) when the file is empty, not text, or has no
 * usable cue — the report and the text of dropped cues travel in the error's details. A partly broken
 * file returns its cues + report + dropped cues.
 */
export async function importSubtitleFile(
  path: string,
  options: { encoding?: string; format?: SubtitleFormat } = {}
): Promise<ImportedSubtitles> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new KindframeError(
      'not-found',
      `Subtitle file not found: ${path}${err.code && err.code !== 'ENOENT' ? ` (${err.code})` : ''}`
    )
  })
  if (!info.isFile()) throw new KindframeError('invalid-input', `${path} is a folder, not a subtitle file.`)
  if (info.size > MAX_SUBTITLE_BYTES)
    throw new KindframeError(
      'limit-exceeded',
      `${path} is ${Math.round(info.size / 1048576)} MB; subtitle files above ${MAX_SUBTITLE_BYTES / 1048576} MB are refused.`
    )
  if (info.size === 0) throw new KindframeError('parse-failed', `${path} is empty (0 bytes): not a subtitle file.`)
  const decoded = decodeSubtitleBytes(await readFile(path), path, options.encoding)
  return parseDecodedSubtitles(decoded.text, path, { ...options, encoding: decoded.encoding, notes: decoded.notes })
}

/** The format choice, the parse and the refusals of importSubtitleFile, for text already decoded. */
export function parseDecodedSubtitles(
  text: string,
  path: string,
  options: { encoding: string; format?: SubtitleFormat; notes?: ReportEntry[] }
): ImportedSubtitles {
  const byExt = formatFromPath(path)
  const sniffed = sniffFormat(text)
  let format = options.format ?? (byExt && (!sniffed || sniffed === byExt) ? byExt : (sniffed ?? byExt))
  if (!format)
    throw new KindframeError(
      'parse-failed',
      `${path} is not a subtitle file: unknown extension and no SRT, WebVTT or ASS content found.`
    )
  const notes = [...(options.notes ?? [])]
  let parsed = parseSubtitles(text, format)
  if (format === 'vtt' && parsed.cues.length === 0 && !/^\uFEFF?WEBVTT/.test(text) && !options.format) {
    // The WebVTT algorithm refuses a file without its signature; such files are usually SRT-like cues
    // saved as .vtt. The lenient SRT reader gets them, and the report says so.
    const asSrt = parseSubtitles(text, 'srt')
    if (asSrt.cues.length) {
      notes.push({
        line: 1,
        kind: 'guessed',
        message: 'no "WEBVTT" signature, so this is not WebVTT; read as SRT (the timing lines are SRT-like)'
      })
      parsed = asSrt
      format = 'srt'
    }
  }
  if (byExt && format !== byExt)
    notes.push({
      line: 0,
      kind: 'guessed',
      message: `the extension says ${byExt.toUpperCase()} but the content is ${format.toUpperCase()}; read as ${format.toUpperCase()}`
    })
  const report = { ...parsed.report, entries: [...notes, ...parsed.report.entries] }
  if (parsed.cues.length === 0) {
    const why = formatReport(report).slice(0, 5).join('; ') || 'no cues found'
    throw new KindframeError('parse-failed', `No subtitles could be read from ${path}: ${why}`, {
      report,
      dropped: parsed.dropped
    })
  }
  return { ...parsed, report, encoding: options.encoding }
}

export interface ExportOptions {
  format?: SubtitleFormat
  overwrite?: boolean
  /** The source file's header, styles and regions (written back when the format matches). */
  native?: TrackNative
  eol?: '\n' | '\r\n'
  /** Refuse to write over this file (the input of a conversion). */
  notOver?: string
}

/** Writes cues atomically (temp + fsync + rename); never over an existing file unless `overwrite`. */
export async function exportSubtitleFile(
  path: string,
  cues: readonly Cue[],
  options: ExportOptions = {}
): Promise<{ path: string; format: SubtitleFormat; bytes: number }> {
  const format = options.format ?? formatFromPath(path)
  if (!format)
    throw new KindframeError(
      'invalid-input',
      `Cannot tell the subtitle format of ${path}: use a .srt, .vtt, .ass or .ssa extension.`
    )
  if (options.notOver && resolve(options.notOver) === resolve(path))
    throw new KindframeError('exists', `Refusing to write over the input file ${path}.`)
  if (!options.overwrite && (await exists(path)))
    throw new KindframeError('exists', `${path} already exists (use overwrite to replace it).`)
  const text = serializeSubtitles(cues, format, { native: options.native, eol: options.eol })
  await writeFileAtomic(path, text)
  return { path, format, bytes: Buffer.byteLength(text, 'utf8') }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
