/**
 * Rebuilds dist/ from clean: one ESM bundle per entry (the action and the CLI), the licences of the
 * bundled packages in dist/licenses.txt, and a check that no AGPL code got in.
 *
 * `buildDist(outDir)` is shared with check-dist.mjs, so the check builds exactly what this writes.
 * Everything is compiled in memory and inspected before anything is written: a failed build or a
 * failed check leaves the output directory as it was.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Each entry gets its own file name, so webpack names its chunks `[id].<output>` and they never clash. */
const ENTRIES = [
  { source: 'src/index.ts', output: 'index.js', executable: false },
  { source: 'src/cli.ts', output: 'cli.js', executable: true }
]

const LICENSES = 'licenses.txt'
const SHEBANG = '#!/usr/bin/env node\n'

/** AGPL-3.0 packages: allowed as test oracles (devDependencies), never in the shipped bundle. */
const FORBIDDEN_PACKAGES = [
  '@cloud-copilot/iam-simulate',
  '@cloud-copilot/iam-policy',
  '@cloud-copilot/iam-expand',
  '@cloud-copilot/iam-utils'
]
const AGPL = /AGPL|Affero/i

/**
 * Builds every entry and writes the result to `outDir`, which is emptied first.
 * Returns the written files (path relative to `outDir` → size in bytes), sorted by path.
 */
export async function buildDist(outDir) {
  for (const entry of ENTRIES) {
    if (!existsSync(path.join(ROOT, entry.source))) throw new Error(`${entry.source} does not exist`)
  }

  // webpack derives module ids from paths relative to the working directory: build from the root
  // so the output does not depend on where the repository is checked out. (Workers share the
  // process's working directory and cannot change it themselves.)
  const previousCwd = process.cwd()
  process.chdir(ROOT)
  let results
  try {
    // One worker per entry: each compilation type-checks the project, which takes most of the time.
    results = await Promise.all(ENTRIES.map(compileInWorker))
  } finally {
    process.chdir(previousCwd)
  }

  const files = new Map()
  const licenses = []
  const modules = new Set()
  for (const built of results) {
    for (const [name, file] of built.files) addFile(files, name, { source: Buffer.from(file.source), mode: file.mode })
    licenses.push(built.licenses)
    for (const resource of built.modules) modules.add(resource)
  }
  addFile(files, LICENSES, { source: Buffer.from(mergeLicenses(licenses)), mode: 0o644 })

  const problems = inspect(files, modules)
  if (problems.length > 0) {
    throw new Error(`the bundle was not written:\n${problems.map(problem => `  - ${problem}`).join('\n')}`)
  }

  await rm(outDir, { recursive: true, force: true })
  const written = new Map()
  for (const name of [...files.keys()].sort()) {
    const { source, mode } = files.get(name)
    const target = path.join(outDir, name)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, source)
    // Explicit chmod: the mode given to writeFile is filtered by the umask.
    await chmod(target, mode)
    written.set(name, source.length)
  }
  return written
}

function compileInWorker(entry) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { entry } })
    let settled = false
    worker.once('message', message => {
      settled = true
      if (message.error) reject(new Error(`${entry.source}: ${message.error}`))
      else resolve(message)
    })
    worker.once('error', error => {
      settled = true
      reject(error)
    })
    worker.once('exit', code => {
      if (!settled) reject(new Error(`${entry.source}: the build worker exited with status ${code}`))
    })
  })
}

async function compile(entry) {
  const ncc = createRequire(import.meta.url)('@vercel/ncc')
  const result = await ncc(path.join(ROOT, entry.source), {
    filename: entry.output,
    esm: true,
    target: 'es2022',
    minify: false,
    sourceMap: false,
    license: LICENSES,
    // No cache: every build starts from the sources alone, so two builds cannot differ.
    cache: false,
    quiet: true
  })
  if (Object.keys(result.symlinks ?? {}).length > 0) {
    throw new Error(
      `${entry.source}: ncc emitted symlinks (${Object.keys(result.symlinks).join(', ')}), which dist/ does not support`
    )
  }

  const files = new Map()
  let code = result.code
  if (entry.executable && !code.startsWith('#!')) code = SHEBANG + code
  files.set(entry.output, { source: Buffer.from(code), mode: entry.executable ? 0o755 : 0o644 })

  let licenses = ''
  for (const [name, asset] of Object.entries(result.assets)) {
    const source = Buffer.isBuffer(asset.source) ? asset.source : Buffer.from(asset.source)
    if (name === LICENSES) {
      licenses = source.toString('utf8')
      continue
    }
    files.set(name, { source, mode: asset.permissions & 0o111 ? 0o755 : 0o644 })
  }

  // Concatenated modules list the modules they were made of.
  const modules = [...result.stats.compilation.modules]
    .flatMap(module => [module, ...(module.modules ?? [])])
    .map(module => module.resource)
    .filter(resource => typeof resource === 'string')
  return { files, licenses, modules }
}

/** Both entries may emit the same asset (e.g. dist/package.json); that is fine only when the bytes agree. */
function addFile(files, name, file) {
  const existing = files.get(name)
  if (existing && !existing.source.equals(file.source)) {
    throw new Error(`dist/${name} is emitted by more than one entry with different content`)
  }
  if (!existing) files.set(name, file)
}

/**
 * ncc writes one licence file per entry: blocks of "package\nlicence id\ntext" separated by blank
 * lines. The merged file lists each distinct block once, sorted by package name.
 */
function mergeLicenses(texts) {
  const blocks = new Set()
  for (const text of texts) {
    const normalised = text.replace(/\r\n/g, '\n').trim()
    if (!normalised) continue
    // A block starts with a line holding only a package name, followed by its licence id.
    for (const block of normalised.split(/\n{2,}(?=(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*\n[^\n]+\n)/)) {
      blocks.add(block.trim())
    }
  }
  // Plain code-unit comparison: the order must not depend on the machine's locale.
  const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
  const firstLine = text => text.split('\n', 1)[0]
  const sorted = [...blocks].sort((a, b) => compare(firstLine(a), firstLine(b)) || compare(a, b))
  return sorted.length > 0 ? `${sorted.join('\n\n')}\n` : ''
}

/** Everything that must keep a bundle out of dist/. */
function inspect(files, modules) {
  const problems = []

  const licenseLines = files.get(LICENSES).source.toString('utf8').split('\n')
  const agplLine = licenseLines.findIndex(line => AGPL.test(line))
  if (agplLine >= 0) {
    problems.push(`${LICENSES} mentions AGPL/Affero at line ${agplLine + 1}: ${licenseLines[agplLine].trim()}`)
  }

  for (const [name, { source }] of files) {
    for (const pkg of FORBIDDEN_PACKAGES) {
      if (source.includes(pkg)) problems.push(`dist/${name} contains "${pkg}"`)
    }
  }

  for (const root of packageRoots(modules)) {
    const relative = path.relative(ROOT, root).split(path.sep).join('/')
    const name = relative.slice(relative.lastIndexOf('node_modules/') + 'node_modules/'.length)
    if (FORBIDDEN_PACKAGES.includes(name)) {
      problems.push(`the bundle includes ${name} (AGPL-3.0): it may only be used by tests`)
      continue
    }
    const license = readLicenseField(root)
    if (license && AGPL.test(license)) problems.push(`the bundle includes ${relative} (licence ${license})`)
  }
  return problems
}

/** The package directories (…/node_modules/name or …/node_modules/@scope/name) of the bundled modules. */
function packageRoots(modules) {
  const roots = new Set()
  const pattern = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/
  for (const resource of modules) {
    const match = pattern.exec(resource)
    if (match) roots.add(match[1])
  }
  return [...roots].sort()
}

function readLicenseField(root) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    if (typeof manifest.license === 'string') return manifest.license
    if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type
    if (Array.isArray(manifest.licenses)) return manifest.licenses.map(license => license.type ?? license).join(' OR ')
  } catch {
    // No readable manifest: the licences.txt check still applies.
  }
  return undefined
}

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`
}

async function main() {
  const started = Date.now()
  const outDir = path.join(ROOT, 'dist')
  const written = await buildDist(outDir)
  for (const [name, size] of written) console.log(`dist/${name}  ${formatSize(size)}`)
  console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (!isMainThread && workerData?.entry) {
  compile(workerData.entry).then(
    built => parentPort.postMessage(built),
    error => parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) })
  )
} else if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(error => {
    console.error(`bundle failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
