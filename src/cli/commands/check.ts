import { dirname, join } from 'node:path'
import { EXIT, type Command } from '../command'
import { exitCodeFor } from '../exit-code-for'
import { defineCommand, listValue, parseCommandArgs, usageText, UsageError } from '../args'
import { PRESETS } from '../../shared/export/presets'
import { safeText } from '../../shared/safe-text'
import { formatPreflightText, refusal } from '../../shared/preflight'
import { preflightBatch } from '../../main/services/export/preflight'
import { openProject } from '../../main/services/project/store'

const SPEC = defineCommand({
  name: 'check',
  synopsis: '<project.kindframe> [options]',
  description: `The export pre-flight alone, without exporting: for every clip × locale output, translation
completeness (missing, draft, outdated cues), QC under the project's profile, kindness findings to
reconsider, media unchanged since import (size, time, SHA-256), the end card in that locale, fonts
that cover every character, the preset's limits, output names, and what the output folder holds.`,
  options: {
    clip: { type: 'string', multiple: true, arg: 'ID', help: 'check this clip (repeatable; default: every clip)' },
    locales: {
      type: 'string',
      arg: 'a,b,…',
      help: 'locales to check (default: the source locale and every target locale)'
    },
    preset: {
      type: 'string',
      arg: 'ID',
      help: `${PRESETS.map((p) => p.id).join(' | ')} (default: the project's preset)`
    },
    out: {
      type: 'string',
      arg: 'DIR',
      help: 'output folder to check for existing files (default: <project folder>/export)'
    },
    overwrite: {
      type: 'boolean',
      help: 'as "kindframe export --overwrite" would: existing files are replaced, not blockers'
    },
    json: {
      type: 'boolean',
      help: `the whole report as JSON: {kind:"kindframe-preflight", outputs:[{clipId, locale,
verdict, problems:[{code, severity, message, target…}], counts…}], summary}`
    },
    all: { type: 'boolean', help: 'list info lines too (text)' }
  },
  exitCodes: `0 every output ready (warnings allowed) · 6 an output is incomplete · 5 an output cannot be
written (exists, name collision) · 1 the lint policy blocks one · 2 usage · 3 unreadable project, or a
clip's media file is missing`
})

export const checkCommand: Command = {
  name: 'check',
  summary: 'export pre-flight: is every clip × locale ready to ship? (text or --json)',
  usage: usageText(SPEC),
  async run(args, io) {
    const { values: flags, positionals } = parseCommandArgs(SPEC, args)
    const [path, extra] = positionals
    if (!path || extra !== undefined)
      throw new UsageError(path ? `one project at a time (got "${extra}")` : 'give the project file')
    const presetId = flags.preset
    if (presetId && !PRESETS.some((p) => p.id === presetId))
      throw new UsageError(`unknown preset "${presetId}" (known: ${PRESETS.map((p) => p.id).join(', ')})`)
    const opened = await openProject(path)
    const { project } = opened
    const locales = listValue(flags.locales) ?? [
      project.sourceLocale,
      ...project.targetLocales.filter((l) => l !== project.sourceLocale)
    ]
    const { report } = await preflightBatch({
      project,
      projectPath: opened.path,
      clipIds: flags.clip,
      locales,
      presetId,
      outDir: flags.out ?? join(dirname(opened.path), 'export'),
      overwrite: flags.overwrite === true
    })
    if (flags.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n')
    // Clip titles, file names and cue text come from the project: no control sequence reaches the terminal.
    else io.stdout.write(safeText(formatPreflightText(report, { showInfo: flags.all === true }).join('\n') + '\n'))
    return report.summary.ready === report.summary.total ? EXIT.ok : exitCodeFor(refusal(report).code)
  }
}
