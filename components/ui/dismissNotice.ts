import { sendRequest } from '@/utils/messaging';

/** Asks the background to drop a notice; the list updates through storage. */
export function dismissNotice(id: string): void {
  void sendRequest('dismissNotice', { id }).then((reply) => {
    if (!reply.ok) console.error(`[invite-guide] dismissNotice: the background refused (${reply.error})`);
  });
}
