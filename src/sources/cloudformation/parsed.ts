import type { PNode } from '../../policy/node.js'

/** A problem reading a template, at its line. */
export interface TemplateProblem {
  message: string
  line: number
}

/** A template read into a tree with lines (JSON or YAML), or the problems that kept it from being read. */
export interface ParsedTemplate {
  /** The template with lines; undefined when it could not be read at all. */
  node?: PNode
  problems: TemplateProblem[]
}
