export default defineContentScript({
  matches: ['https://mixpanel.com/*'],
  registration: 'runtime',
  main() {},
});
