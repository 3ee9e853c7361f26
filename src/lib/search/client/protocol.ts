// Messages between the page and the search worker.
import type { Results, SearchOptions } from '../engine.ts'

export interface SearchRequest {
  id: number
  /** absolute URL of the index directory */
  root: string
  /** null: only open the index (fetch the manifest), so that the first query is quick */
  query: string | null
  options: SearchOptions
  /** only fetch what the query will need (while the reader is still typing) */
  prefetch?: boolean
}

export type SearchReply = { id: number; results: Results | null } | { id: number; error: string }
