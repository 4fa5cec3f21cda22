import { registerActions } from '../../actions/registry'
import type { StudioState } from '../../store'
import { subtitleCommands } from './commands'
import { commitAndNext } from './commit-next'

const hasClip = (s: StudioState) => s.project !== null && s.selectedClipId !== null
const hasCue = (s: StudioState) => hasClip(s) && s.selectedCueId !== null

registerActions([
  { id: 'subtitles.nextCue', labelKey: 'editor:actions.nextCue', keys: ['alt+arrowdown'], allowInInputs: true, enabled: hasClip, perform: subtitleCommands.next },
  { id: 'subtitles.previousCue', labelKey: 'editor:actions.previousCue', keys: ['alt+arrowup'], allowInInputs: true, enabled: hasClip, perform: subtitleCommands.previous },
  { id: 'subtitles.commitNext', labelKey: 'editor:actions.commitNext', keys: ['mod+enter'], allowInInputs: true, enabled: hasClip, perform: commitAndNext },
  { id: 'subtitles.nextIssue', labelKey: 'editor:actions.nextIssue', keys: ['f8'], allowInInputs: true, enabled: hasClip, perform: subtitleCommands.nextIssue },
  { id: 'subtitles.addCue', labelKey: 'editor:actions.addCue', keys: ['mod+shift+enter'], allowInInputs: true, enabled: hasClip, perform: subtitleCommands.add },
  { id: 'subtitles.split', labelKey: 'editor:actions.split', keys: ['mod+shift+k'], enabled: hasCue, perform: subtitleCommands.split },
  { id: 'subtitles.merge', labelKey: 'editor:actions.merge', keys: ['mod+shift+m'], enabled: hasCue, perform: subtitleCommands.mergeWithNext },
  { id: 'subtitles.delete', labelKey: 'editor:actions.deleteCue', keys: ['mod+delete'], enabled: hasCue, perform: subtitleCommands.delete }
])
