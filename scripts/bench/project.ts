/** Scratch copies of the project, and byte comparison of their content trees. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { join, relative } from 'node:path'

const COPIED = ['package.json', 'astro.config.mjs', 'astro.config.ts', 'tsconfig.json', 'src', 'scripts', 'public']

/** A fresh project in dir: code and curation copied, node_modules linked, content/raw empty. */
export function scratchProject(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'content/raw'), { recursive: true })
  for (const name of COPIED) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true })
  }
  for (const name of readdirSync(join(root, 'content'))) {
    if (name.startsWith('curation')) cpSync(join(root, 'content', name), join(dir, 'content', name))
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return join(dir, 'content/raw')
}

/** Everything the ingest and the build wrote, so a build starts cold. */
export function cleanOutputs(dir: string): void {
  for (const name of readdirSync(join(dir, 'content'))) {
    if (name !== 'raw' && !name.startsWith('curation')) rmSync(join(dir, 'content', name), { recursive: true, force: true })
  }
  for (const name of ['.cache', 'dist', '.astro']) rmSync(join(dir, name), { recursive: true, force: true })
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

/** Paths that differ between two trees: missing on either side, or different bytes. */
export function diffTrees(a: string, b: string): string[] {
  const left = new Set(files(a))
  const right = new Set(files(b))
  const out: string[] = []
  for (const f of left) {
    if (!right.has(f)) out.push(`only in first: ${f}`)
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`differs: ${f}`)
  }
  for (const f of right) if (!left.has(f)) out.push(`only in second: ${f}`)
  return out
}
