import type { Plugin } from 'vite';

// React DOM writes `dangerouslySetInnerHTML` with `element.innerHTML = html`. The extension never renders
// markup from a string (nothing remote is executed), and that assignment is what `web-ext lint` flags in
// every bundle that carries React DOM, content scripts included. This build swaps the two assignments for
// a throw, so the capability is gone rather than merely unused. If a React update changes the code, the
// build fails here instead of quietly bringing the assignment back.
const REACT_DOM_CLIENT = /react-dom[\\/]cjs[\\/]react-dom-client\.(production|development)\.js$/;
const ASSIGNMENT = '(domElement.innerHTML = key)';
const REFUSAL =
  '(function () { throw Error("invite-guide: dangerouslySetInnerHTML is switched off in this build"); })()';

export function noMarkupInReactDom(): Plugin {
  return {
    name: 'invite-guide:no-markup-in-react-dom',
    enforce: 'pre',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id)) return null;
      const parts = code.split(ASSIGNMENT);
      if (parts.length !== 3) {
        throw new Error(
          `noMarkupInReactDom: expected React DOM to assign innerHTML twice in ${id}, found ${parts.length - 1}`,
        );
      }
      return { code: parts.join(REFUSAL), map: null };
    },
  };
}
