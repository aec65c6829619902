import type { FragmentType } from '../../gql';
import type { MessageDirection } from '../../gql/graphql';
import type { Viewer } from '../../viewer';
import { MessageItem, type MessageItem_message } from './MessageItem';

/** A page of messages, given newest first and shown oldest first. */
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
  return (
    <ol className="thread">
      {[...messages].reverse().map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          viewer={viewer}
          ownSide={ownSide}
          staff={staff}
        />
      ))}
    </ol>
  );
}
