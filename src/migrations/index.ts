import * as migration_20261125_102918_initial from './20261125_102918_initial';
import * as migration_20261125_111818_redirects_seo_schedule from './20261125_111818_redirects_seo_schedule';

export const migrations = [
  {
    up: migration_20261125_102918_initial.up,
    down: migration_20261125_102918_initial.down,
    name: '20261125_102918_initial',
  },
  {
    up: migration_20261125_111818_redirects_seo_schedule.up,
    down: migration_20261125_111818_redirects_seo_schedule.down,
    name: '20261125_111818_redirects_seo_schedule'
  },
];
