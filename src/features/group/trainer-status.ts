/**
 * Whether the trainer's kept data can be saved, and what became of a stored
 * value that could not be read: the learner's status shape (src/store/storage-status.ts),
 * a store of its own. Not persisted: it describes this page load.
 */
import { createStorageStatus } from '@/store/storage-status';

export const useTrainerStorageStatus = createStorageStatus();
