// Operations and events of the lint feature: 'name': op(zodInput).returns<Result>().
export const lintOps = {}
export const lintEvents = {}
