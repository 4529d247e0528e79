import type { ContentScriptsApi } from '../earlyOverlay';

type Script = Parameters<ContentScriptsApi['registerContentScripts']>[0][number];

/**
 * The browser's registry of dynamic content scripts, in memory, with its rules: an id registered twice
 * and an unknown id unregistered are errors. `calls` records what was asked, in order.
 */
export function fakeContentScripts(initial: Script[] = []) {
  const scripts = new Map(initial.map((script) => [script.id, script]));
  const calls: string[] = [];
  const api: ContentScriptsApi = {
    getRegisteredContentScripts: async (filter) => {
      calls.push('get');
      return [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id));
    },
    registerContentScripts: async (list) => {
      calls.push(`register ${list.map((script) => script.id).join()}`);
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, structuredClone(script));
      }
    },
    unregisterContentScripts: async (filter) => {
      calls.push(`unregister ${filter?.ids?.join() ?? 'all'}`);
      for (const id of filter?.ids ?? [...scripts.keys()]) {
        if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    },
  };
  return { api, calls, registered: () => [...scripts.values()] };
}
