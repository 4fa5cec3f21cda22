import { useTranslation } from 'react-i18next'
import type { SafeZone } from '../../../../shared/project/schema'
import { safeZoneInsets } from './safe-zone'

/** The safe zone drawn over the stage as hatched bands (insets in frame pixels, shown in percent). */
export function SafeZoneOverlay({
  zone,
  rtl,
  frame
}: {
  zone: SafeZone
  rtl: boolean
  frame: { width: number; height: number }
}) {
  const { t } = useTranslation('editor')
  const z = safeZoneInsets(zone, rtl)
  const pct = (v: number, of: number) => `${(v / of) * 100}%`
  return (
    <div
      className="kf-safe-zone"
      role="img"
      aria-label={t('player.safeZoneLabel')}
      data-mirrored={rtl ? 'true' : 'false'}
    >
      <div className="kf-safe-zone-band" style={{ top: 0, left: 0, right: 0, height: pct(z.top, frame.height) }} />
      <div
        className="kf-safe-zone-band"
        style={{ bottom: 0, left: 0, right: 0, height: pct(z.bottom, frame.height) }}
      />
      {z.right > 0 && (
        <div
          className="kf-safe-zone-band"
          style={{
            top: pct(z.top, frame.height),
            bottom: pct(z.bottom, frame.height),
            right: 0,
            width: pct(z.right, frame.width)
          }}
        />
      )}
      {z.left > 0 && (
        <div
          className="kf-safe-zone-band"
          style={{
            top: pct(z.top, frame.height),
            bottom: pct(z.bottom, frame.height),
            left: 0,
            width: pct(z.left, frame.width)
          }}
        />
      )}
    </div>
  )
}
