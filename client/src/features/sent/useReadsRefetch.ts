import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../../gql';

const SentReadSubscription = graphql(`
  subscription SentReads {
    messageRead { readAt message { id } }
  }
`);

const SentAcknowledgmentSubscription = graphql(`
  subscription SentAcknowledgments {
    messageAcknowledged { id acknowledgedAt acknowledgedBy { id name } }
  }
`);

/** At most one refetch per this many milliseconds, however fast receipts arrive. */
const THROTTLE_MS = 1500;

/**
 * Keeps a report's counts live: each receipt or confirmation of receipt in any thread the viewer
 * sees (a client read or acknowledged a message) schedules one refetch of the page, at most every
 * 1.5 s, so a burst of reads after a broadcast costs a few requests, not one per read.
 */
export function useReadsRefetch(refetch: () => void): void {
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const schedule = () => {
    if (!timer.current)
      timer.current = setTimeout(() => {
        timer.current = null;
        refetchRef.current();
      }, THROTTLE_MS);
  };
  useSubscription({ query: SentReadSubscription }, (_previous, event) => {
    schedule();
    return event;
  });
  useSubscription({ query: SentAcknowledgmentSubscription }, (_previous, event) => {
    schedule();
    return event;
  });
}
