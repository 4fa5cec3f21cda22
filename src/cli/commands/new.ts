import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { EXIT, type Command } from '../command'
import { defineCommand, listValue, parseCommandArgs, usageText, UsageError } from '../args'
import { KindframeError } from '../../shared/errors'
import { PRESETS } from '../../shared/export/presets'
import { safeText } from '../../shared/safe-text'
import { isValidLocaleTag } from '../../shared/locales'
import { newProject } from '../../shared/project/schema'
import { QC_PROFILES } from '../../shared/subtitles/qc'
import { saveProject } from '../../main/services/project/store'

const SPEC = defineCommand({
  name: 'new',
  synopsis: '<project.kindframe> --title "Series title" [options]',
  description: "Creates an empty project file (the studio's New project, headless).",
  options: {
    title: { type: 'string', arg: 'T', help: 'the series title (required)' },
    source: { type: 'string', arg: 'L', help: 'source locale of scripts and subtitles (default: en)' },
    targets: { type: 'string', arg: 'a,b,…', help: 'target locales to translate into (e.g. ms,id,pt-BR)' },
    preset: { type: 'string', arg: 'ID', help: `${PRESETS.map((p) => p.id).join(' | ')} (default: tiktok-9x16)` },
    'qc-profile': { type: 'string', arg: 'P', help: `${Object.keys(QC_PROFILES).join(' | ')} (default: social)` },
    overwrite: { type: 'boolean', help: 'replace an existing file (the previous one is kept as .bak)' },
    json: { type: 'boolean', help: 'print {"path", "project"}' }
  },
  exitCodes: '0 created · 2 usage · 5 the file exists (use --overwrite) or cannot be written'
})

export const newCommand: Command = {
  name: 'new',
  summary: 'create an empty project file (title, locales, preset)',
  usage: usageText(SPEC),
  async run(args, io) {
    const { values: f, positionals } = parseCommandArgs(SPEC, args)
    const [path, extra] = positionals
    const title = f.title?.trim()
    const source = f.source ?? 'en'
    const targets = listValue(f.targets) ?? []
    const presetId = f.preset
    const profile = f['qc-profile']
    const problem = !path
      ? 'give the project file to create'
      : extra !== undefined
        ? `one project at a time (got "${extra}")`
        : !path.endsWith('.kindframe')
          ? 'the project file name must end in .kindframe'
          : !title
            ? '--title is required'
            : ![source, ...targets].every(isValidLocaleTag)
              ? `not a locale tag: ${[source, ...targets].filter((l) => !isValidLocaleTag(l)).join(', ')}`
              : presetId && !PRESETS.some((p) => p.id === presetId)
                ? `unknown preset "${presetId}"`
                : profile && !QC_PROFILES[profile]
                  ? `unknown QC profile "${profile}"`
                  : undefined
    if (problem) throw new UsageError(problem)
    const abs = resolve(path!)
    if (
      !f.overwrite &&
      (await stat(abs).then(
        () => true,
        () => false
      ))
    ) {
      throw new KindframeError('exists', `${abs} already exists; not overwriting it (use --overwrite to replace it).`)
    }
    const project = newProject(title!, source)
    project.targetLocales = [...new Set(targets.filter((l) => l !== source))]
    if (presetId) project.export.presetId = presetId
    if (profile) project.qc.profile = profile
    const saved = await saveProject(abs, project)
    if (f.json) io.stdout.write(JSON.stringify({ path: saved.path, project }) + '\n')
    else
      io.stdout.write(
        safeText(
          `Created ${saved.path}: "${title}", ${[source, ...project.targetLocales].join(', ')}. Add clips with: kindframe add ${path} <media…>\n`
        )
      )
    return EXIT.ok
  }
}
