import * as migration_20261125_054852_initial from './20261125_054852_initial';

export const migrations = [
  {
    up: migration_20261125_054852_initial.up,
    down: migration_20261125_054852_initial.down,
    name: '20261125_054852_initial'
  },
];
