/** Characters that pass into a quoted Mermaid label as they are; everything else is written as an entity. */
const plain = /[A-Za-z0-9 ,.()/_+-]/;

/**
 * Makes any text safe inside a quoted Mermaid label (`["…"]`, `|"…"|`): quotes, brackets, pipes, `#`,
 * `<`, `>` and every non-ASCII character become Mermaid's numeric entities (`#35;`), which Mermaid shows
 * as the character itself. Nothing an author or a system name contains can end the label or add markup.
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ').trim()) out += plain.test(char) ? char : `#${char.codePointAt(0)};`;
  return out;
}
