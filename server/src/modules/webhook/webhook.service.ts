import { randomBytes } from 'node:crypto';
import { BadUserInputError, NotFoundError, PreconditionFailedError } from '../../core/errors.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import type { HeadScope } from '../../core/scope.js';
import type { SecretBox } from '../../core/secret-box.js';
import { keysetPage } from '../../core/sql.js';
import { requireList } from '../../core/validation.js';
import { Office } from '../office/office.entity.js';
import { WebhookDestinationRefused, type WebhookDestinations } from './webhook.destination.js';
import { Webhook, WebhookDelivery, WebhookEvent } from './webhook.entity.js';
import { countOfficeWebhooks, deleteOfficeWebhook } from './webhook.queries.js';
import {
  type CreateWebhookInput,
  MAX_WEBHOOKS_PER_OFFICE,
  WEBHOOK_SECRET_MAX,
  WEBHOOK_SECRET_MIN,
} from './webhook.types.js';

/** How long creating a webhook waits for DNS to resolve its host. */
const VET_TIMEOUT_MS = 5000;

/** A made secret: 256 random bits, recognisable as a webhook's (`whsec_…`). */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function requireSecret(secret: string): string {
  if (secret.length < WEBHOOK_SECRET_MIN || secret.length > WEBHOOK_SECRET_MAX)
    throw new BadUserInputError(
      `secret must be ${WEBHOOK_SECRET_MIN} to ${WEBHOOK_SECRET_MAX} characters long.`,
      'secret',
    );
  if (!/^[\x21-\x7e]+$/.test(secret))
    throw new BadUserInputError(
      'secret may hold printable ASCII characters only, no spaces.',
      'secret',
    );
  return secret;
}

/** An office's webhooks, managed by its heads (and API tokens with the WEBHOOKS scope). */
export class WebhookService {
  constructor(
    private readonly secretBox: SecretBox,
    private readonly destinations: WebhookDestinations,
  ) {}

  /**
   * A new webhook of the head's office. The URL must be https to a public address as DNS answers
   * now (or a host of WEBHOOK_ALLOWED_HOSTS); the secret is sealed in the row and answered this once.
   */
  async create({ em, actor }: HeadScope, input: CreateWebhookInput): Promise<Webhook> {
    const events = requireList(input.events, 'events', Object.keys(WebhookEvent).length);
    const secret =
      input.secret === null || input.secret === undefined
        ? newSecret()
        : requireSecret(input.secret);
    let url: URL;
    try {
      url = await this.destinations.vet(input.url, VET_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof WebhookDestinationRefused)
        throw new BadUserInputError(error.message, error.field);
      throw error;
    }
    const webhook = await em.transactional(async (tx) => {
      // One create per office at a time, so twin requests cannot both pass the limit.
      if ((await countOfficeWebhooks(tx, actor.officeId)) >= MAX_WEBHOOKS_PER_OFFICE)
        throw new PreconditionFailedError(
          `An office may have at most ${MAX_WEBHOOKS_PER_OFFICE} webhooks.`,
          ['WEBHOOK_LIMIT'],
        );
      const created = tx.create(Webhook, {
        office: tx.getReference(Office, actor.officeId),
        url: url.href,
        events,
        secretEncrypted: this.secretBox.seal(secret),
      });
      await tx.flush();
      return created;
    });
    webhook.secret = secret;
    return webhook;
  }

  /** The office's webhooks, newest first, disabled ones too. */
  list({ em, actor }: HeadScope): Promise<Webhook[]> {
    return em.find(
      Webhook,
      { office: actor.officeId },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }

  /**
   * Deletes a webhook of the office with its outbox: a send under way stops after the POST it is
   * making. Another office's: NOT_FOUND.
   */
  async delete({ em, actor }: HeadScope, id: string): Promise<boolean> {
    if (!isId(id) || !(await deleteOfficeWebhook(em, actor.officeId, id)))
      throw new NotFoundError('Webhook', id);
    return true;
  }

  /** A webhook's deliveries, newest first; NOT_FOUND for another office's webhook. */
  async deliveries(
    { em, actor }: HeadScope,
    webhookId: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<WebhookDelivery>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['time', 'id']);
    if (!isId(webhookId)) throw new NotFoundError('Webhook', webhookId);
    const webhook = await em.findOne(Webhook, { id: webhookId, office: actor.officeId });
    if (!webhook) throw new NotFoundError('Webhook', webhookId);
    const inner = em
      .getKnex()('webhook_delivery as d')
      .select('d.*')
      .where('d.webhook_id', webhook.id);
    return keysetPage(em, inner, {
      first,
      after,
      sort: [
        ['created_at', 'timestamptz'],
        ['id', 'uuid'],
      ],
      descending: true,
      map: (row) => em.map(WebhookDelivery, row),
      cursorOf: (d) => [d.createdAt.toISOString(), d.id],
    });
  }
}
