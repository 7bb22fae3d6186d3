#!/usr/bin/env node
/**
 * `npm run bench` — runs the benchmark sections and prints their figures.
 *
 * Each section is a TypeScript module under scripts/ that exports `async function run()` returning
 * `{ title, rows: [{ label, value, unit? }], notes: string[] }`. The modules (and the src/ files they reach
 * through relative imports) are compiled on the fly with TypeScript's `transpileModule` into node_modules/.cache/kms-policy-gate-bench/,
 * so that bare imports resolve through the project's node_modules. No type checking happens here (`npm run
 * typecheck` does that).
 *
 * Usage: npm run bench [-- SECTION…] [-- --json FILE]
 * To add a section, append it to SECTIONS.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'node_modules', '.cache', 'kms-policy-gate-bench')

const SECTIONS = [
  { name: 'engine', module: 'scripts/bench-engine.ts' },
  { name: 'check', module: 'scripts/bench-check.ts' },
  { name: 'iac', module: 'scripts/bench-iac.ts' },
  { name: 'scale', module: 'scripts/bench-scale.ts' },
  { name: 'live', module: 'scripts/bench-live.ts' },
  { name: 'memory', module: 'scripts/bench-memory.ts' }
]

/** The TypeScript files reachable from `entries` through relative imports (`./x.js` stands for `./x.ts`). */
function reachable(entries) {
  const seen = new Set()
  const queue = entries.map(e => join(ROOT, e))
  while (queue.length) {
    const file = queue.pop()
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = join(dirname(file), m[1]).replace(/\.js$/, '.ts')
      if (target.endsWith('.ts') && existsSync(target)) queue.push(target)
    }
  }
  return [...seen]
}

/** Transpiles the section modules and what they import to ESM JavaScript in OUT; returns the number of files. */
function build(modules) {
  rmSync(OUT, { recursive: true, force: true })
  const files = reachable(modules)
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        sourceMap: false,
        verbatimModuleSyntax: false
      }
    })
    const target = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n')
  return files.length
}

function print(result) {
  console.log(`\n== ${result.title}`)
  const width = Math.max(...result.rows.map(r => r.label.length))
  for (const row of result.rows) {
    const value = typeof row.value === 'number' ? row.value.toLocaleString('en-US') : row.value
    console.log(`  ${row.label.padEnd(width)}  ${value}${row.unit ? ` ${row.unit}` : ''}`)
  }
  for (const note of result.notes ?? []) console.log(`  · ${note}`)
}

async function main() {
  const args = process.argv.slice(2)
  const jsonAt = args.indexOf('--json')
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined
  const wanted = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1))
  const sections = wanted.length ? SECTIONS.filter(s => wanted.includes(s.name)) : SECTIONS
  const unknown = wanted.filter(w => !SECTIONS.some(s => s.name === w))
  if (unknown.length) {
    console.error(`bench: unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map(s => s.name).join(', ')}`)
    process.exit(2)
  }
  if (!globalThis.gc) console.warn('bench: run with node --expose-gc for steadier figures')

  const started = performance.now()
  const count = build(sections.map(s => s.module))
  console.log(
    `bench: transpiled ${count} TypeScript files in ${(performance.now() - started).toFixed(0)} ms (node ${process.version})`
  )

  const results = {}
  for (const section of sections) {
    const url = pathToFileURL(join(OUT, section.module.replace(/\.ts$/, '.js'))).href
    const mod = await import(url)
    const result = await mod.run()
    results[section.name] = result
    print(result)
  }
  if (jsonFile) {
    const target = resolve(jsonFile)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, JSON.stringify(results, null, 2) + '\n')
    console.log(`\nbench: figures written to ${jsonFile}`)
  }
}

main().catch(err => {
  console.error(err)
  process.exit(1)
})
