const KEY = 'kindframe.recentProject'

export function recentProjectPath(): string {
  try {
    return localStorage.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}

export function rememberProjectPath(path: string): void {
  try {
    localStorage.setItem(KEY, path)
  } catch {
    // storage unavailable: nothing to remember, nothing lost
  }
}
