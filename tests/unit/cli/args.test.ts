import { describe, expect, it } from 'vitest'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../../../src/cli/args'
import { commands } from '../../../src/cli/commands'

const SPEC = defineCommand({
  name: 'demo',
  synopsis: '<file> [options]',
  description: 'Does a demo.',
  options: {
    out: { type: 'string', arg: 'DIR', help: 'where to\nwrite it' },
    clip: { type: 'string', multiple: true, arg: 'ID', help: 'repeatable' },
    json: { type: 'boolean', help: 'JSON' }
  },
  notes: 'A note.',
  exitCodes: '0 ok · 2 usage'
})

describe('parseCommandArgs (node:util parseArgs, strict)', () => {
  it('reads values, repeats, booleans, --key=value and files after --', () => {
    expect(parseCommandArgs(SPEC, ['a', '--out', 'o', '--clip', 'x', '--clip=y', '--json', '--', '-odd'])).toEqual({
      values: { out: 'o', clip: ['x', 'y'], json: true },
      positionals: ['a', '-odd']
    })
  })
  it.each([
    [['--bogus'], 'unknown option "--bogus"'],
    [['-x'], 'unknown option "-x"'],
    [['--out'], '--out needs a value'],
    [['--out='], '--out needs a value'],
    [['--clip', 'a', '--clip='], '--clip needs a value'],
    [['--out', '--json'], '--out needs a value (write --out=-… for a value starting with "-")'],
    [['--json=yes'], '--json takes no value']
  ])('%j → %s', (args, message) => {
    const err = (() => {
      try {
        parseCommandArgs(SPEC, args)
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(UsageError)
    expect(err).toMatchObject({ code: 'invalid-input', message })
  })
})

describe('--help: the same layout for every command', () => {
  it('usage line, description, options table (continuation lines aligned), notes, exit codes', () => {
    expect(usageText(SPEC)).toBe(
      [
        'Usage: kindframe demo <file> [options]',
        '',
        'Does a demo.',
        '',
        'Options:',
        '  --out DIR   where to',
        '              write it',
        '  --clip ID   repeatable',
        '  --json      JSON',
        '  -h, --help  this help',
        '',
        'A note.',
        '',
        'Exit codes: 0 ok · 2 usage'
      ].join('\n')
    )
  })
  it.each(commands.map((c) => [c.name, c.usage]))('%s', (name, usage) => {
    const blocks = usage.split('\n\n')
    expect(blocks[0]).toMatch(new RegExp(`^Usage: kindframe ${name} `))
    expect(blocks.filter((b) => b.startsWith('Options:\n'))).toHaveLength(1)
    expect(usage).toContain('\n  -h, --help  ')
    expect(blocks.at(-1)).toMatch(/^Exit codes: 0 /)
    expect(usage).toContain(' 2 usage')
  })
})
