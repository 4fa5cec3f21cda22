import { EXIT, type Command } from '../command'
import { formatFromPath } from '../../shared/subtitles/formats'
import { summarizeReport } from '../../shared/subtitles/report'
import { exportSubtitleFile } from '../../main/services/subtitles'
import { readSubtitleInput } from '../subtitle-input'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../args'

const SPEC = defineCommand({
  name: 'convert',
  synopsis: '<in> <out> [--encoding X] [--overwrite]',
  description: `Converts subtitles between SRT, WebVTT and ASS/SSA (formats from the file extensions).
The input's encoding is detected (UTF-8 with/without BOM, UTF-16 LE/BE, Windows-1252, ISO-8859-x,
mixed files) unless --encoding names it. Output is UTF-8.

Formatting (italic, bold, underline, strike, colour), positions (\\an, \\pos, WebVTT cue settings) and
speakers are carried between formats; converting to the input's own format also keeps its header,
styles, regions and notes. What a format cannot say is listed in docs/subtitles.md.

The import report — every line dropped, repaired or guessed, with its line number — goes to stderr
(the same report as qc, lint and the studio). The output is written atomically (temp file + rename),
never over the input, and never over an existing file without --overwrite. When nothing usable was
read, no output is written.`,
  options: {
    encoding: { type: 'string', arg: 'X', help: "the input's encoding (any iconv-lite name, e.g. windows-1252)" },
    overwrite: { type: 'boolean', help: 'replace an existing output file' }
  },
  exitCodes:
    '0 converted · 2 usage · 3 bad input (empty, binary or image file, no usable cue) · 5 output exists / not writable'
})

interface Args {
  input: string
  output: string
  encoding?: string
  overwrite: boolean
}

function convertArgs(args: string[]): Args {
  const { values, positionals: paths } = parseCommandArgs(SPEC, args)
  if (paths.length !== 2)
    throw new UsageError(
      `expected an input and an output file (got ${paths.length} path${paths.length === 1 ? '' : 's'})`
    )
  const [input, output] = paths as [string, string]
  if (!formatFromPath(output))
    throw new UsageError(`cannot tell the output format of "${output}": use .srt, .vtt, .ass or .ssa`)
  return { input, output, encoding: values.encoding, overwrite: values.overwrite === true }
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Convert subtitles between SRT, WebVTT and ASS, with a report of what was repaired',
  usage: usageText(SPEC),
  async run(rawArgs, io) {
    const args = convertArgs(rawArgs)
    const imported = await readSubtitleInput(args.input, io, { encoding: args.encoding })
    const out = await exportSubtitleFile(args.output, imported.cues, {
      overwrite: args.overwrite,
      notOver: args.input,
      native: imported.native
    })
    io.stderr.write(
      `${imported.cues.length} cues: ${imported.format} (${imported.encoding}) → ${out.format} ${out.path}; ${summarizeReport(imported.report)}\n`
    )
    return EXIT.ok
  }
}
