import { Fragment } from 'react';
import type { FragmentType } from '../../gql';
import type { MessageDirection } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import type { Viewer } from '../../viewer';
import { MessageItem, type MessageItem_message } from './MessageItem';
import { useThreadSight } from './useReadOnSight';

/** A page of messages, given newest first and shown oldest first, "New" above the first unread. */
export function MessageList({
  messages,
  viewer,
  ownSide,
  staff,
}: {
  messages: ReadonlyArray<{ id: string } & FragmentType<typeof MessageItem_message>>;
  viewer: Viewer;
  ownSide: MessageDirection;
  staff: boolean;
}) {
  const { t } = useI18n();
  const { firstUnreadId } = useThreadSight();
  return (
    <ol className="thread">
      {[...messages].reverse().map((message) => (
        <Fragment key={message.id}>
          {message.id === firstUnreadId && (
            <li className="new-divider" data-testid="new-divider">
              <span>{t('thread.newDivider')}</span>
            </li>
          )}
          <MessageItem message={message} viewer={viewer} ownSide={ownSide} staff={staff} />
        </Fragment>
      ))}
    </ol>
  );
}
