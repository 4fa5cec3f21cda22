import { registerActions } from '../../actions/registry'
import type { StudioState } from '../../store'
import { subtitleCommands } from './commands'
import { commitAndNext } from './commit-next'
import { cueTextFocused, toggleCueFormat } from './formatting'

const hasClip = (s: StudioState) => s.project !== null && s.selectedClipId !== null
const hasCue = (s: StudioState) => hasClip(s) && s.selectedCueId !== null
// Only while typing in the cue text: elsewhere Ctrl/⌘+I keeps importing clips.
const formatting = (s: StudioState) => hasCue(s) && cueTextFocused()

registerActions([
  {
    id: 'subtitles.nextCue',
    labelKey: 'editor:actions.nextCue',
    keys: ['alt+arrowdown'],
    allowInInputs: true,
    enabled: hasClip,
    perform: subtitleCommands.next
  },
  {
    id: 'subtitles.previousCue',
    labelKey: 'editor:actions.previousCue',
    keys: ['alt+arrowup'],
    allowInInputs: true,
    enabled: hasClip,
    perform: subtitleCommands.previous
  },
  {
    id: 'subtitles.commitNext',
    labelKey: 'editor:actions.commitNext',
    keys: ['mod+enter'],
    allowInInputs: true,
    enabled: hasClip,
    perform: commitAndNext
  },
  {
    id: 'subtitles.nextIssue',
    labelKey: 'editor:actions.nextIssue',
    keys: ['f8'],
    allowInInputs: true,
    enabled: hasClip,
    perform: subtitleCommands.nextIssue
  },
  {
    id: 'subtitles.addCue',
    labelKey: 'editor:actions.addCue',
    keys: ['mod+shift+enter'],
    allowInInputs: true,
    enabled: hasClip,
    perform: subtitleCommands.add
  },
  {
    id: 'subtitles.split',
    labelKey: 'editor:actions.split',
    keys: ['mod+shift+k'],
    enabled: hasCue,
    perform: subtitleCommands.split
  },
  {
    id: 'subtitles.pages',
    labelKey: 'editor:actions.pages',
    keys: ['mod+shift+p'],
    enabled: hasCue,
    perform: subtitleCommands.pages
  },
  {
    id: 'subtitles.restorePages',
    labelKey: 'editor:actions.restorePages',
    keys: ['mod+shift+u'],
    enabled: hasCue,
    perform: subtitleCommands.restorePages
  },
  {
    id: 'subtitles.merge',
    labelKey: 'editor:actions.merge',
    keys: ['mod+shift+m'],
    enabled: hasCue,
    perform: subtitleCommands.mergeWithNext
  },
  {
    id: 'subtitles.delete',
    labelKey: 'editor:actions.deleteCue',
    keys: ['mod+delete'],
    enabled: hasCue,
    perform: subtitleCommands.delete
  },
  {
    id: 'subtitles.italic',
    labelKey: 'editor:actions.italic',
    keys: ['mod+i'],
    allowInInputs: true,
    enabled: formatting,
    perform: () => toggleCueFormat('italic')
  },
  {
    id: 'subtitles.bold',
    labelKey: 'editor:actions.bold',
    keys: ['mod+b'],
    allowInInputs: true,
    enabled: formatting,
    perform: () => toggleCueFormat('bold')
  },
  {
    id: 'subtitles.underline',
    labelKey: 'editor:actions.underline',
    keys: ['mod+u'],
    allowInInputs: true,
    enabled: formatting,
    perform: () => toggleCueFormat('underline')
  }
])
