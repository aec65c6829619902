import { suite } from './vitest.config.js';

/** The multi-instance suite: several API servers sharing PostgreSQL and a real Redis. */
export default suite(['server/test/multi-instance/**/*.test.ts']);
