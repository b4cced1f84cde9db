/**
 * How many characters end every wire code as its check (envelope.ts). On its
 * own so that code which only reads a check off a code (an assignment's id)
 * does not load the encoder and decoder with it.
 */
export const CHECK_LENGTH = 7;
