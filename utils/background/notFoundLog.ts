import { appendNotFoundEvent, parseNotFoundEvents, type NotFoundEvent } from '../pageCheck/notFoundEvents';
import { notFoundEventsItem } from '../storage';
import { createSerialQueue } from './serialQueue';

/** The background's keeper of `local:notFoundEvents`: reads leniently, appends one at a time. */
export function createNotFoundLog(item = notFoundEventsItem) {
  const queue = createSerialQueue();
  const read = async (): Promise<NotFoundEvent[]> => parseNotFoundEvents(await item.getValue());
  return {
    read,
    record: (event: NotFoundEvent) =>
      queue(async () => {
        const events = appendNotFoundEvent(await read(), event);
        await item.setValue(events);
        return events;
      }),
  };
}
