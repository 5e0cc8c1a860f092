import * as migration_20261125_054852_initial from './20261125_054852_initial';
import * as migration_20261125_061247_content_model from './20261125_061247_content_model';
import * as migration_20261125_062107_imports from './20261125_062107_imports';
import * as migration_20261202_022127_integrity from './20261202_022127_integrity';
import * as migration_20261202_145534_list_indexes from './20261202_145534_list_indexes';
import * as migration_20261202_152117_notifications from './20261202_152117_notifications';
import * as migration_20261202_182040_notes_on_imports_purge_jobs from './20261202_182040_notes_on_imports_purge_jobs';

export const migrations = [
  {
    up: migration_20261125_054852_initial.up,
    down: migration_20261125_054852_initial.down,
    name: '20261125_054852_initial',
  },
  {
    up: migration_20261125_061247_content_model.up,
    down: migration_20261125_061247_content_model.down,
    name: '20261125_061247_content_model',
  },
  {
    up: migration_20261125_062107_imports.up,
    down: migration_20261125_062107_imports.down,
    name: '20261125_062107_imports',
  },
  {
    up: migration_20261202_022127_integrity.up,
    down: migration_20261202_022127_integrity.down,
    name: '20261202_022127_integrity',
  },
  {
    up: migration_20261202_145534_list_indexes.up,
    down: migration_20261202_145534_list_indexes.down,
    name: '20261202_145534_list_indexes',
  },
  {
    up: migration_20261202_152117_notifications.up,
    down: migration_20261202_152117_notifications.down,
    name: '20261202_152117_notifications',
  },
  {
    up: migration_20261202_182040_notes_on_imports_purge_jobs.up,
    down: migration_20261202_182040_notes_on_imports_purge_jobs.down,
    name: '20261202_182040_notes_on_imports_purge_jobs'
  },
];
