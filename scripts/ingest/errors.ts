/** A problem with one input document, located by file and line for the person who fixes it. */
export class IngestError extends Error {
  readonly file: string
  readonly line: number | null

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`)
    this.name = 'IngestError'
    this.file = file
    this.line = line
  }
}
