import { dirname, join } from 'node:path'
import { EXIT, type Command } from '../command'
import { exitCodeFor } from '../exit-code-for'
import { listValue, parseFlags } from '../flags'
import { PRESETS } from '../../shared/export/presets'
import { safeText } from '../../shared/safe-text'
import { formatPreflightText, refusal } from '../../shared/preflight'
import { preflightBatch } from '../../main/services/export/preflight'
import { openProject } from '../../main/services/project/store'

const USAGE = `Usage: kindframe check <project.kindframe> [options]

The export pre-flight alone, without exporting: for every clip × locale output, translation
completeness (missing, draft, outdated cues), QC under the project's profile, kindness findings to
reconsider, media unchanged since import (size, time, SHA-256), the end card in that locale, fonts
that cover every character, the preset's limits, output names, and what the output folder holds.

Options:
  --clip ID         check this clip (repeatable; default: every clip)
  --locales a,b,…   locales to check (default: the source locale and every target locale)
  --preset ID       ${PRESETS.map((p) => p.id).join(' | ')} (default: the project's preset)
  --out DIR         output folder to check for existing files (default: <project folder>/export)
  --overwrite       as "kindframe export --overwrite" would: existing files are replaced, not blockers
  --json            the whole report as JSON: {kind:"kindframe-preflight", outputs:[{clipId, locale,
                    verdict, problems:[{code, severity, message, target…}], counts…}], summary}
  --all             list info lines too (text)

Exit: 0 every output ready (warnings allowed) · 6 an output is incomplete · 5 an output cannot be
written (exists, name collision) · 1 the lint policy blocks one · 2 usage · 3 unreadable project, or a
clip's media file is missing`

export const checkCommand: Command = {
  name: 'check',
  summary: 'export pre-flight: is every clip × locale ready to ship? (text or --json)',
  usage: USAGE,
  async run(args, io) {
    const flags = parseFlags(args, { '--clip': 'repeat', '--locales': 'string', '--preset': 'string', '--out': 'string', '--overwrite': 'boolean', '--json': 'boolean', '--all': 'boolean' })
    const [path, extra] = flags.positional
    if (!path || extra !== undefined) {
      io.stderr.write(`kindframe check: ${path ? `one project at a time (got "${extra}")` : 'give the project file'}.\n\n${USAGE}\n`)
      return EXIT.usage
    }
    const presetId = flags.value.get('--preset')
    if (presetId && !PRESETS.some((p) => p.id === presetId)) {
      io.stderr.write(`kindframe check: unknown preset "${presetId}" (known: ${PRESETS.map((p) => p.id).join(', ')}).\n`)
      return EXIT.usage
    }
    const opened = await openProject(path)
    const { project } = opened
    const locales = listValue(flags.value.get('--locales')) ?? [project.sourceLocale, ...project.targetLocales.filter((l) => l !== project.sourceLocale)]
    const { report } = await preflightBatch({
      project, projectPath: opened.path, clipIds: flags.repeat.get('--clip'), locales, presetId,
      outDir: flags.value.get('--out') ?? join(dirname(opened.path), 'export'), overwrite: flags.bool.has('--overwrite')
    })
    if (flags.bool.has('--json')) io.stdout.write(JSON.stringify(report, null, 2) + '\n')
    // Clip titles, file names and cue text come from the project: no control sequence reaches the terminal.
    else io.stdout.write(safeText(formatPreflightText(report, { showInfo: flags.bool.has('--all') }).join('\n') + '\n'))
    return report.summary.ready === report.summary.total ? EXIT.ok : exitCodeFor(refusal(report).code)
  }
}
