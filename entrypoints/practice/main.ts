import { mountReplica } from '@/components/replica/mountReplica';
import { isExtensionPage, practiceTourId } from '@/components/practice/practicePage';
import { getTour, TOURS } from '@/tours';

// A replica of Mixpanel's settings UI, two ways. Served at the real Mixpanel URLs (end-to-end tests) it is
// the replica alone: the extension's content scripts bring the tour there, as on Mixpanel. Opened as the
// extension's practice.html it is the practice sandbox: banner, replica and a practice run of the tour.
// The sandbox code (React, the overlay) is loaded only then, so the replica served to tests stays small.
if (isExtensionPage()) {
  import('@/components/practice/mountPracticeSandbox').then(
    ({ mountPracticeSandbox }) =>
      mountPracticeSandbox({
        mountApp: mountReplica,
        tour: practiceTour(),
      }),
    (error: unknown) => {
      console.error('practice: the sandbox could not load; showing the replica without the tour', error);
      mountReplica(document.body.appendChild(document.createElement('div')));
    },
  );
} else {
  const container = document.createElement('div');
  document.body.append(container);
  mountReplica(container);
}

/** The tour the address names; an unknown or missing id rehearses the first tour rather than nothing. */
function practiceTour() {
  const tour = getTour(practiceTourId() ?? '') ?? TOURS[0];
  if (!tour) throw new Error('practice: the extension has no tour to rehearse');
  return tour;
}
