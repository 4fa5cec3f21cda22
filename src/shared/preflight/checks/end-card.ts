import { hasDefaultEndCardMessage } from '../../ass/end-card-messages'
import { addProblem, type OutputContext } from './context'

/**
 * The "reveal the human" card of this output: a name, an @handle, a photo or video of the creator
 * (present on disk when main says so), and a message in this locale (the project's, or a shipped
 * default written in that language; otherwise the card would speak English in, say, a German video).
 */
export function checkEndCard(ctx: OutputContext): void {
  const { clip, locale, endCard: ec, facts } = ctx
  if (!ec.enabled) return
  const at = (field: 'name' | 'handle' | 'photo' | 'message') => ({
    target: { kind: 'endcard' as const, clipId: clip.id, locale, field }
  })
  if (!(ec.displayName ?? clip.creator.name).trim()) addProblem(ctx, 'endcard-name-missing', 'error', {}, at('name'))
  if (!(ec.handle ?? clip.creator.handle).trim()) addProblem(ctx, 'endcard-handle-missing', 'error', {}, at('handle'))
  const photo = ec.media ?? clip.creator.photo
  if (!photo) addProblem(ctx, 'endcard-photo-missing', 'error', {}, at('photo'))
  else if (facts.cardMedia && facts.cardMedia[photo] === false)
    addProblem(ctx, 'endcard-photo-not-found', 'error', { path: photo }, at('photo'))
  if (!(ec.message[locale] ?? '').trim() && !hasDefaultEndCardMessage(locale))
    addProblem(ctx, 'endcard-message-missing', 'error', { locale }, at('message'))
}
