import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { ConfigError, GateError } from '../src/errors.js'
import { normaliseRelPath, readWorkspaceFile, resolveInWorkspace, toWorkspaceRel } from '../src/workspace.js'

const roots: string[] = []

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-ws-'))
  roots.push(dir)
  return dir
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir()
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), content)
  }
  return dir
}

function thrown(fn: () => unknown): GateError {
  try {
    fn()
  } catch (error) {
    if (error instanceof GateError) return error
    throw error
  }
  throw new Error('expected an error')
}

afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true })
})

describe('resolveInWorkspace', () => {
  it('returns the absolute path of a file inside the workspace', () => {
    const ws = workspace({ 'policies/key.json': '{}' })
    expect(resolveInWorkspace(ws, 'policies/key.json')).toBe(path.join(ws, 'policies/key.json'))
    expect(resolveInWorkspace(ws, './policies/../policies/key.json')).toBe(path.join(ws, 'policies/key.json'))
  })

  it('refuses absolute paths', () => {
    const ws = workspace({ 'a.json': '{}' })
    const error = thrown(() => resolveInWorkspace(ws, path.join(ws, 'a.json')))
    expect(error).not.toBeInstanceOf(ConfigError)
    expect(error.message).toBe(
      `path ${JSON.stringify(path.join(ws, 'a.json'))} is absolute; paths must be relative to the workspace`
    )
    expect(thrown(() => resolveInWorkspace(ws, 'C:\\x.json')).message).toMatch(/is absolute/)
  })

  it('refuses .. that climbs out of the workspace', () => {
    const ws = workspace({ 'a.json': '{}' })
    expect(thrown(() => resolveInWorkspace(ws, '../x.json')).message).toBe('path "../x.json" is outside the workspace')
    expect(thrown(() => resolveInWorkspace(ws, 'a/../../x.json')).message).toBe(
      'path "a/../../x.json" is outside the workspace'
    )
    expect(thrown(() => resolveInWorkspace(ws, '..')).message).toBe('path ".." is outside the workspace')
  })

  it('refuses a symbolic link that resolves outside the workspace, even to an existing file', () => {
    const outside = workspace({ 'secret.json': '{}' })
    const ws = workspace({})
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'link.json'))
    fs.symlinkSync(outside, path.join(ws, 'dir-link'))
    expect(thrown(() => resolveInWorkspace(ws, 'link.json')).message).toMatch(
      /^path "link.json" is outside the workspace \(a symbolic link resolves to ".*secret.json"\)$/
    )
    expect(thrown(() => resolveInWorkspace(ws, 'dir-link/secret.json')).message).toMatch(/is outside the workspace/)
  })

  it('follows symbolic links that stay inside the workspace, keeping the name as given', () => {
    const ws = workspace({ 'real/key.json': '{}' })
    fs.symlinkSync('real/key.json', path.join(ws, 'alias.json'))
    expect(resolveInWorkspace(ws, 'alias.json')).toBe(path.join(ws, 'alias.json'))
  })

  it('accepts a workspace reached through a symbolic link', () => {
    const ws = workspace({ 'a.json': '{}' })
    const link = path.join(tempDir(), 'ws-link')
    fs.symlinkSync(ws, link)
    expect(resolveInWorkspace(link, 'a.json')).toBe(path.join(link, 'a.json'))
  })

  it('refuses missing files, directories, empty paths and NUL characters', () => {
    const ws = workspace({ 'dir/a.json': '{}' })
    expect(thrown(() => resolveInWorkspace(ws, 'missing.json')).message).toBe('file "missing.json" does not exist')
    expect(thrown(() => resolveInWorkspace(ws, 'dir/a.json/x')).message).toMatch(/does not exist/)
    expect(thrown(() => resolveInWorkspace(ws, 'dir')).message).toBe('path "dir" is a directory, not a file')
    expect(thrown(() => resolveInWorkspace(ws, '.')).message).toBe('path "." is a directory, not a file')
    expect(thrown(() => resolveInWorkspace(ws, '')).message).toBe('path is empty')
    expect(thrown(() => resolveInWorkspace(ws, 'a\0b')).message).toMatch(/NUL/)
  })

  it('refuses a dangling symbolic link as missing', () => {
    const ws = workspace({})
    fs.symlinkSync('nowhere.json', path.join(ws, 'dangling.json'))
    expect(thrown(() => resolveInWorkspace(ws, 'dangling.json')).message).toBe('file "dangling.json" does not exist')
  })

  it('reports a missing workspace', () => {
    const ws = path.join(tempDir(), 'missing')
    expect(thrown(() => resolveInWorkspace(ws, 'a.json')).message).toMatch(/^workspace ".*missing" does not exist$/)
  })

  it('throws a ConfigError at the given file and line when the path came from the config', () => {
    const ws = workspace({})
    const error = thrown(() => resolveInWorkspace(ws, '../x.json', { file: '.github/kms-policy-gate.yml', line: 7 }))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.rule).toBe('config-error')
    expect(error.describe()).toBe('.github/kms-policy-gate.yml:7: path "../x.json" is outside the workspace')
  })
})

describe('readWorkspaceFile', () => {
  it('reads text with its relative path and size', () => {
    const ws = workspace({ 'p/key.json': '{"a": "é"}' })
    expect(readWorkspaceFile(ws, './p/key.json')).toEqual({
      path: path.join(ws, 'p/key.json'),
      rel: 'p/key.json',
      text: '{"a": "é"}',
      bytes: 11
    })
  })

  it('refuses a file over the size cap before reading it', () => {
    const ws = workspace({ 'big.json': 'x'.repeat(101) })
    expect(readWorkspaceFile(ws, 'big.json', { maxBytes: 101 }).bytes).toBe(101)
    const error = thrown(() => readWorkspaceFile(ws, 'big.json', { maxBytes: 100 }))
    expect(error.message).toBe('file "big.json" is 101 bytes, over the limit of 100 bytes')
    const located = thrown(() =>
      readWorkspaceFile(ws, 'big.json', { maxBytes: 100, where: { file: 'c.yml', line: 3 } })
    )
    expect(located).toBeInstanceOf(ConfigError)
    expect(located.describe()).toBe('c.yml:3: file "big.json" is 101 bytes, over the limit of 100 bytes')
  })

  it('reads invalid UTF-8 with replacement characters and drops a byte order mark', () => {
    const ws = workspace({ 'bad.json': Buffer.from([0x7b, 0xff, 0x7d]), 'bom.json': Buffer.from('\ufeff{}', 'utf8') })
    expect(readWorkspaceFile(ws, 'bad.json').text).toBe('{\ufffd}')
    expect(readWorkspaceFile(ws, 'bom.json').text).toBe('{}')
  })

  it('applies the same checks as resolveInWorkspace', () => {
    const ws = workspace({})
    expect(thrown(() => readWorkspaceFile(ws, '../x.json')).message).toBe('path "../x.json" is outside the workspace')
    expect(thrown(() => readWorkspaceFile(ws, 'x.json', {}, { file: 'c.yml', line: 9 })).describe()).toBe(
      'c.yml:9: file "x.json" does not exist'
    )
  })
})

describe('toWorkspaceRel and normaliseRelPath', () => {
  it('gives workspace-relative paths with /', () => {
    const ws = workspace({ 'a/b.json': '{}' })
    expect(toWorkspaceRel(ws, path.join(ws, 'a', 'b.json'))).toBe('a/b.json')
    expect(toWorkspaceRel(ws, fs.realpathSync(path.join(ws, 'a', 'b.json')))).toBe('a/b.json')
  })

  it('relates real paths to a workspace reached through a symbolic link', () => {
    const ws = workspace({ 'a/b.json': '{}' })
    const link = path.join(tempDir(), 'ws-link')
    fs.symlinkSync(ws, link)
    expect(toWorkspaceRel(link, path.join(fs.realpathSync(ws), 'a/b.json'))).toBe('a/b.json')
  })

  it('normalises relative paths', () => {
    expect(normaliseRelPath('./a//b/../c.json')).toBe('a/c.json')
  })
})
