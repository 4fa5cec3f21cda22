import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'
import { EndCardPreview } from './EndCardPreview'
import { fitLayout, rectStyle } from './fit'
import { usePlayer } from './player-store'
import type { usePreviewModel } from './preview-model'
import { SafeZoneOverlay } from './SafeZoneOverlay'
import { SubtitleLayer } from './SubtitleLayer'
import { useClipMedia } from './use-clip-media'
import { usePlayback } from './use-playback'

type Model = NonNullable<ReturnType<typeof usePreviewModel>>

/** The preset's frame (9:16 for TikTok): the clip fitted as the export fits it, its subtitles, the end card and the safe zone. */
export function Stage({ model }: { model: Model }) {
  const { t } = useTranslation('editor')
  const { clip, frame, span, card } = model
  const media = useClipMedia(clip.media)
  const timeMs = useStudio((s) => s.playheadMs)
  const showSafeZone = usePlayer((s) => s.showSafeZone)
  const main = useRef<HTMLVideoElement>(null)
  const blurred = useRef<HTMLVideoElement>(null)
  const videos = useMemo(() => [main, blurred], [])
  usePlayback(videos, span.clipMs, span.totalMs)

  const probe = clip.probe
  const layout = fitLayout(
    clip.fit,
    {
      width: probe?.width ?? frame.width,
      height: probe?.height ?? frame.height,
      rotation: probe?.rotation,
      sar: probe?.sar
    },
    frame
  )
  const bottomInsetPct = ((model.safeZone.bottom + 20) / frame.height) * 100
  return (
    <div
      className="kf-stage"
      data-testid="player-stage"
      role="region"
      aria-label={t('player.stageLabel')}
      style={{
        backgroundColor: clip.fit === 'pad' ? clip.padColor : '#000000',
        aspectRatio: `${frame.width} / ${frame.height}`
      }}
    >
      {media.url && layout.background && (
        <video
          ref={blurred}
          className="kf-stage-video kf-stage-blur"
          src={media.url}
          muted
          playsInline
          preload="auto"
          aria-hidden="true"
          style={rectStyle(layout.background)}
        />
      )}
      {media.url ? (
        <video
          ref={main}
          className="kf-stage-video"
          data-testid="player-video"
          src={media.url}
          playsInline
          preload="auto"
          aria-label={t('player.videoLabel', { title: clip.title })}
          style={rectStyle(layout.main)}
        />
      ) : (
        <p className="kf-stage-empty">
          {media.error ??
            (media.path && !media.exists ? t('player.mediaMissing', { path: media.path }) : t('player.loading'))}
        </p>
      )}
      {span.endCardStartMs !== null && (
        <EndCardPreview card={card} clip={clip} timeMs={timeMs} startMs={span.endCardStartMs} photo={model.photo} />
      )}
      <SubtitleLayer
        ass={model.ass}
        assLocale={model.assLocale}
        pending={model.assPending}
        timeMs={timeMs}
        frame={frame}
        defaultFont={model.project.style.fontFamily}
        cues={model.cues}
        rtl={model.rtl}
        bottomInsetPct={bottomInsetPct}
      />
      {showSafeZone && <SafeZoneOverlay zone={model.safeZone} rtl={model.rtl} frame={frame} />}
    </div>
  )
}
