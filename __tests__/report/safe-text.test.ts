import { jsonWithoutCommands, visible, withoutCommands } from '../../src/report/safe-text.js'

// actions/runner (ActionCommand): a line starting with `::` (after spaces) is a workflow command, `##[` a legacy one.
describe('text printed from repository values', () => {
  it('control characters are written out, so a value stays on its line', () => {
    expect(visible('a\nb\r\tc\u001b[31m\u2028')).toBe('a\\nb\\r\\tc\\u001b[31m\\u2028')
    expect(visible('plain text')).toBe('plain text')
  })

  it('no line of output can be taken for a workflow command', () => {
    expect(withoutCommands('ok\n::error file=README.md::forged\n  ::stop-commands::x\nsee ##[warning]y\rz')).toBe(
      'ok\n\\::error file=README.md::forged\n  \\::stop-commands::x\nsee ##\\[warning]y\\rz'
    )
    expect(withoutCommands('a :: b')).toBe('a :: b')
  })

  it('JSON keeps its value: `[` after `##` is escaped the JSON way', () => {
    const text = JSON.stringify({ message: 'x ##[error] y' })
    const safe = jsonWithoutCommands(text)
    expect(safe).not.toContain('##[')
    expect(JSON.parse(safe)).toEqual({ message: 'x ##[error] y' })
  })
})
