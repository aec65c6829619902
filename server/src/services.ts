import type { Config } from './config.js';
import type { AppPubSub } from './core/pubsub.js';
import { AuthService } from './modules/auth/auth.service.js';
import { BroadcastService } from './modules/broadcast/broadcast.service.js';
import { CompanyService } from './modules/company/company.service.js';
import { FileService } from './modules/file/file.service.js';
import type { FileStorage } from './modules/file/file.storage.js';
import { MessageService } from './modules/message/message.service.js';
import { ReceiptService } from './modules/receipt/receipt.service.js';

/** The services of one process; stateless apart from their collaborators, shared by all requests. */
export function createServices(deps: { config: Config; pubSub: AppPubSub; storage: FileStorage }) {
  const companies = new CompanyService();
  const files = new FileService(deps.storage, deps.config.uploadMaxBytes);
  return {
    config: deps.config,
    pubSub: deps.pubSub,
    auth: new AuthService(deps.config),
    companies,
    files,
    messages: new MessageService(deps.pubSub, companies, files),
    receipts: new ReceiptService(deps.pubSub, companies),
    broadcasts: new BroadcastService(deps.pubSub, companies, files),
  };
}

export type Services = ReturnType<typeof createServices>;
