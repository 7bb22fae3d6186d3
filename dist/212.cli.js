export const id = 212;
export const ids = [212];
export const modules = {

/***/ 3212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLive: () => (/* binding */ createLive)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
;// CONCATENATED MODULE: ./src/state/aws/clients.ts



const DEFAULT_MAX_ATTEMPTS = 6;
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
const CONNECTION_TIMEOUT_MS = 5_000;
/**
 * Builds the KMS and IAM clients once, at the edge, to be injected into the provider and the
 * oracle. Adaptive retries back off on the account-wide IAM throttling that a gate run can hit.
 */
function createAwsClients(options) {
    const config = {
        region: options.region,
        customUserAgent: options.userAgent ?? `${constants/* TOOL_NAME */.lH}/${constants/* TOOL_VERSION */.wr}`,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        requestHandler: {
            requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
            // Without this the handler only logs a warning when requestTimeout passes.
            throwOnRequestTimeout: true,
            connectionTimeout: CONNECTION_TIMEOUT_MS
        },
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.retryStrategy ? { retryStrategy: options.retryStrategy } : {})
    };
    const kms = new client_kms_dist_cjs/* KMSClient */.pgq(config);
    const iam = new dist_cjs/* IAMClient */.h8v(config);
    return {
        kms,
        iam,
        destroy: () => {
            kms.destroy();
            iam.destroy();
        }
    };
}

;// CONCATENATED MODULE: ./src/state/aws/limit.ts
/**
 * Bounded concurrency and de-duplication for AWS calls: the gate reads many small things (keys,
 * roles, shared managed policies) and must neither flood the account's API limits nor pay twice
 * for the same answer.
 */
/** Runs at most `max` tasks at once; the others wait in FIFO order. */
function createLimiter(max) {
    if (!Number.isInteger(max) || max < 1)
        throw new Error(`concurrency must be a positive integer, got ${max}`);
    let active = 0;
    const waiting = [];
    const release = () => {
        active--;
        waiting.shift()?.();
    };
    return async (task) => {
        if (active >= max)
            await new Promise(resolve => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}
/** JSON with sorted object keys, so that `{a, b}` and `{b, a}` name the same call. */
function stableKey(value) {
    return JSON.stringify(value, (_key, v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return v;
        return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    });
}
/**
 * One place every AWS request goes through: identical requests (API + arguments) share one
 * promise, a limiter bounds what is in flight, and `calls` counts what was really sent per API.
 * A failed request is remembered too: the run fails on it anyway, and retrying is the SDK's job.
 */
class CallGate {
    calls = {};
    memo = new Map();
    limit;
    constructor(concurrency = 8) {
        this.limit = createLimiter(concurrency);
    }
    call(api, args, send) {
        const key = `${api} ${stableKey(args)}`;
        let pending = this.memo.get(key);
        if (!pending) {
            pending = this.limit(() => {
                this.calls[api] = (this.calls[api] ?? 0) + 1;
                return send();
            });
            this.memo.set(key, pending);
        }
        return pending;
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/state/aws/errors.ts

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);
const BAD_CREDENTIALS = new Set([
    'CredentialsProviderError',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidSignatureException',
    'SignatureDoesNotMatch'
]);
const MAX_DETAIL = 300;
/** The error code of an SDK error (`NotFoundException`, `NoSuchEntity`, `TimeoutError`…). */
function awsErrorName(error) {
    if (error && typeof error === 'object') {
        const { name, Code, code } = error;
        for (const candidate of [Code, name, code]) {
            if (typeof candidate === 'string' && candidate && candidate !== 'Error')
                return candidate;
        }
    }
    return undefined;
}
function isAwsError(error, ...names) {
    const name = awsErrorName(error);
    return name !== undefined && names.includes(name);
}
/**
 * One line a user can act on, e.g. `AWS kms:GetKeyPolicy on arn:…:key/… failed: AccessDeniedException —
 * the gate's role needs kms:GetKeyPolicy on that key`. Only the code, AWS's message and the attempt
 * count are kept: no request, headers or stack.
 */
function awsError(error, call) {
    if (error instanceof errors/* GateError */.ue)
        return error;
    const name = awsErrorName(error) ?? 'Error';
    const where = `AWS ${call.api} on ${call.resource} failed: ${name}`;
    if (ACCESS_DENIED.has(name))
        return new errors/* GateError */.ue(`${where} — the gate's role needs ${call.api} ${scope(call.resource)}`);
    if (BAD_CREDENTIALS.has(name)) {
        return new errors/* GateError */.ue(`${where} — no valid AWS credentials (${detail(error)}); configure them, e.g. with aws-actions/configure-aws-credentials`);
    }
    const attempts = error?.$metadata?.attempts;
    const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
    const text = detail(error);
    return new errors/* GateError */.ue(`${where}${text ? `: ${text}` : ''}${tries}`);
}
function scope(resource) {
    if (resource === '*')
        return 'on "*" (it cannot be scoped to a resource)';
    const kind = /^arn:[^:]+:kms:[^:]*:[^:]*:key\//.test(resource)
        ? 'key'
        : /^arn:[^:]+:kms:[^:]*:[^:]*:alias\/|^alias\//.test(resource)
            ? "alias's key"
            : (/^arn:[^:]+:iam::[^:]*:(role|user|group|policy)\//.exec(resource)?.[1] ?? 'resource');
    return `on that ${kind}`;
}
/** AWS's own message, on one line and short; never the stack. */
function detail(error) {
    const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
    const line = message.replace(/\s+/g, ' ').trim();
    if (line === 'UnknownError' || line === awsErrorName(error))
        return '';
    return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
}

;// CONCATENATED MODULE: ./src/state/aws/provider.ts





/** IAM lists are read with the largest page IAM allows (fewer calls); KMS allows 100 aliases and 1000 rotations. */
const IAM_PAGE = 1000;
const ALIAS_PAGE = 100;
const ROTATION_PAGE = 1000;
/**
 * Reads the live state of the configured keys and principals from KMS and IAM (CONTRACT §7), in the
 * same shape as a snapshot file. Every request goes through one gate: bounded, never sent twice.
 * Any AWS failure after the SDK's retries becomes a GateError naming the API, the resource and,
 * when access was denied, the missing permission.
 */
class AwsStateProvider {
    options;
    mode = 'live';
    kms;
    iam;
    gate;
    constructor(options) {
        this.options = options;
        this.kms = options.kms;
        this.iam = options.iam;
        this.gate = options.gate ?? new CallGate(options.concurrency ?? 8);
    }
    /** AWS requests actually sent, per API (`kms:DescribeKey`: 2, …); retries by the SDK count once. */
    get calls() {
        return this.gate.calls;
    }
    async load(request) {
        // The account's role and user lists depend on nothing else: start them now.
        const known = this.listKnownPrincipals();
        known.catch(() => undefined); // awaited below; this only keeps an early key failure from leaving it unhandled
        const keys = await this.readKeys(request.keys);
        const account = keys.length > 0 ? arnAccount(keys[0].arn) : request.principals.map(arnAccount).find(Boolean);
        const wanted = unique([...request.principals, ...keys.flatMap(key => namedPrincipals(key.policy))]).filter(arn => iamName(arn)?.account === account);
        const [principals, knownPrincipals] = await Promise.all([
            Promise.all(wanted.map(arn => this.readPrincipal(arn))),
            known
        ]);
        return {
            version: 1,
            capturedAt: iso((this.options.now ?? (() => new Date()))()),
            // A config with only templates or plans that create keys names no ARN: the account's own role and user
            // ARNs (listed anyway for existence checks) tell which account the gate reads, for pseudo parameters and
            // the owners of new keys.
            account: account ?? knownPrincipals?.map(arnAccount).find(Boolean) ?? '',
            region: this.options.region,
            keys,
            principals: principals.filter((p) => p !== null),
            knownPrincipals
        };
    }
    // --- KMS -------------------------------------------------------------------------------------
    async readKeys(refs) {
        const aliases = refs.some(isAliasRef) || this.options.readAliases ? await this.listAliases() : undefined;
        const resolved = refs.map(ref => {
            if (!isAliasRef(ref))
                return ref;
            const entry = aliases?.find(a => (ref.startsWith('arn:') ? a.AliasArn === ref : a.AliasName === ref));
            // An alias we cannot list (another account) is still resolved by DescribeKey itself.
            return entry?.AliasArn && entry.TargetKeyId ? aliasTargetArn(entry.AliasArn, entry.TargetKeyId) : ref;
        });
        // A bare key id whose ARN is already known (named elsewhere, or an alias target) needs no DescribeKey of its own.
        const known = [
            ...resolved.filter(isKeyArn),
            ...(aliases ?? []).flatMap(a => (a.AliasArn && a.TargetKeyId ? [aliasTargetArn(a.AliasArn, a.TargetKeyId)] : []))
        ];
        const targets = unique(resolved.map(ref => isKeyArn(ref) || isAliasRef(ref) ? ref : (known.find(arn => arn.endsWith(`:key/${ref}`)) ?? ref)));
        const described = (await Promise.all(targets.map(ref => this.describeKey(ref)))).filter((meta) => meta !== undefined);
        const byArn = new Map(described.map(meta => [meta.Arn, meta]));
        return Promise.all([...byArn.values()].map(meta => this.readKey(meta, aliases)));
    }
    /**
     * `undefined` when the key does not exist: the gate then says which configured key is missing (at its config
     * line), or treats it as a key the change creates (an alias a template introduces).
     */
    async describeKey(ref) {
        const call = { api: 'kms:DescribeKey', resource: ref };
        const out = await this.request(call, new client_kms_dist_cjs/* DescribeKeyCommand */.spV({ KeyId: ref }), c => this.kms.send(c)).catch((error) => {
            if (isAwsError(error, 'NotFoundException'))
                return undefined;
            throw awsError(error, call);
        });
        if (out === undefined)
            return undefined;
        if (!out.KeyMetadata?.Arn)
            throw new errors/* GateError */.ue(`AWS kms:DescribeKey on ${ref} returned no key metadata`);
        return out.KeyMetadata;
    }
    async readKey(meta, aliases) {
        const arn = meta.Arn;
        const [policy, rotation] = await Promise.all([
            this.keyPolicy(arn),
            canRotate(meta) ? this.rotation(arn) : undefined
        ]);
        return {
            arn,
            aliases: (aliases ?? [])
                .filter(a => a.TargetKeyId === meta.KeyId && a.AliasName)
                .map(a => a.AliasName)
                .sort(),
            keySpec: meta.KeySpec,
            keyUsage: meta.KeyUsage,
            keyManager: meta.KeyManager,
            origin: meta.Origin,
            keyState: meta.KeyState,
            multiRegion: meta.MultiRegion ?? false,
            creationDate: meta.CreationDate ? iso(meta.CreationDate) : undefined,
            policy,
            ...(rotation ? { rotation } : {})
        };
    }
    async keyPolicy(arn) {
        const call = { api: 'kms:GetKeyPolicy', resource: arn };
        const out = await this.send(call, new client_kms_dist_cjs/* GetKeyPolicyCommand */.$r8({ KeyId: arn, PolicyName: 'default' }), c => this.kms.send(c));
        return parsePolicy(out.Policy, call, false);
    }
    /** Undefined when KMS says the key cannot rotate (types `canRotate` does not foresee, e.g. a replica). */
    async rotation(arn) {
        const [status, history] = await Promise.all([this.rotationStatus(arn), this.rotationHistory(arn)]);
        return status && history ? { ...status, history } : undefined;
    }
    async rotationStatus(arn) {
        const call = { api: 'kms:GetKeyRotationStatus', resource: arn };
        const out = await this.request(call, new client_kms_dist_cjs/* GetKeyRotationStatusCommand */.t3p({ KeyId: arn }), c => this.kms.send(c)).catch(unsupported(call));
        if (!out)
            return undefined;
        return {
            enabled: out.KeyRotationEnabled ?? false,
            ...(out.RotationPeriodInDays !== undefined ? { periodDays: out.RotationPeriodInDays } : {}),
            ...(out.NextRotationDate ? { nextRotationDate: iso(out.NextRotationDate) } : {})
        };
    }
    async rotationHistory(arn) {
        const call = { api: 'kms:ListKeyRotations', resource: arn };
        const entries = await pages(call, async (marker) => {
            const command = new client_kms_dist_cjs/* ListKeyRotationsCommand */.cVX({
                KeyId: arn,
                Limit: ROTATION_PAGE,
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.request(call, command, c => this.kms.send(c));
            return { items: out.Rotations ?? [], next: out.Truncated ? out.NextMarker : undefined };
        }).catch(unsupported(call));
        // The first key material and material waiting to be rotated in have no rotation date.
        return entries
            ?.filter(r => r.RotationDate)
            .map(r => ({ date: iso(r.RotationDate), type: r.RotationType ?? 'UNKNOWN' }));
    }
    listAliases() {
        const call = { api: 'kms:ListAliases', resource: '*' };
        return pages(call, async (marker) => {
            const command = new client_kms_dist_cjs/* ListAliasesCommand */.UZx({ Limit: ALIAS_PAGE, ...(marker ? { Marker: marker } : {}) });
            const out = await this.send(call, command, c => this.kms.send(c));
            return { items: out.Aliases ?? [], next: out.Truncated ? out.NextMarker : undefined };
        });
    }
    // --- IAM -------------------------------------------------------------------------------------
    /** Null when the principal does not exist (existence itself is judged from `knownPrincipals`). */
    async readPrincipal(arn) {
        const who = iamName(arn);
        const entity = who.type === 'role' ? await this.getRole(arn, who.name) : await this.getUser(arn, who.name);
        if (!entity)
            return null;
        const [own, attached, groups, boundary] = await Promise.all([
            this.inlinePolicies(who.type, arn, who.name),
            this.attachedPolicies(who.type, arn, who.name),
            who.type === 'user' ? this.groupPolicies(arn, who.name) : [],
            entity.boundaryArn ? this.managedPolicy(entity.boundaryArn) : null
        ]);
        const policies = [];
        const seen = new Set();
        for (const policy of [...own, ...attached, ...groups]) {
            // A managed policy attached both directly and through a group applies once.
            if (policy.managed && seen.has(policy.managed))
                continue;
            if (policy.managed)
                seen.add(policy.managed);
            policies.push(policy);
        }
        return {
            arn,
            ...(entity.id ? { id: entity.id } : {}),
            policies,
            permissionsBoundary: entity.boundaryArn ? { arn: entity.boundaryArn, document: boundary } : null
        };
    }
    async getRole(arn, name) {
        const call = { api: 'iam:GetRole', resource: arn };
        const out = await this.request(call, new dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }), c => this.iam.send(c)).catch(absentIfNoSuchEntity(call));
        return out && { id: out.Role?.RoleId, boundaryArn: out.Role?.PermissionsBoundary?.PermissionsBoundaryArn };
    }
    async getUser(arn, name) {
        const call = { api: 'iam:GetUser', resource: arn };
        const out = await this.request(call, new dist_cjs/* GetUserCommand */.T3b({ UserName: name }), c => this.iam.send(c)).catch(absentIfNoSuchEntity(call));
        return out && { id: out.User?.UserId, boundaryArn: out.User?.PermissionsBoundary?.PermissionsBoundaryArn };
    }
    async inlinePolicies(type, arn, name) {
        const list = { api: type === 'role' ? 'iam:ListRolePolicies' : 'iam:ListUserPolicies', resource: arn };
        const names = await pages(list, async (marker) => {
            const page = marker ? { Marker: marker } : {};
            const out = type === 'role'
                ? await this.send(list, new dist_cjs/* ListRolePoliciesCommand */.Y7N({ RoleName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c))
                : await this.send(list, new dist_cjs/* ListUserPoliciesCommand */.Lt8({ UserName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c));
            return { items: out.PolicyNames ?? [], next: out.IsTruncated ? out.Marker : undefined };
        });
        const get = { api: type === 'role' ? 'iam:GetRolePolicy' : 'iam:GetUserPolicy', resource: arn };
        return Promise.all(names.map(async (policyName) => {
            const out = type === 'role'
                ? await this.send(get, new dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName: name, PolicyName: policyName }), c => this.iam.send(c))
                : await this.send(get, new dist_cjs/* GetUserPolicyCommand */.bcb({ UserName: name, PolicyName: policyName }), c => this.iam.send(c));
            return { name: policyName, document: parsePolicy(out.PolicyDocument, get, true) };
        }));
    }
    async attachedPolicies(type, arn, name) {
        const call = {
            api: type === 'role' ? 'iam:ListAttachedRolePolicies' : 'iam:ListAttachedUserPolicies',
            resource: arn
        };
        const attached = await pages(call, async (marker) => {
            const page = marker ? { Marker: marker } : {};
            const out = type === 'role'
                ? await this.send(call, new dist_cjs/* ListAttachedRolePoliciesCommand */.wfM({ RoleName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c))
                : await this.send(call, new dist_cjs/* ListAttachedUserPoliciesCommand */.zf4({ UserName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c));
            return { items: out.AttachedPolicies ?? [], next: out.IsTruncated ? out.Marker : undefined };
        });
        return this.managedPolicies(attached);
    }
    /** A user's groups' inline and attached policies, listed as the user's own (`group/GROUP/NAME` for inline). */
    async groupPolicies(userArn, userName) {
        const call = { api: 'iam:ListGroupsForUser', resource: userArn };
        const groups = await pages(call, async (marker) => {
            const command = new dist_cjs/* ListGroupsForUserCommand */.WcQ({
                UserName: userName,
                MaxItems: IAM_PAGE,
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.send(call, command, c => this.iam.send(c));
            return { items: out.Groups ?? [], next: out.IsTruncated ? out.Marker : undefined };
        });
        const perGroup = await Promise.all(groups.map(async (group) => {
            const groupName = group.GroupName;
            const groupArn = group.Arn ?? groupName;
            const [inline, attached] = await Promise.all([
                this.groupInline(groupArn, groupName),
                this.groupAttached(groupArn, groupName)
            ]);
            return [...inline, ...attached];
        }));
        return perGroup.flat();
    }
    async groupInline(groupArn, groupName) {
        const list = { api: 'iam:ListGroupPolicies', resource: groupArn };
        const names = await pages(list, async (marker) => {
            const command = new dist_cjs/* ListGroupPoliciesCommand */.zqe({
                GroupName: groupName,
                MaxItems: IAM_PAGE,
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.send(list, command, c => this.iam.send(c));
            return { items: out.PolicyNames ?? [], next: out.IsTruncated ? out.Marker : undefined };
        });
        const get = { api: 'iam:GetGroupPolicy', resource: groupArn };
        return Promise.all(names.map(async (policyName) => {
            const command = new dist_cjs/* GetGroupPolicyCommand */.bhF({ GroupName: groupName, PolicyName: policyName });
            const out = await this.send(get, command, c => this.iam.send(c));
            return { name: `group/${groupName}/${policyName}`, document: parsePolicy(out.PolicyDocument, get, true) };
        }));
    }
    async groupAttached(groupArn, groupName) {
        const call = { api: 'iam:ListAttachedGroupPolicies', resource: groupArn };
        const attached = await pages(call, async (marker) => {
            const command = new dist_cjs/* ListAttachedGroupPoliciesCommand */.xJQ({
                GroupName: groupName,
                MaxItems: IAM_PAGE,
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.send(call, command, c => this.iam.send(c));
            return { items: out.AttachedPolicies ?? [], next: out.IsTruncated ? out.Marker : undefined };
        });
        return this.managedPolicies(attached);
    }
    managedPolicies(attached) {
        const arns = unique(attached.map(a => a.PolicyArn).filter((arn) => Boolean(arn)));
        return Promise.all(arns.map(async (arn) => ({ managed: arn, document: await this.managedPolicy(arn) })));
    }
    /** The default version of a managed policy; shared policies are fetched once thanks to the gate. */
    async managedPolicy(arn) {
        const getPolicy = { api: 'iam:GetPolicy', resource: arn };
        const policy = await this.send(getPolicy, new dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn }), c => this.iam.send(c));
        const versionId = policy.Policy?.DefaultVersionId;
        if (!versionId)
            throw new errors/* GateError */.ue(`AWS iam:GetPolicy on ${arn} returned no default version`);
        const getVersion = { api: 'iam:GetPolicyVersion', resource: arn };
        const command = new dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: versionId });
        const version = await this.send(getVersion, command, c => this.iam.send(c));
        return parsePolicy(version.PolicyVersion?.Document, getVersion, true);
    }
    async listKnownPrincipals() {
        const rolesCall = { api: 'iam:ListRoles', resource: '*' };
        const usersCall = { api: 'iam:ListUsers', resource: '*' };
        const [roles, users] = await Promise.all([
            pages(rolesCall, async (marker) => {
                const command = new dist_cjs/* ListRolesCommand */.J9Z({ MaxItems: IAM_PAGE, ...(marker ? { Marker: marker } : {}) });
                const out = await this.send(rolesCall, command, c => this.iam.send(c));
                return { items: (out.Roles ?? []).map(r => r.Arn), next: out.IsTruncated ? out.Marker : undefined };
            }),
            pages(usersCall, async (marker) => {
                const command = new dist_cjs/* ListUsersCommand */.A7W({ MaxItems: IAM_PAGE, ...(marker ? { Marker: marker } : {}) });
                const out = await this.send(usersCall, command, c => this.iam.send(c));
                return { items: (out.Users ?? []).map(u => u.Arn), next: out.IsTruncated ? out.Marker : undefined };
            })
        ]);
        return [...roles, ...users].filter(Boolean);
    }
    /** Sends through the gate (bounded, de-duplicated by API + input); errors stay raw. */
    request(call, command, transport) {
        return this.gate.call(call.api, command.input, () => transport(command));
    }
    /** `request`, with any failure turned into the GateError that names the API and resource. */
    send(call, command, transport) {
        return this.request(call, command, transport).catch(rethrow(call));
    }
}
// --- helpers -----------------------------------------------------------------------------------
function rethrow(call) {
    return error => {
        throw awsError(error, call);
    };
}
/** KMS refuses rotation calls for keys that cannot rotate: that is an answer, not a failure. */
function unsupported(call) {
    return error => {
        if (isAwsError(error, 'UnsupportedOperationException'))
            return undefined;
        throw awsError(error, call);
    };
}
function absentIfNoSuchEntity(call) {
    return error => {
        if (isAwsError(error, 'NoSuchEntity', 'NoSuchEntityException'))
            return null;
        throw awsError(error, call);
    };
}
/** Reads every page; a marker that repeats would loop forever, so it is an error. */
async function pages(call, fetch) {
    const items = [];
    const seen = new Set();
    let marker;
    do {
        const page = await fetch(marker);
        items.push(...page.items);
        marker = page.next;
        if (marker !== undefined && seen.has(marker))
            throw new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned the same page marker twice`);
        if (marker !== undefined)
            seen.add(marker);
    } while (marker);
    return items;
}
/** IAM returns documents URL-encoded (RFC 3986); KMS returns plain JSON. */
function parsePolicy(text, call, urlEncoded) {
    if (text === undefined)
        throw new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned no policy document`);
    let json = text;
    if (urlEncoded) {
        try {
            json = decodeURIComponent(text);
        }
        catch {
            // Not URL-encoded after all (some endpoints return plain JSON): parse as is.
        }
    }
    try {
        return JSON.parse(json);
    }
    catch {
        throw new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned a policy document that is not JSON`);
    }
}
/** Automatic rotation exists only for customer managed symmetric keys with KMS-made material (aws-semantics §D). */
function canRotate(meta) {
    const spec = meta.KeySpec ?? meta.CustomerMasterKeySpec;
    return (spec === 'SYMMETRIC_DEFAULT' &&
        meta.Origin === 'AWS_KMS' &&
        !meta.CustomKeyStoreId &&
        meta.KeyManager === 'CUSTOMER');
}
const KEY_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//;
const IAM_ARN = /^arn:[^:]+:iam::(\d{12}):(role|user)\/(.+)$/;
function isKeyArn(ref) {
    return KEY_ARN.test(ref);
}
function isAliasRef(ref) {
    return ref.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:\d{12}:alias\//.test(ref);
}
/** `arn:aws:kms:R:A:alias/x` + key id → `arn:aws:kms:R:A:key/ID`. */
function aliasTargetArn(aliasArn, keyId) {
    return aliasArn.replace(/:alias\/.*$/, `:key/${keyId}`);
}
function arnAccount(arn) {
    return /^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(arn)?.[1];
}
function iamName(arn) {
    const m = IAM_ARN.exec(arn);
    if (!m)
        return undefined;
    // The name is the last path segment: `role/service-role/x` is the role `x`.
    return { account: m[1], type: m[2], name: m[3].slice(m[3].lastIndexOf('/') + 1) };
}
/** Role and user ARNs a key policy names in `Principal` or `NotPrincipal` (`AWS` entries only). */
function namedPrincipals(policy) {
    const statements = policy?.Statement;
    const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
    const found = [];
    for (const statement of list) {
        for (const field of ['Principal', 'NotPrincipal']) {
            const aws = statement?.[field]?.AWS;
            for (const value of Array.isArray(aws) ? aws : [aws]) {
                if (typeof value === 'string' && iamName(value))
                    found.push(value);
            }
        }
    }
    return found;
}
function unique(values) {
    return [...new Set(values)];
}
/** ISO 8601 without zero milliseconds, as snapshot files write dates. */
function iso(date) {
    return date.toISOString().replace('.000Z', 'Z');
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/state/aws/simulator.ts





const SIMULATE = 'iam:SimulatePrincipalPolicy';
const PAGE_SIZE = 1000;
const PRINCIPAL = /^arn:[^:]+:iam::\d{12}:(role|user|group)\/(?:.*\/)?([^/]+)$/;
const DECISIONS = {
    allowed: 'allowed',
    explicitDeny: 'explicit-deny',
    implicitDeny: 'implicit-deny'
};
/** Condition keys whose type IAM fixes; other keys are typed from their values. */
const KNOWN_TYPES = {
    'aws:securetransport': 'boolean',
    'aws:multifactorauthpresent': 'boolean',
    'aws:viaawsservice': 'boolean',
    'aws:principalisawsservice': 'boolean',
    'aws:multifactorauthage': 'numeric',
    'aws:epochtime': 'numeric',
    'aws:currenttime': 'date',
    'aws:tokenissuetime': 'date',
    'aws:sourceip': 'ip',
    'aws:vpcsourceip': 'ip',
    'kms:bypasspolicylockoutsafetycheck': 'boolean',
    'kms:multiregion': 'boolean',
    'kms:rotationperiodindays': 'numeric'
};
/**
 * The identity side of a request, decided by IAM's policy simulator (CONTRACT §7): one
 * SimulatePrincipalPolicy query per principal and world, every page read, both response shapes
 * (before and after the 2026-07-30 change) mapped to the same verdicts. Identical requests are
 * never sent twice.
 */
class AwsIdentityOracle {
    iam;
    gate;
    maxCombinations;
    constructor(options) {
        this.iam = options.iam;
        this.gate = options.gate ?? new CallGate(options.concurrency ?? 8);
        this.maxCombinations = options.maxCombinationsPerCall ?? Number.POSITIVE_INFINITY;
    }
    /** Simulator requests actually sent (pages and chunks count one each). */
    get calls() {
        return this.gate.calls;
    }
    async simulate(query) {
        const source = simulatedPrincipal(query.principal);
        const actions = [...new Set(query.actions)].sort();
        const resources = [...new Set(query.resources)].sort();
        const base = {
            PolicySourceArn: query.principal,
            ActionNames: [],
            ...(query.policyInputs.length > 0 ? { PolicyInputList: query.policyInputs } : {}),
            ...(query.exclusions.length > 0 ? { PolicyExclusionList: query.exclusions.map(e => exclusion(e, source)) } : {}),
            ...(query.boundary !== undefined ? { PermissionsBoundaryPolicyInputList: [query.boundary] } : {}),
            ...(Object.keys(query.context).length > 0 ? { ContextEntries: contextEntries(query.context) } : {}),
            MaxItems: PAGE_SIZE
        };
        const verdicts = new Map();
        const chunks = split(actions, resources, this.maxCombinations);
        const answers = await Promise.all(chunks.map(chunk => this.simulateChunk({ ...base, ActionNames: chunk.actions, ResourceArns: chunk.resources })));
        chunks.forEach((chunk, i) => {
            const answer = answers[i];
            for (const action of chunk.actions) {
                for (const resource of chunk.resources) {
                    const verdict = answer === null ? implicitDeny() : answer.get((0,types/* identityKey */.U)(query.principal, action, resource));
                    if (!verdict) {
                        throw new errors/* GateError */.ue(`AWS ${SIMULATE} on ${query.principal} returned no decision for ${action} on ${resource}`);
                    }
                    verdicts.set((0,types/* identityKey */.U)(query.principal, action, resource), verdict);
                }
            }
        });
        return verdicts;
    }
    /** Every page of one request; null when the principal does not exist (it can do nothing). */
    async simulateChunk(input) {
        const call = { api: SIMULATE, resource: input.PolicySourceArn };
        const results = [];
        const seen = new Set();
        let marker;
        try {
            do {
                const command = new dist_cjs/* SimulatePrincipalPolicyCommand */.kUw({ ...input, ...(marker ? { Marker: marker } : {}) });
                const out = await this.gate.call(SIMULATE, command.input, () => this.iam.send(command));
                results.push(...(out.EvaluationResults ?? []));
                marker = out.IsTruncated ? out.Marker : undefined;
                if (marker !== undefined && seen.has(marker))
                    throw new errors/* GateError */.ue(`AWS ${SIMULATE} on ${call.resource} returned the same page marker twice`);
                if (marker !== undefined)
                    seen.add(marker);
            } while (marker);
        }
        catch (error) {
            if (isAwsError(error, 'NoSuchEntity', 'NoSuchEntityException'))
                return null;
            throw awsError(error, call);
        }
        return mapResults(input.PolicySourceArn, results, input.ResourceArns ?? []);
    }
}
/**
 * New shape: one result per action, per-resource decisions in `ResourceSpecificResults` and a
 * template or `*` as the top-level resource. Old shape: one result per action × resource, with
 * the ARN as `EvalResourceName`.
 */
function mapResults(principal, results, resources) {
    const verdicts = new Map();
    for (const result of results) {
        const action = result.EvalActionName ?? '';
        const organizationsAllow = result.OrganizationsDecisionDetail?.AllowedByOrganizations;
        const perResource = result.ResourceSpecificResults ?? [];
        if (perResource.length > 0) {
            // The top level is the union of the per-resource lists; a key found only there applies to all.
            const listed = new Set(perResource.flatMap(r => r.MissingContextValues ?? []));
            const orphans = (result.MissingContextValues ?? []).filter(key => !listed.has(key));
            for (const r of perResource) {
                verdicts.set((0,types/* identityKey */.U)(principal, action, r.EvalResourceName ?? ''), verdict(r.EvalResourceDecision, [...(r.MissingContextValues ?? []), ...orphans], {
                    boundaryAllows: (r.PermissionsBoundaryDecisionDetail ?? result.PermissionsBoundaryDecisionDetail)
                        ?.AllowedByPermissionsBoundary,
                    organizationsAllow,
                    matched: r.MatchedStatements ?? result.MatchedStatements
                }));
            }
            continue;
        }
        const one = verdict(result.EvalDecision, result.MissingContextValues ?? [], {
            boundaryAllows: result.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary,
            organizationsAllow,
            matched: result.MatchedStatements
        });
        const name = result.EvalResourceName ?? '*';
        // A template or `*` without per-resource results is the aggregate (most restrictive) answer for all.
        for (const resource of resources.includes(name) ? [name] : resources)
            verdicts.set((0,types/* identityKey */.U)(principal, action, resource), one);
    }
    return verdicts;
}
function verdict(evalDecision, missing, detail) {
    const decision = DECISIONS[evalDecision ?? ''];
    if (!decision)
        throw new errors/* GateError */.ue(`AWS ${SIMULATE} returned an unknown decision "${evalDecision}"`);
    const missingContext = [...new Set(missing)];
    return {
        // Without those values a conditioned Allow or Deny may have been skipped: the answer is open.
        decision: missingContext.length > 0 ? 'inconclusive' : decision,
        ...(detail.boundaryAllows !== undefined ? { boundaryAllows: detail.boundaryAllows } : {}),
        ...(detail.organizationsAllow !== undefined ? { organizationsAllow: detail.organizationsAllow } : {}),
        missingContext,
        matched: (detail.matched ?? []).map(s => ({
            policyId: s.SourcePolicyId ?? '',
            ...(s.SourcePolicyType ? { policyType: s.SourcePolicyType } : {}),
            ...(s.StartPosition?.Line !== undefined ? { startLine: s.StartPosition.Line } : {}),
            ...(s.EndPosition?.Line !== undefined ? { endLine: s.EndPosition.Line } : {})
        }))
    };
}
function implicitDeny() {
    return { decision: 'implicit-deny', missingContext: [], matched: [] };
}
/** The simulator takes roles, users and groups only; the account root is decided locally. */
function simulatedPrincipal(arn) {
    const m = PRINCIPAL.exec(arn);
    if (!m) {
        throw new Error(`AwsIdentityOracle can only simulate IAM roles, users and groups, not ${arn}` +
            (/:root$|^\d{12}$/.test(arn) ? ' (the account root is evaluated locally)' : ''));
    }
    return { type: m[1], name: m[2] };
}
function exclusion(entry, source) {
    if ('policyArn' in entry)
        return { PolicyArn: entry.policyArn };
    if ('policyType' in entry)
        return { PolicyType: entry.policyType };
    return {
        InlinePolicyIdentifier: {
            PolicyName: entry.inlinePolicyName,
            AttachmentType: source.type,
            AttachmentName: source.name
        }
    };
}
function contextEntries(context) {
    return Object.keys(context)
        .sort()
        .map(name => ({
        ContextKeyName: name,
        ContextKeyValues: context[name],
        ContextKeyType: contextType(name, context[name])
    }));
}
/** The IAM type of a context key: fixed for well-known keys, else guessed from the values. */
function contextType(name, values) {
    const base = KNOWN_TYPES[name.toLowerCase()] ?? guessType(values);
    return (values.length > 1 ? `${base}List` : base);
}
function guessType(values) {
    if (values.length === 0)
        return 'string';
    const all = (test) => values.every(test);
    if (all(v => v === 'true' || v === 'false'))
        return 'boolean';
    // Twelve digits are an account id, compared as a string.
    if (all(v => /^-?\d+(\.\d+)?$/.test(v) && !/^\d{12}$/.test(v)))
        return 'numeric';
    if (all(v => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v))))
        return 'date';
    if (all(v => /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/.test(v) || /^[0-9a-f]*:[0-9a-f:]+(\/\d{1,3})?$/i.test(v)))
        return 'ip';
    return 'string';
}
/** Splits the query so that no call carries more than `max` action × resource pairs. */
function split(actions, resources, max) {
    if (actions.length === 0 || resources.length === 0)
        return [];
    const actionsPerCall = Math.max(1, Math.min(actions.length, max));
    const resourcesPerCall = Math.max(1, Math.floor(max / actionsPerCall));
    const chunks = [];
    for (let a = 0; a < actions.length; a += actionsPerCall) {
        for (let r = 0; r < resources.length; r += resourcesPerCall) {
            chunks.push({
                actions: actions.slice(a, a + actionsPerCall),
                resources: resources.slice(r, r + resourcesPerCall)
            });
        }
    }
    return chunks;
}

;// CONCATENATED MODULE: ./src/state/aws/live.ts




/** The live-mode parts, built once at the edge with the default credential chain; one call gate for both. */
function createLive(region, env = process.env) {
    // The SDK warns on every Node 20 run; the gate supports Node 20, so the warning is noise in CI logs.
    env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const clients = createAwsClients({ region });
    const gate = new CallGate(8);
    return {
        provider: new AwsStateProvider({ kms: clients.kms, iam: clients.iam, region, gate, readAliases: true }),
        identity: new AwsIdentityOracle({ iam: clients.iam, gate }),
        gate,
        close: () => clients.destroy()
    };
}


/***/ })

};
