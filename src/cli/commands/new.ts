import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { EXIT, type Command } from '../command'
import { listValue, parseFlags } from '../flags'
import { KindframeError } from '../../shared/errors'
import { PRESETS } from '../../shared/export/presets'
import { safeText } from '../../shared/safe-text'
import { isValidLocaleTag } from '../../shared/locales'
import { newProject } from '../../shared/project/schema'
import { QC_PROFILES } from '../../shared/subtitles/qc'
import { saveProject } from '../../main/services/project/store'

const USAGE = `Usage: kindframe new <project.kindframe> --title "Series title" [options]

Creates an empty project file (the studio's New project, headless).

Options:
  --title T          the series title (required)
  --source L         source locale of scripts and subtitles (default: en)
  --targets a,b,…    target locales to translate into (e.g. ms,id,pt-BR)
  --preset ID        ${PRESETS.map((p) => p.id).join(' | ')} (default: tiktok-9x16)
  --qc-profile P     ${Object.keys(QC_PROFILES).join(' | ')} (default: social)
  --overwrite        replace an existing file (the previous one is kept as .bak)
  --json             print {"path", "project"}

Exit: 0 created · 2 usage · 5 the file exists (use --overwrite) or cannot be written`

export const newCommand: Command = {
  name: 'new',
  summary: 'create an empty project file (title, locales, preset)',
  usage: USAGE,
  async run(args, io) {
    const f = parseFlags(args, { '--title': 'string', '--source': 'string', '--targets': 'string', '--preset': 'string', '--qc-profile': 'string', '--overwrite': 'boolean', '--json': 'boolean' })
    const [path, extra] = f.positional
    const title = f.value.get('--title')?.trim()
    const source = f.value.get('--source') ?? 'en'
    const targets = listValue(f.value.get('--targets')) ?? []
    const presetId = f.value.get('--preset')
    const profile = f.value.get('--qc-profile')
    const problem =
      !path ? 'give the project file to create'
      : extra !== undefined ? `one project at a time (got "${extra}")`
      : !path.endsWith('.kindframe') ? 'the project file name must end in .kindframe'
      : !title ? '--title is required'
      : ![source, ...targets].every(isValidLocaleTag) ? `not a locale tag: ${[source, ...targets].filter((l) => !isValidLocaleTag(l)).join(', ')}`
      : presetId && !PRESETS.some((p) => p.id === presetId) ? `unknown preset "${presetId}"`
      : profile && !QC_PROFILES[profile] ? `unknown QC profile "${profile}"`
      : undefined
    if (problem) {
      io.stderr.write(`kindframe new: ${problem}.\n\n${USAGE}\n`)
      return EXIT.usage
    }
    const abs = resolve(path!)
    if (!f.bool.has('--overwrite') && (await stat(abs).then(() => true, () => false))) {
      throw new KindframeError('exists', `${abs} already exists; not overwriting it (use --overwrite to replace it).`)
    }
    const project = newProject(title!, source)
    project.targetLocales = [...new Set(targets.filter((l) => l !== source))]
    if (presetId) project.export.presetId = presetId
    if (profile) project.qc.profile = profile
    const saved = await saveProject(abs, project)
    if (f.bool.has('--json')) io.stdout.write(JSON.stringify({ path: saved.path, project }) + '\n')
    else io.stdout.write(safeText(`Created ${saved.path}: "${title}", ${[source, ...project.targetLocales].join(', ')}. Add clips with: kindframe add ${path} <media…>\n`))
    return EXIT.ok
  }
}
