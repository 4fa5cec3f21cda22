import type { Clip, EndCard } from '../../../../shared/project/schema'
import { transitionProgress, transitionStyle } from '../endcard/transition'
import { useClipMedia } from './use-clip-media'

const VIDEO_EXT = /\.(mp4|mov|m4v|webm|mkv)$/i

interface Props {
  card: EndCard
  clip: Clip
  timeMs: number
  startMs: number
  /** Photo placement in percent of the frame (from the same layout the export uses). */
  photo: { left: number; top: number; size: number } | null
  /** Extra HTML text, only when libass is not drawing the card's text. */
  children?: React.ReactNode
}

/**
 * The "reveal the human" card as it enters over the clip's tail. Its text is part of the ASS (drawn by
 * the subtitle layer above), so this draws the background and the creator's photo or video.
 */
export function EndCardPreview({ card, clip, timeMs, startMs, photo, children }: Props) {
  const mediaRef = card.media ?? clip.creator.photo ?? null
  const media = useClipMedia(mediaRef)
  if (timeMs < startMs) return null
  const style = transitionStyle(card.transition.kind, transitionProgress(timeMs, startMs, card.transition.durationMs))
  const background =
    card.background.kind === 'color'
      ? { backgroundColor: card.background.color }
      : { backdropFilter: 'blur(28px) brightness(0.7)' }
  return (
    <div className="kf-endcard-preview" data-testid="endcard-preview" style={{ ...background, ...style }}>
      {photo && media.url && (
        <div
          className="kf-endcard-photo"
          style={{ left: `${photo.left}%`, top: `${photo.top}%`, width: `${photo.size}%` }}
        >
          {VIDEO_EXT.test(mediaRef ?? '') ? (
            <video src={media.url} muted autoPlay loop playsInline />
          ) : (
            <img src={media.url} alt="" />
          )}
        </div>
      )}
      {children}
    </div>
  )
}
