import { KindframeError } from '../shared/errors'

/**
 * A small argv parser for the commands that share these shapes: `--flag`, `--key value`,
 * `--key=value`, repeatable `--key v --key w`, and positional arguments. Unknown options and missing
 * values throw KindframeError('invalid-input') with the reason (exit 2).
 */
export type FlagKind = 'boolean' | 'string' | 'repeat'

export interface ParsedFlags {
  positional: string[]
  bool: Set<string>
  value: Map<string, string>
  repeat: Map<string, string[]>
}

export function parseFlags(args: readonly string[], spec: Record<string, FlagKind>): ParsedFlags {
  const out: ParsedFlags = { positional: [], bool: new Set(), value: new Map(), repeat: new Map() }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (!a.startsWith('--') || a === '--') {
      if (a.startsWith('-') && a !== '-' && a !== '--') throw new KindframeError('invalid-input', `unknown option "${a}"`)
      if (a !== '--') out.positional.push(a)
      continue
    }
    const eq = a.indexOf('=')
    const name = eq > 0 ? a.slice(0, eq) : a
    const kind = spec[name]
    if (!kind) throw new KindframeError('invalid-input', `unknown option "${name}"`)
    if (kind === 'boolean') {
      if (eq > 0) throw new KindframeError('invalid-input', `${name} takes no value`)
      out.bool.add(name)
      continue
    }
    const v = eq > 0 ? a.slice(eq + 1) : args[++i]
    if (v === undefined || v === '' || (eq < 0 && v.startsWith('--'))) throw new KindframeError('invalid-input', `${name} needs a value`)
    if (kind === 'string') out.value.set(name, v)
    else out.repeat.set(name, [...(out.repeat.get(name) ?? []), v])
  }
  return out
}

/** "ms, id,pt-BR" → ["ms", "id", "pt-BR"]. */
export function listValue(v: string | undefined): string[] | undefined {
  return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean)
}
