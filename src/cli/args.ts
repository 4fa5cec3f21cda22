import { parseArgs } from 'node:util'
import { KindframeError } from '../shared/errors'

/**
 * Every command's arguments go through `node:util` parseArgs (strict: unknown options and missing
 * values are errors), described once per command by a CommandSpec that also writes its `--help`:
 * usage line, description, options table, notes, exit codes — the same layout for every command.
 */
export interface OptionSpec {
  type: 'string' | 'boolean'
  /** Repeatable (`--clip a --clip b`): the values come back as an array. */
  multiple?: boolean
  /** The value's placeholder in --help, e.g. "ID" → "--clip ID". */
  arg?: string
  /** Help text; further lines (after "\n") are aligned under the first. */
  help: string
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string
  /** What follows "kindframe <name>" on the usage line. */
  synopsis: string
  description: string
  /** Keyed by long name without the dashes ("caption-style"). */
  options: O
  /** Paragraphs printed after the options table. */
  notes?: string
  /** "0 … · 2 usage · …", printed after "Exit codes: ". */
  exitCodes: string
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['multiple'] extends true
    ? string[]
    : string
export type Values<O extends Record<string, OptionSpec>> = { [K in keyof O]?: ValueOf<O[K]> }

/** A wrong argument: main prints "kindframe <command>: <reason>." and the command's --help, exit 2. */
export class UsageError extends KindframeError {
  constructor(message: string) {
    super('invalid-input', message)
    this.name = 'UsageError'
  }
}

/** Keeps the option names literal, so `values` is typed per command. */
export function defineCommand<const O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec
}

export function parseCommandArgs<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: readonly string[]
): { values: Values<O>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [name, { type: o.type, multiple: o.multiple ?? false }])
  )
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true })
  } catch (err) {
    throw new UsageError(plainParseError(err))
  }
  // "--out=" is as empty as a missing value.
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' || (Array.isArray(value) && value.includes(''))) throw new UsageError(`--${name} needs a value`)
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals }
}

/** Node's messages name the option in quotes and explain more than a user needs; say it our way. */
function plainParseError(err: unknown): string {
  const e = err as { code?: string; message?: string }
  const message = e.message ?? String(err)
  const option = /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '?'
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${option}"`
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return `${option} takes no value`
    if (message.includes('ambiguous'))
      return `${option} needs a value (write ${option}=-… for a value starting with "-")`
    return `${option} needs a value`
  }
  return message
}

/** The --help text. */
export function usageText(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, o]) => [
    `--${name}${o.arg ? ` ${o.arg}` : ''}`,
    o.help
  ])
  rows.push(['-h, --help', 'this help'])
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  const table = rows
    .map(([label, help]) => {
      const [first, ...rest] = help.split('\n')
      return [`  ${label.padEnd(width)}${first}`, ...rest.map((l) => `  ${' '.repeat(width)}${l}`)].join('\n')
    })
    .join('\n')
  const parts = [`Usage: kindframe ${spec.name} ${spec.synopsis}`, spec.description, `Options:\n${table}`]
  if (spec.notes) parts.push(spec.notes)
  parts.push(`Exit codes: ${spec.exitCodes}`)
  return parts.join('\n\n')
}

/** "ms, id,pt-BR" → ["ms", "id", "pt-BR"]. */
export function listValue(v: string | undefined): string[] | undefined {
  return v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
}

/** A whole number ≥ min, or a UsageError naming the flag. */
export function wholeNumber(text: string | undefined, flag: string, min: number): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number ≥ ${min}`)
  return n
}
