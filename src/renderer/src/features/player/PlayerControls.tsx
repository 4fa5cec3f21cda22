import { useTranslation } from 'react-i18next'
import { formatTimecode } from '../../../../shared/time'
import { useStudio } from '../../store'
import { usePlayer } from './player-store'
import { playerCommands } from './commands'

export function PlayerControls({ totalMs, locales }: { totalMs: number; locales: string[] }) {
  const { t } = useTranslation('editor')
  const playing = usePlayer((s) => s.playing)
  const rate = usePlayer((s) => s.rate)
  const loop = usePlayer((s) => s.loop)
  const showSafeZone = usePlayer((s) => s.showSafeZone)
  const toggleSafeZone = usePlayer((s) => s.toggleSafeZone)
  const playheadMs = useStudio((s) => s.playheadMs)
  const editLocale = useStudio((s) => s.editLocale)
  const setEditLocale = useStudio((s) => s.setEditLocale)
  return (
    <div className="kf-player-controls" role="toolbar" aria-label={t('player.controls')}>
      <button
        type="button"
        onClick={() => playerCommands.step(-1)}
        aria-label={t('player.frameBack')}
        title={t('player.frameBack')}
      >
        ⏮
      </button>
      <button
        type="button"
        data-testid="player-play"
        onClick={() => playerCommands.togglePlay()}
        aria-label={playing ? t('player.pause') : t('player.play')}
        aria-pressed={playing}
      >
        {playing ? '⏸' : '▶'}
      </button>
      <button
        type="button"
        onClick={() => playerCommands.step(1)}
        aria-label={t('player.frameForward')}
        title={t('player.frameForward')}
      >
        ⏭
      </button>
      <output className="kf-timecode" aria-label={t('player.position')} data-testid="player-time">
        {formatTimecode(playheadMs)} / {formatTimecode(totalMs)}
      </output>
      {playing && rate !== 1 && <span className="kf-rate">{t('player.rate', { rate })}</span>}
      <button type="button" aria-pressed={loop !== null} onClick={() => playerCommands.toggleLoop()}>
        {t('player.loop')}
      </button>
      <button type="button" aria-pressed={showSafeZone} onClick={toggleSafeZone}>
        {t('player.safeZone')}
      </button>
      <label className="kf-field-inline">
        {t('player.previewLocale')}
        <select value={editLocale ?? locales[0] ?? ''} onChange={(e) => setEditLocale(e.target.value)}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
