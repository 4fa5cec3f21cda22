import { getPlatform } from '../platform'
import type { Client } from '../../../shared/contract/client'
import type { Platform } from '../platform/types'
import { OP_NAMES } from '../../../shared/contract'
import { trackPending } from './harness'

let wrapped: Client | null = null

/**
 * The platform's typed client, counting calls in flight so the harness knows when the app is idle.
 * Errors pass through untouched (KindframeError with main's message).
 */
export function client(): Client {
  if (wrapped) return wrapped
  const inner = getPlatform().client
  const c: Record<string, unknown> = { on: inner.on.bind(inner) }
  for (const name of OP_NAMES) {
    const call = inner[name] as (input: unknown) => Promise<unknown>
    c[name] = async (input: unknown) => {
      trackPending(1)
      try {
        return await call(input)
      } finally {
        trackPending(-1)
      }
    }
  }
  wrapped = c as Client
  return wrapped
}

export function platform(): Platform {
  return getPlatform()
}
