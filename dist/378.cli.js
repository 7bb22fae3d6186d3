export const id = 378;
export const ids = [378];
export const modules = {

/***/ 1378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TIMEOUT_SECONDS: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
  createLive: () => (/* binding */ createLive)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
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
    if (ACCESS_DENIED.has(name)) {
        // KMS reads are authorized by the key policy first ("Required permissions: … (key policy)"): an IAM policy
        // helps only when the key policy delegates to the account.
        const keyPolicy = call.api.startsWith('kms:') && call.resource !== '*';
        return new errors/* GateError */.ue(`${where} — the gate's role needs ${call.api} ${scope(call.resource)}` +
            (keyPolicy
                ? ' (the key policy must allow it: name the role, or delegate to the account and grant it in IAM)'
                : ''));
    }
    if (BAD_CREDENTIALS.has(name)) {
        // The default chain found nothing at all: a distinct type, so that the action can fall back to a snapshot.
        const Type = name === 'CredentialsProviderError' ? errors/* NoCredentialsError */.Y6 : errors/* GateError */.ue;
        return new Type(`${where} — no valid AWS credentials (${detail(error)}); configure them, e.g. with aws-actions/configure-aws-credentials`);
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
/** AWS's own message, on one line, short and without anything that looks like a credential; never the stack. */
function detail(error) {
    const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
    const line = redactCredentials(message.replace(/\s+/g, ' ').trim());
    if (line === 'UnknownError' || line === awsErrorName(error))
        return '';
    return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
}
/**
 * Error text comes from the endpoint and is printed into CI logs: an endpoint (or a proxy) that echoes the
 * request must not leak the job's credentials. Access key ids have a 4-letter prefix (`AKIA` long-term,
 * `ASIA` temporary, IAM User Guide "Unique identifiers") and 16 more characters; secret keys are 40
 * base64 characters; session tokens are long base64 strings. Anything with that shape is replaced.
 */
function redactCredentials(text) {
    return text
        .replace(/((?:x-amz-security-token|security-?token|session-?token|secret-?access-?key|signature)["']?\s*[=:]\s*["']?)[^\s"',;&]+/gi, '$1[redacted]')
        .replace(/\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,}\b/g, '[redacted]')
        .replace(/[A-Za-z0-9+/=]{60,}/g, '[redacted]')
        .replace(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=])/g, m => /[0-9]/.test(m) && /[A-Z]/.test(m) && /[a-z]/.test(m) ? '[redacted]' : m);
}

;// CONCATENATED MODULE: ./src/state/aws/shape.ts

/**
 * The SDK's deserializers pass a JSON value of the wrong type straight through (`{"Policy": 12}` arrives as
 * the number 12). An answer the gate cannot read is an AWS failure like any other: the run stops (exit 2)
 * naming the API, the resource and the field, instead of evaluating a policy that is not there.
 */
function malformed(call, what) {
    return new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned a malformed answer: ${what}`);
}
function optString(call, value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw malformed(call, `${field} is not text`);
    return value;
}
function reqString(call, value, field) {
    const text = optString(call, value, field);
    if (text === undefined || text === '')
        throw malformed(call, `${field} is missing`);
    return text;
}
function optBoolean(call, value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'boolean')
        throw malformed(call, `${field} is not true or false`);
    return value;
}
function optNumber(call, value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
        throw malformed(call, `${field} is not a number`);
    return value;
}
function optDate(call, value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
        throw malformed(call, `${field} is not a date`);
    return value;
}
/** A list field: absent means empty; each entry must be an object (or, with `strings`, text). */
function shape_list(call, value, field, strings = false) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw malformed(call, `${field} is not a list`);
    for (const item of value) {
        const ok = strings ? typeof item === 'string' : item !== null && typeof item === 'object' && !Array.isArray(item);
        if (!ok)
            throw malformed(call, `${field} has an entry of the wrong type`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/state/aws/assume.ts




/** Credentials are renewed this long before they expire (the SDK's clients sign with whatever they are given). */
const RENEW_BEFORE_MS = 5 * 60_000;
/**
 * The credentials of another account's role, obtained with `sts:AssumeRole` from the run's own credentials (the
 * SDK's default chain) the first time a client of that account signs a request, and again shortly before they
 * expire. The request goes through the run's call gate (counted, bounded by the deadline); a refusal ends the run
 * naming `sts:AssumeRole` and the role, as any other AWS failure.
 */
function assumeRoleCredentials(sts, target, gate, now = Date.now) {
    let current;
    let expiresAt = 0;
    let round = 0;
    const call = { api: 'sts:AssumeRole', resource: target.role };
    const fetch = async () => {
        const command = new dist_cjs/* AssumeRoleCommand */.QL({
            RoleArn: target.role,
            RoleSessionName: constants/* TOOL_NAME */.lH,
            ...(target.externalId !== undefined ? { ExternalId: target.externalId } : {})
        });
        // `round` makes a renewal a new request for the gate, which otherwise answers a repeated request from memory.
        const out = await gate
            .call(call.api, { ...command.input, round }, () => sts.send(command))
            .catch((error) => {
            throw awsError(error, call);
        });
        const c = out.Credentials;
        if (!c || typeof c !== 'object')
            throw malformed(call, 'no Credentials');
        const expiration = optDate(call, c.Expiration, 'Credentials.Expiration');
        expiresAt = expiration ? expiration.getTime() : Number.POSITIVE_INFINITY;
        return {
            accessKeyId: reqString(call, c.AccessKeyId, 'Credentials.AccessKeyId'),
            secretAccessKey: reqString(call, c.SecretAccessKey, 'Credentials.SecretAccessKey'),
            sessionToken: reqString(call, c.SessionToken, 'Credentials.SessionToken'),
            ...(expiration ? { expiration } : {})
        };
    };
    return () => {
        if (!current || expiresAt - now() < RENEW_BEFORE_MS) {
            if (current)
                round++;
            // Until the answer arrives, every request of the account waits for this one.
            expiresAt = Number.POSITIVE_INFINITY;
            current = fetch();
            // A failed attempt is not kept: the next request of that account asks again (and fails the same way).
            current.catch(() => {
                current = undefined;
                expiresAt = 0;
            });
        }
        return current;
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/proxy.ts

/** Agents that tunnel to `url` through the configured proxy, or nothing when no proxy applies to it. */
function proxyAgentsFor(url) {
    if (!(0,lib/* getProxyUrl */.s_)(url))
        return {};
    const agent = new lib/* HttpClient */.Qq('kms-policy-gate').getAgent(url);
    // The tunnel agent is not an http.Agent subclass; the SDK's handler only takes an agent object as is when
    // it has `destroy` (else it reads it as agent options and connects directly, bypassing the proxy).
    if (typeof agent.destroy !== 'function') {
        Object.assign(agent, { destroy: () => undefined });
    }
    return url.startsWith('https:') ? { httpsAgent: agent } : { httpAgent: agent };
}
/** The DNS suffix of a region's AWS endpoints (China regions use amazonaws.com.cn). */
function dnsSuffix(region) {
    return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}
/**
 * Where the SDK will send a service's requests, for the proxy decision only: an explicit endpoint, then
 * `AWS_ENDPOINT_URL_<SERVICE>` and `AWS_ENDPOINT_URL` (as the SDK reads them), else the public endpoint.
 * IAM is global: `iam.amazonaws.com` (docs.aws.amazon.com/general/latest/gr/iam-service.html). Organizations is
 * global too, one endpoint per partition as the SDK's ruleset resolves it (see src/state/aws/clients.ts;
 * docs.aws.amazon.com/general/latest/gr/ao.html).
 */
function serviceUrl(service, region, endpoint, env = process.env) {
    const fromEnv = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] || env.AWS_ENDPOINT_URL;
    if (endpoint || fromEnv)
        return (endpoint || fromEnv);
    if (service === 'kms' || service === 'cloudformation')
        return `https://${service}.${region}.${dnsSuffix(region)}`;
    // STS: the SDK's default since v3 is the regional endpoint.
    if (service === 'sts')
        return `https://sts.${region}.${dnsSuffix(region)}`;
    if (service === 'organizations') {
        if (region.startsWith('cn-'))
            return 'https://organizations.cn-northwest-1.amazonaws.com.cn';
        if (region.startsWith('us-gov-'))
            return 'https://organizations.us-gov-west-1.amazonaws.com';
        return 'https://organizations.us-east-1.amazonaws.com';
    }
    if (region.startsWith('cn-'))
        return `https://iam.${region}.amazonaws.com.cn`;
    if (region.startsWith('us-gov-'))
        return 'https://iam.us-gov.amazonaws.com';
    return 'https://iam.amazonaws.com';
}

;// CONCATENATED MODULE: ./src/state/aws/clients.ts







const DEFAULT_MAX_ATTEMPTS = 6;
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
const CONNECTION_TIMEOUT_MS = 5_000;
/**
 * `requestTimeout` ends when the response headers arrive; after that only socket inactivity bounds the body
 * (300 s by default in @smithy/node-http-handler). 20 s of silence mid-answer is a failed attempt.
 */
const SOCKET_TIMEOUT_MS = 20_000;
/**
 * Builds the KMS, IAM and Organizations clients once, at the edge, to be injected into the provider and the
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
            connectionTimeout: CONNECTION_TIMEOUT_MS,
            socketTimeout: options.socketTimeoutMs ?? SOCKET_TIMEOUT_MS
        },
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.retryStrategy ? { retryStrategy: options.retryStrategy } : {})
    };
    // HTTPS_PROXY / NO_PROXY, decided per service endpoint.
    const withProxy = (service) => ({
        ...config,
        requestHandler: {
            ...config.requestHandler,
            ...proxyAgentsFor(serviceUrl(service, options.region, options.endpoint, options.env))
        }
    });
    const kms = new client_kms_dist_cjs/* KMSClient */.pgq(withProxy('kms'));
    const iam = new client_iam_dist_cjs/* IAMClient */.h8v(withProxy('iam'));
    const organizations = new client_organizations_dist_cjs/* OrganizationsClient */.gnq(withProxy('organizations'));
    const sts = new dist_cjs/* STSClient */.iM(withProxy('sts'));
    const cloudformation = new client_cloudformation_dist_cjs/* CloudFormationClient */.m1N(withProxy('cloudformation'));
    return {
        kms,
        iam,
        organizations,
        sts,
        cloudformation,
        destroy: () => {
            cloudformation.destroy();
            kms.destroy();
            iam.destroy();
            organizations.destroy();
            sts.destroy();
        }
    };
}

;// CONCATENATED MODULE: ./src/state/aws/limit.ts

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
    /** Epoch milliseconds after which every waiting call fails; undefined: no run deadline. */
    deadlineAt;
    deadlineSeconds;
    /** Prefix of the de-duplication key: the same request in two accounts is two requests. */
    scope = '';
    /**
     * `deadlineSeconds` bounds the whole run's AWS work: the SDK's per-attempt timeout stops at the response
     * headers, so an endpoint that sends its body slowly (or a long retry sequence) would otherwise hold the
     * job until GitHub's 6-hour limit. The deadline counts from the gate's creation, at the start of the run.
     */
    constructor(concurrency = 8, options = {}) {
        this.limit = createLimiter(concurrency);
        if (options.deadlineSeconds !== undefined) {
            this.deadlineSeconds = options.deadlineSeconds;
            this.deadlineAt = (options.now ?? Date.now)() + options.deadlineSeconds * 1000;
        }
    }
    /**
     * The same gate for the requests of another account (read with that account's credentials): same limiter,
     * deadline and counts, but `GetRole {RoleName: "ops"}` there is not the one of this account.
     */
    scoped(scope) {
        const view = Object.create(this);
        Object.defineProperty(view, 'scope', { value: `${this.scope}${scope} ` });
        return view;
    }
    /** `api` names the request for de-duplication; `countAs` (default `api`) is the API it is counted under. */
    call(api, args, send, countAs = api) {
        const key = `${this.scope}${api} ${stableKey(args)}`;
        let pending = this.memo.get(key);
        if (!pending) {
            pending = this.limit(() => {
                this.calls[countAs] = (this.calls[countAs] ?? 0) + 1;
                return send();
            });
            this.memo.set(key, pending);
        }
        return this.deadlineAt === undefined ? pending : this.withDeadline(pending, countAs);
    }
    withDeadline(pending, api) {
        const left = this.deadlineAt - Date.now();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new errors/* GateError */.ue(`AWS ${api} did not answer within the run's deadline of ${this.deadlineSeconds} s (timeout-seconds); the endpoint is slow or silent`)), Math.max(0, left));
            timer.unref?.();
            pending.then(value => {
                clearTimeout(timer);
                resolve(value);
            }, (error) => {
                clearTimeout(timer);
                reject(error);
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/state/aws/pages.ts


/**
 * Every page of a list, fetched one after the other through `fetch` (which sends through the run's call gate:
 * counted, de-duplicated, bounded by the deadline — the reason the SDK's own paginators, which send directly, are
 * not used). An answer whose list is not a list, or whose page marker is not text, is malformed; an endpoint that
 * returns a marker it returned before, or more than `maxPages` pages, stops the run instead of looping.
 */
async function pages(call, fetch, maxPages) {
    const items = [];
    const seen = new Set();
    let marker;
    do {
        if (seen.size >= maxPages)
            throw new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned more than ${maxPages} pages; giving up`);
        const page = await fetch(marker);
        if (!Array.isArray(page.items))
            throw malformed(call, 'a list that is not a list');
        for (const item of page.items)
            items.push(item);
        marker = page.next;
        if (marker !== undefined && typeof marker !== 'string')
            throw malformed(call, 'a page marker that is not text');
        if (marker !== undefined && seen.has(marker))
            throw new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned the same page marker twice`);
        if (marker !== undefined)
            seen.add(marker);
    } while (marker);
    return items;
}

;// CONCATENATED MODULE: ./src/state/aws/organizations.ts




/** The reader on the real client: one command per call, the answer as the SDK parses it. */
function sdkOrganizations(client) {
    return {
        listParents: (childId, nextToken) => client.send(new client_organizations_dist_cjs/* ListParentsCommand */.ZR({ ChildId: childId, ...(nextToken ? { NextToken: nextToken } : {}) })),
        listPoliciesForTarget: (targetId, filter, nextToken) => client.send(new client_organizations_dist_cjs/* ListPoliciesForTargetCommand */.k$W({
            TargetId: targetId,
            Filter: filter,
            ...(nextToken ? { NextToken: nextToken } : {})
        })),
        describePolicy: policyId => client.send(new client_organizations_dist_cjs/* DescribePolicyCommand */.nY2({ PolicyId: policyId })),
        describeOrganization: () => client.send(new client_organizations_dist_cjs/* DescribeOrganizationCommand */.ov$({}))
    };
}
/** The id format of the Organizations API reference (Organization object, Id: `^o-[a-z0-9]{10,32}$`). */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
/**
 * The account's organization: its id (DescribeOrganization, which any account of the organization may call, not
 * only the management account: AWS Organizations API reference, API_DescribeOrganization) and its SCP and RCP
 * levels. A role that may not call DescribeOrganization leaves the id unknown and says so in `organizationIdUnread`;
 * the policies are read (or reported unread) on their own.
 */
async function readOrganization(reader, gate, account) {
    const api = 'organizations:DescribeOrganization';
    const id = gate
        .call(api, {}, () => reader.describeOrganization())
        .then((out) => {
        const value = out.Organization?.Id;
        if (typeof value !== 'string' || !ORGANIZATION_ID.test(value))
            throw new errors/* GateError */.ue(`AWS ${api} returned no organization id (o-…)`);
        return { id: value };
    }, (error) => {
        const code = awsErrorName(error);
        if (code === 'AWSOrganizationsNotInUseException')
            return { id: null };
        const wrapped = awsError(error, { api, resource: '*' });
        if (code && NOT_ALLOWED.has(code))
            return { unread: wrapped.message.replace(/^AWS /, '').replace(/ —.*$/, '') };
        throw wrapped;
    });
    id.catch(() => undefined); // awaited below; only keeps a failure of the policies first from leaving it unhandled
    const policies = await readOrganizationPolicies(reader, gate, account);
    const org = await id;
    if ('id' in org)
        return { ...policies, organizationId: org.id };
    // ListParents said the account is in no organization: the id is known to be none.
    if (policies.notInUse)
        return { ...policies, organizationId: null };
    return { ...policies, organizationIdUnread: org.unread };
}
/** Codes that mean "the gate's role may not read the organization", as opposed to a failed request. */
const NOT_ALLOWED = new Set(['AccessDeniedException', 'AccessDenied', 'AWSOrganizationsNotInUseException']);
const MAX_DEPTH = 10;
const MAX_PAGES = 100;
/**
 * SCP and RCP levels for an account, from the organization root down through its OUs to the account itself:
 * each level is the list of policies attached to that target, and every level must allow (Organizations User
 * Guide, orgs_manage_policies_scps_evaluation). An account outside any organization
 * (`AWSOrganizationsNotInUseException`) has none; a role that may not read them gets `unread`.
 */
async function readOrganizationPolicies(reader, gate, account) {
    const send = (api, resource, args, fn) => gate.call(api, args, fn).catch((error) => {
        throw Object.assign(awsError(error, { api, resource }), { code: awsErrorName(error) });
    });
    try {
        const chain = [account];
        let child = account;
        for (let depth = 0;; depth++) {
            if (depth > MAX_DEPTH)
                throw new errors/* GateError */.ue(`AWS organizations:ListParents on ${account}: more than ${MAX_DEPTH} levels`);
            const call = { api: 'organizations:ListParents', resource: child };
            const parents = await pages(call, token => send(call.api, child, { child, token }, () => reader.listParents(child, token)).then(out => ({
                items: out.Parents ?? [],
                next: out.NextToken
            })), MAX_PAGES);
            const parent = parents[0];
            if (!parent?.Id)
                throw new errors/* GateError */.ue(`AWS organizations:ListParents on ${child} returned no parent`);
            chain.push(parent.Id);
            if (parent.Type === 'ROOT')
                break;
            child = parent.Id;
        }
        const levels = chain.reverse();
        const read = async (filter) => Promise.all(levels.map(async (target) => {
            const call = { api: 'organizations:ListPoliciesForTarget', resource: target };
            const policies = await pages(call, token => send(call.api, target, { target, filter, token }, () => reader.listPoliciesForTarget(target, filter, token)).then(out => ({ items: out.Policies ?? [], next: out.NextToken })), MAX_PAGES);
            return Promise.all(policies.map(async (p) => {
                const id = p.Id ?? '';
                const out = await send('organizations:DescribePolicy', id, { id }, () => reader.describePolicy(id));
                const content = out.Policy?.Content;
                if (typeof content !== 'string')
                    throw new errors/* GateError */.ue(`AWS organizations:DescribePolicy on ${id} returned no policy content`);
                try {
                    return JSON.parse(content);
                }
                catch {
                    throw new errors/* GateError */.ue(`AWS organizations:DescribePolicy on ${id} returned a policy that is not JSON`);
                }
            }));
        }));
        const [scps, rcps] = await Promise.all([read('SERVICE_CONTROL_POLICY'), read('RESOURCE_CONTROL_POLICY')]);
        // A policy type that is enabled has a policy on every target (FullAWSAccess / RCPFullAWSAccess are attached
        // when it is enabled); no policy anywhere means the type is not enabled: no levels, not "every level denies".
        const levelsOf = (levels) => (levels.every(l => l.length === 0) ? [] : levels);
        return { serviceControlPolicies: levelsOf(scps), resourceControlPolicies: levelsOf(rcps) };
    }
    catch (error) {
        const code = error.code;
        if (code === 'AWSOrganizationsNotInUseException')
            return { serviceControlPolicies: [], resourceControlPolicies: [], notInUse: true };
        if (code && NOT_ALLOWED.has(code))
            return { unread: error.message.replace(/^AWS /, '').replace(/ —.*$/, '') };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/state/keys.ts
var keys = __webpack_require__(7469);
// EXTERNAL MODULE: ./src/arn.ts
var src_arn = __webpack_require__(8564);
;// CONCATENATED MODULE: ./src/state/aws/provider.ts












/** IAM lists are read with the largest page IAM allows (fewer calls); KMS allows 100 aliases and 1000 rotations. */
const IAM_PAGE = 1000;
const ALIAS_PAGE = 100;
const ROTATION_PAGE = 1000;
/** Far above any real list (IAM allows at most 5,000 roles per account, read 1,000 per page). */
const provider_MAX_PAGES = 500;
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
        const others = this.options.accounts ?? new Map();
        const reader = (ref) => others.get((0,src_arn/* accountOf */.XP)(ref) ?? '') ?? this;
        // The role and user lists depend on nothing else: start them now (this account's and every other's).
        const ownList = this.listKnownPrincipals();
        const known = Promise.all([ownList, ...[...others.values()].map(p => p.listKnownPrincipals())]).then(lists => lists.flat());
        known.catch(() => undefined); // awaited below; this only keeps an early key failure from leaving it unhandled
        // Keys named by the ARN of another account are read there; ids and aliases name keys of this account.
        const own = request.keys.filter(ref => reader(ref) === this);
        const keys = (await Promise.all([
            this.readKeys(own),
            ...[...others].map(([account, p]) => p.readKeys(request.keys.filter(ref => (0,src_arn/* accountOf */.XP)(ref) === account)))
        ])).flat();
        const home = keys.find(key => reader(key.arn) === this);
        const account = (home ? (0,src_arn/* accountOf */.XP)(home.arn) : undefined) ??
            request.principals
                .filter(arn => reader(arn) === this)
                .map(src_arn/* accountOf */.XP)
                .find(Boolean);
        const wanted = unique([...request.principals, ...keys.flatMap(key => namedPrincipals(key.policy))]).filter(arn => iamName(arn)?.account === account || others.has(iamName(arn)?.account ?? ''));
        const orgAccount = account ??
            (await known.then(list => list
                .filter(arn => reader(arn) === this)
                .map(src_arn/* accountOf */.XP)
                .find(Boolean)));
        // The account of the run's own credentials is read directly: listed under `accounts:` too, its keys and
        // principals would be read through the assumed role and its organization policies taken for another's.
        const ownAccount = others.size ? (await ownList).map(src_arn/* accountOf */.XP).find(Boolean) : undefined;
        if (ownAccount && others.has(ownAccount))
            throw new errors/* GateError */.ue(`accounts: lists ${ownAccount}, the account the run's own credentials read; remove it from accounts:`);
        const [principals, knownPrincipals, org, stacks] = await Promise.all([
            Promise.all(wanted.map(arn => reader(arn).readPrincipal(arn, request.principals.includes(arn)))),
            known,
            this.options.organizations && orgAccount
                ? readOrganization(this.options.organizations, this.gate, orgAccount)
                : undefined,
            this.deployedTemplates(request.stacks ?? [])
        ]);
        return {
            version: 1,
            capturedAt: iso((this.options.now ?? (() => new Date()))()),
            // A config with only templates or plans that create keys names no ARN: the account's own role and user
            // ARNs (listed anyway for existence checks) tell which account the gate reads, for pseudo parameters and
            // the owners of new keys.
            account: account ?? orgAccount ?? '',
            ...(others.size ? { otherAccounts: [...others.keys()].sort() } : {}),
            region: this.options.region,
            keys,
            principals: principals.filter((p) => p !== null),
            ...(org?.organizationId !== undefined ? { organizationId: org.organizationId } : {}),
            knownPrincipals,
            ...(org?.serviceControlPolicies ? { serviceControlPolicies: org.serviceControlPolicies } : {}),
            ...(org?.resourceControlPolicies ? { resourceControlPolicies: org.resourceControlPolicies } : {}),
            ...(org?.unread ? { organizationPoliciesUnread: org.unread } : {}),
            ...(org?.organizationIdUnread ? { organizationIdUnread: org.organizationIdUnread } : {}),
            ...(stacks.length ? { stacks } : {})
        };
    }
    // --- CloudFormation ----------------------------------------------------------------------------
    /**
     * The template CloudFormation holds for each stack, as submitted (`TemplateStage: Original`: the form the
     * repository's template is written in, before any Transform), or null when no stack of that name exists.
     * GetTemplate answers a missing template with a `ValidationError` (CloudFormation API Reference, GetTemplate),
     * for a name with "Stack with id NAME does not exist"; any other failure stops the run (exit 2) naming the API.
     */
    async deployedTemplates(names) {
        if (!names.length)
            return [];
        const cloudformation = this.options.cloudformation;
        if (!cloudformation)
            throw new errors/* GateError */.ue(`the deployed templates of ${names.join(', ')} cannot be read here: no CloudFormation client`);
        return Promise.all(unique(names).map(async (name) => {
            const call = { api: 'cloudformation:GetTemplate', resource: name };
            const command = new client_cloudformation_dist_cjs/* GetTemplateCommand */._JK({ StackName: name, TemplateStage: 'Original' });
            const out = await this.request(call, command, c => cloudformation.send(c)).catch((error) => {
                if (isAwsError(error, 'ValidationError') && /\bdoes not exist\b/.test(messageOf(error)))
                    return undefined;
                throw awsError(error, call);
            });
            if (out === undefined)
                return { name, template: null };
            const template = reqString(call, out.TemplateBody, 'TemplateBody');
            if (Buffer.byteLength(template) > constants/* INPUT_LIMITS */.Ef.template)
                throw malformed(call, `TemplateBody is over the limit of ${constants/* INPUT_LIMITS */.Ef.template} bytes`);
            return { name, template };
        }));
    }
    // --- KMS -------------------------------------------------------------------------------------
    /** KMS is regional: a key is read with the client of the region in its ARN (never another region's endpoint). */
    kmsIn(region) {
        return region === this.options.region || !this.options.kmsFor ? this.kms : this.options.kmsFor(region);
    }
    /**
     * The keys the references name, each described, with its policy and rotation state: aliases resolved with
     * `ListAliases` in their region, key ids completed to ARNs where another reference gives the ARN, and the
     * primary of every multi-Region replica read too.
     */
    async readKeys(refs) {
        const aliasesIn = await this.aliasesFor(refs);
        const allAliases = [...aliasesIn.values()].flatMap(a => a ?? []);
        const targets = this.keyTargets(refs, aliasesIn, allAliases);
        const described = (await Promise.all(targets.map(ref => this.describeKey(ref)))).filter((meta) => meta !== undefined);
        const byArn = new Map(described.map(meta => [meta.Arn, meta]));
        // Rotation of a multi-Region set is governed by its primary key (EnableKeyRotation, RotateKeyOnDemand: "set
        // the property on the primary key"), which lives in another region: read it too.
        const primaries = unique(described.flatMap(meta => {
            const primary = meta.MultiRegionConfiguration?.PrimaryKey?.Arn;
            return meta.MultiRegionConfiguration?.MultiRegionKeyType === 'REPLICA' && primary && !byArn.has(primary)
                ? [primary]
                : [];
        }));
        for (const meta of await Promise.all(primaries.map(arn => this.describeKey(arn)))) {
            if (meta)
                byArn.set(meta.Arn, meta);
        }
        const primaryRegions = unique(primaries.map(arn => (0,src_arn/* regionOf */.AP)(arn))).filter(r => !aliasesIn.has(r));
        const more = this.options.readAliases ? await Promise.all(primaryRegions.map(r => this.listAliases(r))) : [];
        return Promise.all([...byArn.values()].map(meta => this.readKey(meta, [...allAliases, ...more.flat()])));
    }
    /**
     * The aliases of every region a key or alias reference names (alias names and key ids are in the home region),
     * by region: `ListAliases` is the read-only way to resolve an alias, and it fills `aliases` for each key.
     * Undefined for a region whose aliases are not needed.
     */
    async aliasesFor(refs) {
        const home = this.options.region;
        const regions = unique([...refs.map(ref => (0,src_arn/* regionOf */.AP)(ref) ?? home), ...(this.options.readAliases ? [home] : [])]);
        const listed = await Promise.all(regions.map(async (region) => {
            const own = refs.some(ref => isAliasRef(ref) && ((0,src_arn/* regionOf */.AP)(ref) ?? home) === region);
            return own || this.options.readAliases ? this.listAliases(region) : undefined;
        }));
        return new Map(regions.map((region, i) => [region, listed[i]]));
    }
    /** What to describe: aliases resolved, and a bare key id whose ARN is already known given as that ARN. */
    keyTargets(refs, aliasesIn, allAliases) {
        const home = this.options.region;
        const resolved = refs
            .map(ref => (isAliasRef(ref) ? this.resolveAlias(ref, aliasesIn.get((0,src_arn/* regionOf */.AP)(ref) ?? home)) : ref))
            .filter((r) => r !== null);
        // A bare key id whose ARN is already known (named elsewhere, or an alias target) needs no DescribeKey of its own.
        const known = [
            ...resolved.filter(isKeyArn),
            ...allAliases.flatMap(a => (a.AliasArn && a.TargetKeyId ? [aliasTargetArn(a.AliasArn, a.TargetKeyId)] : []))
        ];
        return unique(resolved.map(ref => isKeyArn(ref) || isAliasRef(ref) ? ref : (known.find(arn => arn.endsWith(`:key/${ref}`)) ?? ref)));
    }
    /**
     * An alias of the listed account and region resolves through `ListAliases` alone. One that is not listed does
     * not exist (null), and a predefined `alias/aws/*` without a target must never reach `DescribeKey`: KMS would
     * create the AWS managed key to answer it (DescribeKey, KeyId: "If you specify a predefined Amazon Web Services
     * alias (an Amazon Web Services alias with no key ID), KMS associates the alias with an Amazon Web Services
     * managed key"). Only an alias of another account, which cannot be listed, is left to `DescribeKey`.
     */
    resolveAlias(ref, aliases) {
        const entry = aliases?.find(a => (ref.startsWith('arn:') ? a.AliasArn === ref : a.AliasName === ref));
        if (entry?.AliasArn && entry.TargetKeyId)
            return aliasTargetArn(entry.AliasArn, entry.TargetKeyId);
        if (/^(?:arn:[^:]+:kms:[^:]*:\d{12}:)?alias\/aws\//.test(ref))
            return null;
        const otherAccount = ref.startsWith('arn:') && aliases?.[0]?.AliasArn && (0,src_arn/* accountOf */.XP)(aliases[0].AliasArn) !== (0,src_arn/* accountOf */.XP)(ref);
        return aliases && !otherAccount ? null : ref;
    }
    /**
     * `undefined` when the key does not exist: the gate then says which configured key is missing (at its config
     * line), or treats it as a key the change creates (an alias a template introduces).
     */
    async describeKey(ref) {
        const call = { api: 'kms:DescribeKey', resource: ref };
        const kms = this.kmsIn((0,src_arn/* regionOf */.AP)(ref) ?? this.options.region);
        const out = await this.request(call, new client_kms_dist_cjs/* DescribeKeyCommand */.spV({ KeyId: ref }), c => kms.send(c)).catch((error) => {
            if (isAwsError(error, 'NotFoundException'))
                return undefined;
            throw awsError(error, call);
        });
        if (out === undefined)
            return undefined;
        const meta = out.KeyMetadata;
        if (!meta || typeof meta !== 'object')
            throw malformed(call, 'no key metadata');
        reqString(call, meta.Arn, 'KeyMetadata.Arn');
        reqString(call, meta.KeyId, 'KeyMetadata.KeyId');
        for (const field of ['KeySpec', 'CustomerMasterKeySpec', 'KeyUsage', 'KeyManager', 'Origin', 'KeyState'])
            optString(call, meta[field], `KeyMetadata.${field}`);
        optBoolean(call, meta.MultiRegion, 'KeyMetadata.MultiRegion');
        optDate(call, meta.CreationDate, 'KeyMetadata.CreationDate');
        const mrc = meta.MultiRegionConfiguration;
        if (mrc !== undefined) {
            optString(call, mrc.MultiRegionKeyType, 'MultiRegionConfiguration.MultiRegionKeyType');
            optString(call, mrc.PrimaryKey?.Arn, 'MultiRegionConfiguration.PrimaryKey.Arn');
        }
        if (!isKeyArn(meta.Arn))
            throw malformed(call, 'KeyMetadata.Arn is not a key ARN');
        return meta;
    }
    async readKey(meta, aliases) {
        const arn = meta.Arn;
        const [policy, { rotation, unreadable }] = await Promise.all([
            this.keyPolicy(arn),
            canRotate(meta) ? this.rotation(arn) : onDemandOnly(meta) ? this.onDemandRotation(arn) : NO_ROTATION
        ]);
        const mrc = meta.MultiRegionConfiguration;
        return {
            arn,
            aliases: aliases
                .filter(a => a.TargetKeyId === meta.KeyId && a.AliasName && a.AliasArn && sameRegion(a.AliasArn, arn))
                .map(a => a.AliasName)
                .sort(),
            keySpec: meta.KeySpec ?? meta.CustomerMasterKeySpec,
            keyUsage: meta.KeyUsage,
            keyManager: meta.KeyManager,
            origin: meta.Origin,
            keyState: meta.KeyState,
            multiRegion: meta.MultiRegion ?? false,
            ...(mrc?.MultiRegionKeyType ? { multiRegionKeyType: mrc.MultiRegionKeyType } : {}),
            ...(mrc?.PrimaryKey?.Arn && mrc.PrimaryKey.Arn !== arn ? { primaryKeyArn: mrc.PrimaryKey.Arn } : {}),
            creationDate: meta.CreationDate ? iso(meta.CreationDate) : undefined,
            policy,
            ...(rotation ? { rotation } : {}),
            ...(unreadable ? { rotationUnreadable: unreadable } : {})
        };
    }
    async keyPolicy(arn) {
        const call = { api: 'kms:GetKeyPolicy', resource: arn };
        const kms = this.kmsIn((0,src_arn/* regionOf */.AP)(arn) ?? this.options.region);
        const out = await this.send(call, new client_kms_dist_cjs/* GetKeyPolicyCommand */.$r8({ KeyId: arn, PolicyName: 'default' }), c => kms.send(c));
        return parsePolicy(out.Policy, call, false);
    }
    /**
     * Undefined when a rotation read is refused: `UnsupportedOperationException` (a key type `canRotate` does not
     * foresee, e.g. a replica) or `KMSInvalidStateException` ("The key state of the KMS key is not compatible with
     * the operation", GetKeyRotationStatus / ListKeyRotations). The refusal is kept as `rotationUnreadable` so that
     * the report says which rules could not run, instead of silently dropping them.
     */
    async rotation(arn) {
        const [status, history] = await Promise.all([this.rotationStatus(arn), this.rotationHistory(arn)]);
        if ('refused' in status)
            return { unreadable: status.refused };
        if ('refused' in history)
            return { unreadable: history.refused };
        return { rotation: { ...status, history: history.items } };
    }
    /**
     * Imported material has no automatic rotation to read (`enabled: false`); its history lists every key material,
     * on-demand rotations included (ListKeyRotations, IncludeKeyMaterial ALL_KEY_MATERIAL).
     */
    async onDemandRotation(arn) {
        const history = await this.rotationHistory(arn, true);
        return 'refused' in history
            ? { unreadable: history.refused }
            : { rotation: { enabled: false, history: history.items } };
    }
    async rotationStatus(arn) {
        const call = { api: 'kms:GetKeyRotationStatus', resource: arn };
        const kms = this.kmsIn((0,src_arn/* regionOf */.AP)(arn) ?? this.options.region);
        const out = await this.request(call, new client_kms_dist_cjs/* GetKeyRotationStatusCommand */.t3p({ KeyId: arn }), c => kms.send(c)).catch(refused(call));
        if ('refused' in out)
            return out;
        const enabled = optBoolean(call, out.KeyRotationEnabled, 'KeyRotationEnabled');
        const period = optNumber(call, out.RotationPeriodInDays, 'RotationPeriodInDays');
        const next = optDate(call, out.NextRotationDate, 'NextRotationDate');
        return {
            enabled: enabled ?? false,
            ...(period !== undefined ? { periodDays: period } : {}),
            ...(next ? { nextRotationDate: iso(next) } : {})
        };
    }
    async rotationHistory(arn, allMaterial = false) {
        const call = { api: 'kms:ListKeyRotations', resource: arn };
        const kms = this.kmsIn((0,src_arn/* regionOf */.AP)(arn) ?? this.options.region);
        const entries = await provider_pages(call, async (marker) => {
            const command = new client_kms_dist_cjs/* ListKeyRotationsCommand */.cVX({
                KeyId: arn,
                Limit: ROTATION_PAGE,
                ...(allMaterial ? { IncludeKeyMaterial: 'ALL_KEY_MATERIAL' } : {}),
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.request(call, command, c => kms.send(c));
            const items = shape_list(call, out.Rotations, 'Rotations');
            for (const r of items) {
                optDate(call, r.RotationDate, 'Rotations[].RotationDate');
                optString(call, r.RotationType, 'Rotations[].RotationType');
            }
            return { items, next: out.Truncated ? optString(call, out.NextMarker, 'NextMarker') : undefined };
        }).catch(refused(call));
        if ('refused' in entries)
            return entries;
        // The first key material and material waiting to be rotated in have no rotation date.
        return {
            items: entries
                .filter(r => r.RotationDate)
                .map(r => ({ date: iso(r.RotationDate), type: r.RotationType ?? 'UNKNOWN' }))
        };
    }
    listAliases(region) {
        const call = { api: 'kms:ListAliases', resource: '*' };
        const kms = this.kmsIn(region);
        return provider_pages(call, async (marker) => {
            const command = new client_kms_dist_cjs/* ListAliasesCommand */.UZx({ Limit: ALIAS_PAGE, ...(marker ? { Marker: marker } : {}) });
            // The region is part of the request's identity: the same input to two regions is two calls.
            const out = await this.gate
                .call(`${call.api}@${region}`, command.input, () => kms.send(command), call.api)
                .catch(rethrow(call));
            const items = shape_list(call, out.Aliases, 'Aliases');
            for (const a of items) {
                reqString(call, a.AliasName, 'Aliases[].AliasName');
                optString(call, a.AliasArn, 'Aliases[].AliasArn');
                optString(call, a.TargetKeyId, 'Aliases[].TargetKeyId');
            }
            return { items, next: out.Truncated ? optString(call, out.NextMarker, 'NextMarker') : undefined };
        });
    }
    // --- IAM -------------------------------------------------------------------------------------
    /**
     * Null when the principal does not exist (existence itself is judged from `knownPrincipals`). IAM finds roles
     * and users by name, but an ARN names one entity with its path: `role/x` is not `role/team/x`. A configured
     * principal whose ARN differs from IAM's is a configuration error (the simulator and key policies use the
     * exact ARN, so evaluating either one would decide about the wrong principal); one that a key policy names is
     * simply not that entity.
     */
    async readPrincipal(arn, configured) {
        const who = iamName(arn);
        const entity = who.type === 'role' ? await this.getRole(arn, who.name) : await this.getUser(arn, who.name);
        if (!entity)
            return null;
        if (entity.arn !== arn) {
            if (!configured)
                return null;
            throw new errors/* GateError */.ue(`the config names ${arn}, but IAM's ${who.type} ${who.name} is ${entity.arn}: write the ARN with its path`);
        }
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
        const out = await this.request(call, new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }), c => this.iam.send(c)).catch(absentIfNoSuchEntity(call));
        if (!out)
            return null;
        if (!out.Role || typeof out.Role !== 'object')
            throw malformed(call, 'no Role');
        return {
            arn: reqString(call, out.Role.Arn, 'Role.Arn'),
            id: optString(call, out.Role.RoleId, 'Role.RoleId'),
            boundaryArn: optString(call, out.Role.PermissionsBoundary?.PermissionsBoundaryArn, 'PermissionsBoundaryArn')
        };
    }
    async getUser(arn, name) {
        const call = { api: 'iam:GetUser', resource: arn };
        const out = await this.request(call, new client_iam_dist_cjs/* GetUserCommand */.T3b({ UserName: name }), c => this.iam.send(c)).catch(absentIfNoSuchEntity(call));
        if (!out)
            return null;
        if (!out.User || typeof out.User !== 'object')
            throw malformed(call, 'no User');
        return {
            arn: reqString(call, out.User.Arn, 'User.Arn'),
            id: optString(call, out.User.UserId, 'User.UserId'),
            boundaryArn: optString(call, out.User.PermissionsBoundary?.PermissionsBoundaryArn, 'PermissionsBoundaryArn')
        };
    }
    async inlinePolicies(type, arn, name) {
        const list = { api: type === 'role' ? 'iam:ListRolePolicies' : 'iam:ListUserPolicies', resource: arn };
        const names = await provider_pages(list, async (marker) => {
            const page = marker ? { Marker: marker } : {};
            const out = type === 'role'
                ? await this.send(list, new client_iam_dist_cjs/* ListRolePoliciesCommand */.Y7N({ RoleName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c))
                : await this.send(list, new client_iam_dist_cjs/* ListUserPoliciesCommand */.Lt8({ UserName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c));
            return {
                items: shape_list(list, out.PolicyNames, 'PolicyNames', true),
                next: out.IsTruncated ? out.Marker : undefined
            };
        });
        const get = { api: type === 'role' ? 'iam:GetRolePolicy' : 'iam:GetUserPolicy', resource: arn };
        return Promise.all(names.map(async (policyName) => {
            const out = type === 'role'
                ? await this.send(get, new client_iam_dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName: name, PolicyName: policyName }), c => this.iam.send(c))
                : await this.send(get, new client_iam_dist_cjs/* GetUserPolicyCommand */.bcb({ UserName: name, PolicyName: policyName }), c => this.iam.send(c));
            return { name: policyName, document: parsePolicy(out.PolicyDocument, get, true) };
        }));
    }
    async attachedPolicies(type, arn, name) {
        const call = {
            api: type === 'role' ? 'iam:ListAttachedRolePolicies' : 'iam:ListAttachedUserPolicies',
            resource: arn
        };
        const attached = await provider_pages(call, async (marker) => {
            const page = marker ? { Marker: marker } : {};
            const out = type === 'role'
                ? await this.send(call, new client_iam_dist_cjs/* ListAttachedRolePoliciesCommand */.wfM({ RoleName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c))
                : await this.send(call, new client_iam_dist_cjs/* ListAttachedUserPoliciesCommand */.zf4({ UserName: name, MaxItems: IAM_PAGE, ...page }), c => this.iam.send(c));
            return {
                items: shape_list(call, out.AttachedPolicies, 'AttachedPolicies'),
                next: out.IsTruncated ? out.Marker : undefined
            };
        });
        return this.managedPolicies(attached);
    }
    /** A user's groups' inline and attached policies, listed as the user's own (`group/GROUP/NAME` for inline). */
    async groupPolicies(userArn, userName) {
        const call = { api: 'iam:ListGroupsForUser', resource: userArn };
        const groups = await provider_pages(call, async (marker) => {
            const command = new client_iam_dist_cjs/* ListGroupsForUserCommand */.WcQ({
                UserName: userName,
                MaxItems: IAM_PAGE,
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.send(call, command, c => this.iam.send(c));
            return { items: shape_list(call, out.Groups, 'Groups'), next: out.IsTruncated ? out.Marker : undefined };
        });
        const perGroup = await Promise.all(groups.map(async (group) => {
            const groupName = reqString(call, group.GroupName, 'Groups[].GroupName');
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
        const names = await provider_pages(list, async (marker) => {
            const command = new client_iam_dist_cjs/* ListGroupPoliciesCommand */.zqe({
                GroupName: groupName,
                MaxItems: IAM_PAGE,
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.send(list, command, c => this.iam.send(c));
            return {
                items: shape_list(list, out.PolicyNames, 'PolicyNames', true),
                next: out.IsTruncated ? out.Marker : undefined
            };
        });
        const get = { api: 'iam:GetGroupPolicy', resource: groupArn };
        return Promise.all(names.map(async (policyName) => {
            const command = new client_iam_dist_cjs/* GetGroupPolicyCommand */.bhF({ GroupName: groupName, PolicyName: policyName });
            const out = await this.send(get, command, c => this.iam.send(c));
            return { name: `group/${groupName}/${policyName}`, document: parsePolicy(out.PolicyDocument, get, true) };
        }));
    }
    async groupAttached(groupArn, groupName) {
        const call = { api: 'iam:ListAttachedGroupPolicies', resource: groupArn };
        const attached = await provider_pages(call, async (marker) => {
            const command = new client_iam_dist_cjs/* ListAttachedGroupPoliciesCommand */.xJQ({
                GroupName: groupName,
                MaxItems: IAM_PAGE,
                ...(marker ? { Marker: marker } : {})
            });
            const out = await this.send(call, command, c => this.iam.send(c));
            return {
                items: shape_list(call, out.AttachedPolicies, 'AttachedPolicies'),
                next: out.IsTruncated ? out.Marker : undefined
            };
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
        const policy = await this.send(getPolicy, new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn }), c => this.iam.send(c));
        const versionId = optString(getPolicy, policy.Policy?.DefaultVersionId, 'Policy.DefaultVersionId');
        if (!versionId)
            throw new errors/* GateError */.ue(`AWS iam:GetPolicy on ${arn} returned no default version`);
        const getVersion = { api: 'iam:GetPolicyVersion', resource: arn };
        const command = new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: versionId });
        const version = await this.send(getVersion, command, c => this.iam.send(c));
        return parsePolicy(version.PolicyVersion?.Document, getVersion, true);
    }
    async listKnownPrincipals() {
        const rolesCall = { api: 'iam:ListRoles', resource: '*' };
        const usersCall = { api: 'iam:ListUsers', resource: '*' };
        const [roles, users] = await Promise.all([
            provider_pages(rolesCall, async (marker) => {
                const command = new client_iam_dist_cjs/* ListRolesCommand */.J9Z({ MaxItems: IAM_PAGE, ...(marker ? { Marker: marker } : {}) });
                const out = await this.send(rolesCall, command, c => this.iam.send(c));
                return {
                    items: shape_list(rolesCall, out.Roles, 'Roles').map(r => reqString(rolesCall, r.Arn, 'Roles[].Arn')),
                    next: out.IsTruncated ? out.Marker : undefined
                };
            }),
            provider_pages(usersCall, async (marker) => {
                const command = new client_iam_dist_cjs/* ListUsersCommand */.A7W({ MaxItems: IAM_PAGE, ...(marker ? { Marker: marker } : {}) });
                const out = await this.send(usersCall, command, c => this.iam.send(c));
                return {
                    items: shape_list(usersCall, out.Users, 'Users').map(u => reqString(usersCall, u.Arn, 'Users[].Arn')),
                    next: out.IsTruncated ? out.Marker : undefined
                };
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
/** Every page of a KMS or IAM list, at most MAX_PAGES. */
function provider_pages(call, fetch) {
    return pages(call, fetch, provider_MAX_PAGES);
}
function messageOf(error) {
    const message = error && typeof error === 'object' ? error.message : undefined;
    return typeof message === 'string' ? message : '';
}
function rethrow(call) {
    return error => {
        throw awsError(error, call);
    };
}
/** KMS refuses rotation reads for keys that cannot rotate, or not in their state: an answer, not a failure. */
function refused(call) {
    return error => {
        const name = awsErrorName(error);
        if (name === 'UnsupportedOperationException' || name === 'KMSInvalidStateException')
            return { refused: `${call.api}: ${name}` };
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
/** IAM returns documents URL-encoded (RFC 3986); KMS returns plain JSON. */
function parsePolicy(value, call, urlEncoded) {
    if (value === undefined)
        throw new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned no policy document`);
    const text = reqString(call, value, 'the policy document');
    let json = text;
    if (urlEncoded) {
        try {
            json = decodeURIComponent(text);
        }
        catch {
            // Not URL-encoded after all (some endpoints return plain JSON): parse as is.
        }
    }
    let doc;
    try {
        doc = JSON.parse(json);
    }
    catch {
        throw new errors/* GateError */.ue(`AWS ${call.api} on ${call.resource} returned a policy document that is not JSON`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw malformed(call, 'the policy document is not a JSON object');
    return doc;
}
/** Automatic rotation exists only for customer managed symmetric keys with KMS-made material (aws-semantics §D). */
function canRotate(meta) {
    const spec = meta.KeySpec ?? meta.CustomerMasterKeySpec;
    return (spec === 'SYMMETRIC_DEFAULT' &&
        meta.Origin === 'AWS_KMS' &&
        !meta.CustomKeyStoreId &&
        meta.KeyManager === 'CUSTOMER');
}
/** Symmetric customer keys with imported material rotate on demand only (state/keys.ts). */
function onDemandOnly(meta) {
    return (0,keys/* rotatesOnDemandOnly */.dx)({
        origin: meta.Origin,
        keySpec: meta.KeySpec ?? meta.CustomerMasterKeySpec,
        keyManager: meta.KeyManager
    });
}
const NO_ROTATION = {};
const KEY_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//;
const IAM_ARN = /^arn:[^:]+:iam::(\d{12}):(role|user)\/(.+)$/;
function sameRegion(a, b) {
    return (0,src_arn/* regionOf */.AP)(a) === (0,src_arn/* regionOf */.AP)(b);
}
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
;// CONCATENATED MODULE: ./src/state/aws/context-types.ts
/**
 * The documented type of each condition key the gate may send (IAM User Guide,
 * reference_policies_condition-keys; KMS Developer Guide, conditions-kms), and whether it is multivalued
 * ("ArrayOf…": sent as a list even with one value). The type is never guessed from a value: `"0042"` as a
 * principal tag is a String, not a number. Keys not listed here (tags, encryption context, service keys
 * without a documented type) are single-valued Strings.
 */
const TYPES = {
    'aws:calledvia': { type: 'string', multi: true },
    'aws:calledviafirst': { type: 'string' },
    'aws:calledvialast': { type: 'string' },
    'aws:currenttime': { type: 'date' },
    'aws:epochtime': { type: 'numeric' },
    'aws:multifactorauthage': { type: 'numeric' },
    'aws:multifactorauthpresent': { type: 'boolean' },
    'aws:principalisawsservice': { type: 'boolean' },
    'aws:principalorgpaths': { type: 'string', multi: true },
    'aws:principalservicenameslist': { type: 'string', multi: true },
    'aws:securetransport': { type: 'boolean' },
    'aws:sourceip': { type: 'ip' },
    'aws:tagkeys': { type: 'string', multi: true },
    'aws:tokenissuetime': { type: 'date' },
    'aws:viaawsservice': { type: 'boolean' },
    'aws:vpcsourceip': { type: 'ip' },
    'kms:bypasspolicylockoutsafetycheck': { type: 'boolean' },
    'kms:encryptioncontextkeys': { type: 'string', multi: true },
    'kms:grantisforawsresource': { type: 'boolean' },
    'kms:grantoperations': { type: 'string', multi: true },
    'kms:multiregion': { type: 'boolean' },
    'kms:reencryptonsamekey': { type: 'boolean' },
    'kms:resourcealiases': { type: 'string', multi: true },
    'kms:rotationperiodindays': { type: 'numeric' },
    'kms:validto': { type: 'date' }
};
/** Whether a key takes several values in one request (an ArrayOf… key). */
function isMultivalued(name) {
    return TYPES[name.toLowerCase()]?.multi === true;
}
/** The `ContextKeyType` of a key: its documented type, in the list form for a multivalued key. */
function contextKeyType(name) {
    const known = TYPES[name.toLowerCase()];
    const base = known?.type ?? 'string';
    return (known?.multi ? `${base}List` : base);
}

;// CONCATENATED MODULE: ./src/state/aws/simulator.ts









const SIMULATE = 'iam:SimulatePrincipalPolicy';
const PAGE_SIZE = 1000;
const DEFAULT_MAX_COMBINATIONS = 250;
/** One answer per action × resource at 1,000 per page: no real query comes near it. */
const simulator_MAX_PAGES = 100;
const PRINCIPAL = /^arn:[^:]+:iam::\d{12}:(role|user|group)\/(?:.*\/)?([^/]+)$/;
const DECISIONS = {
    allowed: 'allowed',
    explicitDeny: 'explicit-deny',
    implicitDeny: 'implicit-deny'
};
/**
 * The identity side of a request, decided by IAM's policy simulator (CONTRACT §7): one
 * SimulatePrincipalPolicy query per principal and world, every page read, both response shapes
 * (before and after the 2026-07-30 change) mapped to the same verdicts. Identical requests are
 * never sent twice.
 */
class AwsIdentityOracle {
    iam;
    iamFor;
    gate;
    maxCombinations;
    constructor(options) {
        this.iam = options.iam;
        this.iamFor = options.iamFor;
        this.gate = options.gate ?? new CallGate(options.concurrency ?? 8);
        this.maxCombinations = options.maxCombinationsPerCall ?? DEFAULT_MAX_COMBINATIONS;
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
            ...(Object.keys(query.context).length > 0
                ? { ContextEntries: contextEntries(query.context, query.principal) }
                : {}),
            MaxItems: PAGE_SIZE
        };
        const verdicts = new Map();
        const chunks = split(actions, resources, this.maxCombinations);
        const answers = await Promise.all(chunks.map(chunk => this.simulateChunk({ ...base, ActionNames: chunk.actions, ResourceArns: chunk.resources })));
        chunks.forEach((chunk, i) => {
            const answer = answers[i];
            for (const action of chunk.actions) {
                for (const resource of chunk.resources) {
                    const verdict = answer.get((0,types/* identityKey */.U)(query.principal, action, resource));
                    if (!verdict) {
                        throw new errors/* GateError */.ue(`AWS ${SIMULATE} on ${query.principal} returned no decision for ${action} on ${resource}`);
                    }
                    verdicts.set((0,types/* identityKey */.U)(query.principal, action, resource), verdict);
                }
            }
        });
        return verdicts;
    }
    /**
     * Every page of one request. The gate simulates only principals it has just read (`GetRole`/`GetUser`), with
     * the ARN IAM returned: `NoSuchEntity` here means IAM's view changed or is not consistent yet (IAM is
     * eventually consistent), so the run stops instead of counting the principal as denied everything.
     */
    async simulateChunk(input) {
        const call = { api: SIMULATE, resource: input.PolicySourceArn };
        // The simulator of the principal's own account (a role of another account is simulated there).
        const iam = this.iamFor?.((0,src_arn/* accountOf */.XP)(call.resource) ?? '') ?? this.iam;
        let results;
        try {
            results = await pages(call, async (marker) => {
                const command = new client_iam_dist_cjs/* SimulatePrincipalPolicyCommand */.kUw({ ...input, ...(marker ? { Marker: marker } : {}) });
                const out = await this.gate.call(SIMULATE, command.input, () => iam.send(command));
                return {
                    items: shape_list(call, out.EvaluationResults, 'EvaluationResults'),
                    next: out.IsTruncated ? optString(call, out.Marker, 'Marker') : undefined
                };
            }, simulator_MAX_PAGES);
        }
        catch (error) {
            if (isAwsError(error, 'NoSuchEntity', 'NoSuchEntityException')) {
                throw new errors/* GateError */.ue(`AWS ${SIMULATE} on ${call.resource} failed: NoSuchEntity, although IAM returned that principal moments ago (IAM is eventually consistent: run the gate again; if it persists, check the ARN and its path)`);
            }
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
    const call = { api: SIMULATE, resource: principal };
    for (const result of results) {
        checkResult(call, result);
        const action = result.EvalActionName ?? '';
        const organizationsAllow = result.OrganizationsDecisionDetail?.AllowedByOrganizations;
        const perResource = shape_list(call, result.ResourceSpecificResults, 'ResourceSpecificResults');
        perResource.forEach(r => checkResult(call, r));
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
/** The fields the verdict is built from, of the documented types; anything else stops the run. */
function checkResult(call, r) {
    if ('EvalActionName' in r)
        reqString(call, r.EvalActionName, 'EvaluationResults[].EvalActionName');
    optString(call, r.EvalResourceName, 'EvalResourceName');
    shape_list(call, r.MissingContextValues, 'MissingContextValues', true);
    shape_list(call, r.MatchedStatements, 'MatchedStatements');
    optBoolean(call, r.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary, 'PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary');
}
function verdict(evalDecision, missing, detail) {
    const decision = DECISIONS[evalDecision ?? ''];
    if (!decision)
        throw new errors/* GateError */.ue(`AWS ${SIMULATE} returned an unknown decision "${evalDecision}"`);
    const missingContext = [...new Set(missing)];
    return {
        // The simulator's own answer, with absent keys evaluated as absent; whether a missing key leaves it open
        // is judged against the documents (worlds/identity.ts `settle`).
        decision,
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
/**
 * Context entries typed by the key's documented type (`context-types.ts`). A single-valued key with several
 * values cannot be one request's value: refused rather than sent as a list the simulator would read as "any of".
 */
function contextEntries(context, principal) {
    return Object.keys(context)
        .sort()
        .map(name => {
        const values = context[name];
        if (values.length > 1 && !isMultivalued(name)) {
            throw new errors/* GateError */.ue(`context value of ${name} for ${principal}: the key is single-valued, but ${values.length} values were given`);
        }
        return { ContextKeyName: name, ContextKeyValues: values, ContextKeyType: contextKeyType(name) };
    });
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






/** The run's deadline when neither the input nor the config sets one. */
const DEFAULT_TIMEOUT_SECONDS = 300;
/**
 * The live-mode parts, built once at the edge with the default credential chain; one call gate for all. KMS is
 * regional, so keys of other regions get a client of their own, made when first needed (same options).
 */
function createLive(region, options = {}, env = process.env) {
    // The SDK warns on every Node 20 run; the gate supports Node 20, so the warning is noise in CI logs.
    env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const clients = createAwsClients({ ...options.client, region });
    const gate = new CallGate(8, { deadlineSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS });
    // Clients by account ('' for the run's own credentials) and region, made when first needed.
    const made = new Map([[` ${region}`, clients]]);
    const credentials = new Map(Object.entries(options.accounts ?? {}).map(([account, target]) => [
        account,
        assumeRoleCredentials(clients.sts, target, gate)
    ]));
    const clientsFor = (account, r) => {
        let c = made.get(`${account} ${r}`);
        if (!c) {
            const assumed = credentials.get(account);
            made.set(`${account} ${r}`, (c = createAwsClients({ ...options.client, region: r, ...(assumed ? { credentials: assumed } : {}) })));
        }
        return c;
    };
    const kmsFor = (r) => clientsFor('', r).kms;
    // Each other account is read by a provider of its own, with that account's credentials; the account's
    // organization policies are not read (the report says so), its simulator is asked about its principals.
    const others = new Map([...credentials.keys()].map(account => [
        account,
        new AwsStateProvider({
            kms: clientsFor(account, region).kms,
            iam: clientsFor(account, region).iam,
            region,
            gate: gate.scoped(account),
            readAliases: true,
            kmsFor: r => clientsFor(account, r).kms,
            ...(options.now ? { now: options.now } : {})
        })
    ]));
    return {
        provider: new AwsStateProvider({
            kms: clients.kms,
            iam: clients.iam,
            region,
            gate,
            readAliases: true,
            kmsFor,
            // The organization's id, SCPs and RCPs; a role that may not read them gets a notice, not a failure.
            organizations: sdkOrganizations(clients.organizations),
            cloudformation: clients.cloudformation,
            accounts: others,
            ...(options.now ? { now: options.now } : {})
        }),
        identity: new AwsIdentityOracle({
            iam: clients.iam,
            gate,
            iamFor: account => (credentials.has(account) ? clientsFor(account, region).iam : undefined)
        }),
        close: () => {
            for (const c of made.values())
                c.destroy();
        }
    };
}


/***/ })

};
