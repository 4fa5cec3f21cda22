/**
 * `npm run demo`: builds the sample #CreateKindness series into demo/ (gitignored) and exports
 * every clip × locale for TikTok through the real CLI into out/. Safe to re-run: media is made
 * only when missing, the project is re-saved atomically, and out/ is overwritten (the demo owns it).
 */
import { spawn } from 'node:child_process'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateDemoSeries } from './demo/generate'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DEMO_DIR = join(ROOT, 'demo')
const OUT_DIR = join(ROOT, 'out')

async function main(): Promise<number> {
  const started = Date.now()
  const series = await generateDemoSeries(DEMO_DIR)
  const rel = (p: string) => relative(ROOT, p) || '.'
  console.log(
    `Demo series: ${series.project.clips.length} clips, locales ${[series.project.sourceLocale, ...series.project.targetLocales].join(', ')}`
  )
  console.log(`  project: ${rel(series.projectPath)}`)
  console.log(
    `  media:   ${series.generated.length ? `${series.generated.length} files generated` : 'already there (reused)'} in ${rel(DEMO_DIR)}/media and ${rel(DEMO_DIR)}/photos`
  )
  console.log(`  took ${((Date.now() - started) / 1000).toFixed(1)} s\n`)

  // Every locale of the series (source + targets), so the Malay subtitles are burned in too.
  const locales = [series.project.sourceLocale, ...series.project.targetLocales].join(',')
  const args = [
    join(ROOT, 'bin', 'kindframe.mjs'),
    'export',
    rel(series.projectPath),
    '--all',
    '--locales',
    locales,
    '--out',
    rel(OUT_DIR),
    '--overwrite'
  ]
  console.log(`Exporting: kindframe ${args.slice(1).join(' ')}`)
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' })
    child.on('close', (c, signal) => resolve(c ?? (signal ? 130 : 1)))
    child.on('error', () => resolve(1))
  })
  if (code !== 0) {
    console.error(
      `\nThe export step failed (exit ${code}). The series itself is ready: open ${rel(series.projectPath)} in the studio, or re-run "npm run demo".`
    )
    return code
  }
  console.log(
    `\nDone. Exported videos are in ${rel(OUT_DIR)}/ (one per clip and locale), the project in ${rel(series.projectPath)}.`
  )
  return 0
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`demo: ${err instanceof Error ? err.message : String(err)}`)
    process.exitCode = 1
  }
)
