interface ImportMetaEnv {
  /** URL of Mermaid's browser module, under the site's base (defined by src/integration/mermaid-module.ts). */
  readonly PLAYBOOK_MERMAID: string;
  /** Folder of the diagrams the build drew (src/integration/diagram-drawings.ts); undefined when pages draw them in the browser. */
  readonly PLAYBOOK_DIAGRAMS: string | undefined;
}
