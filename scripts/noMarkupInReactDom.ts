import type { Plugin } from 'vite';

// React DOM writes `dangerouslySetInnerHTML` with `element.innerHTML = html`, and so does Preact (which
// renders the overlay content script, see scripts/contentScriptBuild.ts). The extension never renders
// markup from a string (nothing remote is executed), and that assignment is what `web-ext lint` flags in
// every bundle that carries a renderer, content scripts included. This build swaps the assignments for
// a throw, so the capability is gone rather than merely unused. If a React or Preact update changes the
// code, the build fails here instead of quietly bringing the assignment back.
const REFUSAL = '(function () { throw Error("invite-guide: no dangerouslySetInnerHTML in this build"); })()';

const RENDERERS: { name: string; file: RegExp; assignment: string; count: number }[] = [
  {
    name: 'React DOM',
    file: /react-dom[\\/]cjs[\\/]react-dom-client\.(production|development)\.js$/,
    assignment: '(domElement.innerHTML = key)',
    count: 2,
  },
  {
    name: 'Preact',
    file: /preact[\\/]dist[\\/]preact\.mjs$/,
    assignment: '(t.innerHTML=h.__html)',
    count: 1,
  },
];

export function noMarkupInReactDom(): Plugin {
  return {
    name: 'invite-guide:no-markup-in-react-dom',
    enforce: 'pre',
    transform(code, id) {
      const renderer = RENDERERS.find((candidate) => candidate.file.test(id));
      if (!renderer) return null;
      const parts = code.split(renderer.assignment);
      if (parts.length !== renderer.count + 1) {
        throw new Error(
          `noMarkupInReactDom: expected ${renderer.name} to assign innerHTML ${renderer.count} time(s) in ${id}, found ${parts.length - 1}`,
        );
      }
      return { code: parts.join(REFUSAL), map: null };
    },
  };
}
