import { create } from 'zustand'
import { useStudio } from '../../store'

/**
 * Which recovery file the banner offers (its id from project.open / project.recover) and how many
 * there are: Recover and Discard act on exactly that file, never on another window's.
 * The banner's visibility and time stay in the ui store's `recovery`; both are set together here.
 */
interface RecoveryOfferState {
  id: string | null
  count: number
}

export const useRecoveryOffer = create<RecoveryOfferState>(() => ({ id: null, count: 0 }))

export interface RecoveryOffer {
  path: string | null
  savedAt: string
  id: string
  /** All candidates found (this one is the newest). */
  count: number
}

export function offerRecovery(offer: RecoveryOffer | null): void {
  useRecoveryOffer.setState(offer ? { id: offer.id, count: offer.count } : { id: null, count: 0 })
  useStudio.getState().setRecovery(offer ? { path: offer.path, savedAt: offer.savedAt } : null)
}
