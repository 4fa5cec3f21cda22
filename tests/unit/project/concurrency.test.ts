import { describe, expect, it } from 'vitest'
import {
  describeElsewhere,
  judgeLock,
  LOCK_MAX_AGE_MS,
  saveVerdict,
  type LockViewer,
  type ProjectFingerprint
} from '../../../src/shared/project/concurrency'

const A: ProjectFingerprint = { sha256: 'a'.repeat(64), size: 100, mtimeMs: 1000 }

describe('saveVerdict', () => {
  const cases: [string, ProjectFingerprint | undefined, ProjectFingerprint | null, boolean, 'ok' | 'conflict'][] = [
    ['same bytes, same time', A, { ...A }, false, 'ok'],
    ['same bytes, touched (mtime only)', A, { ...A, mtimeMs: 5000 }, false, 'ok'],
    ['other bytes', A, { ...A, sha256: 'b'.repeat(64) }, false, 'conflict'],
    ['same hash but other size (cannot be the same file)', A, { ...A, size: 101 }, false, 'conflict'],
    ['other bytes, forced', A, { ...A, sha256: 'b'.repeat(64) }, true, 'ok'],
    ['file deleted since: recreating it overwrites nobody', A, null, false, 'ok'],
    ['no base (Save As to a new path)', undefined, A, false, 'ok']
  ]
  for (const [name, base, current, force, expected] of cases) {
    it(name, () => expect(saveVerdict(base, current, force)).toBe(expected))
  }
})

describe('judgeLock', () => {
  const now = Date.parse('2026-11-21T14:00:00Z')
  const me = (alive: number[] = []): LockViewer => ({
    sessionId: 'me-123456',
    hostname: 'studio-pc',
    now,
    pidAlive: (pid) => alive.includes(pid)
  })
  const lock = (over: Partial<{ sessionId: string; pid: number; hostname: string; openedAt: string }> = {}) => ({
    lock: { sessionId: 'other-98765', pid: 4242, hostname: 'studio-pc', openedAt: '2026-11-21T13:02:00Z', ...over },
    mtimeMs: now - 60_000
  })
  const hours = (h: number) => new Date(now - h * 3600_000).toISOString()

  it('no lock file: free', () => expect(judgeLock(undefined, me())).toBe('free'))
  it('our own session (reload of this window): own, even if old', () =>
    expect(judgeLock(lock({ sessionId: 'me-123456', openedAt: hours(30) }), me())).toBe('own'))
  it('same host, pid alive: elsewhere', () => expect(judgeLock(lock(), me([4242]))).toBe('elsewhere'))
  it('same host, pid gone (crash): stale', () => expect(judgeLock(lock(), me([]))).toBe('stale'))
  it('other host, 11 h old: elsewhere (its pid cannot be checked)', () =>
    expect(judgeLock(lock({ hostname: 'laptop', openedAt: hours(11) }), me())).toBe('elsewhere'))
  it('other host, 13 h old: stale', () =>
    expect(judgeLock(lock({ hostname: 'laptop', openedAt: hours(13) }), me())).toBe('stale'))
  it('other host, exactly the max age: stale', () =>
    expect(judgeLock(lock({ hostname: 'laptop', openedAt: new Date(now - LOCK_MAX_AGE_MS).toISOString() }), me())).toBe(
      'stale'
    ))
  it('other host, clock ahead of ours: elsewhere', () =>
    expect(judgeLock(lock({ hostname: 'laptop', openedAt: hours(-2) }), me())).toBe('elsewhere'))
  it('other host, unparsable date: age from the file time', () =>
    expect(judgeLock(lock({ hostname: 'laptop', openedAt: 'yesterday' }), me())).toBe('elsewhere'))
  it('unreadable lock, fresh file: elsewhere', () =>
    expect(judgeLock({ lock: null, mtimeMs: now - 1000 }, me())).toBe('elsewhere'))
  it('unreadable lock, old file: stale', () =>
    expect(judgeLock({ lock: null, mtimeMs: now - LOCK_MAX_AGE_MS - 1 }, me())).toBe('stale'))

  it('describeElsewhere: same host vs other host vs unreadable', () => {
    expect(describeElsewhere(lock(), 'studio-pc')).toEqual({
      hostname: 'studio-pc',
      sameHost: true,
      openedAt: '2026-11-21T13:02:00Z'
    })
    expect(describeElsewhere(lock({ hostname: 'laptop' }), 'studio-pc')).toEqual({
      hostname: 'laptop',
      sameHost: false,
      openedAt: '2026-11-21T13:02:00Z'
    })
    expect(describeElsewhere({ lock: null, mtimeMs: now }, 'studio-pc')).toEqual({
      hostname: '',
      sameHost: false,
      openedAt: '2026-11-21T14:00:00.000Z'
    })
  })
})
