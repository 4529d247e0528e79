import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeContentScripts } from '../background/__tests__/fakeContentScripts';

// WXT's fake browser has no registry of dynamic content scripts: every test gets an empty one in memory.
beforeEach(() => {
  Object.assign(fakeBrowser.scripting, fakeContentScripts().api);
});
