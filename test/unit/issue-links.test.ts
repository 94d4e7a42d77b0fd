import { describe, expect, it } from 'vitest';
import { issueLinks } from '../../src/lib/issue-links.ts';

describe('issue links', () => {
  it('opens the GitHub issue forms', () => {
    expect(issueLinks('https://github.com/acme/playbook/').map((l) => l.href)).toEqual([
      'https://github.com/acme/playbook/issues/new?template=request-integration.yml',
      'https://github.com/acme/playbook/issues/new?template=suggest-change.yml',
      'https://github.com/acme/playbook/issues/new?template=report-problem.yml',
    ]);
  });

  it('opens the GitLab issue templates, also on a self-hosted GitLab', () => {
    expect(issueLinks('https://gitlab.acme.example/it/playbook')[0]).toEqual({
      label: 'Request an integration',
      href: 'https://gitlab.acme.example/it/playbook/-/issues/new?issuable_template=request-integration',
    });
  });

  it('offers none for other hosts or without a repository', () => {
    expect(issueLinks('https://git.example.org/acme/playbook')).toEqual([]);
    expect(issueLinks(undefined)).toEqual([]);
  });
});
