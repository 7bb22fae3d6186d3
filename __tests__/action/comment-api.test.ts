import { githubCommentApi } from '../../src/action/comment-api.js'
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

let github: FakeGitHub
beforeAll(async () => {
  github = await startFakeGitHub('octo-org', 'keys', 7)
})
afterAll(() => github.close())

// GitHub REST API: pull request comments are issue comments (issues/{n}/comments), listed by pages.
describe('githubCommentApi', () => {
  it('lists every page of the pull request’s comments, creates and updates one, at the API base URL', async () => {
    github.pageSize = 2
    github.comments.push(...[1, 2, 3].map(id => ({ id, body: `note ${id}`, user: { login: 'octocat', type: 'User' } })))
    const context = {
      eventName: 'pull_request',
      repository: 'octo-org/keys',
      serverUrl: 'https://github.example',
      apiUrl: github.url
    }
    const api = githubCommentApi(FAKE_TOKEN, context, { number: 7, baseSha: 'b', headSha: 'h' })
    expect((await api.list()).map(c => c.id)).toEqual([1, 2, 3])
    await api.create('hello')
    const created = github.comments.find(c => c.body === 'hello')!
    await api.update(created.id, 'hello again')
    expect(github.comments.find(c => c.id === created.id)?.body).toBe('hello again')
    expect(github.calls.filter(c => c.startsWith('GET')).length).toBeGreaterThanOrEqual(2)
  })
})
