import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import {
  escapeData,
  escapeProperty,
  formatWorkflowCommand,
  formatWorkflowCommands,
  selectAnnotations,
  toAnnotationProperties
} from '../../src/report/github.js'
import type { Finding } from '../../src/report/types.js'
import { makeFinding } from '../helpers/findings.js'

describe('formatWorkflowCommand', () => {
  it('prints title, file, line, endLine in that order', () => {
    expect(formatWorkflowCommand(makeFinding({ file: 'policies/key.json', message: 'lost access' }))).toBe(
      '::error title=rotation-access-lost,file=policies/key.json,line=21,endLine=27::lost access'
    )
  })

  it('uses the severity as the command and omits missing properties', () => {
    expect(formatWorkflowCommand(makeFinding({ severity: 'warning', endLine: undefined, message: 'm' }))).toBe(
      '::warning title=rotation-access-lost,file=policies/app-data-key.json,line=21::m'
    )
    expect(
      formatWorkflowCommand(makeFinding({ severity: 'notice', startLine: undefined, endLine: undefined, message: 'm' }))
    ).toBe('::notice title=rotation-access-lost,file=policies/app-data-key.json::m')
    expect(formatWorkflowCommand(makeFinding({ file: undefined, rule: 'config-error', message: 'm' }))).toBe(
      '::error title=config-error::m'
    )
  })

  it('escapes % CR LF in the message and additionally : and , in properties', () => {
    const finding = makeFinding({
      file: 'dir,with:odd%chars/a b.json',
      startLine: 3,
      endLine: 4,
      message: '100% sure: a, b\r\nnext line\nlast'
    })
    expect(formatWorkflowCommand(finding)).toBe(
      '::error title=rotation-access-lost,file=dir%2Cwith%3Aodd%25chars/a b.json,line=3,endLine=4::' +
        '100%25 sure: a, b%0D%0Anext line%0Alast'
    )
    expect(escapeData('%0A')).toBe('%250A')
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae')
  })

  it('drops lines without a file and an endLine before the start line', () => {
    expect(toAnnotationProperties(makeFinding({ file: undefined }))).toEqual({ title: 'rotation-access-lost' })
    expect(toAnnotationProperties(makeFinding({ startLine: 5, endLine: 2 }))).toEqual({
      title: 'rotation-access-lost',
      file: 'policies/app-data-key.json',
      startLine: 5
    })
  })
})

describe('matches @actions/core', () => {
  let written: string[]
  beforeEach(() => {
    written = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      written.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  const cases: Finding[] = [
    makeFinding(),
    makeFinding({ severity: 'warning', file: 'a,b:c%/x.json', message: 'multi\nline\r\nwith % and , and :' }),
    makeFinding({ severity: 'notice', startLine: undefined, endLine: undefined }),
    makeFinding({ file: undefined, startLine: undefined, endLine: undefined, rule: 'config-error' })
  ]

  it.each(cases.map((finding, i) => [i, finding] as const))('case %i', (_, finding) => {
    const emit = { error: core.error, warning: core.warning, notice: core.notice }[finding.severity]
    emit(finding.message, toAnnotationProperties(finding))
    const ours = formatWorkflowCommand(finding)
    expect(written.join('')).toBe(ours + '\n')
  })
})

describe('selectAnnotations', () => {
  const at = (severity: Finding['severity'], file: string, line: number): Finding =>
    makeFinding({ severity, file, startLine: line, endLine: line, message: `${severity} ${file}:${line}` })

  it('takes at most 10 per severity, most severe first, then by file and line', () => {
    const findings: Finding[] = []
    for (let i = 12; i >= 1; i--) findings.push(at('notice', 'n.json', i))
    for (let i = 15; i >= 1; i--) findings.push(at('warning', i % 2 ? 'b.json' : 'a.json', i))
    for (let i = 3; i >= 1; i--) findings.push(at('error', 'z.json', i))
    const { annotated, rest } = selectAnnotations(findings)
    expect(annotated.map(f => f.message)).toEqual([
      'error z.json:1',
      'error z.json:2',
      'error z.json:3',
      'warning a.json:2',
      'warning a.json:4',
      'warning a.json:6',
      'warning a.json:8',
      'warning a.json:10',
      'warning a.json:12',
      'warning a.json:14',
      'warning b.json:1',
      'warning b.json:3',
      'warning b.json:5',
      ...Array.from({ length: 10 }, (_, i) => `notice n.json:${i + 1}`)
    ])
    expect(rest.map(f => f.message)).toEqual([
      'warning b.json:7',
      'warning b.json:9',
      'warning b.json:11',
      'warning b.json:13',
      'warning b.json:15',
      'notice n.json:11',
      'notice n.json:12'
    ])
  })

  it('honours a custom limit, including 0', () => {
    const findings = [at('error', 'a.json', 1), at('error', 'a.json', 2), at('warning', 'a.json', 3)]
    expect(selectAnnotations(findings, 1).annotated.map(f => f.startLine)).toEqual([1, 3])
    expect(selectAnnotations(findings, 0)).toEqual({
      annotated: [],
      rest: [findings[0], findings[1], findings[2]],
      suppressed: []
    })
  })
})

describe('formatWorkflowCommands', () => {
  it('returns the selected lines and how many were left out', () => {
    const findings = Array.from({ length: 25 }, (_, i) =>
      makeFinding({ startLine: i + 1, endLine: i + 1, message: `m${i}` })
    )
    const { lines, omitted } = formatWorkflowCommands(findings)
    expect(lines).toHaveLength(10)
    expect(omitted).toBe(15)
    expect(lines[0]).toBe('::error title=rotation-access-lost,file=policies/app-data-key.json,line=1,endLine=1::m0')
    expect(formatWorkflowCommands(findings, { maxPerSeverity: 30 })).toMatchObject({ omitted: 0 })
  })
})

describe('selectAnnotations: review order and reserved slots', () => {
  const at = (severity: Finding['severity'], line: number, extra: Partial<Finding> = {}): Finding =>
    makeFinding({ severity, startLine: line, endLine: line, ...extra })

  it('keeps slots free for the failure line and puts changed, then new findings first', () => {
    const findings = [
      ...Array.from({ length: 10 }, (_, i) => at('error', i + 1)),
      at('error', 50, { changed: true }),
      at('error', 60, { preExisting: true })
    ]
    const { annotated, rest } = selectAnnotations(findings, { reserve: { error: 1 } })
    expect(annotated).toHaveLength(9)
    expect(annotated[0].startLine).toBe(50)
    expect(rest.map(f => f.startLine)).toEqual([9, 10, 60])
  })

  it('never annotates suppressed findings', () => {
    const suppressed = at('error', 1, { suppressed: { reason: 'r', file: 'c.yml', line: 2 } })
    const selection = selectAnnotations([suppressed, at('error', 2)])
    expect(selection.annotated.map(f => f.startLine)).toEqual([2])
    expect(selection.suppressed).toEqual([suppressed])
    expect(selection.rest).toEqual([])
  })
})
