import { EXIT, type Command } from '../command'
import { KindframeError } from '../../shared/errors'
import { formatFromPath } from '../../shared/subtitles/formats'
import { formatReport } from '../../shared/subtitles/report'
import { exportSubtitleFile, importSubtitleFile } from '../../main/services/subtitles'

const USAGE = `kindframe convert <in> <out> [--encoding X] [--overwrite]

Converts subtitles between SRT, WebVTT and ASS/SSA (formats from the file extensions).
The input's encoding is detected (UTF-8 with/without BOM, UTF-16 LE/BE, Windows-1252, ISO-8859-x,
mixed files) unless --encoding names it (any iconv-lite name, e.g. windows-1252). Output is UTF-8.

Everything skipped or repaired is reported on stderr with its line number. The output is written
atomically (temp file + rename), never over the input, and never over an existing file without
--overwrite. When nothing usable was read, no output is written.

Exit: 0 converted · 2 usage · 3 unreadable input (binary, no cues) · 5 output exists / not writable`

interface Args {
  input: string
  output: string
  encoding?: string
  overwrite: boolean
}

function parseArgs(args: string[]): Args | string {
  const paths: string[] = []
  let encoding: string | undefined
  let overwrite = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--encoding' || a.startsWith('--encoding=')) {
      encoding = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]
      if (!encoding) return '--encoding needs a value'
    } else if (a === '--overwrite') overwrite = true
    else if (a.startsWith('-') && a !== '-') return `unknown option "${a}"`
    else paths.push(a)
  }
  if (paths.length !== 2) return `expected an input and an output file (got ${paths.length} path${paths.length === 1 ? '' : 's'})`
  const [input, output] = paths
  if (!formatFromPath(output)) return `cannot tell the output format of "${output}": use .srt, .vtt, .ass or .ssa`
  return { input, output, encoding, overwrite }
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Convert subtitles between SRT, WebVTT and ASS, with a report of what was repaired',
  usage: USAGE,
  async run(rawArgs, io) {
    const args = parseArgs(rawArgs)
    if (typeof args === 'string') {
      io.stderr.write(`kindframe convert: ${args}\n\n${USAGE}\n`)
      return EXIT.usage
    }
    let imported
    try {
      imported = await importSubtitleFile(args.input, { encoding: args.encoding })
    } catch (err) {
      // The report of a file with no usable cue travels in the error's details: show it line by line.
      const report = err instanceof KindframeError ? (err.details as { report?: Parameters<typeof formatReport>[0] } | undefined)?.report : undefined
      if (report) io.stderr.write(formatReport(report, args.input).map((l) => `${l}\n`).join(''))
      throw err
    }
    for (const line of formatReport(imported.report, args.input)) io.stderr.write(`${line}\n`)
    const out = await exportSubtitleFile(args.output, imported.cues, {
      overwrite: args.overwrite,
      notOver: args.input,
      assStyles: imported.ass?.styles
    })
    const skipped = imported.report.entries.filter((e) => e.kind === 'skipped').length
    const repaired = imported.report.entries.filter((e) => e.kind === 'repaired').length
    io.stderr.write(`${imported.cues.length} cues: ${imported.format} (${imported.encoding}) → ${out.format} ${out.path}; ${skipped} skipped, ${repaired} repaired\n`)
    return EXIT.ok
  }
}
