// The committed content/ is exactly what the ingest writes from content/raw.
import { describe, expect, it } from 'vitest'
import { archiveFiles, ingestDirectory } from '../../scripts/ingest/collect.ts'
import { diffGenerated } from '../../scripts/ingest/files.ts'
import { curation, RAW_DIR } from './helpers.ts'

describe('committed content', () => {
  it('matches a fresh ingest of content/raw, byte for byte', async () => {
    const run = await ingestDirectory(RAW_DIR, curation)
    expect(run.failures).toEqual([])
    expect(diffGenerated('content', (await archiveFiles(run.sources, curation)).wanted)).toEqual([])
  })
})
