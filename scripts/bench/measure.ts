/** Run a shell command, timing it and reading its peak RSS from GNU time. */
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'

export interface Run {
  command: string
  seconds: number
  /** largest resident set of the command or any one of its child processes, MB */
  peakMB: number | null
  exit: number
  log: string
}

const TIME = '/usr/bin/time'

/** Output goes to a log file: a 1000-source ingest prints too much to hold in a pipe buffer. */
export function measure(command: string, cwd: string, label: string): Run {
  const log = join(cwd, `bench-${label}.log`)
  const rssFile = join(cwd, `bench-${label}.rss`)
  const fd = openSync(log, 'w')
  const env = { ...process.env, PATH: `${join(cwd, 'node_modules/.bin')}:${process.env.PATH ?? ''}` }
  const argv = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, 'sh', '-c', command] : ['sh', '-c', command]
  const started = performance.now()
  const r = spawnSync(argv[0] as string, argv.slice(1), { cwd, env, stdio: ['ignore', fd, fd] })
  const seconds = (performance.now() - started) / 1000
  closeSync(fd)
  let peakMB: number | null = null
  if (existsSync(rssFile)) {
    // GNU time prefixes "Command exited with non-zero status N" when the command fails
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1))
    peakMB = Number.isFinite(kb) ? Math.round(kb / 1024) : null
    rmSync(rssFile)
  }
  return { command, seconds: Math.round(seconds * 100) / 100, peakMB, exit: r.status ?? 1, log }
}
