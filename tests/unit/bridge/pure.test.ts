import { describe, expect, it } from 'vitest'
import { parseByteRange } from '../../../src/main/byte-range'
import { resolveInsideRoot } from '../../../src/main/static-files'
import { sanitizeFileName } from '../../../src/bridge/upload'
import { isAppUrl, isTrustedFrame } from '../../../src/main/app-origin'
import { allowedHosts, hostAllowed, isLoopbackHost, originAllowed, tokenMatches } from '../../../src/bridge/guard'

describe('parseByteRange (size 1000)', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['bytes=0-', { start: 0, end: 999 }],
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=100-199', { start: 100, end: 199 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=200-100', null],
    ['bytes=0-1,5-6', null],
    ['items=0-1', null],
    ['bytes=-', null]
  ] as const)('%s → %j', (header, expected) => {
    expect(parseByteRange(header, 1000)).toEqual(expected)
  })
  it('finds nothing satisfiable in an empty file', () => {
    expect(parseByteRange('bytes=0-', 0)).toBe('unsatisfiable')
  })
})

describe('resolveInsideRoot', () => {
  it.each([
    ['/', '/srv/app/index.html'],
    ['/index.html', '/srv/app/index.html'],
    ['/assets/a%20b.js', '/srv/app/assets/a b.js'],
    ['/assets/', '/srv/app/assets/index.html'],
    ['/./assets//x.css', '/srv/app/assets/x.css'],
    ['/../etc/passwd', null],
    ['/assets/../../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/%2E%2E%2Fetc%2Fpasswd', null],
    ['/..%5c..%5cetc', null],
    ['/a%00.html', null],
    ['/%E0%A4%A', null]
  ])('%s → %s', (url, expected) => {
    expect(resolveInsideRoot('/srv/app', url)).toBe(expected)
  })
})

describe('sanitizeFileName', () => {
  it.each([
    ['clip.mp4', 'clip.mp4'],
    ['Kindness Ep 1 — final.mov', 'Kindness Ep 1 — final.mov'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\video.mp4', 'video.mp4'],
    ['.hidden.mp4', 'hidden.mp4'],
    ['a<b>c:d"e|f?g*h.mp4', 'a_b_c_d_e_f_g_h.mp4'],
    ['line\nbreak\u0007.mp4', 'line_break_.mp4'],
    ['...', 'file'],
    ['', 'file'],
    ['ฉากที่หนึ่ง.mp4', 'ฉากที่หนึ่ง.mp4'],
    ['e\u0301te\u0301.mp4', 'été.mp4']
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected)
  })
  it('bounds the length and keeps the extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(500)}.mp4`)
    expect(name).toHaveLength(120)
    expect(name.endsWith('x.mp4')).toBe(true)
  })
})

describe('guard', () => {
  it('knows loopback from everything else', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].map(isLoopbackHost)).toEqual([true, true, true, true])
    expect(
      ['0.0.0.0', '::', '192.168.0.2', '10.0.0.1', 'example.com', '127.0.0.1.evil.com'].map(isLoopbackHost)
    ).toEqual([false, false, false, false, false, false])
  })
  it('accepts only this server as Host and Origin', () => {
    const hosts = allowedHosts('127.0.0.1', 4321)
    expect(['127.0.0.1:4321', 'localhost:4321', 'LOCALHOST:4321'].map((h) => hostAllowed(hosts, h))).toEqual([
      true,
      true,
      true
    ])
    expect(['127.0.0.1:4322', 'evil.com:4321', 'localhost', undefined].map((h) => hostAllowed(hosts, h))).toEqual([
      false,
      false,
      false,
      false
    ])
    expect([undefined, 'http://127.0.0.1:4321', 'http://localhost:4321'].map((o) => originAllowed(hosts, o))).toEqual([
      true,
      true,
      true
    ])
    expect(
      ['null', 'http://evil.com', 'https://127.0.0.1:4321', 'http://127.0.0.1:4321.evil.com'].map((o) =>
        originAllowed(hosts, o)
      )
    ).toEqual([false, false, false, false])
  })
  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true)
    expect([null, undefined, '', 'abd', 'abcd', 'ab'].map((t) => tokenMatches('abc', t))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false
    ])
  })
})

describe('Electron app origin (production: kindframe://app)', () => {
  it.each([
    ['kindframe://app/index.html', true],
    ['kindframe://app/assets/x.js', true],
    ['kindframe://evil/index.html', false],
    ['kindframe-media://local/?path=/x', false],
    ['file:///work/main/out/renderer/index.html', false],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['not a url', false]
  ])('isAppUrl(%s) = %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected)
  })
  it('trusts only the top frame of the app', () => {
    expect(isTrustedFrame({ parent: null, url: 'kindframe://app/index.html' })).toBe(true)
    expect(isTrustedFrame({ parent: {}, url: 'kindframe://app/index.html' })).toBe(false)
    expect(isTrustedFrame({ parent: null, url: 'https://example.com/' })).toBe(false)
    expect(isTrustedFrame(null)).toBe(false)
  })
})
