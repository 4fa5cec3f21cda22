/**
 * Child process of bench/editing.ts: the first lint in one locale, in a fresh process (cold caches,
 * cold JIT), which is what the studio's checks worker pays on its first message for that locale.
 * Module loading (rule JSON, zod, cuss) is done before the clock starts: it is paid once for all
 * locales. Prints one JSON line { wallMs, cpuMs }. `en,ms` times ms after compiling en.
 */
import { lintText } from '../src/shared/lint'

// "en,ms": compile en first (untimed), then time ms — a studio project with an English source track
// and Malay translations compiles both in the same worker.
const locales = (process.argv[2] ?? 'en').split(',')
const locale = locales.pop()!
for (const earlier of locales) lintText('', { locale: earlier })
const c0 = process.cpuUsage()
const t0 = performance.now()
// An empty text still compiles the locale's rule pack (engineFor → getPack).
lintText('', { locale })
const wallMs = performance.now() - t0
const c = process.cpuUsage(c0)
console.log(JSON.stringify({ wallMs, cpuMs: (c.user + c.system) / 1000 }))
