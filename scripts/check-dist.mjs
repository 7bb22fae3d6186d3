/**
 * Fails when the committed dist/ is not exactly what `npm run bundle` builds from the current
 * sources: rebuilds into a temporary directory with the same code and compares byte for byte
 * (and the executable bit, which the CLI's shebang needs).
 */
import { lstat, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ROOT, buildDist } from './bundle.mjs'

const COMMITTED = path.join(ROOT, 'dist')

/** Every regular file under `dir`, as paths relative to it with `/`, sorted. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(error => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter(entry => !entry.isDirectory())
    .map(entry =>
      path
        .relative(dir, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join('/')
    )
    .sort()
}

async function isExecutable(file) {
  return ((await lstat(file)).mode & 0o111) !== 0
}

async function compare(freshDir) {
  const differences = []
  const fresh = await listFiles(freshDir)
  const committed = new Set(await listFiles(COMMITTED))
  for (const name of fresh) {
    if (!committed.has(name)) {
      differences.push(`dist/${name}: missing`)
      continue
    }
    committed.delete(name)
    const [expected, actual] = await Promise.all([
      readFile(path.join(freshDir, name)),
      readFile(path.join(COMMITTED, name))
    ])
    if (!expected.equals(actual)) {
      differences.push(`dist/${name}: differs (${actual.length} bytes committed, ${expected.length} built)`)
    } else if ((await isExecutable(path.join(freshDir, name))) !== (await isExecutable(path.join(COMMITTED, name)))) {
      differences.push(`dist/${name}: executable bit differs`)
    }
  }
  for (const name of committed) differences.push(`dist/${name}: not produced by the build`)
  return differences
}

async function main() {
  const freshDir = await mkdtemp(path.join(os.tmpdir(), 'kms-policy-gate-dist-'))
  try {
    await buildDist(freshDir)
    const differences = await compare(freshDir)
    if (differences.length > 0) {
      console.error('dist/ is stale:')
      for (const difference of differences) console.error(`  ${difference}`)
      console.error('Run `npm run bundle` and commit dist/.')
      process.exitCode = 1
      return
    }
    console.log('dist/ is up to date')
  } finally {
    await rm(freshDir, { recursive: true, force: true })
  }
}

main().catch(error => {
  console.error(`check-dist failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
