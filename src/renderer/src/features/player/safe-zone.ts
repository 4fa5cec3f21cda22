import type { SafeZone } from '../../../../shared/project/schema'

/**
 * TikTok's UI covers the top, the bottom (caption, buttons) and the right edge (like/share column).
 * For right-to-left subtitle locales the app mirrors its chrome, so the side inset moves to the left.
 */
export function safeZoneInsets(zone: SafeZone, rtl: boolean): SafeZone {
  return rtl ? { ...zone, left: zone.right, right: zone.left } : zone
}
