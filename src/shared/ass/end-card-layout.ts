/**
 * Where the end card's photo and text go, for any frame size. Pure; shared by the export engine
 * (which overlays the photo) and buildAss (which places the text), so they can never disagree.
 *
 * Everything scales with s = min(width/1080, height/1920), so 1080×1920, 1080×1350 and 720×1280
 * keep the same proportions; vertical anchors are fractions of the height.
 * - photo: top-left corner (x, y) of a square of side `size`.
 * - name / handle / message: the TOP-CENTRE anchor of the text (ASS `\an8\pos(x,y)`);
 *   message.width is the wrapping width, centred on x.
 */
export type EndCardLayoutKind = 'photo-top' | 'photo-center'

export interface EndCardLayout {
  photo: { x: number; y: number; size: number }
  name: { x: number; y: number }
  handle: { x: number; y: number }
  message: { x: number; y: number; width: number }
  /** Font sizes in frame pixels (optional extra used by buildAss). */
  fontSize?: { name: number; handle: number; message: number }
}

export function endCardScale(width: number, height: number): number {
  return Math.min(width / 1080, height / 1920)
}

export function endCardLayout(width: number, height: number, layout: EndCardLayoutKind): EndCardLayout {
  const s = endCardScale(width, height)
  const px = (v: number) => Math.round(v * s)
  const size = px(400)
  const photoY = layout === 'photo-top' ? Math.round(height * 0.15) : Math.round(height / 2 - size / 2 - 90 * s)
  const x = Math.round(width / 2)
  const nameY = photoY + size + px(44)
  const handleY = nameY + px(104)
  const messageY = handleY + px(92)
  return {
    photo: { x: Math.round((width - size) / 2), y: photoY, size },
    name: { x, y: nameY },
    handle: { x, y: handleY },
    message: { x, y: messageY, width: Math.round(width * 0.76) },
    fontSize: { name: px(72), handle: px(48), message: px(52) }
  }
}
