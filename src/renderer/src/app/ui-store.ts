import { useStudio } from '../store'

/**
 * The shell's UI state is the ui slice of the one studio store (store/ui-slice.ts); `useUi` is the
 * same hook under the name shell and feature code already use: `useUi((s) => s.inspectorTab)`.
 */
export const useUi = useStudio
export type { DialogId, InspectorTab, Theme, Toast, UiSlice as UiState } from '../store/ui-slice'
