// A cached source is reused only while the code that made it is unchanged: a change to
// any stage, in any subfolder, must give the cache a new fingerprint.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pipelineVersion } from '../../scripts/ingest/files.ts'

describe('pipelineVersion', () => {
  it('changes when a stage in a subfolder changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stages-'))
    mkdirSync(join(dir, 'extract'))
    writeFileSync(join(dir, 'segment.ts'), 'export const a = 1\n')
    writeFileSync(join(dir, 'extract', 'names.ts'), 'export const b = 1\n')
    writeFileSync(join(dir, 'curation.yaml'), 'boxes: []\n')
    const before = pipelineVersion(dir, join(dir, 'curation.yaml'), join(dir, 'none.lock'))
    writeFileSync(join(dir, 'extract', 'names.ts'), 'export const b = 2\n')
    expect(pipelineVersion(dir, join(dir, 'curation.yaml'), join(dir, 'none.lock'))).not.toBe(before)
  })
})
