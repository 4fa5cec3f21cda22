import { describe, expect, it } from 'vitest'
import { LEGACY_RECOVERY_ID, RECOVERY_SID, recoverySid } from '../../../src/shared/project/recovery-name'

describe('recoverySid: the session part of a recovery file name', () => {
  it.each([
    ['0123456789abcdef0123456789abcdef', '0123456789abcdef'],
    ['short-id', 'short-id'],
    ['Tab_A-1', 'Tab_A-1'],
    ['../../etc/passwd', 'etcpasswd'],
    ['a.b c/d\\e:f*g?h', 'abcdefgh'],
    ['wïndöw-ünïcode-1234', 'wndw-ncode-1234'],
    ['abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnop'],
    // No safe character, or the legacy id itself: FNV-1a 32 of the whole id (checked against a reference implementation).
    ['........', 'h9de23465'],
    ['legacy!!', 'h75353324'],
    ['legacy12', 'legacy12']
  ])('%s → %s', (id, sid) => {
    expect(recoverySid(id)).toBe(sid)
    expect(RECOVERY_SID.test(sid)).toBe(true)
    expect(sid).not.toBe(LEGACY_RECOVERY_ID)
  })

  it('is stable, and tells apart ids that differ within the kept part', () => {
    expect(recoverySid('session-one-aaaa')).toBe(recoverySid('session-one-aaaa'))
    expect(recoverySid('session-one-aaaa')).not.toBe(recoverySid('session-two-aaaa'))
  })
})
