import { useEffect, useState } from 'react';
import { sendRequest } from '@/utils/messaging';
import { DEFAULT_POLICY, type Policy } from '@/utils/policy';
import { isRecord } from '@/utils/progress/isRecord';

/**
 * The enterprise policy, asked of the background once when the page opens (it reads and checks
 * `storage.managed`). Null until the answer arrives, so that what the policy hides is not shown for a
 * moment first; when the background cannot answer, the defaults apply. Used by the popup and options page.
 */
export function usePolicy(): Policy | null {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => {
    let live = true;
    void sendRequest('getPolicy').then((reply) => {
      if (!live) return;
      // The background checked every value; a reply without a policy in it (a stand-in answering
      // everything, a background from before policies) means the defaults.
      if (reply.ok && isRecord(reply.policy)) return setPolicy(reply.policy);
      const why = reply.ok ? 'the reply has no policy' : reply.error;
      console.warn(`[invite-guide] policy: no policy from the background (${why}); using the defaults`);
      setPolicy({ ...DEFAULT_POLICY });
    });
    return () => {
      live = false;
    };
  }, []);
  return policy;
}
