/** The issue templates the project ships, by what a reader wants to do. */
const issueTemplates = [
  { label: 'Request an integration', template: 'request-integration' },
  { label: 'Suggest a change', template: 'suggest-change' },
  { label: 'Report a problem', template: 'report-problem' },
] as const;

/**
 * Links that open a new issue from one of the templates, on GitHub (`.github/ISSUE_TEMPLATE/*.yml`)
 * or GitLab (`.gitlab/issue_templates/*.md`), by the repository's host. None for other hosts.
 */
export function issueLinks(repository: string | undefined): { label: string; href: string }[] {
  if (!repository) return [];
  const url = new URL(repository.replace(/\/+$/, ''));
  const host = url.hostname.toLowerCase();
  if (host === 'github.com' || host.startsWith('github.')) {
    return issueTemplates.map(({ label, template }) => ({ label, href: `${url.href}/issues/new?template=${template}.yml` }));
  }
  if (host.includes('gitlab')) {
    return issueTemplates.map(({ label, template }) => ({
      label,
      href: `${url.href}/-/issues/new?issuable_template=${template}`,
    }));
  }
  return [];
}
