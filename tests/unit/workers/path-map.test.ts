import { describe, expect, it } from 'vitest'
import { localPath, mapPath, parsePathMapping } from '../../../src/shared/workers/path-map'
import { decodeFailure, encodeFailure, parseRemoteJob } from '../../../src/shared/workers/job-data'
import { outputJobKey } from '../../../src/shared/workers/queue-keys'

describe('path mapping (--map FROM=TO)', () => {
  const maps = [
    parsePathMapping('/Volumes/studio=/mnt/studio'),
    parsePathMapping('/Volumes/studio/renders/=/srv/renders'),
    parsePathMapping('S:\\series=/mnt/s')
  ]
  it.each([
    ['/Volumes/studio/clips/a.mp4', '/mnt/studio/clips/a.mp4'],
    ['/Volumes/studio', '/mnt/studio'],
    ['/Volumes/studio/renders/x.mp4', '/srv/renders/x.mp4'], // the longest FROM wins
    ['/Volumes/studio2/a.mp4', undefined], // a whole folder, not a string prefix
    ['S:\\series\\a.mp4', '/mnt/s/a.mp4'],
    ['/home/me/a.mp4', undefined]
  ])('%s → %s', (from, to) => {
    expect(mapPath(from, maps)).toBe(to)
  })
  it('unmapped paths are used as they are', () => {
    expect(localPath('/home/me/a.mp4', maps)).toEqual({ path: '/home/me/a.mp4', mapped: false })
  })
  it.each(['/a', '=/b', '/a='])('refuses %j with the expected shape', (bad) => {
    expect(() => parsePathMapping(bad)).toThrow(`--map needs FROM=TO (two folders), got "${bad}"`)
  })
})

describe('job data', () => {
  it('says "update this worker" for a newer format before any schema detail', () => {
    expect(() => parseRemoteJob({ kind: 'kindframe-export-job', format: 7, anything: 'else' })).toThrow(
      'the job was made by a newer Kindframe (job format 7); this worker understands format 1. Update Kindframe on this worker.'
    )
  })
  it('refuses foreign data and a missing format', () => {
    expect(() => parseRemoteJob({ hello: 1 })).toThrow(
      'not a Kindframe export job (expected kind "kindframe-export-job").'
    )
    expect(() => parseRemoteJob({ kind: 'kindframe-export-job' })).toThrow(
      'the job has no valid format version (found undefined).'
    )
  })
  it('failures round-trip as "[code] message"; anything else is internal', () => {
    expect(decodeFailure(encodeFailure('media-changed', 'a\nb'))).toEqual({ code: 'media-changed', message: 'a\nb' })
    expect(decodeFailure('job stalled more than allowable limit')).toEqual({
      code: 'internal',
      message: 'job stalled more than allowable limit'
    })
  })
  it('the job key is the output, deterministic, and valid as a BullMQ id', () => {
    expect(outputJobKey('/out/a.mp4')).toBe(outputJobKey('/out/a.mp4'))
    expect(outputJobKey('/out/a.mp4')).not.toBe(outputJobKey('/out/b.mp4'))
    expect(outputJobKey('/out/a.mp4')).toMatch(/^out-[0-9a-f]{32}$/)
  })
})
