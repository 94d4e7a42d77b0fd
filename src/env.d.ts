interface ImportMetaEnv {
  /** URL of Mermaid's browser module, under the site's base (defined by src/integration/mermaid-module.ts). */
  readonly PLAYBOOK_MERMAID: string;
}
