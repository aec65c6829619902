import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126180548 } from './Migration20261126180548.js';

/** Every migration, in order; the migrator is given this list rather than a folder to scan. */
export const migrationsList: MigrationObject[] = [{ name: 'Migration20261126180548', class: Migration20261126180548 }];
