import { safeText } from '../../shared/safe-text'
import { EXIT, type CliIO, type Command } from '../command'
import { exitCodeFor } from '../exit-code-for'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../args'
import { probeMedia } from '../../main/services/ffmpeg/probe'
import { toErrorBody, type ErrorBody } from '../../shared/errors'
import { displaySize } from '../../shared/project/media-probe'
import type { MediaProbe } from '../../shared/project/schema'
import { formatTimecode } from '../../shared/time'

const SPEC = defineCommand({
  name: 'probe',
  synopsis: '[--json] [--] <file…>',
  description: `Shows what Kindframe sees in each media file: duration, size, frame rate (VFR flagged),
rotation, pixel aspect, audio and codecs — or why the file cannot be used. Files after "--" may
start with "-".`,
  options: {
    json: {
      type: 'boolean',
      help: 'one JSON object per file and line: {"path", "probe"} or {"path", "error": {code, message}}'
    }
  },
  exitCodes:
    '0 all files usable · 2 usage · 3 a file is missing/not media/truncated/has no video · 4 ffmpeg/ffprobe missing'
})

type Row = { path: string; probe: MediaProbe } | { path: string; error: ErrorBody }

export const probeCommand: Command = {
  name: 'probe',
  summary: 'show duration, size, fps, rotation and audio of media files (--json)',
  usage: usageText(SPEC),
  async run(args, io) {
    // Everything after "--" is a file (parseArgs), so "-odd name.mp4" can be probed too.
    const { values, positionals: files } = parseCommandArgs(SPEC, args)
    const json = values.json === true
    if (files.length === 0) throw new UsageError('give at least one file')
    const rows: Row[] = []
    for (const path of files) {
      try {
        rows.push({ path, probe: await probeMedia(path) })
      } catch (err) {
        const error = toErrorBody(err)
        // Without ffmpeg nothing else will work either: stop at once with its exit code.
        if (error.code === 'ffmpeg-missing') {
          io.stderr.write(`kindframe probe: ${error.message}\n`)
          return EXIT.ffmpegMissing
        }
        rows.push({ path, error })
      }
      if (json) io.stdout.write(JSON.stringify(rows[rows.length - 1]) + '\n')
    }
    if (!json) printTable(rows, io)
    const failed = rows.find((r): r is Extract<Row, { error: ErrorBody }> => 'error' in r)
    return failed ? exitCodeFor(failed.error.code) : EXIT.ok
  }
}

function printTable(rows: Row[], io: CliIO): void {
  const header = ['file', 'duration', 'size', 'shown as', 'fps', 'rot', 'sar', 'colour', 'audio', 'codecs']
  const lines = rows.map((r) => {
    if ('error' in r) return [r.path, `✗ ${r.error.code}`]
    const p = r.probe
    const shown = displaySize(p)
    return [
      r.path,
      formatTimecode(p.durationMs).replace(/^00:/, ''),
      `${p.width}×${p.height}`,
      `${shown.width}×${shown.height}`,
      `${p.fps}${p.vfr ? ' VFR' : ''}`,
      `${p.rotation}°`,
      p.sar === 1 ? '1' : String(p.sar),
      p.dolbyVision ? `DV ${p.dolbyVision}` : p.hdr ? `HDR ${p.hdr.toUpperCase()}` : 'SDR',
      p.hasAudio ? 'yes' : 'no',
      [p.videoCodec, p.audioCodec].filter(Boolean).join('+')
    ]
  })
  const widths = header.map((h, i) =>
    Math.max(h.length, ...lines.filter((l) => l.length > 2).map((l) => (l[i] ?? '').length))
  )
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  io.stdout.write(fmt(header) + '\n')
  // File names come from the disk: shown with visible escapes, never as raw control bytes.
  for (const l of lines)
    io.stdout.write(safeText((l.length === 2 ? `${l[0].padEnd(widths[0])}  ${l[1]}` : fmt(l)) + '\n'))
  const errors = rows.filter((r): r is Extract<Row, { error: ErrorBody }> => 'error' in r)
  // The reasons go to stderr in full: they name the file and say what is wrong with it.
  for (const e of errors) io.stderr.write(`kindframe probe: ${e.error.message}\n`)
}
