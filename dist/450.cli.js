export const id = 450;
export const ids = [450];
export const modules = {

/***/ 9450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USAGE: () => (/* binding */ USAGE),
  formatFatal: () => (/* binding */ formatFatal),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/check.ts + 25 modules
var check = __webpack_require__(370);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(5066);
;// CONCATENATED MODULE: ./src/report/github.ts
/**
 * GitHub workflow-command annotations. The strings match what `@actions/core` prints for
 * `core.error(message, { title, file, startLine, endLine })`, so `--format github` and the
 * action produce the same lines without this module depending on the runtime.
 */

/** GitHub shows at most 10 annotations of each level per step; the rest are dropped silently. */
const ANNOTATIONS_PER_SEVERITY = 10;
/** Message escaping of `@actions/core` (command.ts `escapeData`). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property escaping of `@actions/core` (command.ts `escapeProperty`): `:` and `,` delimit properties. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function validLine(line) {
    return line !== undefined && Number.isInteger(line) && line >= 1 ? line : undefined;
}
/** The annotation properties of a finding. Lines are only meaningful together with a file. */
function toAnnotationProperties(finding) {
    const props = { title: finding.rule };
    if (!finding.file)
        return props;
    props.file = finding.file;
    const startLine = validLine(finding.startLine);
    if (startLine === undefined)
        return props;
    props.startLine = startLine;
    const endLine = validLine(finding.endLine);
    if (endLine !== undefined && endLine >= startLine)
        props.endLine = endLine;
    return props;
}
/** One `::error title=…,file=…,line=…,endLine=…::message` line (no trailing newline). */
function formatWorkflowCommand(finding) {
    const props = toAnnotationProperties(finding);
    // Property order and names as core's toCommandProperties: title, file, line, endLine.
    const pairs = [
        ['title', props.title],
        ['file', props.file],
        ['line', props.startLine],
        ['endLine', props.endLine]
    ];
    const rendered = pairs
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${finding.severity} ${rendered}::${escapeData(finding.message)}`;
}
/** Picks at most `limit` findings of each severity to annotate, the most severe and the newest first. */
function selectAnnotations(findings, limit = ANNOTATIONS_PER_SEVERITY) {
    const limits = typeof limit === 'number' ? { perSeverity: limit } : limit;
    const perSeverity = limits.perSeverity ?? ANNOTATIONS_PER_SEVERITY;
    const room = (severity) => Math.max(0, perSeverity - (limits.reserve?.[severity] ?? 0));
    const ordered = [...findings].sort(build/* compareForReview */.Jb);
    const taken = { error: 0, warning: 0, notice: 0 };
    const annotated = [];
    const rest = [];
    const suppressed = [];
    for (const finding of ordered) {
        if (finding.suppressed) {
            suppressed.push(finding);
        }
        else if (taken[finding.severity] < room(finding.severity)) {
            taken[finding.severity]++;
            annotated.push(finding);
        }
        else {
            rest.push(finding);
        }
    }
    return { annotated, rest, suppressed };
}
/** Workflow-command lines for the selected findings, and how many findings were not annotated. */
function formatWorkflowCommands(findings, opts = {}) {
    const { annotated, rest } = selectAnnotations(findings, opts.maxPerSeverity ?? ANNOTATIONS_PER_SEVERITY);
    return { lines: annotated.map(formatWorkflowCommand), omitted: rest.length };
}

;// CONCATENATED MODULE: ./src/report/safe-text.ts
/**
 * Text the command line prints may come from the repository under check (file names, key names, Sids, policy
 * values) and is read by a GitHub runner when the CLI runs in a workflow. The runner takes a line that starts
 * with `::` (after spaces) as a workflow command, and `##[` anywhere in a line as a legacy one
 * (actions/runner, ActionCommand.TryParseV2 and TryParse); it splits lines at CR and LF. So every value keeps
 * its control characters visible (`\n`, `\u001b`), and a line of output never starts with `::` or holds `##[`.
 * `--format github` is built with the escaping of `@actions/core` instead (report/github.ts).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** A value with its control characters (line breaks, escape sequences) written out, on one line. */
function visible(value) {
    return value.replace(CONTROL, c => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/**
 * Output text whose lines cannot be taken for workflow commands. The line breaks are the printer's own (values
 * went through {@link visible}); a CR never is, so any left is written out too.
 */
function withoutCommands(text) {
    return text
        .replace(/\r/g, '\\r')
        .replace(/##\[/g, '##\\[')
        .replace(/^([ \t]*)::/gm, '$1\\::');
}
/** JSON text (the report) without `##[`: `[` inside a string is written `\u005b`, which parses to the same value. */
function jsonWithoutCommands(text) {
    return text.replace(/##\[/g, '##\\u005b');
}

// EXTERNAL MODULE: ./src/report/rule-help.ts
var rule_help = __webpack_require__(9140);
;// CONCATENATED MODULE: ./src/report/text.ts



/** Keeps one finding on one line even when a message spans several; other control characters are written out. */
function oneLine(text) {
    return visible(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
/** `file:line: severity rule: message` (CONTRACT §2), shortened when the file or line is unknown. */
function formatFindingLine(finding) {
    const body = `${finding.severity} ${finding.rule}: ${oneLine(finding.message)}`;
    if (finding.file === undefined)
        return body;
    const line = finding.startLine !== undefined && finding.startLine > 0 ? `:${finding.startLine}` : '';
    return `${visible(finding.file)}${line}: ${body}`;
}
const CHECK_HEADER = ['key', 'principal', 'purpose', 'action', 'before', 'after'];
function checkRow(check) {
    return [check.keyName, check.principal, check.purpose, check.action, check.before ?? '—', check.after];
}
/** Left-aligned columns separated by two spaces; the last column is not padded. */
function table(rows) {
    const widths = rows[0].map((_, col) => rows.reduce((max, row) => Math.max(max, row[col].length), 0));
    return rows.map(row => row
        .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col])))
        .join('  ')
        .trimEnd());
}
/** The human-readable report (`--format text`): findings, the checks table, the result line. */
function formatText(report, opts = {}) {
    const sections = [];
    if (report.findings.length > 0) {
        const lines = [];
        for (const finding of report.findings) {
            lines.push(formatFindingLine(finding));
            if (finding.suppressed) {
                const { reason, expires, file, line } = finding.suppressed;
                lines.push(`    suppressed (${file}:${line}${expires ? `, until ${expires}` : ''}): ${oneLine(reason)}`);
            }
            else if (opts.hints) {
                const hint = rule_help/* RULE_HELP */.v[finding.rule]?.fix;
                if (hint)
                    lines.push(`    hint: ${oneLine(hint)}`);
            }
        }
        sections.push(lines);
    }
    if (report.checks.length > 0) {
        sections.push(table([CHECK_HEADER, ...report.checks.map(check => checkRow(check).map(oneLine))]));
    }
    sections.push([`result: ${report.result} (${(0,build/* describeCounts */.wv)(report.counts)})`]);
    return sections.map(lines => lines.join('\n')).join('\n\n') + '\n';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/rules/describe.ts
var describe = __webpack_require__(4974);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(7285);
// EXTERNAL MODULE: ./src/sources/discover.ts
var discover = __webpack_require__(2051);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/sources/git.ts
/**
 * The few git reads the gate needs: a file as it is in a commit (the pull request's base commit in the action,
 * `check --base` in the CLI), and the lines the pull request changed. git runs without a shell, with argument
 * arrays, and never with external diff or textconv drivers, so nothing from the repository under check is executed.
 */



const runGit = (cwd, args) => new Promise(resolve => {
    (0,external_node_child_process_.execFile)('git', ['-C', cwd, '-c', 'core.quotePath=false', ...args], { maxBuffer: constants/* MAX_INPUT_BYTES */.su + 1024, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: stderr || (error && !stderr ? error.message : '') });
    });
});
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function firstLine(text) {
    return text.trim().split('\n')[0]?.slice(0, 300) ?? '';
}
/**
 * Makes sure the commit is in the local repository. A default `actions/checkout` is shallow (depth 1), so
 * the base commit is usually missing: fetch just that commit from `origin` (checkout leaves its credentials
 * for this). When that fails too the caller fails closed.
 */
async function ensureCommit(git, cwd, sha) {
    if (!SHA.test(sha))
        return { ok: false, detail: `"${sha}" is not a commit id` };
    const has = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    if (has.code === 0)
        return { ok: true, detail: '' };
    const fetched = await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
    if (fetched.code !== 0)
        return { ok: false, detail: firstLine(fetched.stderr) || `git fetch exited ${fetched.code}` };
    const again = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return again.code === 0 ? { ok: true, detail: '' } : { ok: false, detail: firstLine(again.stderr) };
}
/**
 * Makes sure the base commit is in the checkout (fetching it if need be), else stops the run naming the fix;
 * `why` says what the gate reads from it.
 */
async function requireBaseCommit(git, workspace, baseSha, why) {
    const available = await ensureCommit(git, workspace, baseSha);
    if (available.ok)
        return;
    throw new errors/* GateError */.ue(`the pull request's base commit ${baseSha.slice(0, 7)} is not in the checkout and could not be fetched (${available.detail}). ` +
        `${why}: check out with actions/checkout \`fetch-depth: 0\`, or fetch the base commit before this step ` +
        '(or set `baseline-from: head` to accept the risk)');
}
/**
 * A file's text in a commit, or undefined when the commit has no such file. `rel` is relative to `cwd`
 * (git reads `SHA:./path` relative to the working directory). Symbolic links are refused: their blob is the
 * link target, not the content.
 */
async function showFile(git, cwd, sha, rel) {
    const spec = `${sha}:./${rel}`;
    const type = await git(cwd, ['cat-file', '-t', spec]);
    if (type.code !== 0)
        return undefined;
    if (type.stdout.trim() !== 'blob')
        throw new errors/* GateError */.ue(`${rel} is not a file in the base commit ${sha.slice(0, 7)}`);
    const tree = await git(cwd, ['ls-tree', sha, '--', `./${rel}`]);
    if (tree.stdout.startsWith('120000')) {
        throw new errors/* GateError */.ue(`${rel} is a symbolic link in the base commit ${sha.slice(0, 7)}; the gate does not follow it`);
    }
    const shown = await git(cwd, ['cat-file', 'blob', spec]);
    if (shown.code !== 0) {
        throw new errors/* GateError */.ue(`cannot read ${rel} from the base commit ${sha.slice(0, 7)}: ${firstLine(shown.stderr)}`);
    }
    return shown.stdout;
}
/**
 * Parses `git diff --unified=0` output. An added or changed range marks its new lines; a pure deletion
 * (`+N,0`) marks the lines on both sides of the gap, since a removed statement leaves no line of its own.
 */
function parseDiff(text) {
    const out = new Map();
    let current;
    for (const line of text.split('\n')) {
        if (line.startsWith('+++ ')) {
            const name = line.slice(4);
            current = undefined;
            if (name.startsWith('b/')) {
                const path = name.slice(2);
                current = out.get(path) ?? [];
                out.set(path, current);
            }
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            if (count > 0)
                current.push([start, start + count - 1]);
            else
                current.push([Math.max(1, start), start + 1]);
        }
    }
    return out;
}
/** The lines changed between the base commit and the working tree, under `cwd` (paths relative to it). */
async function changedLines(git, cwd, sha) {
    const diff = await git(cwd, [
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--no-color',
        '--no-renames',
        '--unified=0',
        '--relative',
        sha,
        '--'
    ]);
    return diff.code === 0 ? parseDiff(diff.stdout) : undefined;
}
/** True when [start, end] overlaps a changed range of the file. */
function touches(changed, file, start, end) {
    const ranges = changed.get(file);
    if (!ranges)
        return false;
    // A finding about a whole file (no line) counts as changed when any line of the file changed.
    if (start === undefined)
        return ranges.length > 0;
    const last = end !== undefined && end >= start ? end : start;
    return ranges.some(([a, b]) => a <= last && start <= b);
}

;// CONCATENATED MODULE: ./src/sources/base-templates.ts



/**
 * The CloudFormation templates of the config as the pull request's base commit has them, by workspace-relative
 * path: a resource a template no longer has is deleted on deployment, which the head alone cannot show. Undefined
 * when the config names no template or cannot be read (the run then reports the config itself). A base commit
 * that is not in the checkout and cannot be fetched stops the run, as for the baseline; a template the base
 * commit does not have is new (nothing removed).
 */
async function readBaseTemplates(req) {
    let templates;
    try {
        const config = (0,load/* loadConfig */.Z)(req.workspace, req.config, { text: req.configText });
        templates = config.cloudformation.map(c => ({ glob: c.template, file: config.file, line: c.line }));
    }
    catch {
        return undefined;
    }
    if (!templates.length)
        return undefined;
    await requireBaseCommit(req.git, req.workspace, req.baseSha, 'The gate reads the CloudFormation templates of the base commit to see the resources a pull request removes');
    const out = new Map();
    // Templates the pull request deletes: files of the base commit that a glob matches and the head no longer has.
    const listed = await req.git(req.workspace, ['ls-tree', '-r', '-z', '--name-only', req.baseSha, '--', '.']);
    const baseFiles = listed.code === 0 ? listed.stdout.split('\0').filter(Boolean) : [];
    for (const t of templates) {
        let files;
        try {
            files = (0,discover/* discoverIacFiles */.i)(req.workspace, [t.glob], { where: { file: t.file, line: t.line } });
        }
        catch {
            // The run reports it when it reads the templates.
            continue;
        }
        const head = new Set(files);
        const matches = (0,discover/* globMatcher */.f)([t.glob]);
        for (const rel of [...files, ...baseFiles.filter(f => matches(f) && !head.has(f))]) {
            if (out.has(rel))
                continue;
            const text = await showFile(req.git, req.workspace, req.baseSha, rel);
            if (text !== undefined)
                out.set(rel, text);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/base.ts


/**
 * `check --base REV`: the configured CloudFormation templates as the git revision `rev` of the workspace's
 * repository has them, as the action reads them from a pull request's base commit. A resource the revision deploys
 * and the working tree's template no longer has is deleted on deployment. The revision must be a commit the
 * repository has: the CLI fetches nothing.
 */
async function baseTemplatesAt(git, workspace, rev, config) {
    // A revision is never an option of git's (`--output=…` would be one).
    if (rev === '' || rev.startsWith('-'))
        throw new errors/* GateError */.ue(`--base: "${rev}" is not a git revision`);
    const resolved = await git(workspace, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    const sha = resolved.stdout.trim();
    if (resolved.code !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) {
        const why = resolved.stderr.trim().split('\n')[0];
        throw new errors/* GateError */.ue(`--base: "${rev}" is not a commit of the git repository at the workspace${why ? ` (${why.slice(0, 200)})` : ''}: fetch it first, or give a commit id or branch the repository has`);
    }
    return readBaseTemplates({ git, workspace, baseSha: sha, config });
}

;// CONCATENATED MODULE: ./src/cli/explain.ts










function lines(ref) {
    // Live documents are compiled from JSON without their layout: their "lines" mean nothing to the reader.
    if (!ref.origin.file || !ref.range.startLine)
        return '';
    return ref.range.startLine === ref.range.endLine
        ? ` line ${ref.range.startLine}`
        : ` lines ${ref.range.startLine}–${ref.range.endLine}`;
}
function formatExplanation(subject, d) {
    const out = [`${subject}: ${d.decision}`, `  ${(0,describe/* describeDecision */.K5)(d)}`];
    for (const r of d.denies)
        out.push(`  deny:  ${(0,describe/* describeRef */.Ro)(r)}${lines(r)}`);
    for (const r of d.allows)
        out.push(`  allow: ${(0,describe/* describeRef */.Ro)(r)}${lines(r)}`);
    if (d.decision === 'inconclusive' && d.unknownKeys.length)
        out.push(`  unknown condition keys: ${d.unknownKeys.join(', ')} (set them under \`context\` in the config)`);
    // Sids, file names and values come from the repository: each stays on its line, and no line is a command.
    return withoutCommands(out.map(visible).join('\n') + '\n');
}
/**
 * `explain`: the decision for one request and the statements that made it (CONTRACT §2). It runs the same
 * pipeline as `check` (config, templates and plans, state, worlds, simulator, organization, unique ids) with the
 * request as a probe, so that it can never decide differently from the check row of the same request.
 */
async function explain(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            key: { type: 'string' },
            principal: { type: 'string' },
            action: { type: 'string' },
            snapshot: { type: 'string' },
            config: { type: 'string' },
            workspace: { type: 'string' },
            region: { type: 'string' },
            now: { type: 'string' },
            base: { type: 'string' },
            after: { type: 'boolean', default: false }
        },
        strict: true
    });
    for (const flag of ['key', 'principal', 'action']) {
        if (!values[flag])
            throw new errors/* GateError */.ue(`explain needs --${flag}`);
    }
    const workspace = (0,external_node_path_.resolve)(io.cwd, values.workspace ?? '.');
    const configPath = values.config ?? constants/* DEFAULT_CONFIG_PATH */.Bi;
    const hasConfig = values.config !== undefined || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, configPath));
    if (values.after && !hasConfig)
        throw new errors/* GateError */.ue(`--after needs the config (${configPath} not found)`);
    const now = values.now ? new Date(values.now) : new Date();
    if (Number.isNaN(now.getTime()))
        throw new errors/* GateError */.ue(`--now: "${values.now}" is not an ISO-8601 date`);
    const probe = { key: values.key, principal: values.principal, action: values.action };
    // As `check --base`: what the change removes from a template, against the revision's templates.
    const baseTemplates = values.base === undefined ? undefined : await baseTemplatesAt(runGit, workspace, values.base, configPath);
    const outcome = await (0,check.runCheck)({
        workspace,
        config: values.config,
        ...(baseTemplates ? { baseTemplates } : {}),
        configOptional: true,
        snapshot: values.snapshot ? (0,external_node_path_.resolve)(io.cwd, values.snapshot) : undefined,
        failOn: 'never',
        now,
        region: values.region,
        live: io.live,
        env: io.env,
        commandLine: true,
        probe
    });
    const result = outcome.probe;
    const world = values.after ? 'after' : 'before';
    const d = values.after ? result.after : result.before;
    if (!d)
        throw new errors/* GateError */.ue(`key ${values.key} does not exist before the change: use --after`);
    io.stdout(formatExplanation(`${probe.action} by ${probe.principal} on ${result.keyArn} (${world})`, d));
    return 0;
}

// EXTERNAL MODULE: ./src/engine/principal.ts
var principal = __webpack_require__(9472);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/sources/proposed.ts + 1 modules
var proposed = __webpack_require__(9419);
// EXTERNAL MODULE: ./src/output-file.ts
var output_file = __webpack_require__(8861);
// EXTERNAL MODULE: ./src/state/snapshot.ts + 1 modules
var snapshot = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/cli/snapshot.ts












const IAM_ENTITY = /^arn:[a-z-]+:iam::\d{12}:(role|user)\/.+$/;
/** `snapshot`: reads the live state of every configured key and principal and writes it as a snapshot (CONTRACT §2). */
async function snapshotCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            config: { type: 'string' },
            workspace: { type: 'string' },
            region: { type: 'string' },
            out: { type: 'string' }
        },
        strict: true
    });
    if (!values.config)
        throw new errors/* GateError */.ue('snapshot needs --config FILE');
    if (!values.out)
        throw new errors/* GateError */.ue('snapshot needs --out FILE');
    const workspace = (0,external_node_path_.resolve)(io.cwd, values.workspace ?? '.');
    const config = (0,load/* loadConfig */.Z)(workspace, values.config);
    const region = values.region || config.region || io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION;
    if (!region)
        throw new errors/* GateError */.ue('no AWS region: pass --region, set `region` in the config, or set AWS_REGION');
    if (!io.live)
        throw new errors/* GateError */.ue('live mode is not available here');
    const live = await io.live(region, {
        ...(config.timeoutSeconds !== undefined ? { timeoutSeconds: config.timeoutSeconds } : {}),
        ...(Object.keys(config.accounts).length ? { accounts: config.accounts } : {})
    });
    try {
        const principals = new Set();
        for (const k of config.keys) {
            k.rotation.principals.forEach(p => principals.add(p));
            k.owners?.forEach(p => principals.add(p));
        }
        config.principals.forEach(p => principals.add(p.arn));
        // Everything `check` reads: keys and principals that only templates and plans map (resolved against the
        // account, as check resolves them), so that offline mode on this snapshot decides as live mode does.
        const { change } = await (0,proposed/* readProposedChange */.T)(workspace, config, await (0,check.iacContext)(config, live.provider));
        const created = new Set(change.createdPrincipals ?? []);
        change.principals.forEach(p => {
            if (!created.has(p.arn))
                principals.add(p.arn);
        });
        // Config keys that name a key the change creates (cloudformation:/terraform: references) are not read.
        const keys = [...new Set([...liveKeyRefs(config.keys), ...change.keys.flatMap(k => (k.key ? [k.key] : []))])];
        // The deployed templates of the stacks the config names, so that offline runs see what an update deletes.
        const stacks = (0,check.configStacks)(config);
        const first = await live.provider.load({ keys, principals: [...principals], ...(stacks.length ? { stacks } : {}) });
        // Plus every IAM principal the live key policies name, so offline runs can evaluate them too.
        const named = new Set();
        for (const key of first.keys) {
            const doc = (0,parse/* policyFromJson */.fn)(key.policy, { kind: 'key', name: key.arn });
            for (const s of doc.statements) {
                for (const v of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) {
                    if (IAM_ENTITY.test(v.value) && !(0,principal/* accountOfPrincipalValue */.mT)(v.value) && !principals.has(v.value))
                        named.add(v.value);
                }
            }
        }
        const state = named.size
            ? await live.provider.load({ keys, principals: [...principals, ...named], ...(stacks.length ? { stacks } : {}) })
            : first;
        (0,output_file/* writeOutputFile */.B)(workspace, (0,external_node_path_.resolve)(io.cwd, values.out), (0,snapshot/* snapshotText */.MY)(state), { outsideAllowed: true });
        io.stdout(`wrote ${withoutCommands(visible(values.out))}: ${state.keys.length} key(s), ${state.principals.length} principal(s), ${state.knownPrincipals?.length ?? 0} known principal ARN(s)${state.stacks?.length ? `, ${state.stacks.length} stack template(s)` : ''}\n`);
        return 0;
    }
    finally {
        live.close?.();
    }
}
/** Keys named by a template's logical id or a plan's address have no live key to read (they are created). */
function liveKeyRefs(keys) {
    return keys.map(k => k.key).filter(k => !(0,schema/* iacKeyRef */.gL)(k));
}

;// CONCATENATED MODULE: ./src/cli/run.ts














const USAGE = `Usage:
  ${constants/* TOOL_NAME */.lH} check [--workspace DIR] [--config FILE] [--snapshot FILE]
                  [--report-file FILE] [--sarif-file FILE]
                  [--format text|json|github] [--fail-on error|warning|never]
                  [--ignore-pre-existing] [--category NAME] [--base REV]
                  [--now ISO-8601] [--region REGION] [--timeout-seconds N]
  ${constants/* TOOL_NAME */.lH} snapshot --config FILE [--workspace DIR] [--region REGION] --out FILE
  ${constants/* TOOL_NAME */.lH} explain --key KEY --principal ARN --action ACTION [--snapshot FILE] [--config FILE] [--after]
                  [--base REV]

Exit status: 0 passed, 1 blocked, 2 the gate could not run.
Config default: ${constants/* DEFAULT_CONFIG_PATH */.Bi}. Without --snapshot the gate reads AWS (live mode).
`;
class UsageError extends errors/* GateError */.ue {
    withUsage;
    constructor(message, 
    /** Print the usage text after the message. */
    withUsage = false) {
        super(message);
        this.withUsage = withUsage;
    }
}
function parseNow(value) {
    if (value === undefined)
        return new Date();
    const t = Date.parse(value);
    if (Number.isNaN(t))
        throw new UsageError(`--now: "${value}" is not an ISO-8601 date`);
    return new Date(t);
}
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value))
        throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
    return value;
}
/** Runs the CLI; returns the exit status. Never throws. */
async function runCli(argv, io) {
    try {
        const [command, ...rest] = argv;
        if (command === '--version' || command === '-v') {
            io.stdout(`${constants/* TOOL_VERSION */.wr}\n`);
            return 0;
        }
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(USAGE);
            return command === undefined ? 2 : 0;
        }
        switch (command) {
            case 'check':
                return await run_check(rest, io);
            case 'snapshot':
                return await snapshotCommand(rest, io);
            case 'explain':
                return await explain(rest, io);
            default:
                throw new UsageError(`unknown command ${JSON.stringify(command)}`, true);
        }
    }
    catch (error) {
        // One line whatever the message holds: values from the repository may contain line breaks or `::`.
        io.stderr(`${constants/* TOOL_NAME */.lH}: ${withoutCommands(visible(formatFatal(error)))}\n`);
        if (error instanceof UsageError && error.withUsage)
            io.stderr(USAGE);
        return 2;
    }
}
/** One clear line; config errors carry their rule id like findings do. */
function formatFatal(error) {
    if (error instanceof errors/* GateError */.ue && error.rule === 'config-error' && error.file) {
        return `${error.file}${error.line ? `:${error.line}` : ''}: error config-error: ${error.message}`;
    }
    if (error instanceof errors/* GateError */.ue ||
        (error instanceof TypeError && /parseArgs|Unknown option|argument/i.test(error.message))) {
        return (0,errors/* errorMessage */.gJ)(error);
    }
    const e = error;
    if (e?.code?.startsWith('ERR_PARSE_ARGS'))
        return e.message ?? String(error);
    return `unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`;
}
async function run_check(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            workspace: { type: 'string' },
            config: { type: 'string' },
            snapshot: { type: 'string' },
            'report-file': { type: 'string' },
            'sarif-file': { type: 'string' },
            format: { type: 'string' },
            'fail-on': { type: 'string' },
            'fail-on-pre-existing': { type: 'boolean' },
            'ignore-pre-existing': { type: 'boolean' },
            category: { type: 'string' },
            base: { type: 'string' },
            now: { type: 'string' },
            region: { type: 'string' },
            'timeout-seconds': { type: 'string' }
        },
        strict: true,
        allowPositionals: false
    });
    const format = oneOf('--format', values.format, ['text', 'json', 'github'], 'text');
    const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'], 'error');
    const workspace = (0,external_node_path_.resolve)(io.cwd, values.workspace ?? '.');
    // What the change removes from a CloudFormation template is seen against the templates of --base (a template the
    // revision does not have is new).
    const baseTemplates = values.base === undefined
        ? undefined
        : await baseTemplatesAt(runGit, workspace, values.base, values.config ?? constants/* DEFAULT_CONFIG_PATH */.Bi);
    const outcome = await (0,check.runCheck)({
        workspace,
        config: values.config,
        ...(baseTemplates ? { baseTemplates } : {}),
        snapshot: values.snapshot ? (0,external_node_path_.resolve)(io.cwd, values.snapshot) : undefined,
        reportFile: values['report-file'] ? (0,external_node_path_.resolve)(io.cwd, values['report-file']) : undefined,
        sarifFile: values['sarif-file'] ? (0,external_node_path_.resolve)(io.cwd, values['sarif-file']) : undefined,
        failOn,
        // CONTRACT §2: every finding at or above --fail-on blocks the CLI, pre-existing ones included;
        // --ignore-pre-existing counts only what the change introduces (the action's default).
        failOnPreExisting: values['ignore-pre-existing'] ? false : (values['fail-on-pre-existing'] ?? true),
        category: values.category,
        now: parseNow(values.now),
        region: values.region,
        ...(values['timeout-seconds'] !== undefined ? { timeoutSeconds: (0,schema/* parseTimeout */.ZZ)(values['timeout-seconds']) } : {}),
        live: io.live,
        env: io.env,
        commandLine: true
    });
    const { report } = outcome;
    if (format === 'json')
        io.stdout(jsonWithoutCommands((0,build/* toReportJson */.sn)(report)));
    else if (format === 'github') {
        // Built with the escaping of @actions/core: these lines are the commands meant to be run.
        const { lines, omitted } = formatWorkflowCommands(report.findings);
        io.stdout(lines.map(l => l + '\n').join(''));
        if (omitted)
            io.stdout(`${omitted} more finding(s) are not annotated; see the report file or SARIF.\n`);
    }
    else
        io.stdout(withoutCommands(formatText(report, { hints: true })));
    return report.result === 'failed' ? 1 : 0;
}


/***/ }),

/***/ 2051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ globMatcher),
/* harmony export */   i: () => (/* binding */ discoverIacFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





/** Whether a workspace-relative path (with `/`) matches any of `globs`, as `discoverIacFiles` matches them. */
function globMatcher(globs) {
    const matchers = globs.map(g => new minimatch__WEBPACK_IMPORTED_MODULE_3__/* .Minimatch */ .VR(g.replace(/^\.\//, ''), { dot: true }));
    return file => matchers.some(m => m.match(file));
}
/** Directories never searched: dependencies, VCS data, Terraform's downloaded modules and providers. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', '.venv', '__pycache__']);
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 40;
/**
 * Workspace files (relative, with `/`) matching any of `globs`, sorted. The repository's files come from
 * `git ls-files` (tracked and untracked, not ignored); unless `ignored` is false, ignored directories a
 * glob can reach are also searched, because generated inputs (`cdk.out/`, `plan.json`) are usually
 * git-ignored. Without git, a bounded walk that skips dependency folders and never follows a symlink
 * out of the workspace.
 */
function discoverIacFiles(workspace, globs, options = {}) {
    const matchers = globs.map(g => new minimatch__WEBPACK_IMPORTED_MODULE_3__/* .Minimatch */ .VR(g.replace(/^\.\//, ''), { dot: true }));
    const matches = globMatcher(globs);
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(workspace);
    const found = new Set();
    const listed = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    if (listed) {
        for (const f of listed)
            if (matches(f))
                found.add(f);
        const ignored = options.ignored === false
            ? []
            : (git(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory']) ?? []);
        for (const entry of ignored) {
            if (!entry.endsWith('/')) {
                if (matches(entry))
                    found.add(entry);
                continue;
            }
            const dir = entry.slice(0, -1);
            if (dir.split('/').some(part => SKIP_DIRS.has(part)))
                continue;
            if (matchers.some(m => m.match(dir, true)))
                walk(root, dir, matches, found, walkOptions(globs, options));
        }
    }
    else
        walk(root, '', matches, found, walkOptions(globs, options));
    return [...found].filter(f => isFile(root, f)).sort();
}
function git(cwd, args) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
            cwd,
            encoding: 'utf8',
            maxBuffer: 512 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'ignore']
        });
        return out.split('\0').filter(Boolean);
    }
    catch {
        return undefined;
    }
}
function walkOptions(globs, options) {
    const what = globs.map(g => JSON.stringify(g)).join(', ');
    return {
        limits: options.limits ?? { entries: MAX_ENTRIES, depth: MAX_DEPTH },
        stop: message => {
            const text = `searching the workspace for ${what}: ${message}`;
            throw options.where ? new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(text, options.where.file, options.where.line) : new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue(text);
        }
    };
}
/**
 * Adds matching files under `start` (workspace-relative) to `found`; symlinked directories are not entered.
 * A walk that would have to give up (too many entries, too deep, a directory it cannot read) stops the run:
 * the file it did not see could be the one that changes a decision.
 */
function walk(root, start, matches, found, { limits, stop }) {
    const stack = [[start, 0]];
    let seen = 0;
    while (stack.length) {
        const [dir, depth] = stack.pop();
        let entries = [];
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, dir), { withFileTypes: true });
        }
        catch (error) {
            stop(`cannot read the directory ${JSON.stringify(dir || '.')} (${error.code ?? error})`);
        }
        for (const e of entries) {
            if (++seen > limits.entries)
                stop(`more than ${limits.entries.toLocaleString('en-US')} files and directories without git; name the templates by path, or run in a git checkout`);
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (SKIP_DIRS.has(e.name))
                    continue;
                if (depth >= limits.depth)
                    stop(`directories nested more than ${limits.depth} deep (${JSON.stringify(rel)}); name the templates by path`);
                stack.push([rel, depth + 1]);
            }
            else if ((e.isFile() || e.isSymbolicLink()) && matches(rel))
                found.add(rel);
        }
    }
}
/** A regular file inside the workspace (a symlink only when its target stays inside). */
function isFile(root, file) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, file);
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full).isSymbolicLink()) {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(full));
            if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel))
                return false;
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(full).isFile();
    }
    catch {
        return false;
    }
}


/***/ })

};
