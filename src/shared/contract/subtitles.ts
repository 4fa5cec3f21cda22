// Operations and events of the subtitles feature: 'name': op(zodInput).returns<Result>().
export const subtitlesOps = {}
export const subtitlesEvents = {}
