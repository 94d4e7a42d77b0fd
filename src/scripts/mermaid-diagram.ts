import { diagramFont, mermaidConfig } from '../lib/diagrams/mermaid-config.ts';
import { currentTheme, onThemeChange } from './theme.ts';

type Mermaid = (typeof import('mermaid'))['default'];

/** Every diagram on the page: when the first one nears the viewport, all of them are drawn. */
const diagrams = new Set<MermaidDiagram>();
let mermaid: Promise<Mermaid> | undefined;
let drawn = false;
let counter = 0;
const svgNamespace = 'http://www.w3.org/2000/svg';

/** Loads Mermaid once, on first need, configured for the current theme. Content never runs as code: strict mode, SVG text labels. */
async function configuredMermaid(): Promise<Mermaid> {
  // Mermaid's own pre-built bundle, served as files (src/integration/mermaid-module.ts), not re-bundled by Vite.
  mermaid ??= (import(/* @vite-ignore */ import.meta.env.PLAYBOOK_MERMAID) as Promise<typeof import('mermaid')>).then(
    (module) => module.default,
  );
  const instance = await mermaid;
  // The same rules as diagrams drawn at build time (src/integration/diagram-drawings.ts).
  instance.initialize(mermaidConfig(currentTheme() === 'dark' ? 'dark' : 'light', diagramFont));
  return instance;
}

async function drawAll(): Promise<void> {
  drawn = true;
  const instance = await configuredMermaid();
  for (const diagram of diagrams) await diagram.draw(instance);
}

const nearViewport = new IntersectionObserver(
  (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    nearViewport.disconnect();
    void drawAll();
  },
  { rootMargin: '600px 0px' },
);

onThemeChange(() => {
  if (drawn) void drawAll();
});

/**
 * `<mermaid-diagram>`: holds a diagram's Mermaid source (shown as text without JavaScript) and
 * replaces it with the rendered SVG, redrawn when the theme changes.
 */
class MermaidDiagram extends HTMLElement {
  readonly #id = `diagram-${++counter}`;
  #renders = 0;

  connectedCallback(): void {
    diagrams.add(this);
    if (drawn) void configuredMermaid().then((instance) => this.draw(instance));
    else nearViewport.observe(this);
  }

  disconnectedCallback(): void {
    diagrams.delete(this);
  }

  async draw(instance: Mermaid): Promise<void> {
    const source = this.querySelector('.diagram-source');
    const canvas = this.querySelector('.diagram-canvas');
    if (!source || !canvas) return;
    try {
      // A new id per drawing: Mermaid removes any element that already has the id it renders to.
      const { svg } = await instance.render(`${this.#id}-${++this.#renders}`, source.textContent ?? '');
      canvas.querySelector('svg')?.remove();
      // Mermaid's output in strict mode, sanitised by its DOMPurify; labels are SVG text.
      canvas.insertAdjacentHTML('beforeend', svg);
      source.setAttribute('hidden', '');
      this.#describe(canvas.querySelector('svg'));
      this.dataset['state'] = 'drawn';
      this.dataset['theme'] = currentTheme();
    } catch (error) {
      source.removeAttribute('hidden');
      this.dataset['state'] = 'failed';
      console.warn(`Diagram "${this.dataset['title']}" could not be drawn; its source is shown instead.`, error);
    }
  }

  /**
   * Gives the SVG its text alternative from attributes the build wrote, set as text here rather than
   * written into the Mermaid source, so a title containing markup can never be read as markup.
   */
  #describe(svg: SVGSVGElement | null): void {
    if (!svg) return;
    const { title = 'Diagram', description } = this.dataset;
    const text = (tag: 'title' | 'desc', content: string) => {
      const element = document.createElementNS(svgNamespace, tag);
      element.id = `${svg.id}-${tag}`;
      element.textContent = content;
      svg.prepend(element);
      return element.id;
    };
    if (!svg.hasAttribute('aria-labelledby')) svg.setAttribute('aria-labelledby', text('title', title));
    if (description && !svg.hasAttribute('aria-describedby')) svg.setAttribute('aria-describedby', text('desc', description));
    svg.setAttribute('role', 'img');
  }
}

customElements.define('mermaid-diagram', MermaidDiagram);
