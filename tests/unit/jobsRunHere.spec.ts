import { describe, expect, it } from 'vitest'

import { jobsRunHere } from '../../src/utilities/jobsRunHere'

describe('which process works the jobs queue', () => {
  it('should work it alone and on a worker, not on a web server', () => {
    expect(jobsRunHere({})).toBe(true)
    expect(jobsRunHere({ NEWSROOM_ROLE: 'all' })).toBe(true)
    expect(jobsRunHere({ NEWSROOM_ROLE: 'worker' })).toBe(true)
    expect(jobsRunHere({ NEWSROOM_ROLE: 'web' })).toBe(false)
  })

  it('should let NEWSROOM_RUN_JOBS decide when it is set', () => {
    expect(jobsRunHere({ NEWSROOM_RUN_JOBS: '0' })).toBe(false)
    expect(jobsRunHere({ NEWSROOM_ROLE: 'web', NEWSROOM_RUN_JOBS: '1' })).toBe(true)
  })
})
