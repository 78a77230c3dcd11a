/** Recorded as the actor of every change the cross-province hand-over makes on a dossier. */
export const HANDOVER_ACTOR = 'system:handover';
