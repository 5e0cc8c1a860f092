import * as migration_20261125_054852_initial from './20261125_054852_initial';
import * as migration_20261125_061247_content_model from './20261125_061247_content_model';

export const migrations = [
  {
    up: migration_20261125_054852_initial.up,
    down: migration_20261125_054852_initial.down,
    name: '20261125_054852_initial',
  },
  {
    up: migration_20261125_061247_content_model.up,
    down: migration_20261125_061247_content_model.down,
    name: '20261125_061247_content_model'
  },
];
