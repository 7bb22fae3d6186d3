#!/usr/bin/env node
/**
 * `node scripts/import-graph.mjs`: the import graph of src/ (relative imports, type-only ones included):
 * file cycles and folder cycles. Exits 1 when there is a cycle, so CI can keep the layers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src')

function files(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

const graph = new Map()
for (const file of files(ROOT)) {
  const text = readFileSync(file, 'utf8')
  const deps = new Set()
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s*'(\.{1,2}\/[^']+)'/g))
    deps.add(join(dirname(file), m[1]).replace(/\.js$/, '.ts'))
  graph.set(
    file,
    [...deps].filter(d => d !== file)
  )
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(g) {
  let index = 0
  const idx = new Map()
  const low = new Map()
  const stack = []
  const on = new Set()
  const out = []
  const visit = v => {
    idx.set(v, index)
    low.set(v, index++)
    stack.push(v)
    on.add(v)
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v), low.get(w)))
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)))
    }
    if (low.get(v) === idx.get(v)) {
      const comp = []
      let w
      do {
        w = stack.pop()
        on.delete(w)
        comp.push(w)
      } while (w !== v)
      if (comp.length > 1) out.push(comp)
    }
  }
  for (const v of g.keys()) if (!idx.has(v)) visit(v)
  return out
}

const rel = f => relative(ROOT, f)
// A top-level file is a unit of its own: constants and errors are the ground floor, gate and check the top.
const folder = f => (rel(f).includes('/') ? rel(f).split('/')[0] : rel(f))
const folders = new Map()
for (const [f, deps] of graph) {
  const from = folder(f)
  if (!folders.has(from)) folders.set(from, new Set())
  for (const d of deps) if (folder(d) !== from) folders.get(from).add(folder(d))
}
const folderGraph = new Map([...folders].map(([k, v]) => [k, [...v]]))

const fileCycles = cycles(graph)
const folderCycles = cycles(folderGraph)
console.log(`${graph.size} files, ${[...graph.values()].reduce((n, d) => n + d.length, 0)} imports`)
console.log(`file cycles: ${fileCycles.length}`)
for (const c of fileCycles) console.log(`  ${c.map(rel).sort().join(' ↔ ')}`)
console.log(`folder cycles: ${folderCycles.length}`)
for (const c of folderCycles) console.log(`  ${c.sort().join(' ↔ ')}`)
process.exitCode = fileCycles.length || folderCycles.length ? 1 : 0
