import { mountReplica } from '@/components/replica/mountReplica';

// The practice sandbox and test fixture: a replica of Mixpanel's settings UI. It is served at the real
// Mixpanel URLs in end-to-end tests and opened as practice.html#/settings/org from the options page.
const container = document.createElement('div');
document.body.append(container);
mountReplica(container);
