import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, prePaintScript } from '../../src/lib/csp.ts';
import { pageViolations } from '../../src/lib/output-policy.ts';

const allowance = { scriptPrefixes: ['/playbook/_astro/'], inlineScriptHashes };
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('what a built page may hold', () => {
  it.each([
    ['the pre-paint script', page('', `<script>${prePaintScript}</script>`)],
    ['a bundled module', page('<script type="module" src="/playbook/_astro/Header.js"></script>')],
    ['data blocks', page('<script type="application/json">{"a":"</p>"}</script><script type="application/ld+json">{}</script>')],
    ['the policy itself', page('', `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`)],
    [
      'payloads shown as text',
      page('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><p title="&quot;&gt;&lt;img onerror=x&gt;">x</p>'),
    ],
    ['an inline image', page('<img src="data:image/png;base64,iVBORw0KGgo=" alt="">')],
    [
      'ordinary links',
      page('<a href="https://example.org/?q=javascript:x">a</a><a href="/playbook/guides/">b</a><a href="mailto:a@b.c">c</a>'),
    ],
  ])('accepts %s', (_name, html) => {
    expect(pageViolations(html, allowance)).toEqual([]);
  });

  it.each([
    ['an event handler', page('<img src="x" onerror="alert(1)">'), 'an inline event handler: <img onerror="alert(1)">'],
    ['an event handler in capitals', page('<IMG SRC=x ONERROR=alert(1)>'), 'an inline event handler: <img onerror="alert(1)">'],
    [
      'an inline script',
      page('<script>alert(1)</script>'),
      'an inline script the project did not write: <script>alert(1)</script>',
    ],
    [
      'a module that is not ours',
      page('<script type="module" src="https://evil.example/x.js"></script>'),
      'a script from outside the project: <script src="https://evil.example/x.js">',
    ],
    ['a javascript: link', page('<a href="javascript:alert(1)">x</a>'), 'a javascript: address: <a href="javascript:alert(1)">'],
    [
      'an encoded javascript: link',
      page('<a href="&#106;ava&#x09;script:alert(1)">x</a>'),
      'a javascript: address: <a href="java\tscript:alert(1)">',
    ],
    [
      'a data: document',
      page('<a href="data:text/html,<script>alert(1)</script>">x</a>'),
      'a data: address: <a href="data:text/html,<script>alert(1)</script>">',
    ],
    ['srcdoc', page('<iframe srcdoc="<script>alert(1)</script>"></iframe>'), 'an embedded document: <iframe srcdoc>'],
    ['an object', page('<object data="x.swf"></object>'), 'an embedding element: <object>'],
    [
      'a refresh redirect',
      page('', '<meta http-equiv="refresh" content="0;url=https://evil.example">'),
      'a <meta http-equiv="refresh">',
    ],
  ])('refuses %s', (_name, html, violation) => {
    expect(pageViolations(html, allowance)).toContain(violation);
  });
});
