import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationsList } from '../../migrations/index.js';
import { ormOptions } from './core/database.js';

describe('migrations', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init(ormOptions(inject('databaseUrl'), 2));
  });
  afterAll(() => orm.close());

  it('have all been applied to the test database, which was built through them', async () => {
    const executed = await orm.getMigrator().getExecutedMigrations();
    expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
  });

  it('describe exactly what the entities declare (no diff left to migrate)', async () => {
    const diff = await orm
      .getSchemaGenerator()
      .getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });
});
