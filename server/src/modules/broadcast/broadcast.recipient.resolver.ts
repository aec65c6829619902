import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { User } from '../auth/user.entity.js';
import { Company } from '../company/company.entity.js';
import { StoredFile } from '../file/file.entity.js';
import { Message } from '../message/message.entity.js';
import { ReadReceipt } from '../receipt/receipt.entity.js';
import { BroadcastRecipient, RecipientDownload } from './broadcast.types.js';

@Resolver(() => BroadcastRecipient)
export class BroadcastRecipientResolver {
  @FieldResolver(() => Company)
  company(@Root() recipient: BroadcastRecipient, @Ctx() { loaders }: Context) {
    return loaders.company.load(recipient.companyId);
  }

  @FieldResolver(() => Message, { description: "The company's own message of the broadcast." })
  message(@Root() recipient: BroadcastRecipient, @Ctx() { loaders }: Context) {
    return loaders.message.load(recipient.messageId);
  }

  @FieldResolver(() => [ReadReceipt], {
    description: 'The client users of the company who read the message, and when; first first.',
  })
  reads(@Root() recipient: BroadcastRecipient, @Ctx() { em }: Context): ReadReceipt[] {
    return recipient.readRows.map((r) =>
      em.create(
        ReadReceipt,
        { message: recipient.messageId, user: r.userId, readAt: r.readAt },
        { persist: false },
      ),
    );
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The client user of the company who confirmed receipt; null if none did.',
  })
  acknowledgedBy(
    @Root() recipient: BroadcastRecipient,
    @Ctx() { loaders }: Context,
  ): Promise<User | null> | null {
    return recipient.acknowledgedById ? loaders.user.load(recipient.acknowledgedById) : null;
  }

  @FieldResolver(() => [RecipientDownload], {
    description:
      'Attachments and printouts of the message a client user of the company downloaded: the first download of each by each user.',
  })
  async downloads(
    @Root() recipient: BroadcastRecipient,
    @Ctx() { loaders }: Context,
  ): Promise<RecipientDownload[]> {
    const rows = await Promise.all(
      recipient.downloadRows.map(async (d) => ({
        file: await loaders.storedFile.load(d.fileId),
        user: await loaders.user.load(d.userId),
        downloadedAt: d.downloadedAt,
      })),
    );
    return rows.filter(
      (r): r is RecipientDownload => r.file instanceof StoredFile && r.user instanceof User,
    );
  }
}
