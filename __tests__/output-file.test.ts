import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeOutputFile } from '../src/output-file.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kpg-out-'))
  dirs.push(d)
  return d
}

describe('writeOutputFile', () => {
  it('writes inside the workspace, creating directories, replacing what was there', () => {
    const ws = temp()
    writeFileSync(join(ws, 'r.json'), 'old and longer text')
    expect(writeOutputFile(ws, 'r.json', 'new', { outsideAllowed: false })).toBe(join(ws, 'r.json'))
    expect(readFileSync(join(ws, 'r.json'), 'utf8')).toBe('new')
    writeOutputFile(ws, 'out/deep/s.sarif', '{}', { outsideAllowed: false })
    expect(readFileSync(join(ws, 'out/deep/s.sarif'), 'utf8')).toBe('{}')
  })

  it('outside the workspace only where the command line said so', () => {
    const ws = temp()
    const elsewhere = join(temp(), 'r.json')
    expect(() => writeOutputFile(ws, elsewhere, 'x', { outsideAllowed: false })).toThrow(
      `cannot write ${elsewhere}: the path is outside the workspace`
    )
    expect(() => writeOutputFile(ws, '../r.json', 'x', { outsideAllowed: false })).toThrow(/outside the workspace/)
    writeOutputFile(ws, elsewhere, 'x', { outsideAllowed: true })
    expect(readFileSync(elsewhere, 'utf8')).toBe('x')
  })

  it('never through a committed symbolic link, as the file or as a directory on the way', () => {
    const ws = temp()
    const victim = join(temp(), 'victim.txt')
    writeFileSync(victim, 'keep')
    symlinkSync(victim, join(ws, 'report.json'))
    expect(() => writeOutputFile(ws, 'report.json', 'x', { outsideAllowed: true })).toThrow(
      'cannot write report.json: it is a symbolic link; remove it or choose another path'
    )
    const outside = temp()
    symlinkSync(outside, join(ws, 'out'))
    expect(() => writeOutputFile(ws, 'out/r.json', 'x', { outsideAllowed: true })).toThrow(
      'cannot write out/r.json: the directory out is a symbolic link'
    )
    expect(readFileSync(victim, 'utf8')).toBe('keep')
    expect(existsSync(join(outside, 'r.json'))).toBe(false)
  })

  it('a directory where the file should be is refused', () => {
    const ws = temp()
    mkdirSync(join(ws, 'r.json'))
    expect(() => writeOutputFile(ws, 'r.json', 'x', { outsideAllowed: false })).toThrow(/cannot write r.json/)
  })
})
