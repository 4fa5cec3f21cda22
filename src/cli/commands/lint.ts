import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { safeText } from '../../shared/safe-text'
import { EXIT, type CliIO, type Command } from '../command'
import { KindframeError } from '../../shared/errors'
import { parseProjectText } from '../../shared/project/parse-project'
import { formatFromPath, sniffFormat, type DroppedCue } from '../../shared/subtitles/formats'
import {
  formatSarif,
  formatText,
  lintCues,
  lintProject,
  lintText,
  summarize,
  type LintIssue,
  type ReportUnit
} from '../../shared/lint'
import { isValidLocaleTag } from '../../shared/locales'
import type { Cue } from '../../shared/project/schema'
import { decodeSubtitleBytes } from '../../main/services/subtitles'
import { readSubtitleInput, refusedDropped } from '../subtitle-input'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../args'

const SPEC = defineCommand({
  name: 'lint',
  synopsis: '<project.kindframe | script.txt | subtitles.srt|vtt|ass> [--locale L] [--format text|json|sarif]',
  description: `Checks scripts and subtitles for unkind language (threats, self-harm, slurs, insults, exclusion,
body shaming, profanity, condescension, ableist and gendered put-downs), with context: negation,
quotes, counter-speech, depicted bullying ([bully] speaker or "# kf:depict"). See docs/lint.md.

  A project lints every clip's script per locale and its subtitle cues (source and translations),
  with the project's lint settings (allow, deny, severity). --locale limits it to one locale.
  A text or subtitle file is linted with --locale (default en).`,
  options: {
    locale: {
      type: 'string',
      arg: 'L',
      help: "the one locale to lint (a project) or the text's locale (a file; default en)"
    },
    format: {
      type: 'string',
      arg: 'F',
      help: `text   file:line:col: severity message (ruleId), then a suggestion (default)
json   {file, results:[{clipId, locale, kind, issues}], summary}
sarif  SARIF 2.1.0, for code-scanning UIs`
    }
  },
  exitCodes: '0 no errors · 1 errors found (depicted bullying never counts) · 2 usage · 3 unreadable input'
})

/** Larger files are refused rather than linted for minutes (a script is a few KB). */
const MAX_BYTES = 50 * 1024 * 1024

interface Args {
  path: string
  locale?: string
  format: 'text' | 'json' | 'sarif'
}

function lintArgs(args: string[]): Args {
  const { values, positionals } = parseCommandArgs(SPEC, args)
  const [path, second] = positionals
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    throw new UsageError(`unknown --format "${format}" (text, json or sarif)`)
  if (second !== undefined) throw new UsageError(`one input only (got "${path}" and "${second}")`)
  if (!path) throw new UsageError('missing input: a .kindframe project, a script or a subtitle file')
  const { locale } = values
  if (locale !== undefined && !isValidLocaleTag(locale))
    throw new UsageError(`--locale "${locale}" is not a BCP-47 tag (e.g. en, pt-BR)`)
  return { path, locale, format }
}

async function readInput(path: string): Promise<string> {
  let size: number
  try {
    const s = await stat(path)
    if (!s.isFile()) throw new KindframeError('not-found', `${path}: not a file`)
    size = s.size
  } catch (err) {
    if (err instanceof KindframeError) throw err
    throw new KindframeError(
      'not-found',
      `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`
    )
  }
  if (size > MAX_BYTES)
    throw new KindframeError(
      'limit-exceeded',
      `${path}: ${(size / 1048576).toFixed(1)} MB is too large to lint (limit ${MAX_BYTES / 1048576} MB)`
    )
  if (size === 0) throw new KindframeError('parse-failed', `${path} is empty (0 bytes): nothing to lint.`)
  // The subtitle reader's decoder: encodings detected, binary and image files refused (exit 3).
  return decodeSubtitleBytes(await readFile(path), path).text.replace(/^\uFEFF/, '')
}

type Unit = ReportUnit & { clipId?: string; locale: string; kind: string }

/** Dropped cues are linted too: their words are in the file even if their timing is not usable. */
function droppedAsCues(dropped: readonly DroppedCue[]): Cue[] {
  return dropped.map((d) => ({
    id: `dropped@${d.line}`,
    startMs: Math.max(0, d.startMs ?? 0),
    endMs: Math.max(0, d.startMs ?? 0),
    text: d.text,
    ...(d.speaker ? { speaker: d.speaker } : {})
  }))
}

async function unitsFor(args: Args, io: CliIO): Promise<Unit[]> {
  const locale = args.locale ?? 'en'
  if (!args.path.endsWith('.kindframe') && formatFromPath(args.path)) return subtitleUnits(args, io, locale)
  const text = await readInput(args.path)
  const looksLikeProject =
    args.path.endsWith('.kindframe') || /^\s*\{[\s\S]*"kind"\s*:\s*"kindframe-project"/.test(text.slice(0, 2000))
  if (looksLikeProject) {
    const { project } = parseProjectText(text, args.path)
    return lintProject(project)
      .filter((r) => !args.locale || r.locale === args.locale)
      .map((r) => ({
        file: args.path,
        label: `${r.clipId} ${r.kind} ${r.locale}`,
        clipId: r.clipId,
        locale: r.locale,
        kind: r.kind,
        issues: r.issues
      }))
  }
  if (sniffFormat(text)) return subtitleUnits(args, io, locale)
  return [{ file: args.path, locale, kind: 'script', issues: lintText(text, { locale }) }]
}

/** Thrown when the subtitle file is refused but its dropped cues were linted: shown, then exit 3. */
class RefusedWithFindings extends Error {
  constructor(
    readonly refusal: unknown,
    readonly units: Unit[]
  ) {
    super(refusal instanceof Error ? refusal.message : String(refusal))
  }
}

async function subtitleUnits(args: Args, io: CliIO, locale: string): Promise<Unit[]> {
  try {
    const file = await readSubtitleInput(args.path, io)
    return [
      {
        file: args.path,
        locale,
        kind: 'subtitles',
        issues: lintCues([...file.cues, ...droppedAsCues(file.dropped)], { locale })
      }
    ]
  } catch (err) {
    const dropped = refusedDropped(err)
    if (!dropped.length) throw err
    throw new RefusedWithFindings(err, [
      { file: args.path, locale, kind: 'subtitles', issues: lintCues(droppedAsCues(dropped), { locale }) }
    ])
  }
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check scripts and subtitles for unkind language (text, JSON or SARIF)',
  usage: usageText(SPEC),
  async run(argv, io) {
    const args = lintArgs(argv)
    let units: Unit[]
    let refused: unknown
    try {
      units = await unitsFor(args, io)
    } catch (err) {
      if (!(err instanceof RefusedWithFindings)) throw err
      units = err.units
      refused = err.refusal
    }
    const all: LintIssue[] = units.flatMap((u) => u.issues)
    const summary = summarize(all)
    if (args.format === 'json') {
      io.stdout.write(
        JSON.stringify(
          { file: args.path, results: units.map(({ file: _f, label: _l, ...r }) => r), summary },
          null,
          2
        ) + '\n'
      )
    } else if (args.format === 'sarif') {
      io.stdout.write(JSON.stringify(formatSarif(units, '0.1.0'), null, 2) + '\n')
    } else {
      io.stdout.write(safeText(formatText(units)))
      io.stderr.write(
        `${basename(args.path)}: ${summary.error} error(s), ${summary.warning} warning(s), ${summary.info} info (${summary.depicted} depicted)\n`
      )
    }
    if (refused !== undefined) {
      // Bad input wins over findings: the same exit code as convert and qc for this file.
      io.stderr.write(`kindframe: ${refused instanceof Error ? refused.message : String(refused)}\n`)
      return EXIT.badInput
    }
    return summary.error > 0 ? EXIT.failed : EXIT.ok
  }
}
