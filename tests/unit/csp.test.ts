import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, devContentSecurityPolicy } from '../../src/shared/csp'

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('Content-Security-Policy', () => {
  it('allows no inline or remote script, only WASM compilation for jassub', () => {
    const d = directives(CONTENT_SECURITY_POLICY)
    expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(d['worker-src']).toEqual(["'self'", 'blob:'])
    expect(d['object-src']).toEqual(["'none'"])
    expect(d['base-uri']).toEqual(["'none'"])
    expect(d['default-src']).toEqual(["'self'"])
  })

  it('lets media come from blob:, data: and the Electron media protocol, and events from the loopback bridge', () => {
    const d = directives(CONTENT_SECURITY_POLICY)
    for (const k of ['img-src', 'media-src', 'font-src'])
      expect(d[k]).toEqual(["'self'", 'data:', 'blob:', 'kindframe-media:'])
    expect(d['connect-src']).toEqual([
      "'self'",
      'data:',
      'blob:',
      'kindframe-media:',
      'ws://127.0.0.1:*',
      'ws://localhost:*'
    ])
  })

  it('adds frame-ancestors only to the header (a meta tag may not carry it)', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
  })

  it('relaxes exactly inline script and the HMR socket for the dev server', () => {
    const dev = directives(devContentSecurityPolicy('http://localhost:5173/'))
    const prod = directives(CONTENT_SECURITY_POLICY_HEADER)
    expect(dev['script-src']).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"])
    expect(dev['connect-src']).toEqual(["'self'", 'ws://localhost:5173', ...prod['connect-src'].slice(1)])
    expect({ ...dev, 'script-src': null, 'connect-src': null }).toEqual({
      ...prod,
      'script-src': null,
      'connect-src': null
    })
  })
})
