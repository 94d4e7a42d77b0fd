// Components that MDX entries can contain without importing them: the build turns ```mermaid fences into <Diagram>.
import Diagram from './Diagram.astro';

export const mdxComponents = { Diagram };
