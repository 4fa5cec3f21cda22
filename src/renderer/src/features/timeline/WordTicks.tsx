import { useRef, useState, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../../shared/project/schema'
import { moveWordBoundary } from '../../../../shared/captions/word-edit'
import { updateCues } from '../subtitles/track-updates'

interface Props {
  clipId: string
  cue: Cue
  /** Pixels per millisecond on the timeline. */
  pxPerMs: number
}

/**
 * A tick on the cue block where each word after the first starts (the Highlight style follows them).
 * Dragging a tick moves that boundary: one undoable edit when released. W does the same at the playhead.
 */
export function WordTicks({ clipId, cue, pxPerMs }: Props) {
  const { t } = useTranslation('editor')
  const drag = useRef<{ index: number; originX: number; fromMs: number } | null>(null)
  const [preview, setPreview] = useState<{ index: number; atMs: number } | null>(null)
  const words = cue.words
  if (!words || words.length < 2) return null
  const atOf = (clientX: number) => {
    const d = drag.current!
    return d.fromMs + (clientX - d.originX) / pxPerMs
  }
  const onDown = (e: PointerEvent<HTMLElement>, index: number) => {
    e.stopPropagation()
    e.currentTarget.setPointerCapture(e.pointerId)
    drag.current = { index, originX: e.clientX, fromMs: words[index]!.fromMs }
  }
  const onMove = (e: PointerEvent<HTMLElement>) => {
    if (drag.current) setPreview({ index: drag.current.index, atMs: atOf(e.clientX) })
  }
  const onUp = (e: PointerEvent<HTMLElement>) => {
    e.stopPropagation()
    const d = drag.current
    drag.current = null
    setPreview(null)
    if (!d || Math.abs(e.clientX - d.originX) < 2) return
    const atMs = atOf(e.clientX)
    updateCues(clipId, (list) =>
      list.map((c) => (c.id === cue.id && c.words ? { ...c, words: moveWordBoundary(c.words, d.index, atMs) } : c))
    )
  }
  const shown = preview ? moveWordBoundary(words, preview.index, preview.atMs) : words
  return (
    <>
      {shown.slice(1).map((w, i) => (
        <span
          key={i}
          className="kf-word-tick"
          data-testid="word-tick"
          title={t('timeline.wordTick', { word: w.text })}
          style={{ insetInlineStart: w.fromMs * pxPerMs }}
          onPointerDown={(e) => onDown(e, i + 1)}
          onPointerMove={onMove}
          onPointerUp={onUp}
        />
      ))}
    </>
  )
}
