import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126180548 } from './Migration20261126180548.js';
import { Migration20261126181454 } from './Migration20261126181454.js';
import { Migration20261126185802 } from './Migration20261126185802.js';
import { Migration20261128070000 } from './Migration20261128070000.js';
import { Migration20261128080000 } from './Migration20261128080000.js';
import { Migration20261128090000 } from './Migration20261128090000.js';
import { Migration20261128100000 } from './Migration20261128100000.js';
import { Migration20261128110000 } from './Migration20261128110000.js';
import { Migration20261128130000 } from './Migration20261128130000.js';
import { Migration20261128140000 } from './Migration20261128140000.js';
import { Migration20261128150000 } from './Migration20261128150000.js';
import { Migration20261128200000 } from './Migration20261128200000.js';
import { Migration20261128201000 } from './Migration20261128201000.js';
import { Migration20261128202000 } from './Migration20261128202000.js';
import { Migration20261128203000 } from './Migration20261128203000.js';
import { Migration20261129100000 } from './Migration20261129100000.js';
import { Migration20261129110000 } from './Migration20261129110000.js';
import { Migration20261129120000 } from './Migration20261129120000.js';
import { Migration20261129130000 } from './Migration20261129130000.js';
import { Migration20261130090000 } from './Migration20261130090000.js';
import { Migration20261130150000 } from './Migration20261130150000.js';

/** Every migration, in order; the migrator is given this list rather than a folder to scan. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126180548', class: Migration20261126180548 },
  { name: 'Migration20261126181454', class: Migration20261126181454 },
  { name: 'Migration20261126185802', class: Migration20261126185802 },
  { name: 'Migration20261128070000', class: Migration20261128070000 },
  { name: 'Migration20261128080000', class: Migration20261128080000 },
  { name: 'Migration20261128090000', class: Migration20261128090000 },
  { name: 'Migration20261128100000', class: Migration20261128100000 },
  { name: 'Migration20261128110000', class: Migration20261128110000 },
  { name: 'Migration20261128130000', class: Migration20261128130000 },
  { name: 'Migration20261128140000', class: Migration20261128140000 },
  { name: 'Migration20261128150000', class: Migration20261128150000 },
  { name: 'Migration20261128200000', class: Migration20261128200000 },
  { name: 'Migration20261128201000', class: Migration20261128201000 },
  { name: 'Migration20261128202000', class: Migration20261128202000 },
  { name: 'Migration20261128203000', class: Migration20261128203000 },
  { name: 'Migration20261129100000', class: Migration20261129100000 },
  { name: 'Migration20261129110000', class: Migration20261129110000 },
  { name: 'Migration20261129120000', class: Migration20261129120000 },
  { name: 'Migration20261129130000', class: Migration20261129130000 },
  { name: 'Migration20261130090000', class: Migration20261130090000 },
  { name: 'Migration20261130150000', class: Migration20261130150000 },
];
