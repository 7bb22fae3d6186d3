import fs from 'node:fs'
import path from 'node:path'
import { MAX_INPUT_BYTES } from './constants.js'
import { ConfigError, GateError } from './errors.js'

/**
 * Every file the gate reads from the repository goes through here, so a pull request cannot make the
 * gate read outside the checkout (absolute paths, `..`, symbolic links) or swallow a huge file.
 */

/** Where a path was named (the config file and line): errors then point there and are config errors. */
export interface Where {
  file: string
  line: number
}

export interface WorkspaceFile {
  /** Absolute path, as named (symbolic links inside the workspace are not replaced). */
  path: string
  /** Workspace-relative path with `/`. */
  rel: string
  text: string
  bytes: number
}

function fail(message: string, where?: Where): GateError {
  return where ? new ConfigError(message, where.file, where.line) : new GateError(message)
}

function quote(value: string): string {
  return JSON.stringify(value)
}

function realWorkspace(workspace: string): string {
  try {
    const real = fs.realpathSync(path.resolve(workspace))
    if (!fs.statSync(real).isDirectory()) throw new GateError(`workspace ${quote(workspace)} is not a directory`)
    return real
  } catch (error) {
    if (error instanceof GateError) throw error
    throw new GateError(`workspace ${quote(workspace)} does not exist`)
  }
}

/**
 * Checks the spelling of a workspace-relative path and returns it normalised with `/`.
 * Both POSIX and Windows absolute forms are refused so a config means the same on every runner.
 */
export function normaliseRelPath(relPath: string, where?: Where): string {
  if (relPath.trim() === '') throw fail('path is empty', where)
  if (relPath.includes('\0')) throw fail(`path ${quote(relPath)} contains a NUL character`, where)
  if (path.posix.isAbsolute(relPath) || path.win32.isAbsolute(relPath)) {
    throw fail(`path ${quote(relPath)} is absolute; paths must be relative to the workspace`, where)
  }
  const normal = path.posix.normalize(relPath.split(path.sep).join('/'))
  if (normal === '..' || normal.startsWith('../')) throw fail(`path ${quote(relPath)} is outside the workspace`, where)
  return normal
}

/**
 * Absolute path of a workspace file that exists, is a regular file and whose real location
 * (symbolic links followed) is inside the real workspace.
 */
export function resolveInWorkspace(workspace: string, relPath: string, where?: Where): string {
  return locate(workspace, relPath, where).abs
}

function locate(workspace: string, relPath: string, where?: Where): { abs: string; real: string; rel: string } {
  const rel = normaliseRelPath(relPath, where)
  const root = realWorkspace(workspace)
  const abs = path.resolve(workspace, rel)
  let real: string
  try {
    real = fs.realpathSync(abs)
  } catch (error) {
    throw fail(describeFsError(error, relPath), where)
  }
  if (!isWithin(root, real)) {
    throw fail(`path ${quote(relPath)} is outside the workspace (a symbolic link resolves to ${quote(real)})`, where)
  }
  const stat = fs.statSync(real)
  if (stat.isDirectory()) throw fail(`path ${quote(relPath)} is a directory, not a file`, where)
  // FIFOs and devices would block or never end.
  if (!stat.isFile()) throw fail(`path ${quote(relPath)} is not a regular file`, where)
  return { abs, real, rel }
}

function isWithin(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

function describeFsError(error: unknown, given: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const relPath = quote(given)
  switch (code) {
    case 'ENOENT':
      return `file ${relPath} does not exist`
    case 'ENOTDIR':
      return `file ${relPath} does not exist (a parent is not a directory)`
    case 'EACCES':
    case 'EPERM':
      return `file ${relPath} cannot be read: permission denied`
    case 'ELOOP':
      return `file ${relPath} cannot be read: too many levels of symbolic links`
    default:
      return `file ${relPath} cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`
  }
}

/** Reads a workspace file, refusing files over `maxBytes` before reading them. */
export function readWorkspaceFile(
  workspace: string,
  relPath: string,
  opts: { maxBytes?: number; where?: Where } = {},
  where: Where | undefined = opts.where
): WorkspaceFile {
  const { abs, real, rel } = locate(workspace, relPath, where)
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES
  const buffer = readBounded(real, maxBytes, message => fail(message, where), `file ${quote(relPath)}`)
  return { path: abs, rel, text: decodeText(buffer), bytes: buffer.length }
}

/**
 * Reads at most `maxBytes` of a regular file. The file is opened without blocking and checked on the open
 * descriptor, so a FIFO, a device or a file swapped for one after the path was checked is refused, never read,
 * and a file that grows while it is read stops at the limit.
 */
export function readBounded(
  file: string,
  maxBytes: number,
  fail: (message: string) => GateError,
  subject: string
): Buffer {
  const tooLarge = (size: number | string): GateError =>
    fail(`${subject} is ${size} bytes, over the limit of ${maxBytes} bytes`)
  const unreadable = (error: unknown): GateError => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    return fail(`${subject} cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`)
  }
  let fd: number
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw unreadable(error)
  }
  try {
    const stat = fs.fstatSync(fd)
    if (stat.isDirectory()) throw fail(`${subject} is a directory, not a file`)
    // FIFOs and devices would block or never end.
    if (!stat.isFile()) throw fail(`${subject} is not a regular file`)
    if (stat.size > maxBytes) throw tooLarge(stat.size)
    // One byte more than the file's size tells whether it grew since fstat.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1)
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) throw tooLarge(`more than ${maxBytes}`)
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1))
        buffer.copy(bigger, 0, 0, total)
        buffer = bigger
      }
      const n = fs.readSync(fd, buffer, total, buffer.length - total, null)
      if (n === 0) break
      total += n
    }
    if (total > maxBytes) throw tooLarge(`more than ${maxBytes}`)
    return buffer.subarray(0, total)
  } catch (error) {
    if (error instanceof GateError) throw error
    throw unreadable(error)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * UTF-8 text of a file. Invalid UTF-8 decodes to U+FFFD; a leading byte order mark is dropped so JSON parsers
 * accept the text; a lone CR (old Mac line ending) becomes LF, so every reader counts lines the same way
 * (YAML 1.2 and editors treat it as a line break; the text keeps its length, so offsets stay valid).
 */
export function decodeText(buffer: Buffer): string {
  let text = buffer.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n')
  return text
}

/**
 * A file the user named directly (a snapshot given on the command line or as an action input), as an absolute
 * path. Inside the workspace the rules of config paths apply (symbolic links resolved, the real file inside);
 * outside it only when `outsideAllowed` (the command line: the caller chose the path). Always a regular file
 * within `maxBytes`. Errors name `display`.
 */
export function readUserFile(
  workspace: string,
  file: string,
  opts: { maxBytes: number; outsideAllowed: boolean; display: string; what: string }
): { text: string; bytes: number } {
  const failHere = (message: string): GateError => new GateError(message, opts.display)
  const abs = path.resolve(workspace, file)
  const root = realWorkspace(workspace)
  const lexicallyInside = isWithin(path.resolve(workspace), abs) || isWithin(root, abs)
  if (!lexicallyInside && !opts.outsideAllowed) throw failHere(`the ${opts.what} is outside the workspace`)
  let real: string
  try {
    real = fs.realpathSync(abs)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw failHere(`${opts.what} file not found`)
    throw failHere(`the ${opts.what} cannot be read: ${code ?? String(error)}`)
  }
  if (lexicallyInside && !isWithin(root, real)) {
    throw failHere(`the ${opts.what} is outside the workspace (a symbolic link resolves to ${quote(real)})`)
  }
  const buffer = readBounded(real, opts.maxBytes, failHere, `the ${opts.what}`)
  return { text: decodeText(buffer), bytes: buffer.length }
}

/** Workspace-relative path with `/`, for reports. Accepts paths under the workspace as given or as its real path. */
export function toWorkspaceRel(workspace: string, absPath: string): string {
  const given = path.resolve(workspace)
  const candidates = [path.relative(given, path.resolve(absPath))]
  try {
    const real = fs.realpathSync(given)
    candidates.push(path.relative(real, path.resolve(absPath)))
    candidates.push(path.relative(real, fs.realpathSync(absPath)))
  } catch {
    // Missing paths are related lexically only.
  }
  const inside = candidates.find(rel => rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
  return (inside ?? candidates[0]).split(path.sep).join('/')
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_YAML_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/

/**
 * The first character YAML does not allow anywhere in a stream, not even quoted (YAML 1.2, section 5.1:
 * c-printable; control characters must be written as escapes), with its line; undefined when there is none.
 * The YAML parser itself lets them through, so a NUL inside a quoted string would reach the gate's values.
 */
export function notPrintable(text: string): { message: string; line: number } | undefined {
  const m = NOT_YAML_PRINTABLE.exec(text)
  if (!m) return undefined
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  return { message: `the control character ${code} is not allowed in YAML (write it as an escape)`, line }
}
