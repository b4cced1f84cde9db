/**
 * The trainer's kept data as a zustand store, persisted under "mutkollen-trainer"
 * (trainer-storage.ts), never mixed with the learner's store. Imported only by
 * the trainer's pages, which are loaded on demand.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { IdentifierKind } from '@/domain/identifier';
import type { AssignmentDraft } from '@/features/assignment/assignment-draft';
import { assignmentIdOf } from '@/features/assignment/assignment-id';
import type { Receipt } from '@/features/assignment/receipt';
import { probeLocalStorage } from '@/store/safe-storage';
import { createStorageStatus } from '@/store/storage-status';
import { type BackupResult, backupText, importBackupInto } from './trainer-backup';
import { type Groups, mergeGroup, mergeGroups, rosterKey } from './trainer-merge';
import {
  MAX_GROUPS,
  MAX_KEPT_RECEIPTS,
  MAX_ROSTER,
  Pairing,
  RosterEntry,
  TrainerGroup,
  type TrainerState,
} from './trainer-schema';
import { type StatusStore, createTrainerStorage, TRAINER_KEY } from './trainer-storage';
import { useTrainerStorageStatus } from './trainer-status';
import { syncTrainerTabs } from './sync-trainer-tabs';

/** A receipt already read, with the text it was read from. */
export interface ReadReceipt {
  text: string;
  receipt: Receipt;
}

export interface KeepResult {
  /** Texts kept now. */
  added: number;
  /** Texts that were kept already. */
  alreadyKept: number;
  /** Texts that could not be kept: their group is full, or too many groups are kept. */
  refused: number;
}

/** What was last emptied or removed, so it can be brought back. */
export interface Undoable {
  kind: 'cleared' | 'removed';
  group: TrainerGroup;
}

export interface TrainerStore extends TrainerState {
  /** The last clear or removal, until it is undone or another one replaces it. Not saved. */
  undoable: Undoable | null;
  /** Keeps an assignment made in this browser (its link and draft), under the link's id. */
  saveAssignment: (code: string, draft: AssignmentDraft) => string;
  /**
   * Replaces a group's roster. Entries the schema refuses and repeats of one learner are left out;
   * false when the group is unknown or the roster is longer than {@link MAX_ROSTER}.
   */
  setRoster: (assignmentId: string, entries: RosterEntry[]) => boolean;
  /**
   * Keeps receipts already read, each in the group of its `receipt.assignment.id`; an unknown
   * assignment gets a group from what its receipt says of it. A text kept already is not kept twice.
   */
  keepReceipts: (items: ReadReceipt[]) => KeepResult;
  /**
   * Says that the learner of a receipt (`receiptKey`, learner-rows' `receiptKey`) is the roster
   * entry `entryKey` (`rosterKey`), replacing any earlier pairing of that receipt; false when the
   * group or the entry is unknown.
   */
  pairReceipt: (assignmentId: string, receiptKey: string, entryKey: string) => boolean;
  /** Takes a pairing back: the receipt is again from someone not in the roster. */
  unpairReceipt: (assignmentId: string, receiptKey: string) => void;
  /** Empties a group's receipts (roster and link stay). Asks nothing: the page confirms first. */
  clearGroup: (assignmentId: string) => void;
  /** Forgets a group altogether. Asks nothing: the page confirms first. */
  removeGroup: (assignmentId: string) => void;
  /** Brings back what the last clear or removal took, together with anything kept since. */
  undoClear: () => void;
  /** Every kept group as a backup file's text. */
  exportBackup: () => string;
  /** Reads a backup file and merges it into what is kept; says what it added, or why it refused. */
  importBackup: (text: string) => BackupResult;
}

// The draft type gains `identifiedBy` with link version 3; read so that either shape compiles.
const identifiedByOf = (draft: AssignmentDraft): IdentifierKind | undefined =>
  (draft as { identifiedBy?: IdentifierKind }).identifiedBy;

/** The group a receipt names, when none is kept for its assignment yet. */
function groupFromReceipt({ receipt }: ReadReceipt, now: number): TrainerGroup | null {
  const a = receipt.assignment;
  const group = TrainerGroup.safeParse({
    assignmentId: a.id,
    title: a.title,
    modules: receipt.modules.map((m) => m.id),
    ...(a.due ? { due: a.due } : {}),
    ...(a.identifiedBy ? { identifiedBy: a.identifiedBy } : {}),
    roster: [],
    receipts: [],
    updatedAt: now,
  });
  return group.success ? group.data : null;
}

export interface TrainerStoreOptions {
  /** Whether the store listens to other tabs (tests turn it off to drive it by hand). */
  syncTabs?: boolean;
  status?: StatusStore;
}

export function createTrainerStore(
  storage: Storage | null = probeLocalStorage(),
  { syncTabs = true, status = createStorageStatus() }: TrainerStoreOptions = {},
) {
  const trainerStorage = createTrainerStorage(storage, status);
  const store = create<TrainerStore>()(
    persist(
      (set, get) => ({
        groups: {},
        undoable: null,

        saveAssignment(code, draft) {
          const assignmentId = assignmentIdOf(code);
          const now = Date.now();
          const own = get().groups[assignmentId];
          const identifiedBy = identifiedByOf(draft);
          const group: TrainerGroup = {
            assignmentId,
            title: draft.title,
            modules: draft.modules,
            roster: own?.roster ?? [],
            receipts: own?.receipts ?? [],
            link: { code, draft, createdAt: own?.link?.createdAt ?? now },
            updatedAt: now,
          };
          if (identifiedBy) group.identifiedBy = identifiedBy;
          if (draft.due) group.due = draft.due;
          set((s) => ({ groups: { ...s.groups, [assignmentId]: group } }));
          return assignmentId;
        },

        setRoster(assignmentId, entries) {
          const own = get().groups[assignmentId];
          if (!own || entries.length > MAX_ROSTER) return false;
          const seen = new Set<string>();
          const roster = entries.flatMap((entry) => {
            const parsed = RosterEntry.safeParse(entry);
            if (!parsed.success || seen.has(rosterKey(parsed.data))) return [];
            seen.add(rosterKey(parsed.data));
            return [parsed.data];
          });
          const group = { ...own, roster, updatedAt: Date.now() };
          set((s) => ({ groups: { ...s.groups, [assignmentId]: group } }));
          return true;
        },

        keepReceipts(items) {
          const now = Date.now();
          const groups: Groups = { ...get().groups };
          const result: KeepResult = { added: 0, alreadyKept: 0, refused: 0 };
          for (const item of items) {
            const key = item.receipt.assignment.id;
            let group: TrainerGroup | null | undefined = groups[key];
            if (!group) {
              group = Object.keys(groups).length < MAX_GROUPS ? groupFromReceipt(item, now) : null;
              if (!group) {
                result.refused++;
                continue;
              }
            }
            if (group.receipts.some((r) => r.text === item.text)) {
              result.alreadyKept++;
            } else if (group.receipts.length >= MAX_KEPT_RECEIPTS) {
              result.refused++;
            } else {
              groups[key] = {
                ...group,
                receipts: [...group.receipts, { text: item.text, importedAt: now }],
                updatedAt: now,
              };
              result.added++;
            }
          }
          if (result.added > 0) set({ groups });
          return result;
        },

        pairReceipt(assignmentId, receiptKey, entryKey) {
          const own = get().groups[assignmentId];
          if (!own || !own.roster.some((entry) => rosterKey(entry) === entryKey)) return false;
          const pairing = Pairing.safeParse({ receipt: receiptKey, entry: entryKey });
          if (!pairing.success) return false;
          const others = (own.pairings ?? []).filter((p) => p.receipt !== receiptKey);
          if (others.length >= MAX_ROSTER) return false;
          const group = { ...own, pairings: [...others, pairing.data], updatedAt: Date.now() };
          set((s) => ({ groups: { ...s.groups, [assignmentId]: group } }));
          return true;
        },

        unpairReceipt(assignmentId, receiptKey) {
          const own = get().groups[assignmentId];
          if (!own?.pairings?.some((p) => p.receipt === receiptKey)) return;
          const group = {
            ...own,
            pairings: own.pairings.filter((p) => p.receipt !== receiptKey),
            updatedAt: Date.now(),
          };
          set((s) => ({ groups: { ...s.groups, [assignmentId]: group } }));
        },

        clearGroup(assignmentId) {
          const own = get().groups[assignmentId];
          if (!own) return;
          set((s) => ({
            undoable: { kind: 'cleared', group: own },
            groups: {
              ...s.groups,
              [assignmentId]: { ...own, receipts: [], updatedAt: Date.now() },
            },
          }));
        },

        removeGroup(assignmentId) {
          const own = get().groups[assignmentId];
          if (!own) return;
          const groups = { ...get().groups };
          delete groups[assignmentId];
          set({ undoable: { kind: 'removed', group: own }, groups });
        },

        undoClear() {
          const undoable = get().undoable;
          if (!undoable) return;
          const { group } = undoable;
          const own = get().groups[group.assignmentId];
          const back = own
            ? mergeGroup({ ...own, updatedAt: Date.now() }, group).group
            : { ...group, updatedAt: Date.now() };
          set((s) => ({ undoable: null, groups: { ...s.groups, [group.assignmentId]: back } }));
        },

        exportBackup: () => backupText(get().groups, Date.now()),

        importBackup(text) {
          const result = importBackupInto(get().groups, text, Date.now());
          if (!result.ok) return result;
          const { added } = result;
          if (added.groups + added.receipts + added.roster > 0) set({ groups: result.groups });
          return { ok: true, added };
        },
      }),
      {
        // No `version` here: the stored envelope's version is handled inside the storage.
        name: TRAINER_KEY,
        storage: trainerStorage,
        partialize: (s): TrainerState => ({ groups: s.groups }),
      },
    ),
  );
  trainerStorage.onForeignState = (theirs) =>
    store.setState((s) => ({ groups: mergeGroups(s.groups, theirs.groups).groups }));
  if (syncTabs) syncTrainerTabs(store, trainerStorage, status);
  return store;
}

export const useTrainerStore = createTrainerStore(undefined, { status: useTrainerStorageStatus });
