/**
 * npm run bench:lint — kindness lint speed against its targets:
 *   10,000 words linted in < 50 ms; re-lint of a 500-word script after one keystroke in < 5 ms.
 * Also prints rule-pack compile time (paid once per locale) and, for comparison, how long
 * retext-latin takes just to parse the same 10,000 words (why the engine has its own tokenizer).
 */
import { retext } from 'retext'
import { createIncrementalLinter, lintText, loadAllPacks } from '../src/shared/lint/index'
import { getLexicon } from '../src/shared/lint/analysis/lexicon'

const LINES = [
  'Maya walks into the cafeteria with her tray and looks for a seat.',
  '[bully] You are such a loser, nobody likes you.',
  'Everyone laughs, and Maya stares at the floor.',
  'Jordan stands up. "That is not okay. Calling someone a loser is cruel."',
  'They sit together by the window and talk about the art project.',
  'You matter. Be kind, and speak up when you see it happen.',
  'The bell rings and the hallway fills with noise and backpacks.',
  'Later, Sam writes a message: you are not alone, we are here for you.'
]

function script(words: number): string {
  const out: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const line = LINES[i % LINES.length]
    out.push(line)
    count += line.split(/\s+/).length
    if (i % 6 === 5) out.push('')
  }
  return out.join('\n')
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  return median(samples)
}

const row = (name: string, ms: number, target?: number) =>
  `${name.padEnd(46)} ${ms.toFixed(2).padStart(8)} ms${target ? `   target < ${target} ms  ${ms < target ? 'OK' : 'SLOW'} (${(ms / target).toFixed(2)}×)` : ''}`

let t = performance.now()
loadAllPacks()
const compileMs = performance.now() - t
const out = [row('compile all 6 rule packs (once per process)', compileMs)]
t = performance.now()
for (const l of ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX']) getLexicon(l)
out.push(row('compile all 6 v2 lexicons (once per process)', performance.now() - t))
out.push(
  `${'heap after all 6 packs and lexicons'.padEnd(46)} ${(process.memoryUsage().heapUsed / 1e6).toFixed(1).padStart(8)} MB   budget < 100 MB`
)

const big = script(10_000)
const words = big.split(/\s+/).filter(Boolean).length
// warm: the target is for a warmed-up engine (JIT and per-word caches), as in the studio while typing
for (let i = 0; i < 3; i++) lintText(big, { locale: 'en' })
const fullMs = time(() => lintText(big, { locale: 'en' }), 15)
out.push(row(`lintText ${words} words (en, median of 15)`, fullMs, 50))
for (const locale of ['ms', 'pt-BR'])
  out.push(
    row(
      `lintText ${words} words (${locale}, English text)`,
      time(() => lintText(big, { locale }), 5)
    )
  )

const small = script(500)
const inc = createIncrementalLinter({ locale: 'en' })
inc.update(small)
const lines = small.split('\n')
const middle = Math.floor(lines.length / 2)
const samples: number[] = []
const draft = lines.slice()
for (let k = 0; k < 200; k++) {
  draft[middle] = lines[middle] + ' x'.repeat(k % 7)
  const text = draft.join('\n')
  const t0 = performance.now()
  inc.update(text)
  samples.push(performance.now() - t0)
}
out.push(row('keystroke re-lint, 500 words (incremental, median)', median(samples), 5))
out.push(row('  same, p95', [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)]))
out.push(
  row(
    'full lintText of the 500 words (for comparison)',
    time(() => lintText(small, { locale: 'en' }), 50)
  )
)

// First lint of each locale in a fresh process (what a user waits for when opening a project).
const { execFileSync } = await import('node:child_process')
for (const locale of ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX']) {
  const probe = `const t=performance.now();const {lintText}=await import('./src/shared/lint/index.ts');const a=performance.now();lintText('You are such a loser.',{locale:'${locale}'});console.log((performance.now()-a).toFixed(1))`
  const ms = Number(
    execFileSync('npx', ['tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' }).trim().split('\n').pop()
  )
  out.push(row(`first lint in a fresh process (${locale}, after import)`, ms, 100))
}

// retext() is unified + retext-latin: the nlcst tree the engine would otherwise walk.
const parser = retext()
t = performance.now()
for (let i = 0; i < 5; i++) parser.parse(big)
out.push(row(`retext-latin parse only, ${words} words (mean of 5)`, (performance.now() - t) / 5))

console.log(out.join('\n'))
