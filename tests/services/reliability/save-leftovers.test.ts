import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hostTag, ownerTag } from '../../../src/main/services/fs/owner'
import { judgeTemp, tempName } from '../../../src/main/services/project/atomic-write'
import { openProject, saveProject } from '../../../src/main/services/project/store'
import { Project, PROJECT_VERSION } from '../../../src/shared/project/schema'

const root = mkdtempSync(join(tmpdir(), 'kf-leftovers-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const project = Project.parse({
  kind: 'kindframe-project',
  version: PROJECT_VERSION,
  series: { title: 'S' },
  sourceLocale: 'en'
})

/** A pid that certainly existed and certainly is gone now. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
  return Number(pid)
}

const OLD = new Set<string>()
/** Marks a name to be written with an mtime an hour ago. */
function old(name: string): string {
  OLD.add(name)
  return name
}

describe('project-save temp files left by a killed save (issue 15)', () => {
  it('the next save removes only the stale ones', async () => {
    const dir = join(root, 'save')
    mkdirSync(dir)
    const file = join(dir, 'series.kindframe')
    await saveProject(file, project)
    const dead = deadPid()
    const stale = [
      `.series.kindframe.${hostTag()}-${dead}.0badc0de.tmp`, // a save killed mid-write
      `.series.kindframe.bak.${hostTag()}-${dead}.0badc0de.tmp`, // killed while copying the .bak
      `..series.kindframe.lock.${hostTag()}-${dead}.00000001.tmp`, // the lock file's temp
      old(`.series.kindframe.${dead}.deadbeef.tmp`), // old naming, untouched for an hour
      old('series.kindframe.bak.tmp') // old fixed .bak temp name
    ]
    const kept = [
      `.series.kindframe.${ownerTag()}.12345678.tmp`, // a live writer: this process
      `.series.kindframe.ffffffff-${dead}.12345678.tmp`, // another machine (network share): can't know
      `.series.kindframe.${dead + 1_000_000}.abcdef01.tmp`, // old naming but fresh: might be mid-write
      `.other.kindframe.${hostTag()}-${dead}.12345678.tmp`, // another project's
      'notes.tmp'
    ]
    for (const name of [...stale, ...kept]) {
      writeFileSync(join(dir, name), 'partial')
      if (OLD.has(name)) utimesSync(join(dir, name), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000))
    }
    mkdirSync(join(dir, `.series.kindframe.${hostTag()}-${dead}.aaaaaaaa.tmp`)) // a folder: never removed
    await saveProject(file, project)
    const left = readdirSync(dir)
    for (const name of stale) expect(left, name).not.toContain(name)
    for (const name of kept) expect(left, name).toContain(name)
    expect(left).toContain(`.series.kindframe.${hostTag()}-${dead}.aaaaaaaa.tmp`)
  })

  it('opening the project removes them too', async () => {
    const dir = join(root, 'open')
    mkdirSync(dir)
    const file = join(dir, 'p.kindframe')
    await saveProject(file, project)
    const leftover = join(dir, `.p.kindframe.${hostTag()}-${deadPid()}.0badc0de.tmp`)
    writeFileSync(leftover, '{"half')
    await openProject(file)
    expect(existsSync(leftover)).toBe(false)
  })

  it('the .bak temp has a unique name: a stuck old "<file>.bak.tmp" cannot block a save', async () => {
    const dir = join(root, 'bak')
    mkdirSync(dir)
    const file = join(dir, 'p.kindframe')
    await saveProject(file, project)
    mkdirSync(`${file}.bak.tmp`) // e.g. left by another program; the old fixed name failed here
    await saveProject(file, { ...project, series: { ...project.series, title: 'Second' } })
    expect(existsSync(`${file}.bak`)).toBe(true)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') && n !== 'p.kindframe.bak.tmp')).toEqual([])
  })

  it('temp names are owner-tagged and unique', () => {
    const a = tempName('x.kindframe')
    expect(a).toMatch(new RegExp(`^\\.x\\.kindframe\\.${ownerTag()}\\.[0-9a-f]{8}\\.tmp$`))
    expect(tempName('x.kindframe')).not.toBe(a)
    expect(judgeTemp(a, 'x.kindframe')).toBe('keep')
  })
})
